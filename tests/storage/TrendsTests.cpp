#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/Trends.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace reins;

TEST_CASE("Trends follow a salesperson's sessions from oldest to newest")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("team.db"));
    (void)writeSampleTeam(*store, {1, 8}, std::chrono::year{2026} / 11 / 27, 5);
    Id salesperson = 0;
    for (const auto &person : store->people().listAll())
        if (person.role == Role::Salesperson)
            salesperson = person.id;

    const auto trends = trendsFor(*store, salesperson, 6);
    REQUIRE(trends.results.contains("Revenue"));
    const auto &revenue = trends.results.at("Revenue");
    REQUIRE(revenue.size() == 8);
    CHECK(revenue.front().date < revenue.back().date);
    CHECK(revenue.front().value);
    for (const auto &group : trends.skillGroups) {
        REQUIRE(group.size() == 8);
        for (const auto &point : group)
            if (point.value)
                CHECK((*point.value >= 1.0 && *point.value <= 5.0));
    }
    CHECK_FALSE(trends.actionCompletion.empty());
    for (const auto &point : trends.actionCompletion)
        CHECK((*point.value >= 0.0 && *point.value <= 100.0));
    CHECK_FALSE(trends.skillsThen.empty());
    CHECK_FALSE(trends.solutionShare.empty());
}

TEST_CASE("A salesperson without sessions has empty trends")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("team.db"));
    const auto id = store->people().add({0, "New Hire", "", Role::Salesperson, {}});
    const auto trends = trendsFor(*store, id);
    CHECK(trends.results.empty());
    CHECK(trends.skillsThen.empty());
    CHECK(trends.actionCompletion.empty());
}
