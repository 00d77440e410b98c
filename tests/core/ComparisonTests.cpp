#include "reins/Comparison.h"
#include "reins/SessionSummary.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace reins;

namespace {

SessionRecord sessionOn(const char *meeting)
{
    SessionRecord record;
    record.salesperson.name = "Tom Becker";
    record.session.meetingDate = *parseIsoDate(meeting);
    record.session.periodStart = addDays(record.session.meetingDate, -30);
    record.session.periodEnd = addDays(record.session.meetingDate, -3);
    record.skills.push_back({1, SkillGroup::Conversation, "Handling objections", "", {}, 0, false});
    record.skills.push_back({2, SkillGroup::Knowledge, "Product knowledge", "", {}, 0, false});
    return record;
}

const ComparisonRow &rowNamed(const Comparison &comparison, std::string_view label)
{
    const auto found = std::find_if(comparison.rows.begin(), comparison.rows.end(),
                                    [&](const ComparisonRow &row) { return row.label == label; });
    REQUIRE(found != comparison.rows.end());
    return *found;
}

} // namespace

TEST_CASE("Results and scores show their change from one session to the next")
{
    auto october = sessionOn("2026-10-03");
    auto november = sessionOn("2026-11-03");
    october.prep.results.push_back(
        {0, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'000'000}, {}, ""});
    november.prep.results.push_back(
        {0, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'600'000}, {}, ""});
    october.prep.skillRatings.push_back({0, 1, 2, "", {}});
    november.prep.skillRatings.push_back({0, 1, 4, "", {}});
    october.prep.skillRatings.push_back({0, 2, 4, "", {}});
    november.prep.skillRatings.push_back({0, 2, 3, "", {}});

    const auto comparison = compareSessions({october, november});
    REQUIRE(comparison.columnTitles.size() == 2);
    CHECK(comparison.columnTitles[1] == "Tom Becker \u00b7 3 Nov 2026");

    const auto &revenue = rowNamed(comparison, "Revenue");
    CHECK(*revenue.cells[1].text == "46000 EUR (92% of target)");
    CHECK(revenue.cells[1].change == Change::Up);
    CHECK(revenue.cells[1].delta == "+15.0%");
    CHECK(revenue.differs());

    const auto &objections = rowNamed(comparison, "Handling objections");
    CHECK(objections.cells[1].change == Change::Up);
    CHECK(objections.cells[1].delta == "+2");
    const auto &product = rowNamed(comparison, "Product knowledge");
    CHECK(product.cells[1].change == Change::Down);
    CHECK(product.cells[1].delta == "-1");
}

TEST_CASE("Gaps are new, still open or resolved")
{
    auto first = sessionOn("2026-09-03");
    auto second = sessionOn("2026-10-03");
    auto third = sessionOn("2026-11-03");
    first.prep.gaps.push_back({0, "Objections on price", 1, Priority::High});
    second.prep.gaps.push_back({0, "Still losing on price objections", 1, Priority::Medium});
    second.prep.gaps.push_back({0, "Forecasting  accuracy", {}, Priority::Low});
    third.prep.gaps.push_back({0, "forecasting accuracy", {}, Priority::Low});

    const auto comparison = compareSessions({first, second, third});
    const auto &price = rowNamed(comparison, "Objections on price");
    CHECK(*price.cells[0].text == "high priority");
    CHECK(*price.cells[1].text == "still open, medium priority"); // same skill: same gap
    CHECK(price.cells[1].change == Change::Same);
    CHECK(*price.cells[2].text == "resolved");
    CHECK(price.cells[2].change == Change::Resolved);

    const auto &forecasting = rowNamed(comparison, "Forecasting  accuracy");
    CHECK_FALSE(forecasting.cells[0].text);
    CHECK(forecasting.cells[1].change == Change::New);
    CHECK(*forecasting.cells[2].text == "still open, low priority"); // same words
}

TEST_CASE("Unchanged rows do not count as differences")
{
    auto october = sessionOn("2026-10-03");
    auto november = sessionOn("2026-11-03");
    for (auto *record : {&october, &november}) {
        record->prep.strategies.push_back({0, StrategyChoice::Keep, "Friday review", ""});
        record->session.focus = "Renewals";
    }
    november.prep.strategies.push_back({0, StrategyChoice::Create, "Call before proposals", ""});
    const auto comparison = compareSessions({october, november});
    CHECK_FALSE(rowNamed(comparison, "Friday review").differs());
    CHECK_FALSE(rowNamed(comparison, "Focus for the period ahead").differs());
    CHECK(rowNamed(comparison, "Call before proposals").cells[1].change == Change::New);
}

TEST_CASE("Balance and rating compare as figures")
{
    auto october = sessionOn("2026-10-03");
    auto november = sessionOn("2026-11-03");
    october.meeting.stageTimes = {{MeetingStage::Explore, 600}, {MeetingStage::Plan, 1200}};
    november.meeting.stageTimes = {{MeetingStage::Explore, 100}, {MeetingStage::Plan, 1700}};
    october.session.rating = 4;
    november.session.rating = 3;
    const auto comparison = compareSessions({october, november});
    CHECK(*rowNamed(comparison, "Time on solutions").cells[1].text == "94%");
    CHECK(rowNamed(comparison, "Time on solutions").cells[1].change == Change::Up);
    CHECK(rowNamed(comparison, "Salesperson's rating").cells[1].change == Change::Down);
}

TEST_CASE("A comparison exports as Markdown tables with its changes marked")
{
    auto october = sessionOn("2026-10-03");
    auto november = sessionOn("2026-11-03");
    october.prep.results.push_back(
        {0, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'000'000}, {}, ""});
    november.prep.results.push_back(
        {0, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'600'000}, {}, ""});
    for (auto *record : {&october, &november})
        record->prep.strategies.push_back({0, StrategyChoice::Keep, "Friday | review", ""});
    const auto comparison = compareSessions({october, november});
    const auto markdown = renderComparisonMarkdown(comparison);
    CHECK_THAT(markdown,
               Catch::Contains("## Results\n\n| Part | Tom Becker \u00b7 3 Oct 2026 | Tom "
                               "Becker \u00b7 3 Nov 2026 |"));
    CHECK_THAT(markdown,
               Catch::Contains("| Revenue | 40000 EUR (80% of target) | 46000 EUR (92% of target) "
                               "(+15.0%) \u2191 |"));
    CHECK_THAT(markdown, Catch::Contains("Friday \\| review"));
    const auto changedOnly = renderComparisonMarkdown(comparison, true);
    CHECK(changedOnly.find("Friday") == std::string::npos);
    CHECK_THAT(changedOnly, Catch::Contains("| Revenue |"));
}
