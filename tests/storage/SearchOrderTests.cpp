// How the full-text search orders what it finds, at sizes where ranking every match would
// be too slow (see docs/performance.md).

#include "SearchIndex.h"
#include "reins/Repositories.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace reins;
using reins::test::TempDir;

namespace {

struct Team {
    TempDir dir;
    std::unique_ptr<storage::SqliteDataStore> store =
        storage::SqliteDataStore::open(dir.file("search.db"));
    Id salesperson = store->people().add({0, "Tom Becker", "", Role::Salesperson, {}});

    Id sessionWithGaps(unsigned month, int gaps, const std::string &text)
    {
        Session session;
        session.salespersonId = salesperson;
        session.periodStart = std::chrono::year{2026} / month / 1;
        session.periodEnd = std::chrono::year{2026} / month / 28;
        session.meetingDate = session.periodEnd;
        const Id id = store->sessions().create(session);
        SessionPrep prep;
        for (int gap = 0; gap < gaps; ++gap)
            prep.gaps.push_back({0, text + " " + std::to_string(gap), {}, Priority::Medium});
        store->sessions().savePrep(id, prep);
        return id;
    }
};

} // namespace

TEST_CASE("A word found everywhere lists the newest matches first")
{
    Team team;
    const int perSession = storage::rankedMatchLimit / 2 + 1;
    (void)team.sessionWithGaps(3, perSession, "Pricing objections");
    (void)team.sessionWithGaps(4, perSession, "Pricing objections");
    const Id newest = team.sessionWithGaps(5, perSession, "Pricing objections");

    const auto hits = team.store->search().search("pricing", true);
    REQUIRE(hits.size() == 50);
    CHECK(std::all_of(hits.begin(), hits.end(),
                      [&](const SearchHit &hit) { return hit.sessionId == newest; }));
    CHECK_THAT(hits.front().snippet, Catch::Contains(std::string(1, searchMatchStart) + "Pricing" +
                                                     std::string(1, searchMatchEnd)));
    // The start of a word counts its matches as a prefix too.
    const auto started = team.store->search().search("pric", true);
    REQUIRE(started.size() == 50);
    CHECK(started.front().sessionId == newest);
    // Everywhere as a whole word: the whole word's places first, then, when filters leave
    // too few, the longer words that start with it.
    (void)team.sessionWithGaps(2, 1, "Pricingmodel review");
    const Id prefixOnly = team.sessionWithGaps(6, 1, "Pricingmodel review");
    CHECK(team.store->search().search("pricing", true).front().sessionId == newest);
    const auto started2 = team.store->search().search("pric", true);
    CHECK(started2.front().sessionId == prefixOnly);
    // The salesperson's filter and the limit hold on this path too.
    CHECK(team.store->search().search("pricing", true, team.salesperson, 7).size() == 7);
    CHECK(team.store->search().search("pricing", true, team.salesperson + 1).empty());
}

TEST_CASE("A word found in fewer places than the ranking limit lists the best matches first")
{
    Team team;
    const Id once = team.sessionWithGaps(3, 1,
                                         "Closing needs work on enterprise accounts with "
                                         "many other words that dilute the match");
    const Id often = team.sessionWithGaps(4, 1, "Closing, closing, closing");
    (void)once;
    const auto hits = team.store->search().search("closing", true);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].sessionId == often);
}
