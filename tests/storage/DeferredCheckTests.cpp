// The integrity check may wait until the window is up only when Reins itself closed the
// file cleanly and nothing has touched it since; the deferred check still finds damage.

#include "reins/Errors.h"
#include "reins/SampleTeam.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <sys/stat.h>

using namespace reins;
using reins::storage::Database;
using reins::storage::OpenOptions;
using reins::test::TempDir;

namespace {

constexpr OpenOptions deferred{.deferCheckAfterCleanClose = true};

std::filesystem::path cleanlyClosedTeam(const TempDir &dir)
{
    const auto path = dir.file("team.db");
    auto store = storage::SqliteDataStore::open(path);
    (void)writeSampleTeam(*store, {3, 6}, std::chrono::year{2026} / 11 / 27, 9);
    return path;
}

std::string fileBytes(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Overwrites the file in place (same inode, same size) and puts its modification time
// back, as a failing disk would leave it.
void damageKeepingStamp(const std::filesystem::path &path)
{
    struct stat before {};
    REQUIRE(::stat(path.c_str(), &before) == 0);
    std::string bytes = fileBytes(path);
    constexpr std::size_t page = 4096;
    const std::size_t pages = bytes.size() / page;
    REQUIRE(pages > 20);
    // Pages near the end hold table rows, not the schema the open reads.
    for (std::size_t p = pages - 8; p < pages - 2; ++p)
        bytes.replace(p * page, page, page, '\x5a');
    {
        std::fstream out(path, std::ios::binary | std::ios::in | std::ios::out);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

} // namespace

TEST_CASE("After Reins closed the file cleanly the integrity check can wait for the window")
{
    TempDir dir;
    const auto path = cleanlyClosedTeam(dir);
    std::atomic<bool> stop{false};

    SECTION("unchanged since the clean close, the check is left to the caller and passes")
    {
        const auto database = Database::open(path, deferred);
        CHECK(database->integrityCheckDeferred());
        const auto problems = storage::quickCheck(path, stop);
        REQUIRE(problems.has_value());
        CHECK(problems->empty());
    }
    SECTION("without asking for it, the check runs before the open returns")
    {
        CHECK_FALSE(Database::open(path)->integrityCheckDeferred());
    }
    SECTION("after an unclean exit the full check runs first")
    {
        std::ofstream(path.string() + ".lock", std::ios::trunc) << "open\n";
        const auto database = Database::open(path, deferred);
        CHECK_FALSE(database->integrityCheckDeferred());
        CHECK(database->recoveredFromUncleanExit());
    }
    SECTION("a file changed by anything else is checked first, and refused when damaged")
    {
        std::string bytes = fileBytes(path);
        bytes.replace(bytes.size() - 6 * 4096, 4096, 4096, '\0');
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
        try {
            (void)Database::open(path, deferred);
            FAIL("a damaged file was opened");
        } catch (const DatabaseOpenError &error) {
            CHECK(error.failure() == OpenFailure::Damaged);
        }
        CHECK(fileBytes(path) == bytes);
    }
}

TEST_CASE("The deferred check finds damage the clean close could not show")
{
    TempDir dir;
    const auto path = cleanlyClosedTeam(dir);
    damageKeepingStamp(path);
    const std::string damaged = fileBytes(path);

    auto database = Database::open(path, deferred);
    REQUIRE(database->integrityCheckDeferred());
    std::atomic<bool> stop{false};
    const auto problems = storage::quickCheck(path, stop);
    REQUIRE(problems.has_value());
    REQUIRE_FALSE(problems->empty());

    // Having heard of the damage, Reins closes without vouching for the file: the next
    // open checks in full and refuses it, and the file is as it was.
    database->distrustCleanClose();
    database.reset();
    try {
        (void)Database::open(path, deferred);
        FAIL("the damaged file was opened again");
    } catch (const DatabaseOpenError &error) {
        CHECK(error.failure() == OpenFailure::Damaged);
    }
    CHECK(fileBytes(path) == damaged);
}

TEST_CASE("A check asked to stop before it starts does not run")
{
    TempDir dir;
    const auto path = cleanlyClosedTeam(dir);
    std::atomic<bool> stop{true};
    CHECK_FALSE(storage::quickCheck(path, stop).has_value());
}
