// Damaged databases of every kind are detected before anything is written, and the way
// out — moving the damaged file aside and restoring the newest good backup — loses nothing.

#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/Backup.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <iterator>

using namespace reins;
using reins::test::TempDir;

namespace {

std::string bytesOf(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// A real team database of a few hundred kilobytes, closed cleanly.
std::filesystem::path teamDatabase(const TempDir &dir, const char *name = "team.db")
{
    const auto path = dir.file(name);
    auto store = storage::SqliteDataStore::open(path);
    (void)writeSampleTeam(*store, {3, 6}, std::chrono::year{2026} / 11 / 27, 9);
    return path;
}

std::optional<OpenFailure> openFailure(const std::filesystem::path &path)
{
    try {
        auto database = storage::Database::open(path);
    } catch (const DatabaseOpenError &error) {
        return error.failure();
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Every kind of damage is detected before anything is written")
{
    TempDir dir;
    const auto path = teamDatabase(dir);
    const auto good = bytesOf(path);
    REQUIRE(good.size() > 64 * 1024);
    constexpr std::size_t page = 4096;

    struct Damage {
        const char *name;
        std::function<std::string(std::string)> apply;
        OpenFailure expected;
    };
    const std::vector<Damage> damages{
        {"truncated to half", [](std::string b) { return b.substr(0, b.size() / 2); },
         OpenFailure::Damaged},
        {"a zeroed page",
         [](std::string b) {
             b.replace(5 * page, page, page, '\0');
             return b;
         },
         OpenFailure::Damaged},
        {"flipped bytes inside pages",
         [](std::string b) {
             for (std::size_t p = 2; p < b.size() / page; p += 3)
                 for (std::size_t i = 0; i < 12; ++i)
                     b[p * page + i] = static_cast<char>(~b[p * page + i]);
             return b;
         },
         OpenFailure::Damaged},
        {"a damaged header",
         [](std::string b) {
             b.replace(0, 16, 16, 'X');
             return b;
         },
         OpenFailure::NotReins},
        {"not SQLite at all", [](std::string) { return std::string(100000, 'r'); },
         OpenFailure::NotReins},
    };
    for (const auto &damage : damages) {
        SECTION(damage.name)
        {
            const auto damaged = damage.apply(good);
            writeBytes(path, damaged);
            CHECK(openFailure(path) == damage.expected);
            CHECK(bytesOf(path) == damaged); // nothing was written
            if (damage.expected == OpenFailure::Damaged) {
                const auto report = storage::checkDatabase(path);
                CHECK_FALSE(report.healthy);
            }
        }
    }
}

TEST_CASE("A write-ahead log from another database is not taken for this one's")
{
    TempDir dir;
    const auto path = teamDatabase(dir);
    const auto other = dir.file("other.db");
    {
        // Leave the other database's log behind by keeping a reader open while it writes.
        auto otherStore = storage::SqliteDataStore::open(other);
        (void)otherStore->people().add({0, "Stranger", "", Role::Manager, {}});
        std::filesystem::copy_file(other.string() + "-wal", path.string() + "-wal");
    }
    const auto before = bytesOf(path);
    const auto failure = openFailure(path);
    if (failure) {
        CHECK(*failure == OpenFailure::Damaged);
        CHECK(bytesOf(path) == before);
    } else {
        // SQLite recognised the log as not belonging to this file and ignored it.
        auto store = storage::SqliteDataStore::open(path);
        for (const auto &person : store->people().listAll())
            CHECK(person.name != "Stranger");
        CHECK(storage::checkDatabase(path).healthy);
    }
}

TEST_CASE("A damaged database is moved aside, never deleted, and the newest good backup restored")
{
    TempDir dir;
    const auto path = teamDatabase(dir);
    const auto backups = dir.path() / "backups";
    {
        auto database = storage::Database::open(path);
        REQUIRE(
            storage::backupIfDue(*database, backups, *parseIsoTimestamp("2026-11-26T09:00:00Z")));
    }
    // A damaged newer backup is passed over.
    writeBytes(storage::backupPathFor(backups, *parseIsoTimestamp("2026-11-27T09:00:00Z")),
               "garbage");
    auto bytes = bytesOf(path);
    bytes.replace(5 * 4096, 4096, 4096, '\0');
    writeBytes(path, bytes);
    REQUIRE(openFailure(path) == OpenFailure::Damaged);

    const auto now = *parseIsoTimestamp("2026-11-27T10:00:00Z");
    const auto aside = storage::moveDamagedAside(path, now);
    CHECK(bytesOf(aside) == bytes);
    const auto backup = storage::newestGoodBackup(backups);
    REQUIRE(backup);
    CHECK(backup->filename().string().starts_with("reins-2026-11-26"));
    (void)storage::restoreBackup(*backup, path, now);
    auto store = storage::SqliteDataStore::open(path);
    CHECK(store->sessions().countAll() == 18);
}
