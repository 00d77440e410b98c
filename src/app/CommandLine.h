#pragma once

// The `reins` command line: parsing, and the headless commands that run on the same core
// as the window without needing a display.

#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace reins::app {

enum class Command {
    OpenWindow,
    Help,
    Version,
    Demo,
    Check,
    ImportSales,
    ExportPrep,
    ImportPrep,
    Export,
    Backup
};

struct Invocation {
    Command command = Command::OpenWindow;
    std::optional<std::string> databasePath; // --database; the default database when absent
    std::map<std::string, std::vector<std::string>> options; // "--people" -> {"6"}
    std::set<std::string> flags;                             // "--decimal-comma"
    std::vector<std::string> files;                          // positional arguments

    [[nodiscard]] std::optional<std::string> option(const std::string &name) const;
    [[nodiscard]] bool flag(const std::string &name) const { return flags.contains(name); }
};

// Exit codes: 0 success, 1 the command ran and failed (bad data, unhealthy database),
// 2 the command line itself was wrong.
inline constexpr int exitSuccess = 0;
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;

struct ParseOutcome {
    std::optional<Invocation> invocation;
    std::string error; // set when invocation is empty
};

[[nodiscard]] ParseOutcome parseCommandLine(const std::vector<std::string> &arguments);
[[nodiscard]] std::string usageText();

// Runs a headless command. `defaultDatabase` is used when no --database was given.
[[nodiscard]] int runCommand(const Invocation &invocation, const std::string &defaultDatabase,
                             std::ostream &out, std::ostream &err);

} // namespace reins::app
