#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/storage/Backup.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <atomic>
#include <fstream>
#include <thread>

using namespace reins;
using reins::test::TempDir;

namespace {

Timestamp at(const char *iso)
{
    return *parseIsoTimestamp(iso);
}

int peopleIn(const std::filesystem::path &path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement count(db, "SELECT count(*) FROM people");
    count.executeStep();
    return count.getColumn(0).getInt();
}

void touchBackup(const std::filesystem::path &folder, const char *iso)
{
    SQLite::Database db(storage::backupPathFor(folder, at(iso)).string(),
                        SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x)");
}

} // namespace

TEST_CASE("A backup taken while another connection writes is complete and healthy")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    auto store = storage::SqliteDataStore::open(path);
    for (int i = 0; i < 50; ++i)
        (void)store->people().add({0, "Person " + std::to_string(i), "", Role::Manager, {}});

    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        // A second connection, as another process would have.
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
        other.exec("PRAGMA busy_timeout = 5000");
        while (!stop) {
            other.exec("INSERT INTO people (name, role, created_at) VALUES ('Writer', "
                       "'manager', '2026-01-01T00:00:00Z')");
            ++written;
        }
    });
    while (written < 20)
        std::this_thread::yield();
    const auto backup = dir.file("backup.db");
    storage::backupTo(store->database(), backup);
    stop = true;
    writer.join();

    const auto report = storage::checkDatabase(backup);
    CHECK(report.healthy);
    CHECK(peopleIn(backup) >= 70);
    CHECK_FALSE(std::filesystem::exists(backup.string() + "-wal"));
}

TEST_CASE("Automatic backups are taken once a day and rotated")
{
    TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("team.db"));
    const auto folder = dir.path() / "backups";
    auto &database = store->database();
    CHECK(storage::backupIfDue(database, folder, at("2026-11-27T08:00:00Z")));
    CHECK_FALSE(storage::backupIfDue(database, folder, at("2026-11-27T20:00:00Z")));
    CHECK(storage::backupIfDue(database, folder, at("2026-11-28T08:00:01Z")));
    CHECK(storage::listBackups(folder).size() == 2);
}

TEST_CASE("Retention keeps 7 daily, 4 weekly and 12 monthly backups")
{
    TempDir dir;
    const auto folder = dir.path();
    // Two a day for 400 days.
    auto day = at("2025-10-01T09:00:00Z");
    for (int i = 0; i < 400; ++i) {
        const auto iso = toIsoTimestamp(day + std::chrono::days(i));
        touchBackup(folder, iso.c_str());
        touchBackup(folder,
                    toIsoTimestamp(day + std::chrono::days(i) + std::chrono::hours(8)).c_str());
    }
    const auto removed = storage::applyRetention(folder, {});
    const auto kept = storage::listBackups(folder);
    CHECK(removed.size() + kept.size() == 800);
    // 7 days, plus older weekly ones, plus older monthly ones; some coincide.
    CHECK(kept.size() >= 12);
    CHECK(kept.size() <= 23);
    CHECK(kept.back().filename() ==
          storage::backupPathFor(folder, day + std::chrono::days(399) + std::chrono::hours(8))
              .filename());
}

TEST_CASE("Restoring a backup keeps the current database aside")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    const auto backup = dir.file("monday.db");
    {
        auto store = storage::SqliteDataStore::open(path);
        (void)store->people().add({0, "Before", "", Role::Manager, {}});
        storage::backupTo(store->database(), backup);
        (void)store->people().add({0, "After", "", Role::Manager, {}});
    }
    const auto aside = storage::restoreBackup(backup, path, at("2026-11-27T10:00:00Z"));
    CHECK(peopleIn(path) == 1);
    CHECK(peopleIn(aside) == 2);
    auto reopened = storage::SqliteDataStore::open(path);
    CHECK(reopened->people().listAll().at(0).name == "Before");

    SECTION("a damaged backup is refused and nothing moves")
    {
        reopened.reset();
        std::ofstream(dir.file("bad.db")) << "not a database";
        CHECK_THROWS_AS(
            storage::restoreBackup(dir.file("bad.db"), path, at("2026-11-28T10:00:00Z")),
            StorageError);
        CHECK(peopleIn(path) == 1);
    }
}
