#include "BenchSupport.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <sstream>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace reins::bench {

namespace {

std::string jsonString(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string jsonNumber(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return "null";
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", *value);
    // Trailing zeros say nothing.
    std::string number = text;
    while (number.back() == '0')
        number.pop_back();
    if (number.back() == '.')
        number.pop_back();
    return number;
}

// A child process with its stdout on a pipe and its stderr appended to a log file.
struct Spawned {
    pid_t pid = -1;
    int output = -1;
    std::string problem;
};

Spawned spawn(const std::vector<std::string> &command, const std::filesystem::path &logFile,
              bool captureOutput)
{
    Spawned child;
    int pipeEnds[2] = {-1, -1};
    if (captureOutput && ::pipe2(pipeEnds, O_CLOEXEC) != 0) {
        child.problem = std::string("pipe: ") + std::strerror(errno);
        return child;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (captureOutput)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, logFile.c_str(),
                                         O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, logFile.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<char *> argv;
    for (const auto &argument : command)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    const int failed = ::posix_spawnp(&child.pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (captureOutput)
        ::close(pipeEnds[1]);
    if (failed != 0) {
        child.pid = -1;
        child.problem = "cannot start " + command.front() + ": " + std::strerror(failed);
        if (captureOutput)
            ::close(pipeEnds[0]);
        return child;
    }
    child.output = captureOutput ? pipeEnds[0] : -1;
    return child;
}

} // namespace

namespace {

double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

} // namespace

Stopwatch::Stopwatch()
    : m_start(std::chrono::steady_clock::now())
    , m_cpuStart(threadCpuMilliseconds())
{}

double Stopwatch::milliseconds() const
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
        .count();
}

double Stopwatch::cpuMilliseconds() const
{
    return threadCpuMilliseconds() - m_cpuStart;
}

void printFigure(const Figure &figure, const std::string &size)
{
    std::cout << "{\"figure\":" << jsonString(figure.name)
              << ",\"value\":" << jsonNumber(figure.value)
              << ",\"budget\":" << jsonNumber(figure.budget) << ",\"size\":" << jsonString(size)
              << ",\"note\":" << jsonString(figure.note) << "}" << std::endl;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? std::nan("") : *std::max_element(values.begin(), values.end());
}

std::string oneDecimal(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

FirstPaintRun runUntilFirstPaint(const std::vector<std::string> &command,
                                 const std::filesystem::path &logFile, std::chrono::seconds timeout)
{
    FirstPaintRun run;
    const Stopwatch clock;
    Spawned child = spawn(command, logFile, true);
    if (child.pid < 0) {
        run.problem = child.problem;
        return run;
    }
    const double limit = std::chrono::duration<double, std::milli>(timeout).count();
    std::string pending;
    bool timedOut = false;
    for (;;) {
        const double left = limit - clock.milliseconds();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd wait{child.output, POLLIN, 0};
        if (::poll(&wait, 1, static_cast<int>(left) + 1) <= 0)
            continue;
        char buffer[4096];
        const auto got = ::read(child.output, buffer, sizeof buffer);
        if (got <= 0)
            break; // the child closed its output: it has ended
        pending.append(buffer, static_cast<std::size_t>(got));
        for (auto end = pending.find('\n'); end != std::string::npos; end = pending.find('\n')) {
            const std::string line = pending.substr(0, end);
            pending.erase(0, end + 1);
            if (!run.ok && line.find("first paint") != std::string::npos) {
                run.milliseconds = clock.milliseconds();
                run.reported = line;
                run.ok = true;
            }
        }
    }
    if (timedOut)
        ::kill(child.pid, SIGKILL);
    ::close(child.output);
    int status = 0;
    rusage usage{};
    ::wait4(child.pid, &status, 0, &usage);
    run.peakRssMegabytes = static_cast<double>(usage.ru_maxrss) / 1024.0; // kB on Linux
    if (timedOut && !run.ok)
        run.problem = "no first paint within " + std::to_string(timeout.count()) + " s";
    else if (!run.ok)
        run.problem = "ended without reporting a first paint (exit status " +
                      std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + "); see " +
                      logFile.string();
    return run;
}

CommandRun runCommand(const std::vector<std::string> &command, const std::filesystem::path &logFile)
{
    CommandRun run;
    const Stopwatch clock;
    const Spawned child = spawn(command, logFile, false);
    if (child.pid < 0) {
        std::cerr << "reins-bench: " << child.problem << "\n";
        return run;
    }
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    run.milliseconds = clock.milliseconds();
    run.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::optional<std::filesystem::path> findOnPath(const std::string &name)
{
    const char *path = std::getenv("PATH");
    std::stringstream folders(path ? path : "/usr/bin:/bin");
    std::string folder;
    while (std::getline(folders, folder, ':')) {
        const auto candidate = std::filesystem::path(folder.empty() ? "." : folder) / name;
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return std::nullopt;
}

namespace {

int traceCallback(unsigned type, void *context, void *statement, void *)
{
    auto *trace = static_cast<SqlTrace *>(context);
    if (type == SQLITE_TRACE_STMT)
        trace->started(statement);
    else if (type == SQLITE_TRACE_PROFILE)
        trace->finished(statement);
    return 0;
}

} // namespace

SqlTrace::SqlTrace(sqlite3 *connection)
    : m_connection(connection)
{
    sqlite3_trace_v2(m_connection, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, traceCallback, this);
}

SqlTrace::~SqlTrace()
{
    sqlite3_trace_v2(m_connection, 0, nullptr, nullptr);
}

void SqlTrace::started(void *statement)
{
    // SQLite's own profile times are whole milliseconds; this clock is finer.
    m_running[statement] = {std::chrono::steady_clock::now(), m_running.empty()};
}

void SqlTrace::finished(void *statement)
{
    const auto running = m_running.find(statement);
    if (running == m_running.end())
        return;
    const double milliseconds = std::chrono::duration<double, std::milli>(
                                    std::chrono::steady_clock::now() - running->second.start)
                                    .count();
    const bool outermost = running->second.outermost;
    m_running.erase(running);
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    auto &use = m_statements[sql ? sql : ""];
    ++use.runs;
    use.milliseconds += milliseconds;
    if (outermost)
        m_outermostMilliseconds += milliseconds;
}

int SqlTrace::statementRuns() const
{
    int runs = 0;
    for (const auto &[sql, use] : m_statements)
        runs += use.runs;
    return runs;
}

std::vector<TableScan> tableScans(sqlite3 *connection, const SqlTrace &trace)
{
    std::vector<TableScan> scans;
    for (const auto &[sql, use] : trace.statements()) {
        std::string upper;
        for (const char c : sql.substr(0, 12))
            upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        // Only statements that read tables have a plan worth reading; the full-text index's
        // own statements on its shadow tables ('main'.'search_index_data') are SQLite's.
        if (!(upper.starts_with("SELECT") || upper.starts_with("INSERT") ||
              upper.starts_with("UPDATE") || upper.starts_with("DELETE") ||
              upper.starts_with("WITH")) ||
            sql.find("'main'.'") != std::string::npos)
            continue;
        sqlite3_stmt *plan = nullptr;
        const std::string explain = "EXPLAIN QUERY PLAN " + sql;
        if (sqlite3_prepare_v2(connection, explain.c_str(), -1, &plan, nullptr) != SQLITE_OK) {
            scans.push_back({sql, std::string("cannot explain: ") + sqlite3_errmsg(connection)});
            continue;
        }
        // A view or subquery run as a co-routine is scanned as it produces its rows; that
        // reads no table.
        std::vector<std::string> coroutines;
        while (sqlite3_step(plan) == SQLITE_ROW) {
            const auto *text = sqlite3_column_text(plan, 3);
            const std::string detail = text ? reinterpret_cast<const char *>(text) : "";
            for (const char *prefix : {"CO-ROUTINE ", "MATERIALIZE "})
                if (detail.starts_with(prefix))
                    coroutines.push_back(detail.substr(std::strlen(prefix)));
            if (!detail.starts_with("SCAN ") || detail.starts_with("SCAN (") ||
                detail.find("VIRTUAL TABLE") != std::string::npos || detail == "SCAN CONSTANT ROW")
                continue;
            const std::string table = detail.substr(5, detail.find(' ', 5) - 5);
            if (std::find(coroutines.begin(), coroutines.end(), table) != coroutines.end())
                continue;
            scans.push_back({sql, detail});
        }
        sqlite3_finalize(plan);
    }
    return scans;
}

std::string shortSql(const std::string &sql, std::size_t length)
{
    std::string folded;
    bool space = false;
    for (const char c : sql) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !folded.empty();
            continue;
        }
        if (space)
            folded += ' ';
        space = false;
        folded += c;
    }
    if (folded.size() > length)
        folded = folded.substr(0, length - 3) + "...";
    return folded;
}

} // namespace reins::bench
