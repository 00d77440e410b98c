#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using reins::DatabaseOpenError;
using reins::storage::Database;
using reins::test::TempDir;

namespace {

std::string fileBytes(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int pragmaInt(const std::filesystem::path &path, const char *pragma)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement statement(db, pragma);
    statement.executeStep();
    return statement.getColumn(0).getInt();
}

std::string openError(const std::filesystem::path &path)
{
    try {
        auto database = Database::open(path);
    } catch (const DatabaseOpenError &error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST_CASE("A new file is migrated to the current schema with the defaults in place")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    {
        auto database = Database::open(path);
        CHECK(database->schemaVersion() == reins::storage::currentSchemaVersion());
        SQLite::Statement journal(database->connection(), "PRAGMA journal_mode");
        journal.executeStep();
        CHECK(journal.getColumn(0).getString() == "wal");
        SQLite::Statement keys(database->connection(), "PRAGMA foreign_keys");
        keys.executeStep();
        CHECK(keys.getColumn(0).getInt() == 1);
        SQLite::Statement sync(database->connection(), "PRAGMA synchronous");
        sync.executeStep();
        CHECK(sync.getColumn(0).getInt() == 2); // FULL
    }
    CHECK(pragmaInt(path, "PRAGMA application_id") == reins::storage::applicationId);
    CHECK(pragmaInt(path, "PRAGMA user_version") == reins::storage::currentSchemaVersion());
    CHECK(pragmaInt(path, "SELECT count(*) FROM skills") > 10);
}

TEST_CASE("A database from a newer Reins is refused and left byte for byte as it was")
{
    TempDir dir;
    const auto path = dir.file("newer.db");
    {
        auto database = Database::open(path);
    }
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 999");
    }
    const auto before = fileBytes(path);
    const auto message = openError(path);
    CHECK_THAT(message, Catch::Contains("newer version of Reins"));
    CHECK_THAT(message, Catch::Contains("999"));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Another application's SQLite file is refused untouched")
{
    TempDir dir;
    const auto path = dir.file("other.db");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = 1234; CREATE TABLE notes (text TEXT)");
    }
    const auto before = fileBytes(path);
    CHECK_THAT(openError(path), Catch::Contains("another application"));
    CHECK(fileBytes(path) == before);

    SECTION("also when it has tables but no application id")
    {
        const auto plain = dir.file("plain.db");
        {
            SQLite::Database db(plain.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE notes (text TEXT)");
        }
        CHECK_THAT(openError(plain), Catch::Contains("another application"));
    }
}

TEST_CASE("A file that is not SQLite is refused untouched")
{
    TempDir dir;
    const auto path = dir.file("letter.db");
    std::ofstream(path) << "Dear team, this is a text file and not a database at all.\n";
    const auto before = fileBytes(path);
    CHECK_THAT(openError(path), Catch::Contains("not an SQLite file"));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A path in a missing folder is refused and nothing is created")
{
    TempDir dir;
    const auto path = dir.path() / "no-such-folder" / "team.db";
    CHECK_THAT(openError(path), Catch::Contains("does not exist"));
    CHECK_FALSE(std::filesystem::exists(path.parent_path()));
}

TEST_CASE("A read-only database file is refused untouched")
{
    TempDir dir;
    const auto path = dir.file("readonly.db");
    {
        auto database = Database::open(path);
    }
    std::filesystem::permissions(path, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::group_read);
    const auto before = fileBytes(path);
    CHECK_THAT(openError(path), Catch::Contains("read-only"));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A second open of the same database is refused while the first holds it")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    auto first = Database::open(path);
    CHECK_THAT(openError(path), Catch::Contains("already open"));
    first.reset();
    CHECK(openError(path).empty());
}

TEST_CASE("A database left open by a crash is fully checked on the next open")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    {
        auto database = Database::open(path);
    }
    {
        auto clean = Database::open(path);
        CHECK_FALSE(clean->recoveredFromUncleanExit());
    }
    // What a killed Reins leaves behind: the lock file still says "open".
    std::ofstream(path.string() + ".lock", std::ios::trunc) << "open\n";
    auto reopened = Database::open(path);
    CHECK(reopened->recoveredFromUncleanExit());
}

TEST_CASE("A damaged database is refused with a clear message and is not written")
{
    TempDir dir;
    const auto path = dir.file("damaged.db");
    {
        auto store = reins::storage::SqliteDataStore::open(path);
        for (int index = 0; index < 200; ++index)
            (void)store->people().add({0, "Person " + std::to_string(index),
                                       "p" + std::to_string(index) + "@example.com",
                                       reins::Role::Salesperson, std::nullopt});
    }
    auto bytes = fileBytes(path);
    REQUIRE(bytes.size() > 4096 * 3);
    // Scribble over the b-tree headers and cell pointers of pages 2 to 4.
    for (std::size_t page = 1; page < 4; ++page)
        for (std::size_t offset = 0; offset < 64; ++offset)
            bytes[page * 4096 + offset] = static_cast<char>(0xA5);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    const auto message = openError(path);
    CHECK_THAT(message, Catch::Contains("damaged"));
    CHECK(fileBytes(path) == bytes);

    const auto report = reins::storage::checkDatabase(path);
    CHECK_FALSE(report.healthy);
    CHECK_FALSE(report.problems.empty());
}

TEST_CASE("checkDatabase reports a healthy database with its contents")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    {
        auto store = reins::storage::SqliteDataStore::open(path);
        (void)store->people().add({0, "Ada Park", "ada@example.com", reins::Role::Manager, {}});
    }
    const auto report = reins::storage::checkDatabase(path);
    CHECK(report.healthy);
    CHECK_THAT(report.summary, Catch::Contains("1 person,"));
}

TEST_CASE("A database on a local disk is not taken for one on a network share")
{
    TempDir dir;
    auto database = Database::open(dir.file("team.db"));
    CHECK_FALSE(database->isOnNetworkFilesystem());
    CHECK_FALSE(reins::storage::checkDatabase(dir.file("team.db")).onNetworkFilesystem);
}
