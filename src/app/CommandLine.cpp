#include "CommandLine.h"

#include "gui/SummaryExport.h"
#include "reins/AtomicFile.h"
#include "reins/Errors.h"
#include "reins/PrepImport.h"
#include "reins/PrepPackage.h"
#include "reins/Repositories.h"
#include "reins/SalesImport.h"
#include "reins/SampleTeam.h"
#include "reins/SessionSummary.h"
#include "reins/storage/Backup.h"
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
    const auto people = parseCount(invocation.option("--people").value_or("6"));
    const auto sessions = parseCount(invocation.option("--sessions").value_or("12"));
    if (!people || !sessions)
        throw ValidationError("--people and --sessions need a whole number of at least 1.");
    if (*people > 10000 || *sessions > 1000)
        throw ValidationError("The sample team is limited to 10000 people with 1000 sessions "
                              "each.");
    auto store = storage::SqliteDataStore::open(path);
    if (!store->people().listAll().empty())
        throw RefusedChange(fmt::format("{} already holds a team, so the sample team was not "
                                        "added. Use a new database file for it.",
                                        path));
    const auto summary = writeSampleTeam(*store, {*people, *sessions}, todayUtc());
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
    if (report.onNetworkFilesystem)
        fmt::print(out,
                   "warning: {} is on a network filesystem; SQLite's locks are not "
                   "reliable there. Keep the database on a local disk.\n",
                   path);
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
    const auto salespersonName = invocation.option("--salesperson");
    if (!salespersonName || invocation.files.size() != 1)
        throw ValidationError("import-sales needs --salesperson and one CSV file to import.");
    const auto csvFile = invocation.files.front();
    const auto dateFormatText = invocation.option("--date-format").value_or("iso");
    const auto dateFormat = dateFormatNamed(dateFormatText);
    if (!dateFormat)
        throw ValidationError(fmt::format("--date-format {} is not one of iso, dd.mm.yyyy, "
                                          "dd/mm/yyyy, mm/dd/yyyy.",
                                          dateFormatText));
    std::optional<char> separator;
    if (const auto named = invocation.option("--separator")) {
        if (*named == "comma")
            separator = ',';
        else if (*named == "semicolon")
            separator = ';';
        else if (*named == "tab")
            separator = '\t';
        else
            throw ValidationError("--separator is comma, semicolon or tab.");
    }
    const auto text = readWholeFile(csvFile);
    auto store = storage::SqliteDataStore::open(path);
    const auto salesperson = findSalesperson(*store, *salespersonName);

    SalesImportOptions options;
    options.salespersonId = salesperson.id;
    options.separator = separator.value_or(detectSeparator(text));
    options.decimalSeparator = invocation.flag("--decimal-comma") ? ',' : '.';
    options.dateFormat = *dateFormat;
    options.currency = invocation.option("--currency").value_or("EUR");
    const auto rows = readCsv(text.substr(0, text.find_first_of("\r\n")), options.separator);
    const auto header = rows.empty() ? std::vector<std::string>{} : rows.front().fields;
    options.mapping = guessMapping(header);
    const auto choices = invocation.options.find("--column");
    if (choices != invocation.options.end())
        applyColumnChoices(choices->second, header, options.mapping);

    const auto result = parseSalesCsv(text, options);
    if (!result.acceptable()) {
        for (const auto &problem : result.problems)
            err << formatProblem(csvFile, problem) << '\n';
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

Id sessionIdOption(const Invocation &invocation)
{
    const auto text = invocation.option("--session");
    const auto id = text ? parseCount(*text) : std::nullopt;
    if (!id)
        throw ValidationError("--session needs the number of a session (reins export-prep "
                              "--session 12 ...).");
    return *id;
}

std::string singleFile(const Invocation &invocation, std::string_view what)
{
    if (invocation.files.size() != 1)
        throw ValidationError(fmt::format("Give one {}.", what));
    return invocation.files.front();
}

int runExportPrep(const Invocation &invocation, const std::string &path, std::ostream &out)
{
    const auto sessionId = sessionIdOption(invocation);
    const auto target = singleFile(invocation, "file to write the prep package to");
    auto store = storage::SqliteDataStore::open(path);
    const auto record = loadSessionRecord(*store, sessionId);
    writeFileAtomically(target, writePrepPackage(packageFromRecord(record, nowUtc())));
    fmt::print(out, "Wrote the preparation of {}'s session of {} to {}.\n", record.salesperson.name,
               toIsoDate(record.session.meetingDate), target);
    return exitSuccess;
}

std::set<PrepPart> partsNamed(const std::string &list)
{
    std::set<PrepPart> parts;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(',', start), list.size());
        const auto name = list.substr(start, end - start);
        bool known = false;
        for (const auto part : allPrepParts()) {
            auto label = std::string(displayName(part));
            for (auto &c : label)
                c = c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (label == name || name == "all") {
                parts.insert(part);
                known = true;
            }
        }
        if (!known)
            throw ValidationError(fmt::format("--take {} is not a part; the parts are results, "
                                              "self-audit, gaps, factors, upskilling, strategies, "
                                              "focus-and-plan, or all.",
                                              name));
        start = end + 1;
    }
    return parts;
}

int runImportPrep(const Invocation &invocation, const std::string &path, std::ostream &out,
                  std::ostream &err)
{
    const auto file = singleFile(invocation, "prep package to import");
    const auto package = [&] {
        try {
            return readPrepPackage(readWholeFile(file));
        } catch (const PackageError &error) {
            throw PackageError(fmt::format("{}: {}", file, error.what()));
        }
    }();
    auto store = storage::SqliteDataStore::open(path);
    const auto plan = planPrepImport(*store, package);
    if (plan.match == SalespersonMatch::ByName && !invocation.flag("--accept-name-match")) {
        fmt::print(err,
                   "reins: {} matches {} by name only (the email addresses differ). Run again "
                   "with --accept-name-match if this is the same person. Nothing was imported.\n",
                   file, plan.salesperson->name);
        return exitFailure;
    }
    const auto take = invocation.option("--take");
    const auto chosen = take ? partsNamed(*take) : std::set<PrepPart>{};
    if (!plan.differingParts.empty() && !take) {
        std::string names;
        for (const auto part : plan.differingParts)
            names += fmt::format("{}{}", names.empty() ? "" : ", ", displayName(part));
        fmt::print(err,
                   "reins: the session already holds a different {}. Choose with --take (for "
                   "example --take all, or --take results,factors). Nothing was imported.\n",
                   names);
        return exitFailure;
    }
    const auto outcome = applyPrepImport(*store, package, plan, chosen);
    fmt::print(out, "Imported {} part{} of {}'s preparation for the session of {}{}.\n",
               outcome.written.size(), outcome.written.size() == 1 ? "" : "s",
               package.salespersonName, toIsoDate(package.meetingDate),
               outcome.createdSession ? " (a new session)" : "");
    return exitSuccess;
}

int runExport(const Invocation &invocation, const std::string &path, std::ostream &out)
{
    const auto sessionId = sessionIdOption(invocation);
    const auto target = singleFile(invocation, "file to write the summary to");
    const auto format = invocation.option("--format").value_or("md");
    if (format != "md" && format != "pdf")
        throw ValidationError(fmt::format("--format {} is not one of md and pdf.", format));
    const auto audienceName = invocation.option("--audience").value_or("salesperson");
    if (audienceName != "salesperson" && audienceName != "manager")
        throw ValidationError("--audience is salesperson or manager.");
    const auto audience = audienceName == "manager" ? Audience::Manager : Audience::Salesperson;
    auto store = storage::SqliteDataStore::open(path);
    const auto record = loadSessionRecord(*store, sessionId);
    const auto markdown = renderSummaryMarkdown(record, audience);
    if (format == "pdf") {
        const auto title = QString::fromStdString(fmt::format(
            "One-on-one: {}, {}", record.salesperson.name, toIsoDate(record.session.meetingDate)));
        const auto pdf = gui::summaryPdf(QString::fromStdString(markdown), title);
        writeFileAtomically(target, std::string_view(pdf.constData(), pdf.size()));
    } else {
        writeFileAtomically(target, markdown);
    }
    fmt::print(out, "Wrote the {} summary to {}.\n",
               audience == Audience::Manager ? "manager's" : "salesperson's", target);
    return exitSuccess;
}

int runBackup(const Invocation &invocation, const std::string &path, std::ostream &out)
{
    const auto target = singleFile(invocation, "file to write the backup to");
    auto database = storage::Database::open(path);
    storage::backupTo(*database, target);
    fmt::print(out, "Backed up {} to {} (checked with quick_check).\n", path, target);
    return exitSuccess;
}

// Which options and flags each command accepts; anything else is a usage error.
struct CommandSpec {
    std::string_view name;
    Command command;
    std::set<std::string> options;
    std::set<std::string> flags;
    bool takesFiles;
};

const std::vector<CommandSpec> &commandSpecs()
{
    static const std::vector<CommandSpec> specs{
        {"demo", Command::Demo, {"--people", "--sessions"}, {}, false},
        {"check", Command::Check, {}, {}, false},
        {"import-sales",
         Command::ImportSales,
         {"--salesperson", "--separator", "--date-format", "--column", "--currency"},
         {"--decimal-comma"},
         true},
        {"export-prep", Command::ExportPrep, {"--session"}, {}, true},
        {"import-prep", Command::ImportPrep, {"--take"}, {"--accept-name-match"}, true},
        {"export", Command::Export, {"--session", "--format", "--audience"}, {}, true},
        {"backup", Command::Backup, {}, {}, true},
    };
    return specs;
}

} // namespace

std::optional<std::string> Invocation::option(const std::string &name) const
{
    const auto found = options.find(name);
    if (found == options.end() || found->second.empty())
        return std::nullopt;
    return found->second.back();
}

std::string usageText()
{
    return "Usage: reins [--database PATH]                 open the Reins window\n"
           "       reins COMMAND [--database PATH] [OPTIONS]\n"
           "\n"
           "Commands (they run without a display):\n"
           "  demo [--people N] [--sessions M]            write the sample team into an empty "
           "database\n"
           "  check                                       check integrity and foreign keys; exit "
           "0 when healthy\n"
           "  import-sales --salesperson NAME_OR_ID FILE.csv\n"
           "        [--separator comma|semicolon|tab] [--decimal-comma]\n"
           "        [--date-format iso|dd.mm.yyyy|dd/mm/yyyy|mm/dd/yyyy]\n"
           "        [--column FIELD=HEADER_OR_NUMBER]... [--currency CODE]\n"
           "                                              import sales records, all or nothing\n"
           "  export-prep --session ID FILE.reinsprep     write a session's prep package\n"
           "  import-prep FILE.reinsprep [--take PARTS|all] [--accept-name-match]\n"
           "                                              import a prep package\n"
           "  export --session ID [--format md|pdf] [--audience salesperson|manager] FILE\n"
           "                                              write the session summary\n"
           "  backup FILE                                 write a checked backup of the database\n"
           "\n"
           "  --help, --version\n"
           "\n"
           "Reins prepares and runs salesperson-led sales coaching one-on-ones.\n"
           "Without --database Reins uses its default database in your data folder.\n"
           "Exit codes: 0 success, 1 the command failed (nothing was changed), 2 the command "
           "line was wrong.\n";
}

ParseOutcome parseCommandLine(const std::vector<std::string> &arguments)
{
    Invocation invocation;
    const CommandSpec *spec = nullptr;
    for (std::size_t index = 0; index < arguments.size(); ++index) {
        auto argument = arguments[index];
        std::optional<std::string> inlineValue;
        if (argument.starts_with("--")) {
            if (const auto equals = argument.find('='); equals != std::string::npos) {
                inlineValue = argument.substr(equals + 1);
                argument = argument.substr(0, equals);
            }
        }
        auto value = [&]() -> std::optional<std::string> {
            if (inlineValue)
                return inlineValue;
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
        if (argument == "--database") {
            const auto path = value();
            if (!path || path->empty())
                return {std::nullopt, "--database needs the path of a database file."};
            invocation.databasePath = *path;
            continue;
        }
        if (argument.starts_with("-")) {
            if (spec && spec->flags.contains(argument)) {
                invocation.flags.insert(argument);
                continue;
            }
            if (spec && spec->options.contains(argument)) {
                const auto given = value();
                if (!given || given->empty())
                    return {std::nullopt, fmt::format("{} needs a value.", argument)};
                invocation.options[argument].push_back(*given);
                continue;
            }
            return {
                std::nullopt,
                spec ? fmt::format("\u201c{}\u201d is not an option of {}.", argument, spec->name)
                     : fmt::format("\u201c{}\u201d is not understood here.", argument)};
        }
        if (!spec) {
            for (const auto &candidate : commandSpecs())
                if (candidate.name == argument)
                    spec = &candidate;
            if (!spec)
                return {std::nullopt,
                        fmt::format("\u201c{}\u201d is not a Reins command.", argument)};
            invocation.command = spec->command;
            continue;
        }
        if (!spec->takesFiles)
            return {std::nullopt,
                    fmt::format("{} takes no file (\u201c{}\u201d).", spec->name, argument)};
        invocation.files.push_back(argument);
    }
    return {invocation, {}};
}

int runCommand(const Invocation &invocation, const std::string &defaultDatabase, std::ostream &out,
               std::ostream &err)
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
        case Command::ExportPrep:
            return runExportPrep(invocation, path, out);
        case Command::ImportPrep:
            return runImportPrep(invocation, path, out, err);
        case Command::Export:
            return runExport(invocation, path, out);
        case Command::Backup:
            return runBackup(invocation, path, out);
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
