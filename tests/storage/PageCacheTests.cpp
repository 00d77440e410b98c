// Bulk writes get a page cache big enough for the indexes they touch (see docs/performance.md).

#include "SqlSupport.h"
#include "reins/Repositories.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace reins;
using reins::storage::SqliteDataStore;
using reins::test::TempDir;

namespace {

constexpr std::int64_t bulkCacheKibibytes = std::int64_t{storage::bulkPageCacheMebibytes} * 1024;

std::int64_t cacheOf(SqliteDataStore &store)
{
    return storage::pageCacheKibibytes(store.database().connection());
}

std::vector<SalesRecord> distinctRecords(Id salesperson, int count)
{
    std::vector<SalesRecord> records;
    for (int index = 0; index < count; ++index) {
        SalesRecord record;
        record.salespersonId = salesperson;
        record.date = std::chrono::year{2026} / std::chrono::month{3} / std::chrono::day{5};
        record.account = "Account " + std::to_string(index % 97);
        record.product = "Atlas";
        record.activity = "Deal";
        record.amount = Amount{1000 + index};
        record.currency = "EUR";
        record.stage = "won";
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace

TEST_CASE("A second connection for long work has the bulk page cache, and the first keeps SQLite's")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("reins.db"));
    auto second = store->openSecondConnection();
    auto &joined = dynamic_cast<SqliteDataStore &>(*second);
    CHECK(cacheOf(joined) == bulkCacheKibibytes);
    CHECK(cacheOf(*store) < bulkCacheKibibytes);
}

TEST_CASE("Adding many sales records at once grows the page cache, a few do not")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("reins.db"));
    const Id salesperson = store->people().add({0, "Tom Becker", "", Role::Salesperson, {}});
    const auto defaultCache = cacheOf(*store);

    CHECK(store->salesRecords().addAll(distinctRecords(salesperson, 10)) == 10);
    CHECK(cacheOf(*store) == defaultCache);

    auto many = distinctRecords(salesperson, 10'000);
    many.erase(many.begin(), many.begin() + 10); // those ten are stored already
    many.resize(10'000, many.back());            // identical rows are skipped, as always
    CHECK(store->salesRecords().addAll(many) == 9'990);
    CHECK(cacheOf(*store) == bulkCacheKibibytes);
    CHECK(store->salesRecords().countFor(salesperson) == 10'000);
}

TEST_CASE("Growing the page cache never shrinks it")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("reins.db"));
    auto &db = store->database().connection();
    storage::growPageCache(db, 128);
    storage::growPageCache(db, 64);
    CHECK(storage::pageCacheKibibytes(db) == 128 * 1024);
}
