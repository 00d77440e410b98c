#include "CommandLine.h"

#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <charconv>
#include <ostream>

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

} // namespace

std::string usageText()
{
    return "Usage: reins [--database PATH]            open the Reins window\n"
           "       reins demo [--database PATH] [--people N] [--sessions M]\n"
           "                                          write the sample team into an empty "
           "database\n"
           "       reins check [--database PATH]      check a database's integrity; exit 0 "
           "when healthy\n"
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
        } else if (!commandSeen && !argument.starts_with("-")) {
            commandSeen = true;
            if (argument == "demo")
                invocation.command = Command::Demo;
            else if (argument == "check")
                invocation.command = Command::Check;
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
