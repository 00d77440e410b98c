#include "reins/ResultAnalysis.h"

#include <catch2/catch.hpp>

#include <limits>

using reins::Amount;
using reins::Cadence;
using reins::Direction;
using reins::Metric;

namespace {

// Builds a result from whole-unit figures written as text, so the tests read like the data.
reins::Result result(Metric metric, std::optional<std::string_view> actual,
                     std::optional<std::string_view> previous = std::nullopt,
                     std::optional<std::string_view> target = std::nullopt)
{
    const auto amount = [](std::optional<std::string_view> text) -> std::optional<Amount> {
        if (!text)
            return std::nullopt;
        return reins::parseAmount(*text, '.', ',').value();
    };
    reins::Result r;
    r.metric = metric;
    r.unit = metric == Metric::Revenue ? "EUR" : metric == Metric::WinRate ? "%" : "";
    r.actual = amount(actual);
    r.previous = amount(previous);
    r.target = amount(target);
    return r;
}

} // namespace

TEST_CASE("A fall in revenue reads as the manager would say it", "[analysis]")
{
    const auto reading =
        reins::readResult(result(Metric::Revenue, "9,500", "10,000", "10,300"), Cadence::Monthly);
    CHECK(reading.sentence == "Revenue is down 5.0% on last month, 92% of target");
    CHECK(reading.changePermille == -50);
    CHECK(reading.direction == Direction::Down);
    CHECK(reading.attainmentPercent == 92);
}

TEST_CASE("Plural metrics take 'are' and the cadence names the previous period", "[analysis]")
{
    const auto calls = result(Metric::Calls, "180", "160", "173");
    CHECK(reins::readResult(calls, Cadence::Weekly).sentence ==
          "Calls are up 12.5% on last week, 104% of target");
    CHECK(reins::readResult(calls, Cadence::Fortnightly).sentence ==
          "Calls are up 12.5% on last fortnight, 104% of target");
    CHECK(reins::readResult(calls, Cadence::Monthly).sentence ==
          "Calls are up 12.5% on last month, 104% of target");

    CHECK(reins::readResult(result(Metric::Units, "90", "100"), Cadence::Monthly).sentence ==
          "Units are down 10.0% on last month");
    CHECK(reins::readResult(result(Metric::Meetings, "22", "20"), Cadence::Monthly).sentence ==
          "Meetings are up 10.0% on last month");
    CHECK(reins::readResult(result(Metric::Proposals, "5", "4"), Cadence::Monthly).sentence ==
          "Proposals are up 25.0% on last month");
    CHECK(reins::readResult(result(Metric::WinRate, "33", "30"), Cadence::Monthly).sentence ==
          "Win rate is up 10.0% on last month");

    auto custom = result(Metric::Custom, "48", "40");
    custom.customName = "Demos";
    CHECK(reins::readResult(custom, Cadence::Monthly).sentence ==
          "Demos is up 20.0% on last month");
}

TEST_CASE("Changes and attainment round half away from zero", "[analysis]")
{
    // 20.01 on 20.00 is +0.05%, shown as +0.1%; 19.99 is -0.05%, shown as -0.1%.
    const auto up = reins::readResult(result(Metric::Revenue, "20.01", "20.00"), Cadence::Monthly);
    CHECK(up.changePermille == 1);
    CHECK(up.sentence == "Revenue is up 0.1% on last month");
    const auto down =
        reins::readResult(result(Metric::Revenue, "19.99", "20.00"), Cadence::Monthly);
    CHECK(down.changePermille == -1);
    CHECK(down.sentence == "Revenue is down 0.1% on last month");

    CHECK(reins::readResult(result(Metric::Revenue, "10.10", "20", "20"), Cadence::Monthly)
              .attainmentPercent == 51);
    CHECK(reins::readResult(result(Metric::Revenue, "10.09", "20", "20"), Cadence::Monthly)
              .attainmentPercent == 50);
    CHECK(reins::readResult(result(Metric::Revenue, "0", "20", "20"), Cadence::Monthly)
              .attainmentPercent == 0);
}

TEST_CASE("A change too small to show is not called 0.0%", "[analysis]")
{
    const auto reading =
        reins::readResult(result(Metric::Revenue, "100,000.01", "100,000"), Cadence::Monthly);
    CHECK(reading.changePermille == 0);
    CHECK(reading.direction == Direction::Up);
    CHECK(reading.sentence == "Revenue is up less than 0.1% on last month");
}

TEST_CASE("An unchanged figure reads as unchanged", "[analysis]")
{
    const auto reading =
        reins::readResult(result(Metric::Revenue, "12,000", "12,000", "12,000"), Cadence::Monthly);
    CHECK(reading.sentence == "Revenue is unchanged on last month, 100% of target");
    CHECK(reading.direction == Direction::Flat);
    CHECK(reading.changePermille == 0);
}

TEST_CASE("Without a previous figure the sentence gives the figure itself", "[analysis]")
{
    const auto reading = reins::readResult(result(Metric::Revenue, "12,400"), Cadence::Monthly);
    CHECK(reading.sentence == "Revenue is 12,400.00 EUR; no figure for last month");
    CHECK_FALSE(reading.changePermille);
    CHECK(reading.direction == Direction::Unknown);
    CHECK_FALSE(reading.attainmentPercent);

    CHECK(reins::readResult(result(Metric::Revenue, "12,400", std::nullopt, "13,000"),
                            Cadence::Weekly)
              .sentence == "Revenue is 12,400.00 EUR, 95% of target; no figure for last week");
    CHECK(reins::readResult(result(Metric::WinRate, "31.5"), Cadence::Monthly).sentence ==
          "Win rate is 31.5%; no figure for last month");
    CHECK(reins::readResult(result(Metric::Calls, "1,212"), Cadence::Monthly).sentence ==
          "Calls are 1,212; no figure for last month");
    CHECK(reins::readResult(result(Metric::Revenue, "-250.5"), Cadence::Monthly).sentence ==
          "Revenue is -250.50 EUR; no figure for last month");
}

TEST_CASE("A previous figure of zero gives no percentage", "[analysis]")
{
    const auto reading =
        reins::readResult(result(Metric::Revenue, "4,000", "0", "5,000"), Cadence::Monthly);
    CHECK(reading.sentence == "Revenue is 4,000.00 EUR, up from nothing last month, 80% of target");
    CHECK_FALSE(reading.changePermille);
    CHECK(reading.direction == Direction::Up);

    const auto stillNothing = reins::readResult(result(Metric::Calls, "0", "0"), Cadence::Weekly);
    CHECK(stillNothing.sentence == "Calls are 0, unchanged on last week");
    CHECK(stillNothing.direction == Direction::Flat);
    CHECK_FALSE(stillNothing.changePermille);
}

TEST_CASE("A negative previous figure gives the change in units, not in percent", "[analysis]")
{
    auto margin = result(Metric::Custom, "1,000", "-500", "2,000");
    margin.customName = "Margin";
    margin.unit = "EUR";
    const auto reading = reins::readResult(margin, Cadence::Monthly);
    CHECK(reading.sentence == "Margin is up 1,500.00 EUR on last month, 50% of target");
    CHECK_FALSE(reading.changePermille);
    CHECK(reading.direction == Direction::Up);

    margin.actual = Amount{-80000};
    CHECK(reins::readResult(margin, Cadence::Monthly).sentence ==
          "Margin is down 300.00 EUR on last month, -40% of target");
}

TEST_CASE("Without a positive target the target part is left out", "[analysis]")
{
    CHECK(
        reins::readResult(result(Metric::Revenue, "9,500", "10,000"), Cadence::Monthly).sentence ==
        "Revenue is down 5.0% on last month");
    const auto zeroTarget =
        reins::readResult(result(Metric::Revenue, "9,500", "10,000", "0"), Cadence::Monthly);
    CHECK(zeroTarget.sentence == "Revenue is down 5.0% on last month");
    CHECK_FALSE(zeroTarget.attainmentPercent);
}

TEST_CASE("Without an actual figure there is nothing to compare", "[analysis]")
{
    const auto reading = reins::readResult(
        result(Metric::Revenue, std::nullopt, "10,000", "12,000"), Cadence::Monthly);
    CHECK(reading.sentence == "No figure yet for revenue");
    CHECK(reading.direction == Direction::Unknown);
    CHECK_FALSE(reading.changePermille);
    CHECK_FALSE(reading.attainmentPercent);

    CHECK(reins::readResult(result(Metric::WinRate, std::nullopt), Cadence::Monthly).sentence ==
          "No figure yet for win rate");
    auto custom = result(Metric::Custom, std::nullopt);
    custom.customName = "NPS";
    CHECK(reins::readResult(custom, Cadence::Monthly).sentence == "No figure yet for NPS");
}

TEST_CASE("A unit that repeats the metric's name is not written twice", "[analysis]")
{
    auto calls = result(Metric::Calls, "212");
    calls.unit = "calls";
    CHECK(reins::readResult(calls, Cadence::Monthly).sentence ==
          "Calls are 212; no figure for last month");
    auto visits = result(Metric::Meetings, "14");
    visits.unit = "visits";
    CHECK(reins::readResult(visits, Cadence::Monthly).sentence ==
          "Meetings are 14 visits; no figure for last month");
}

TEST_CASE("Extreme figures give a reading instead of overflowing", "[analysis]")
{
    constexpr auto largest = std::numeric_limits<std::int64_t>::max();
    constexpr auto smallest = std::numeric_limits<std::int64_t>::min();

    reins::Result r = result(Metric::Revenue, std::nullopt);
    r.actual = Amount{largest};
    r.previous = Amount{1};
    r.target = Amount{1};
    const auto huge = reins::readResult(r, Cadence::Monthly);
    CHECK(huge.direction == Direction::Up);
    REQUIRE(huge.changePermille);
    CHECK(*huge.changePermille > 0);
    REQUIRE(huge.attainmentPercent);
    CHECK(*huge.attainmentPercent > 0);

    r.actual = Amount{smallest};
    r.previous = Amount{largest};
    const auto fall = reins::readResult(r, Cadence::Monthly);
    CHECK(fall.direction == Direction::Down);
    REQUIRE(fall.changePermille);
    CHECK(*fall.changePermille < 0);

    r.actual = Amount{largest};
    r.previous = Amount{smallest};
    CHECK(reins::readResult(r, Cadence::Monthly).sentence.starts_with("Revenue is up 184,"));

    // Near the limit of exact maths the answer is still right to the permille.
    r.actual = Amount{8'000'000'000'000'000};
    r.previous = Amount{4'000'000'000'000'000};
    CHECK(reins::readResult(r, Cadence::Monthly).changePermille == 1000);
}

TEST_CASE("Changes are written with a sign and one decimal", "[analysis]")
{
    CHECK(reins::formatChange(50) == "+5.0%");
    CHECK(reins::formatChange(-123) == "-12.3%");
    CHECK(reins::formatChange(0) == "0.0%");
    CHECK(reins::formatChange(5) == "+0.5%");
    CHECK(reins::formatChange(-5) == "-0.5%");
    CHECK(reins::formatChange(12345) == "+1234.5%");
    CHECK(reins::formatChange(-1000) == "-100.0%");
}
