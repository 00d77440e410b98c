#include "reins/PrepRules.h"

#include <catch2/catch.hpp>

using namespace reins;

namespace {

std::vector<Action> planOf(int actions, int vitalFew)
{
    std::vector<Action> plan(static_cast<std::size_t>(actions));
    for (int index = 0; index < actions; ++index) {
        plan[static_cast<std::size_t>(index)].description = "Action " + std::to_string(index);
        plan[static_cast<std::size_t>(index)].vitalFew = index < vitalFew;
    }
    return plan;
}

SalesRecord record(std::string activity, std::int64_t euros)
{
    SalesRecord r;
    r.activity = std::move(activity);
    r.amount = Amount::fromWhole(euros);
    r.currency = "EUR";
    return r;
}

} // namespace

TEST_CASE("The vital few are at most a fifth of the plan, and at least one")
{
    CHECK(maxVitalFew(1) == 1);
    CHECK(maxVitalFew(4) == 1);
    CHECK(maxVitalFew(10) == 2);
    CHECK(maxVitalFew(14) == 2);
    CHECK_FALSE(vitalFewProblem(planOf(5, 1)));
    CHECK_FALSE(vitalFewProblem(planOf(10, 2)));
    CHECK_FALSE(vitalFewProblem({}));
    const auto over = vitalFewProblem(planOf(8, 3));
    REQUIRE(over);
    CHECK_THAT(*over, Catch::Contains("3 of 8 actions") && Catch::Contains("at most 1"));
    CHECK_THAT(*vitalFewProblem(planOf(3, 0)), Catch::Contains("Mark the one action"));
}

TEST_CASE("The Ready check lists what is still empty, step by step")
{
    Session session;
    SessionPrep prep;
    auto empty = missingPrepParts(session, prep, {}, 20);
    std::vector<std::string> steps;
    for (const auto &gap : empty)
        steps.push_back(gap.step);
    CHECK(steps == std::vector<std::string>{"Results", "Self-audit", "Gaps", "Factors",
                                            "Upskilling", "Strategies", "Focus and plan",
                                            "Focus and plan"});

    session.focus = "Win back Nordlicht";
    prep.results.push_back({0, Metric::Revenue, "", "EUR", Amount{100}, Amount{90}, {}, ""});
    prep.skillRatings.push_back({0, 1, 3, "", {}});
    prep.gaps.push_back({});
    prep.factors.push_back({});
    prep.upskilling.push_back({});
    prep.strategies.push_back({});
    const auto partial = missingPrepParts(session, prep, planOf(2, 1), 2);
    REQUIRE(partial.size() == 1);
    CHECK(partial[0].message == "1 of 2 skills are scored.");
    CHECK(missingPrepParts(session, prep, planOf(2, 1), 1).empty());
}

TEST_CASE("A new session carries the metrics and targets, with last actual as previous")
{
    const std::vector<Result> last{
        {5, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'600'000}, {}, "slipped"}};
    const auto next = resultsCarriedFrom(last);
    REQUIRE(next.size() == 1);
    CHECK(next[0].previous == Amount{4'600'000});
    CHECK(next[0].target == Amount{5'000'000});
    CHECK_FALSE(next[0].actual);
    CHECK(next[0].comment.empty());
    CHECK(next[0].id == 0);
}

TEST_CASE("Sales records fill revenue and activity counts that are still empty")
{
    std::vector<Result> results{{0, Metric::Revenue, "", "EUR", {}, {}, {}, ""},
                                {0, Metric::Calls, "", "", {}, Amount::fromWhole(40), {}, ""}};
    const std::vector<SalesRecord> records{record("Order", 1200), record("Phone call", 0),
                                           record("Call", 0), record("Proposal sent", 0),
                                           record("Order", -200)};
    CHECK(fillResultsFromSales(results, records) == 2);
    CHECK(results[0].actual == Amount::fromWhole(1000));
    CHECK(results[1].actual == Amount::fromWhole(40)); // typed by hand: kept
    REQUIRE(results.size() == 3);
    CHECK(results[2].metric == Metric::Proposals);
    CHECK(results[2].actual == Amount::fromWhole(1));
    CHECK(fillResultsFromSales(results, {}) == 0);
}
