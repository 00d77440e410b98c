#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

using namespace reins;
using reins::test::TempDir;

namespace {

const Date today = std::chrono::year{2026} / std::chrono::November / std::chrono::day{27};

// Every row of the tables a sample team fills, as text, without timestamps (those record
// when the rows were written, not what they say).
std::string contentOf(const std::filesystem::path &path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    std::string dump;
    for (const char *query :
         {"SELECT id, name, email, role, manager_id FROM people ORDER BY id",
          "SELECT id, salesperson_id, manager_id, meeting_date, period_start, period_end, "
          "cadence, stage, focus, rating FROM sessions ORDER BY id",
          "SELECT * FROM results ORDER BY id", "SELECT * FROM skill_ratings ORDER BY id",
          "SELECT * FROM gaps ORDER BY id", "SELECT * FROM factors ORDER BY id",
          "SELECT * FROM upskilling ORDER BY id", "SELECT * FROM strategies ORDER BY id",
          "SELECT id, salesperson_id, origin_session_id, description, owner, vital_few, "
          "due_date, status FROM actions ORDER BY id",
          "SELECT id, action_id, session_id, status, note FROM action_reviews ORDER BY id",
          "SELECT * FROM meeting_notes ORDER BY id", "SELECT * FROM stage_times",
          "SELECT * FROM sales_records ORDER BY id"}) {
        SQLite::Statement statement(db, query);
        while (statement.executeStep()) {
            for (int column = 0; column < statement.getColumnCount(); ++column)
                dump += statement.getColumn(column).getString() + '|';
            dump += '\n';
        }
    }
    return dump;
}

} // namespace

TEST_CASE("The sample team writes the same database for the same seed, and it is healthy")
{
    TempDir dir;
    SampleTeamSummary summary;
    for (const char *name : {"first.db", "second.db"}) {
        auto store = storage::SqliteDataStore::open(dir.file(name));
        summary = writeSampleTeam(*store, {4, 6}, today, 7);
    }
    CHECK(summary.salespeople == 4);
    CHECK(summary.sessions == 24);
    CHECK(summary.managers >= 1);
    const auto first = contentOf(dir.file("first.db"));
    CHECK(first.size() > 10000);
    CHECK(first == contentOf(dir.file("second.db")));

    const auto report = storage::checkDatabase(dir.file("first.db"));
    CHECK(report.healthy);
    CHECK_THAT(report.summary, Catch::Contains("24 sessions"));

    auto store = storage::SqliteDataStore::open(dir.file("first.db"));
    CHECK(store->sessions().countAll() == 24);
    int salespeople = 0;
    for (const auto &person : store->people().listAll()) {
        if (person.role != Role::Salesperson)
            continue;
        ++salespeople;
        const auto sessions = store->sessions().listForSalesperson(person.id);
        REQUIRE(sessions.size() == 6);
        CHECK(sessions.front().session.meetingDate > sessions.back().session.meetingDate);
        CHECK(sessions.front().headlineResult);
        CHECK(store->salesRecords().countFor(person.id) > 0);
    }
    CHECK(salespeople == 4);
}

TEST_CASE("A different seed makes a different team")
{
    TempDir dir;
    {
        auto store = storage::SqliteDataStore::open(dir.file("a.db"));
        (void)writeSampleTeam(*store, {2, 3}, today, 1);
    }
    {
        auto store = storage::SqliteDataStore::open(dir.file("b.db"));
        (void)writeSampleTeam(*store, {2, 3}, today, 2);
    }
    CHECK(contentOf(dir.file("a.db")) != contentOf(dir.file("b.db")));
}
