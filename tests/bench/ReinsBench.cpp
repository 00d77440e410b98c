// reins-bench: Reins measured against its budgets (issue 8). Prints one JSON line per figure
// on stdout; progress and the statements behind each figure go to stderr.
//
//   reins-bench [--people N] [--sessions M] [--csv-rows R] [--work DIR] [--runs K]
//
// See docs/performance.md for what each figure means and the figures on a reference machine.

#include "BenchSupport.h"
#include "ImportBench.h"

#include "gui/SessionDocument.h"
#include "gui/SessionSteps.h"
#include "gui/SessionWindow.h"
#include "reins/Comparison.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/SessionSummary.h"
#include "reins/Trends.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace reins::bench {

namespace {

namespace fs = std::filesystem;

struct Options {
    int people = 250;
    int sessions = 200;
    int csvRows = 1'000'000;
    int runs = 5;
    fs::path work;
    fs::path reins = REINS_BINARY;
    fs::path bareWindow = REINS_BARE_WINDOW_BINARY;
    std::string only; // comma-separated groups; empty: all

    [[nodiscard]] bool wants(const std::string &group) const
    {
        return only.empty() || ("," + only + ",").find("," + group + ",") != std::string::npos;
    }
};

const char *const usage =
    "usage: reins-bench [--people N] [--sessions M] [--csv-rows R] [--work DIR] [--runs K]\n"
    "                   [--reins PATH] [--bare-window PATH] [--only GROUPS]\n"
    "  --people N      salespeople in the sample team (250)\n"
    "  --sessions M    sessions per salesperson (200)\n"
    "  --csv-rows R    sales records in the CSV import figure (1000000)\n"
    "  --work DIR      where the databases and the CSV file are made (a temp folder)\n"
    "  --runs K        runs of each startup figure; in-process figures run 3K times (5)\n"
    "  --only GROUPS   some of startup,plans,session,compare,trends,search,autosave,import\n"
    "Prints one JSON line per figure on stdout; details on stderr.\n";

std::optional<Options> parseOptions(int argc, char *argv[])
{
    Options options;
    options.work = fs::temp_directory_path() / "reins-bench";
    for (int index = 1; index < argc; ++index) {
        const std::string argument = argv[index];
        if (argument == "--help" || argument == "-h") {
            std::cout << usage;
            std::exit(0);
        }
        if (index + 1 >= argc) {
            std::cerr << "reins-bench: " << argument << " needs a value\n" << usage;
            return std::nullopt;
        }
        const std::string value = argv[++index];
        const auto number = [&](int minimum) {
            char *end = nullptr;
            const long parsed = std::strtol(value.c_str(), &end, 10);
            if (*end != '\0' || parsed < minimum || parsed > 100'000'000)
                throw std::invalid_argument(argument + " needs a number of at least " +
                                            std::to_string(minimum));
            return static_cast<int>(parsed);
        };
        try {
            if (argument == "--people")
                options.people = number(1);
            else if (argument == "--sessions")
                options.sessions = number(4);
            else if (argument == "--csv-rows")
                options.csvRows = number(1);
            else if (argument == "--runs")
                options.runs = number(1);
            else if (argument == "--work")
                options.work = value;
            else if (argument == "--reins")
                options.reins = value;
            else if (argument == "--bare-window")
                options.bareWindow = value;
            else if (argument == "--only")
                options.only = value;
            else
                throw std::invalid_argument("unknown option " + argument);
        } catch (const std::invalid_argument &error) {
            std::cerr << "reins-bench: " << error.what() << "\n" << usage;
            return std::nullopt;
        }
    }
    return options;
}

// Measurements that failed outright (a window never painted, a program that did not start).
int failures = 0;

void say(const std::string &text)
{
    std::cerr << "reins-bench: " << text << std::endl;
}

void removeDatabase(const fs::path &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        fs::remove(path.string() + suffix);
}

sqlite3 *handleOf(storage::SqliteDataStore &store)
{
    return store.database().connection().getHandle();
}

// What a traced operation ran, for a figure's note: "14 statements (9 distinct), 1.2 ms in
// SQLite". The statements that took longest go to stderr.
std::string describe(const SqlTrace &trace, const std::string &operation)
{
    std::vector<std::pair<std::string, SqlTrace::Use>> uses(trace.statements().begin(),
                                                            trace.statements().end());
    std::sort(uses.begin(), uses.end(), [](const auto &a, const auto &b) {
        return a.second.milliseconds > b.second.milliseconds;
    });
    for (std::size_t index = 0; index < std::min<std::size_t>(uses.size(), 4); ++index)
        say("  " + operation + ": " + oneDecimal(uses[index].second.milliseconds) + " ms in " +
            std::to_string(uses[index].second.runs) + "x " + shortSql(uses[index].first, 110));
    return std::to_string(trace.statementRuns()) + " statements (" +
           std::to_string(trace.statements().size()) + " distinct), " +
           oneDecimal(trace.sqliteMilliseconds()) + " ms in SQLite";
}

// Table scans in the plans of what an operation ran: a figure of its own, budget 0. The
// skill catalogue (a few dozen rows) is read whole by design and is named, not counted.
Figure scansFigure(sqlite3 *connection, const SqlTrace &trace, const std::string &operation)
{
    std::string note = "EXPLAIN QUERY PLAN of the " + std::to_string(trace.statements().size()) +
                       " distinct statements " + operation + " runs";
    int counted = 0;
    std::string byDesign;
    for (const auto &scan : tableScans(connection, trace)) {
        if (scan.detail == "SCAN skills") {
            byDesign = "; the skill catalogue is read whole by design (SCAN skills)";
            continue;
        }
        ++counted;
        note += "; " + scan.detail + " in: " + shortSql(scan.statement, 120);
    }
    if (counted == 0)
        note += ": no table scans";
    return {"table_scans:" + operation, static_cast<double>(counted), 0, note + byDesign};
}

// Waits for the first paint of a window and its children.
class PaintWatcher final : public QObject {
public:
    using QObject::QObject;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

bool showAndWaitForPaint(QWidget &window)
{
    PaintWatcher watcher;
    window.installEventFilter(&watcher);
    window.show();
    const Stopwatch limit;
    // The whole window is painted in one pass: the first paint event starts it, and the
    // pass is over when control comes back here.
    while (!watcher.painted && limit.milliseconds() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    window.removeEventFilter(&watcher);
    return watcher.painted;
}

// ---------------------------------------------------------------- the sample team

struct Team {
    fs::path database;
    std::vector<Id> salespeople;
};

Team prepareTeam(const Options &options, const std::string &size, std::vector<Figure> &figures)
{
    Team team;
    team.database = options.work / ("team-" + size + ".db");
    const int expectedSessions = options.people * options.sessions;
    bool reuse = false;
    if (fs::exists(team.database)) {
        try {
            auto store = storage::SqliteDataStore::open(team.database);
            reuse = store->sessions().countAll() == expectedSessions;
        } catch (const std::exception &error) {
            say(std::string("the team database cannot be reused: ") + error.what());
        }
    }
    if (!reuse) {
        removeDatabase(team.database);
        say("writing a sample team of " + size + " sessions into " + team.database.string());
        const Stopwatch clock;
        auto store = storage::SqliteDataStore::open(team.database);
        const SampleTeamSummary summary =
            writeSampleTeam(*store, {options.people, options.sessions}, todayUtc());
        store.reset();
        figures.push_back({"generate_team_s", clock.milliseconds() / 1000, std::nullopt,
                           std::to_string(summary.sessions) + " sessions, " +
                               std::to_string(summary.actions) + " actions, " +
                               std::to_string(summary.salesRecords) +
                               " sales records by writeSampleTeam in one transaction"});
    } else {
        say("reusing " + team.database.string());
    }
    figures.push_back({"database_mb", static_cast<double>(fs::file_size(team.database)) / 1048576.0,
                       std::nullopt,
                       "size of the sample team's database file" +
                           std::string(reuse ? " (reused from an earlier run)" : "")});
    auto store = storage::SqliteDataStore::open(team.database);
    for (const Person &person : store->people().listAll())
        if (person.role == Role::Salesperson)
            team.salespeople.push_back(person.id);
    return team;
}

// ---------------------------------------------------------------- startup and memory

void benchStartup(const Options &options, const Team &team, std::vector<Figure> &figures)
{
    const auto empty = options.work / "empty.db";
    removeDatabase(empty);
    storage::SqliteDataStore::open(empty).reset();

    ::setenv("REINS_EXIT_AFTER_FIRST_PAINT", "1", 1);
    const auto log = options.work / "startup.log";
    struct Target {
        std::string name;
        std::vector<std::string> command;
        std::vector<double> milliseconds;
        std::vector<double> rss;
        std::string problem;
    };
    std::vector<Target> targets{
        {"bare window", {options.bareWindow.string()}, {}, {}, {}},
        {"empty database", {options.reins.string(), "--database", empty.string()}, {}, {}, {}},
        {"sample team", {options.reins.string(), "--database", team.database.string()}, {}, {}, {}},
    };
    // One run each first, not counted: it fills the page cache and takes the day's
    // automatic backup, which a person meets once a day at most.
    for (int run = -1; run < options.runs; ++run) {
        for (auto &target : targets) {
            const auto result = runUntilFirstPaint(target.command, log, std::chrono::seconds(120));
            if (!result.ok) {
                target.problem = result.problem;
                say(target.name + ": " + result.problem);
                ++failures;
                continue;
            }
            if (run < 0)
                continue;
            target.milliseconds.push_back(result.milliseconds);
            target.rss.push_back(result.peakRssMegabytes);
            say(target.name + ": first paint after " + oneDecimal(result.milliseconds) +
                " ms, peak RSS " + oneDecimal(result.peakRssMegabytes) + " MB (" + result.reported +
                ")");
        }
    }
    const auto figureOf = [](const Target &target) -> std::optional<double> {
        if (target.milliseconds.empty())
            return std::nullopt;
        return median(target.milliseconds);
    };
    const auto floor = figureOf(targets[0]);
    const auto runsNote = "median of " + std::to_string(options.runs) +
                          " runs, process start to first paint, QT_QPA_PLATFORM=offscreen";
    figures.push_back(
        {"startup_floor_ms", floor, std::nullopt,
         "reins-bare-window (QMainWindow, menu bar, table): " + runsNote + targets[0].problem});
    figures.push_back({"startup_empty_ms", figureOf(targets[1]),
                       floor ? std::optional(*floor * 2) : std::nullopt,
                       "reins on an empty database: " + runsNote + targets[1].problem});
    figures.push_back({"startup_ms", figureOf(targets[2]),
                       floor ? std::optional(*floor * 2) : std::nullopt,
                       "reins on the sample team's database: " + runsNote + targets[2].problem});
    const auto rssOf = [](const Target &target) -> std::optional<double> {
        if (target.rss.empty())
            return std::nullopt;
        return maximum(target.rss);
    };
    const auto note = [&](const Target &target) {
        const auto value = rssOf(target);
        return value ? oneDecimal(*value) + " MB" : std::string("none");
    };
    // What the integrity check costs on its own: SQLite reads every page. Reins runs it
    // after the window shows, on a read-only connection of its own (before the window only
    // after an unclean exit or when something else changed the file).
    std::vector<double> checks;
    for (int run = 0; run < std::min(options.runs, 3); ++run) {
        sqlite3 *connection = nullptr;
        if (sqlite3_open_v2(team.database.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK) {
            const Stopwatch clock;
            sqlite3_exec(connection, "PRAGMA quick_check(20)", nullptr, nullptr, nullptr);
            checks.push_back(clock.milliseconds());
        }
        sqlite3_close(connection);
    }
    figures.push_back({"quick_check_ms", median(checks), std::nullopt,
                       "PRAGMA quick_check of the sample team's database alone on a read-only "
                       "connection, as Reins runs it on a thread of its own once the window "
                       "shows; median of " +
                           std::to_string(checks.size())});
    figures.push_back({"peak_rss_mb", rssOf(targets[2]), 150,
                       "ru_maxrss of reins with the sample team open in the main window (highest "
                       "of the runs); empty database " +
                           note(targets[1]) + ", bare window " + note(targets[0])});
}

// ---------------------------------------------------------------- in-process figures

struct InProcess {
    const Options &options;
    const Team &team;
    storage::SqliteDataStore &store;
    std::vector<Figure> &figures;

    [[nodiscard]] int repetitions() const { return std::max(5, options.runs * 3); }
    [[nodiscard]] Id salesperson(int index) const
    {
        return team.salespeople[static_cast<std::size_t>(index) % team.salespeople.size()];
    }
    // A session from the middle of a salesperson's history: it has a previous session,
    // carried actions and a full prep.
    [[nodiscard]] Id middleSession(Id salespersonId) const
    {
        const auto sessions = store.sessions().listForSalesperson(salespersonId);
        return sessions.at(sessions.size() / 2).session.id;
    }

    void hotQueryPlans()
    {
        auto *db = handleOf(store);
        const Id person = salesperson(0);
        const Id session = middleSession(person);
        {
            SqlTrace trace(db);
            (void)store.sessions().listForSalesperson(person);
            figures.push_back(scansFigure(db, trace, "listForSalesperson"));
        }
        {
            SqlTrace trace(db);
            (void)store.sessions().loadPrep(session);
            figures.push_back(scansFigure(db, trace, "loadPrep"));
        }
        {
            SqlTrace trace(db);
            (void)store.sessions().loadMeeting(session);
            (void)store.actions().listCreatedIn(session);
            (void)store.actions().reviewsIn(session);
            (void)store.actions().listOpenFor(person);
            (void)store.sessions().previousSession(session);
            (void)store.sessions().partCounts(session);
            figures.push_back(scansFigure(db, trace, "loadMeeting+actions+partCounts"));
        }
    }

    // Times of the counted runs of an operation, and what its one traced run (run -1, before
    // them and not counted: the trace itself costs time) ran in SQLite.
    struct Measured {
        std::vector<double> wall;
        std::vector<double> cpu;
        std::string traced;
        double tracedWall = 0;

        [[nodiscard]] std::string summary() const
        {
            return "median of " + std::to_string(wall.size()) + ", CPU " + oneDecimal(median(cpu)) +
                   " ms, max " + oneDecimal(maximum(wall)) + " ms; " + traced;
        }
    };

    // `work` runs once per call and returns the lap read at the end of what is measured
    // (work after that, such as closing a window, is not counted).
    Measured measure(const std::string &operation, const std::function<Lap(int)> &work)
    {
        Measured measured;
        auto *db = handleOf(store);
        {
            SqlTrace trace(db);
            measured.tracedWall = work(-1).milliseconds;
            measured.traced = describe(trace, operation);
            figures.push_back(scansFigure(db, trace, operation));
        }
        for (int run = 0; run < repetitions(); ++run) {
            const Lap lap = work(run);
            measured.wall.push_back(lap.milliseconds);
            measured.cpu.push_back(lap.cpuMilliseconds);
        }
        return measured;
    }

    void sessionOpen()
    {
        std::vector<double> constructed;
        // Chosen first, so that the trace shows only what opening a session runs.
        std::vector<Id> sessions;
        for (int run = -1; run < repetitions(); ++run)
            sessions.push_back(middleSession(salesperson(run + 1)));
        const Measured measured = measure("session_open", [&](int run) {
            const Id session = sessions[static_cast<std::size_t>(run + 1)];
            const Stopwatch clock;
            auto window = std::make_unique<gui::SessionWindow>(store, session);
            if (run >= 0)
                constructed.push_back(clock.milliseconds());
            if (!showAndWaitForPaint(*window)) {
                say("the session window was never painted");
                ++failures;
            }
            const Lap painted = clock.lap();
            window->close();
            window.reset();
            QCoreApplication::processEvents();
            return painted;
        });
        figures.push_back(
            {"session_open_ms", median(measured.wall), 30,
             "SessionWindow constructed, shown and painted for a session from the middle of "
             "a history, sessions of different salespeople; constructor " +
                 oneDecimal(median(constructed)) + " ms; " + measured.summary() +
                 "; the first window of the process (fonts, styles, icons) took " +
                 oneDecimal(measured.tracedWall) + " ms"});
    }

    void compareFour()
    {
        std::size_t rows = 0;
        std::vector<std::vector<Id>> chosen;
        for (int run = -1; run < repetitions(); ++run) {
            const auto sessions = store.sessions().listForSalesperson(salesperson(run + 1));
            std::vector<Id> ids;
            for (std::size_t index = 0; index < 4 && index < sessions.size(); ++index)
                ids.push_back(sessions[index].session.id);
            std::reverse(ids.begin(), ids.end()); // oldest first, as the compare view does
            chosen.push_back(std::move(ids));
        }
        const Measured measured = measure("compare", [&](int run) {
            const auto &ids = chosen[static_cast<std::size_t>(run + 1)];
            const Stopwatch clock;
            std::vector<SessionRecord> records;
            for (const Id id : ids)
                records.push_back(loadSessionRecord(store, id));
            rows = compareSessions(records).rows.size();
            return clock.lap();
        });
        figures.push_back({"compare4_ms", median(measured.wall), 50,
                           "loadSessionRecord x4 + compareSessions (" + std::to_string(rows) +
                               " rows), a salesperson's 4 latest sessions; " + measured.summary()});
    }

    void trends()
    {
        std::size_t sessions = 0;
        const Measured measured = measure("trends", [&](int run) {
            const Stopwatch clock;
            sessions = trendsFor(store, salesperson(run + 1)).actionCompletion.size();
            return clock.lap();
        });
        figures.push_back({"trends_ms", median(measured.wall), std::nullopt,
                           "trendsFor a salesperson with " + std::to_string(sessions) +
                               " sessions (the issue sets no budget); " + measured.summary()});
    }

    // The most common word of the full-text index, read from its vocabulary.
    std::string commonWord()
    {
        sqlite3 *connection = nullptr;
        std::string word = "month";
        if (sqlite3_open_v2(team.database.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK) {
            sqlite3_exec(connection,
                         "CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, "
                         "search_index, row)",
                         nullptr, nullptr, nullptr);
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(connection,
                                   "SELECT term FROM temp.vocabulary WHERE length(term) >= 4 AND "
                                   "term NOT GLOB '*[0-9]*' ORDER BY doc DESC LIMIT 1",
                                   -1, &statement, nullptr) == SQLITE_OK &&
                sqlite3_step(statement) == SQLITE_ROW)
                word = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            sqlite3_finalize(statement);
        }
        sqlite3_close(connection);
        return word;
    }

    // A word written once, in one gap of one session: the sample team's text comes from
    // phrase lists, so even its least used word is in hundreds of places.
    std::string rareWord()
    {
        const std::string word = "quetzal";
        if (store.search().search(word, true).empty()) {
            const Id session = middleSession(salesperson(2));
            SessionPrep prep = store.sessions().loadPrep(session);
            prep.gaps.push_back(
                {0, "Lost the Quetzal Logistics renewal to a cheaper bid", {}, Priority::High});
            store.sessions().savePrep(session, prep);
        }
        return word;
    }

    void search()
    {
        const std::string common = commonWord();
        const std::string rare = rareWord();
        for (const auto &[kind, word] :
             {std::pair{std::string("common"), common}, std::pair{std::string("rare"), rare}}) {
            std::size_t hits = 0;
            const Measured measured = measure("search_" + kind, [&](int) {
                const Stopwatch clock;
                hits = store.search().search(word, true).size();
                return clock.lap();
            });
            figures.push_back({"search_" + kind + "_ms", median(measured.wall), 20,
                               "search(\"" + word + "\", includePrivate) -> " +
                                   std::to_string(hits) + " hits (limit 50); " +
                                   measured.summary()});
        }
    }

    void autosave()
    {
        // Type into the Gaps page of a session (a gap's description, one character every
        // 16 ms, pausing 80 ms after every 15 characters) for 2 s, with a 50 ms autosave
        // delay so that several saves fall inside the typing; the main thread's longest
        // stall shows as the longest gap between the typing timer's ticks.
        // Every step is visited first, so every page exists, as after a real preparation.
        const Id session = middleSession(salesperson(1));
        gui::SessionWindow window(store, session);
        showAndWaitForPaint(window);
        for (const gui::SessionStep step : gui::allSessionSteps) {
            window.showStep(step);
            QCoreApplication::processEvents();
        }
        window.showSummary();
        QCoreApplication::processEvents();
        window.showStep(gui::SessionStep::Gaps);
        QCoreApplication::processEvents();
        gui::SessionDocument &document = window.document();
        const bool typesInGap = !document.state().prep.gaps.empty();
        document.setAutosaveDelay(50);
        int saves = 0;
        QObject::connect(&document, &gui::SessionDocument::saved, &window, [&] { ++saves; });

        constexpr int interval = 16;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(interval);
        QEventLoop loop;
        std::vector<double> gaps;
        std::vector<double> editTimes;
        int tick = 0;
        double last = 0;
        const Stopwatch clock;
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            const double now = clock.milliseconds();
            if (tick > 0)
                gaps.push_back(now - last);
            last = now;
            if (tick % 20 < 15) {
                const char typed = static_cast<char>('a' + tick % 26);
                const Stopwatch edit;
                document.edit(
                    QStringLiteral("Typing"),
                    [&](gui::SessionState &state) {
                        if (typesInGap)
                            state.prep.gaps.front().description += typed;
                        else
                            state.session.focus += typed;
                    },
                    typesInGap ? gui::mergeKeyFor(gui::EditedPart::Gaps, 0, 0)
                               : gui::mergeKeyFor(gui::EditedPart::SessionFields, 0, 1));
                editTimes.push_back(edit.milliseconds());
            }
            ++tick;
            if (now >= 2000) {
                ticker.stop();
                loop.quit();
            }
        });
        ticker.start();
        loop.exec();
        const double longest = maximum(gaps);

        // Each save on its own, written at once as closing a window writes it (the autosave
        // writes the same on its own thread and connection).
        const Measured saveTimes = measure("autosave", [&](int) {
            document.edit(
                QStringLiteral("Typing"),
                [&](gui::SessionState &state) {
                    if (typesInGap)
                        state.prep.gaps.front().description += 'x';
                    else
                        state.session.focus += 'x';
                },
                typesInGap ? gui::mergeKeyFor(gui::EditedPart::Gaps, 0, 0)
                           : gui::mergeKeyFor(gui::EditedPart::SessionFields, 0, 1));
            const Stopwatch clock;
            document.saveNow();
            return clock.lap();
        });
        // Back to what was stored, so the database can be reused by the next run.
        document.undoStack()->setIndex(0);
        document.saveNow();
        window.close();

        figures.push_back({"autosave_stall_ms", longest - interval, 16,
                           "longest gap between 16 ms typing ticks minus 16 (longest gap " +
                               oneDecimal(longest) + " ms over " + std::to_string(gaps.size()) +
                               " ticks, " + std::to_string(saves) + " autosaves, typing into " +
                               (typesInGap ? "a gap on the Gaps page" : "the focus") +
                               "; every step visited first); an edit itself takes " +
                               oneDecimal(median(editTimes)) + " ms (max " +
                               oneDecimal(maximum(editTimes)) + ")"});
        figures.push_back({"autosave_save_ms", median(saveTimes.wall), std::nullopt,
                           "SessionDocument::saveNow after one typed character (what closing "
                           "a window runs; the autosave runs it off the GUI thread); " +
                               saveTimes.summary()});
    }
};

int run(const Options &options)
{
    fs::create_directories(options.work);
    const std::string size =
        std::to_string(options.people) + "x" + std::to_string(options.sessions);
    std::vector<Figure> figures;
    const auto flush = [&] {
        for (const auto &figure : figures)
            printFigure(figure, size);
        figures.clear();
    };

    const Team team = prepareTeam(options, size, figures);
    flush();
    if (options.wants("startup")) {
        say("startup: " + std::to_string(options.runs) + " runs of each program");
        benchStartup(options, team, figures);
        flush();
    }

    {
        auto store = storage::SqliteDataStore::open(team.database);
        InProcess inProcess{options, team, *store, figures};
        const std::vector<std::pair<std::string, std::function<void()>>> groups{
            {"plans", [&] { inProcess.hotQueryPlans(); }},
            {"session", [&] { inProcess.sessionOpen(); }},
            {"compare", [&] { inProcess.compareFour(); }},
            {"trends", [&] { inProcess.trends(); }},
            {"search", [&] { inProcess.search(); }},
            {"autosave", [&] { inProcess.autosave(); }},
        };
        for (const auto &[group, measure] : groups) {
            if (!options.wants(group))
                continue;
            say(group);
            measure();
            flush();
        }
    }

    if (!options.wants("import")) {
        if (failures > 0)
            say(std::to_string(failures) + " measurements failed; see above");
        return failures == 0 ? 0 : 1;
    }
    say("importing " + std::to_string(options.csvRows) + " sales records");
    ImportBenchOptions importOptions;
    importOptions.workFolder = options.work;
    importOptions.rows = options.csvRows;
    importOptions.sqliteShell = findOnPath("sqlite3");
    for (const auto &figure : benchImport(importOptions)) {
        failures += figure.failed ? 1 : 0;
        figures.push_back(figure);
    }
    flush();
    if (failures > 0)
        say(std::to_string(failures) + " measurements failed; see above");
    return failures == 0 ? 0 : 1;
}

} // namespace

} // namespace reins::bench

int main(int argc, char *argv[])
{
    const auto options = reins::bench::parseOptions(argc, argv);
    if (!options)
        return 2;
    // Settings, backups and app data of the benchmark, and of the Reins it starts, stay in
    // the work folder, never in the user's own.
    namespace fs = std::filesystem;
    fs::create_directories(options->work / "home" / "config");
    fs::create_directories(options->work / "home" / "data");
    ::setenv("XDG_CONFIG_HOME", (options->work / "home" / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (options->work / "home" / "data").c_str(), 1);
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);

    QApplication::setOrganizationName(QStringLiteral("Reins"));
    QApplication::setApplicationName(QStringLiteral("Reins"));
    QApplication app(argc, argv);
    try {
        return reins::bench::run(*options);
    } catch (const std::exception &error) {
        std::cerr << "reins-bench: " << error.what() << "\n";
        return 1;
    }
}
