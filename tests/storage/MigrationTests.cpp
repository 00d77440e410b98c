// Every released schema version, kept as a filled fixture, migrates to the current one with
// its content intact; a migration that fails midway leaves the old version openable.

#include "Migrations.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

using namespace reins;

namespace {

int single(const std::filesystem::path &path, const char *sql)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement statement(db, sql);
    statement.executeStep();
    return statement.getColumn(0).getInt();
}

std::filesystem::path fixture(int version)
{
    return std::filesystem::path(REINS_TEST_DATA) / ("schema-v" + std::to_string(version) + ".db");
}

} // namespace

TEST_CASE("Every older schema version migrates to the current one with its content")
{
    const int current = storage::currentSchemaVersion();
    for (int version = 1; version <= current; ++version) {
        DYNAMIC_SECTION("from data version " << version)
        {
            REQUIRE(std::filesystem::exists(fixture(version)));
            test::TempDir dir;
            const auto path = dir.file("old.db");
            std::filesystem::copy_file(fixture(version), path);
            REQUIRE(single(path, "PRAGMA user_version") == version);
            const int sessions = single(path, "SELECT count(*) FROM sessions");
            const int actions = single(path, "SELECT count(*) FROM actions");
            const int notes = single(path, "SELECT count(*) FROM meeting_notes");
            REQUIRE(sessions == 15);

            {
                auto store = storage::SqliteDataStore::open(path);
                CHECK(store->database().schemaVersion() == current);
                CHECK(store->sessions().countAll() == sessions);
                CHECK_FALSE(store->search().search("pipeline", true).empty());
            }
            CHECK(single(path, "SELECT count(*) FROM actions") == actions);
            CHECK(single(path, "SELECT count(*) FROM meeting_notes") == notes);
            const auto report = storage::checkDatabase(path);
            CHECK(report.healthy);
        }
    }
}

TEST_CASE("A migration that fails midway leaves the previous version intact and openable")
{
    test::TempDir dir;
    const auto path = dir.file("old.db");
    std::filesystem::copy_file(fixture(1), path);
    auto steps = storage::migrations();
    steps.at(1).apply = [](SQLite::Database &db) {
        db.exec("CREATE TABLE half_done (x)");
        db.exec("UPDATE sessions SET focus = 'overwritten'");
        throw std::runtime_error("the disk went away");
    };
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        CHECK_THROWS_WITH(storage::migrate(db, "old.db", steps),
                          Catch::Contains("could not be upgraded to data version 2") &&
                              Catch::Contains("left as it was"));
    }
    CHECK(single(path, "PRAGMA user_version") == 1);
    CHECK(single(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'") == 0);
    CHECK(single(path, "SELECT count(*) FROM sessions WHERE focus = 'overwritten'") == 0);
    auto store = storage::SqliteDataStore::open(path);
    CHECK(store->database().schemaVersion() == storage::currentSchemaVersion());
}
