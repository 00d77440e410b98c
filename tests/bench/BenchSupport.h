#pragma once

// What reins-bench needs around the figures: printing them, medians, a stopwatch, running a
// child process until it reports its first paint, and watching which SQL an operation runs.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace reins::bench {

// One line of output: {"figure":…,"value":…,"budget":…,"size":…,"note":…}. A missing value
// or budget prints as null.
struct Figure {
    std::string name;
    std::optional<double> value;
    std::optional<double> budget;
    std::string note;
    // Something did not work (as opposed to being slow): reins-bench then exits with 1.
    bool failed = false;
};

void printFigure(const Figure &figure, const std::string &size);

[[nodiscard]] double median(std::vector<double> values);
[[nodiscard]] double maximum(const std::vector<double> &values);
// "12.3" with one decimal, for notes.
[[nodiscard]] std::string oneDecimal(double value);

// A reading of a stopwatch: wall-clock time, and the CPU time of the calling thread. On a
// machine shared with other work the two differ; the CPU time is what the work itself cost.
struct Lap {
    double milliseconds = 0;
    double cpuMilliseconds = 0;
};

class Stopwatch {
public:
    Stopwatch();
    [[nodiscard]] double milliseconds() const;
    [[nodiscard]] double cpuMilliseconds() const;
    [[nodiscard]] Lap lap() const { return {milliseconds(), cpuMilliseconds()}; }

private:
    std::chrono::steady_clock::time_point m_start;
    double m_cpuStart = 0;
};

// A GUI program started until it prints a line containing "first paint" (it quits itself
// right after), timed from just before the spawn to the moment the line arrives.
struct FirstPaintRun {
    bool ok = false;
    double milliseconds = 0;     // spawn -> "first paint" line, measured here
    double peakRssMegabytes = 0; // the child's ru_maxrss, from wait4
    std::string reported;        // the child's own line
    std::string problem;
};

[[nodiscard]] FirstPaintRun runUntilFirstPaint(const std::vector<std::string> &command,
                                               const std::filesystem::path &logFile,
                                               std::chrono::seconds timeout);

// Runs a command to its end; returns its exit status (or -1) and how long it took.
struct CommandRun {
    int exitStatus = -1;
    double milliseconds = 0;
};
[[nodiscard]] CommandRun runCommand(const std::vector<std::string> &command,
                                    const std::filesystem::path &logFile);

// The first directory on PATH holding an executable `name`.
[[nodiscard]] std::optional<std::filesystem::path> findOnPath(const std::string &name);

// Records every statement a connection runs while it is alive, with the time from its first
// step to its end (rows read by the caller in between count too). One trace per connection
// at a time.
class SqlTrace {
public:
    explicit SqlTrace(sqlite3 *connection);
    ~SqlTrace();
    SqlTrace(const SqlTrace &) = delete;
    SqlTrace &operator=(const SqlTrace &) = delete;

    struct Use {
        int runs = 0;
        double milliseconds = 0;
    };
    [[nodiscard]] const std::map<std::string, Use> &statements() const { return m_statements; }
    [[nodiscard]] int statementRuns() const;
    // Time in statements that ran while no other was running (the full-text index's own
    // statements run inside the one that changed it, and count once).
    [[nodiscard]] double sqliteMilliseconds() const { return m_outermostMilliseconds; }

    // Called by SQLite's trace hook.
    void started(void *statement);
    void finished(void *statement);

private:
    struct Running {
        std::chrono::steady_clock::time_point start;
        bool outermost = false;
    };
    sqlite3 *m_connection;
    std::map<std::string, Use> m_statements;
    std::map<void *, Running> m_running;
    double m_outermostMilliseconds = 0;
};

// The lines of EXPLAIN QUERY PLAN that read a whole table or index ("SCAN people"), for
// every traced statement; a virtual table (the full-text index) answers through its own
// index, and a view run as a co-routine reads its tables as its own plan says: neither
// counts.
struct TableScan {
    std::string statement;
    std::string detail;
};
[[nodiscard]] std::vector<TableScan> tableScans(sqlite3 *connection, const SqlTrace &trace);

// Shortens SQL for a note: whitespace folded, at most `length` characters.
[[nodiscard]] std::string shortSql(const std::string &sql, std::size_t length = 90);

} // namespace reins::bench
