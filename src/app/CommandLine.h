#pragma once

// The `reins` command line: parsing, and the headless commands that run on the same core
// as the window without needing a display.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace reins::app {

enum class Command { OpenWindow, Help, Version, Demo, Check, ImportSales };

struct Invocation {
    Command command = Command::OpenWindow;
    std::optional<std::string> databasePath; // --database; the default database when absent
    int people = 6;                          // demo --people
    int sessions = 12;                       // demo --sessions

    // import-sales
    std::string salesperson; // a name or an id
    std::string csvFile;
    std::optional<char> separator;        // detected when absent
    bool decimalComma = false;
    std::string dateFormat = "iso";
    std::vector<std::string> columnChoices; // "amount=Betrag" or "amount=5"
    std::string currency = "EUR";
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
