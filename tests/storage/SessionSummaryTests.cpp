#include "reins/Repositories.h"
#include "reins/SessionSummary.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace reins;
using reins::test::TempDir;

namespace {

constexpr auto privateMarker = "zq-private-7731-marker";

struct SummaryFixture {
    TempDir dir;
    std::unique_ptr<storage::SqliteDataStore> store =
        storage::SqliteDataStore::open(dir.file("s.db"));
    Id sessionId = 0;

    SummaryFixture()
    {
        const auto manager = store->people().add({0, "Maria Lopez", "", Role::Manager, {}});
        const auto salesperson =
            store->people().add({0, "Tom | Becker", "", Role::Salesperson, manager});
        Session session;
        session.salespersonId = salesperson;
        session.managerId = manager;
        session.periodStart = std::chrono::year{2026} / 10 / 1;
        session.periodEnd = std::chrono::year{2026} / 10 / 31;
        session.meetingDate = std::chrono::year{2026} / 11 / 3;
        session.focus = "Win back *Nordlicht*";
        session.rating = 4;
        sessionId = store->sessions().create(session);
        SessionPrep prep;
        prep.results.push_back({0, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'600'000},
                                Amount{4'842'100}, "Two deals | slipped"});
        prep.factors.push_back(
            {0, "Budget freeze", FactorOrigin::External, FactorEffect::Hurt, false});
        store->sessions().savePrep(sessionId, prep);
        store->sessions().saveMeeting(
            sessionId,
            {{{0, MeetingStage::Acknowledge, "What went well?", "Strong pipeline", false},
              {0, MeetingStage::Support, "", privateMarker, true}},
             {{MeetingStage::Explore, 120}, {MeetingStage::Plan, 1080}}});
        (void)store->actions().add({0,
                                    salesperson,
                                    sessionId,
                                    "Call Fischer",
                                    ActionOwner::Manager,
                                    true,
                                    Impact::High,
                                    true,
                                    {},
                                    ActionStatus::Open});
    }
};

} // namespace

TEST_CASE("The salesperson's summary never shows a private note, and the manager's record does")
{
    SummaryFixture fixture;
    const auto record = loadSessionRecord(*fixture.store, fixture.sessionId);
    const auto forSalesperson = renderSummaryMarkdown(record, Audience::Salesperson);
    const auto forManager = renderSummaryMarkdown(record, Audience::Manager);
    CHECK(forSalesperson.find(privateMarker) == std::string::npos);
    CHECK_THAT(forSalesperson, Catch::Contains("Strong pipeline"));
    CHECK_THAT(forManager, Catch::Contains(privateMarker));
    CHECK_THAT(forManager, Catch::Contains("**Private:**"));
}

TEST_CASE("The summary states results the way a manager would say them")
{
    SummaryFixture fixture;
    const auto summary = renderSummaryMarkdown(loadSessionRecord(*fixture.store, fixture.sessionId),
                                               Audience::Salesperson);
    CHECK_THAT(summary, Catch::Contains("# One-on-one: Tom \\| Becker, 3 Nov 2026"));
    CHECK_THAT(summary, Catch::Contains("Revenue is down 5.0% on last month"));
    CHECK_THAT(summary, Catch::Contains("| Revenue | 50,000 EUR | 46,000 EUR |") ||
                            Catch::Contains("| Revenue | 50000 EUR | 46000 EUR |"));
    CHECK_THAT(summary, Catch::Contains("Two deals \\| slipped"));
    CHECK_THAT(summary, Catch::Contains("Win back \\*Nordlicht\\*"));
    CHECK_THAT(summary, Catch::Contains("90% of 20 min on solutions"));
    CHECK_THAT(summary, Catch::Contains("| Call Fischer | Manager | \u2605 |"));
    CHECK_THAT(summary, Catch::Contains("rated this session 4 out of 5"));
}
