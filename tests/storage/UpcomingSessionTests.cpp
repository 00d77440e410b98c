// The questions behind the reminders on start and the calendar export: the drafts meeting
// in the coming days, and a salesperson's next session. Both run on every start against
// databases of years of sessions, so their plans are checked to use an index.

#include "reins/Repositories.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <string>
#include <vector>

using namespace reins;
using reins::storage::SqliteDataStore;
using reins::test::TempDir;

namespace {

const Date today = *parseIsoDate("2026-11-27");

struct Team {
    Id manager = 0;
    Id tom = 0;
    Id ana = 0;
};

Team addTeam(DataStore &store)
{
    Team team;
    team.manager = store.people().add({0, "Maria Lopez", "", Role::Manager, {}});
    team.tom = store.people().add({0, "Tom Becker", "", Role::Salesperson, team.manager});
    team.ana = store.people().add({0, "Ana Silva", "", Role::Salesperson, team.manager});
    return team;
}

Id addSession(DataStore &store, Id salesperson, Date meeting, Stage stage)
{
    Session session;
    session.salespersonId = salesperson;
    session.meetingDate = meeting;
    session.periodStart = addDays(meeting, -30);
    session.periodEnd = addDays(meeting, -3);
    session.stage = stage;
    session.createdAt = *parseIsoTimestamp("2026-11-01T09:00:00Z");
    session.updatedAt = session.createdAt;
    return store.sessions().create(session);
}

// The SQL text of every statement the connection runs while it is traced.
class StatementTrace {
public:
    explicit StatementTrace(sqlite3 *connection)
        : m_connection(connection)
    {
        sqlite3_trace_v2(connection, SQLITE_TRACE_STMT, &StatementTrace::record, this);
    }
    ~StatementTrace() { sqlite3_trace_v2(m_connection, 0, nullptr, nullptr); }
    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    [[nodiscard]] const std::vector<std::string> &statements() const { return m_statements; }

private:
    static int record(unsigned, void *self, void *statement, void *)
    {
        if (const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))
            static_cast<StatementTrace *>(self)->m_statements.emplace_back(sql);
        return 0;
    }

    sqlite3 *m_connection;
    std::vector<std::string> m_statements;
};

// The lines of EXPLAIN QUERY PLAN for the statement.
std::vector<std::string> planOf(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement explain(db, "EXPLAIN QUERY PLAN " + sql);
    std::vector<std::string> lines;
    while (explain.executeStep())
        lines.push_back(explain.getColumn(3).getString());
    return lines;
}

bool anyLineStartsWith(const std::vector<std::string> &lines, const std::string &prefix)
{
    for (const auto &line : lines)
        if (line.starts_with(prefix))
            return true;
    return false;
}

bool anyLineContains(const std::vector<std::string> &lines, const std::string &part)
{
    for (const auto &line : lines)
        if (line.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("The drafts meeting in the coming days are listed soonest first with their names")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("reins.db"));
    const Team team = addTeam(*store);
    const Id tomDraft = addSession(*store, team.tom, addDays(today, 5), Stage::Draft);
    const Id anaToday = addSession(*store, team.ana, today, Stage::Draft);
    const Id lastDay = addSession(*store, team.ana, addDays(today, 13), Stage::Draft);
    (void)addSession(*store, team.tom, addDays(today, 3), Stage::Ready);
    (void)addSession(*store, team.tom, addDays(today, 2), Stage::InMeeting);
    (void)addSession(*store, team.tom, addDays(today, 21), Stage::Draft);
    (void)addSession(*store, team.ana, addDays(today, 14), Stage::Draft);
    (void)addSession(*store, team.ana, addDays(today, -1), Stage::Draft);
    (void)addSession(*store, team.ana, addDays(today, -30), Stage::Closed);

    const auto upcoming = store->sessions().listDraftsMeetingBetween(today, addDays(today, 13), 50);
    REQUIRE(upcoming.size() == 3);
    CHECK(upcoming[0].session.id == anaToday);
    CHECK(upcoming[0].salespersonName == "Ana Silva");
    CHECK(upcoming[1].session.id == tomDraft);
    CHECK(upcoming[1].salespersonName == "Tom Becker");
    CHECK(upcoming[1].session.meetingDate == addDays(today, 5));
    CHECK(upcoming[1].session.stage == Stage::Draft);
    CHECK(upcoming[2].session.id == lastDay);

    const auto firstTwo = store->sessions().listDraftsMeetingBetween(today, addDays(today, 13), 2);
    REQUIRE(firstTwo.size() == 2);
    CHECK(firstTwo[1].session.id == tomDraft);

    CHECK(store->sessions()
              .listDraftsMeetingBetween(addDays(today, 30), addDays(today, 40), 50)
              .empty());
}

TEST_CASE("A salesperson's next session is the first one from today that is not closed")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("reins.db"));
    const Team team = addTeam(*store);
    (void)addSession(*store, team.tom, addDays(today, -10), Stage::Draft);
    (void)addSession(*store, team.tom, addDays(today, 1), Stage::Closed);
    const Id ready = addSession(*store, team.tom, addDays(today, 4), Stage::Ready);
    (void)addSession(*store, team.tom, addDays(today, 30), Stage::Draft);
    const Id anaToday = addSession(*store, team.ana, today, Stage::InMeeting);

    const auto tomsNext = store->sessions().nextSessionOf(team.tom, today);
    REQUIRE(tomsNext);
    CHECK(tomsNext->id == ready);
    const auto anasNext = store->sessions().nextSessionOf(team.ana, today);
    REQUIRE(anasNext);
    CHECK(anasNext->id == anaToday);
    CHECK_FALSE(store->sessions().nextSessionOf(team.tom, addDays(today, 31)));
    CHECK_FALSE(store->sessions().nextSessionOf(team.manager, today));
}

TEST_CASE("The reminder and next-session queries search an index and scan no table")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("reins.db"));
    const Team team = addTeam(*store);
    // Enough closed history that a scan would be the planner's real alternative.
    store->inTransaction([&] {
        for (int week = 1; week <= 400; ++week)
            (void)addSession(*store, week % 2 ? team.tom : team.ana, addDays(today, -7 * week),
                             Stage::Closed);
    });
    (void)addSession(*store, team.tom, addDays(today, 2), Stage::Draft);

    SQLite::Database &db = store->database().connection();
    std::vector<std::string> statements;
    {
        StatementTrace trace(db.getHandle());
        CHECK(store->sessions().listDraftsMeetingBetween(today, addDays(today, 13), 50).size() ==
              1);
        CHECK(store->sessions().nextSessionOf(team.tom, today).has_value());
        statements = trace.statements();
    }
    REQUIRE(statements.size() == 2);

    const auto drafts = planOf(db, statements[0]);
    INFO(statements[0]);
    CHECK(anyLineContains(drafts, "USING INDEX sessions_by_stage (stage=? AND meeting_date>? AND "
                                  "meeting_date<?)"));
    CHECK(anyLineContains(drafts, "SEARCH p USING INTEGER PRIMARY KEY"));
    CHECK_FALSE(anyLineStartsWith(drafts, "SCAN"));
    CHECK_FALSE(anyLineContains(drafts, "TEMP B-TREE"));

    const auto next = planOf(db, statements[1]);
    INFO(statements[1]);
    CHECK(anyLineContains(next, "USING INDEX sessions_by_salesperson (salesperson_id=? AND "
                                "meeting_date>?)"));
    CHECK_FALSE(anyLineStartsWith(next, "SCAN"));
}
