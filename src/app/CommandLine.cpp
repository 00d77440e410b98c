#include "CommandLine.h"

#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/SalesImport.h"
#include "reins/SampleTeam.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cctype>
#include <charconv>
#include <fstream>
#include <ostream>
#include <sstream>

namespace reins::app {

namespace {

std::optional<int> parseCount(const std::string &text)
{
    int value = 0;
    const auto *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end || value < 1)
        return std::nullopt;
    return value;
}

int runDemo(const Invocation &invocation, const std::string &path, std::ostream &out)
{
    if (invocation.people > 10000 || invocation.sessions > 1000)
        throw ValidationError("The sample team is limited to 10000 people with 1000 sessions "
                              "each.");
    auto store = storage::SqliteDataStore::open(path);
    if (!store->people().listAll().empty())
        throw RefusedChange(fmt::format("{} already holds a team, so the sample team was not "
                                        "added. Use a new database file for it.",
                                        path));
    const auto summary = writeSampleTeam(
        *store, {invocation.people, invocation.sessions}, todayUtc());
    fmt::print(out,
               "Wrote the sample team to {}: {} manager{}, {} salespeople, {} sessions, {} "
               "actions, {} sales records.\n",
               path, summary.managers, summary.managers == 1 ? "" : "s", summary.salespeople,
               summary.sessions, summary.actions, summary.salesRecords);
    return exitSuccess;
}

int runCheck(const std::string &path, std::ostream &out)
{
    const auto report = storage::checkDatabase(path);
    fmt::print(out, "{}: {}\n", path, report.summary);
    for (const auto &problem : report.problems)
        fmt::print(out, "  {}\n", problem);
    return report.healthy ? exitSuccess : exitFailure;
}

std::string readWholeFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ValidationError(fmt::format("{} cannot be opened for reading.", path));
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

Person findSalesperson(DataStore &store, const std::string &nameOrId)
{
    const auto people = store.people().listAll();
    std::vector<Person> matches;
    for (const auto &person : people) {
        if (person.role == Role::Salesperson &&
            (std::to_string(person.id) == nameOrId || person.name == nameOrId ||
             (!person.email.empty() && person.email == nameOrId)))
            matches.push_back(person);
    }
    if (matches.empty())
        throw ValidationError(fmt::format("There is no salesperson \u201c{}\u201d in this "
                                          "database.",
                                          nameOrId));
    if (matches.size() > 1)
        throw ValidationError(fmt::format("More than one salesperson is called \u201c{}\u201d; "
                                          "give the id instead.",
                                          nameOrId));
    return matches.front();
}

std::optional<DateFormat> dateFormatNamed(const std::string &name)
{
    if (name == "iso" || name == "yyyy-mm-dd")
        return DateFormat::Iso;
    if (name == "dd.mm.yyyy")
        return DateFormat::DayMonthYearDots;
    if (name == "dd/mm/yyyy")
        return DateFormat::DayMonthYearSlashes;
    if (name == "mm/dd/yyyy")
        return DateFormat::MonthDayYearSlashes;
    return std::nullopt;
}

std::optional<SalesField> salesFieldNamed(const std::string &name)
{
    for (int field = 0; field < salesFieldCount; ++field) {
        auto label = std::string(displayName(static_cast<SalesField>(field)));
        for (auto &c : label)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (label == name)
            return static_cast<SalesField>(field);
    }
    return std::nullopt;
}

// Applies "field=column" choices on top of the mapping guessed from the header; a column
// is a header name or a 1-based number.
void applyColumnChoices(const std::vector<std::string> &choices,
                        const std::vector<std::string> &header, ColumnMapping &mapping)
{
    for (const auto &choice : choices) {
        const auto equals = choice.find('=');
        const auto field = salesFieldNamed(choice.substr(0, equals));
        if (equals == std::string::npos || !field)
            throw ValidationError(fmt::format("--column {} should look like amount=Betrag; the "
                                              "fields are date, account, product, activity, "
                                              "amount and stage.",
                                              choice));
        const auto column = choice.substr(equals + 1);
        std::optional<int> index;
        for (std::size_t position = 0; position < header.size(); ++position)
            if (header[position] == column)
                index = static_cast<int>(position);
        if (!index) {
            const auto number = parseCount(column);
            if (number && static_cast<std::size_t>(*number) <= header.size())
                index = *number - 1;
        }
        if (!index)
            throw ValidationError(fmt::format("The file has no column \u201c{}\u201d.", column));
        mapping[*field] = *index;
    }
}

int runImportSales(const Invocation &invocation, const std::string &path, std::ostream &out,
                   std::ostream &err)
{
    if (invocation.salesperson.empty() || invocation.csvFile.empty())
        throw ValidationError("import-sales needs --salesperson and the CSV file to import.");
    const auto dateFormat = dateFormatNamed(invocation.dateFormat);
    if (!dateFormat)
        throw ValidationError(fmt::format("--date-format {} is not one of iso, dd.mm.yyyy, "
                                          "dd/mm/yyyy, mm/dd/yyyy.",
                                          invocation.dateFormat));
    const auto text = readWholeFile(invocation.csvFile);
    auto store = storage::SqliteDataStore::open(path);
    const auto salesperson = findSalesperson(*store, invocation.salesperson);

    SalesImportOptions options;
    options.salespersonId = salesperson.id;
    options.separator = invocation.separator.value_or(detectSeparator(text));
    options.decimalSeparator = invocation.decimalComma ? ',' : '.';
    options.dateFormat = *dateFormat;
    options.currency = invocation.currency;
    const auto rows = readCsv(text.substr(0, text.find_first_of("\r\n")), options.separator);
    const auto header = rows.empty() ? std::vector<std::string>{} : rows.front().fields;
    options.mapping = guessMapping(header);
    applyColumnChoices(invocation.columnChoices, header, options.mapping);

    const auto result = parseSalesCsv(text, options);
    if (!result.acceptable()) {
        for (const auto &problem : result.problems)
            err << formatProblem(invocation.csvFile, problem) << '\n';
        fmt::print(err, "reins: nothing was imported; the database is unchanged.\n");
        return exitFailure;
    }
    const int added = store->salesRecords().addAll(result.records);
    const int already = static_cast<int>(result.records.size()) - added;
    fmt::print(out, "Imported {} new sales record{} for {}", added, added == 1 ? "" : "s",
               salesperson.name);
    if (already > 0)
        fmt::print(out, " ({} were already there)", already);
    fmt::print(out, ".\n");
    return exitSuccess;
}

} // namespace

std::string usageText()
{
    return "Usage: reins [--database PATH]            open the Reins window\n"
           "       reins demo [--database PATH] [--people N] [--sessions M]\n"
           "                                          write the sample team into an empty "
           "database\n"
           "       reins check [--database PATH]      check a database's integrity; exit 0 "
           "when healthy\n"
           "       reins import-sales [--database PATH] --salesperson NAME_OR_ID FILE.csv\n"
           "             [--separator comma|semicolon|tab] [--decimal-comma]\n"
           "             [--date-format iso|dd.mm.yyyy|dd/mm/yyyy|mm/dd/yyyy]\n"
           "             [--column FIELD=HEADER_OR_NUMBER]... [--currency CODE]\n"
           "                                          import sales records, all or nothing\n"
           "       reins --help | --version\n"
           "\n"
           "Reins prepares and runs salesperson-led sales coaching one-on-ones.\n"
           "Without --database Reins uses its default database in your data folder.\n"
           "Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.\n";
}

ParseOutcome parseCommandLine(const std::vector<std::string> &arguments)
{
    Invocation invocation;
    bool commandSeen = false;
    for (std::size_t index = 0; index < arguments.size(); ++index) {
        const auto &argument = arguments[index];
        auto nextValue = [&]() -> std::optional<std::string> {
            if (index + 1 >= arguments.size())
                return std::nullopt;
            return arguments[++index];
        };
        if (argument == "--help" || argument == "-h") {
            invocation.command = Command::Help;
            return {invocation, {}};
        }
        if (argument == "--version") {
            invocation.command = Command::Version;
            return {invocation, {}};
        }
        if (argument == "--database" || argument.starts_with("--database=")) {
            auto value = argument == "--database" ? nextValue()
                                                  : std::optional(argument.substr(11));
            if (!value || value->empty())
                return {std::nullopt, "--database needs the path of a database file."};
            invocation.databasePath = *value;
        } else if (argument == "--people" || argument == "--sessions") {
            if (invocation.command != Command::Demo)
                return {std::nullopt, fmt::format("{} belongs to the demo command.", argument)};
            const auto value = nextValue();
            const auto count = value ? parseCount(*value) : std::nullopt;
            if (!count)
                return {std::nullopt, fmt::format("{} needs a whole number of at least 1.",
                                                  argument)};
            (argument == "--people" ? invocation.people : invocation.sessions) = *count;
        } else if (invocation.command == Command::ImportSales && !argument.starts_with("--")) {
            if (!invocation.csvFile.empty())
                return {std::nullopt, "import-sales takes one CSV file at a time."};
            invocation.csvFile = argument;
        } else if (invocation.command == Command::ImportSales && argument == "--decimal-comma") {
            invocation.decimalComma = true;
        } else if (invocation.command == Command::ImportSales &&
                   (argument == "--salesperson" || argument == "--separator" ||
                    argument == "--date-format" || argument == "--column" ||
                    argument == "--currency")) {
            const auto value = nextValue();
            if (!value || value->empty())
                return {std::nullopt, fmt::format("{} needs a value.", argument)};
            if (argument == "--salesperson") {
                invocation.salesperson = *value;
            } else if (argument == "--separator") {
                if (*value == "comma" || *value == ",")
                    invocation.separator = ',';
                else if (*value == "semicolon" || *value == ";")
                    invocation.separator = ';';
                else if (*value == "tab")
                    invocation.separator = '\t';
                else
                    return {std::nullopt, "--separator is comma, semicolon or tab."};
            } else if (argument == "--date-format") {
                invocation.dateFormat = *value;
            } else if (argument == "--column") {
                invocation.columnChoices.push_back(*value);
            } else {
                invocation.currency = *value;
            }
        } else if (!commandSeen && !argument.starts_with("-")) {
            commandSeen = true;
            if (argument == "demo")
                invocation.command = Command::Demo;
            else if (argument == "check")
                invocation.command = Command::Check;
            else if (argument == "import-sales")
                invocation.command = Command::ImportSales;
            else
                return {std::nullopt, fmt::format("\u201c{}\u201d is not a Reins command.",
                                                  argument)};
        } else {
            return {std::nullopt, fmt::format("\u201c{}\u201d is not understood here.", argument)};
        }
    }
    return {invocation, {}};
}

int runCommand(const Invocation &invocation, const std::string &defaultDatabase,
               std::ostream &out, std::ostream &err)
{
    const auto path = invocation.databasePath.value_or(defaultDatabase);
    try {
        switch (invocation.command) {
        case Command::Help:
            out << usageText();
            return exitSuccess;
        case Command::Version:
            fmt::print(out, "Reins {}\n", REINS_VERSION);
            return exitSuccess;
        case Command::Demo:
            return runDemo(invocation, path, out);
        case Command::Check:
            return runCheck(path, out);
        case Command::ImportSales:
            return runImportSales(invocation, path, out, err);
        case Command::OpenWindow:
            break;
        }
        err << "reins: this command opens a window and cannot run headless.\n";
        return exitUsage;
    } catch (const std::exception &error) {
        fmt::print(err, "reins: {}\n", error.what());
        return exitFailure;
    }
}

} // namespace reins::app
