#include "reins/Pareto.h"

#include <catch2/catch.hpp>

using namespace reins;

namespace {

SalesRecord sale(std::string account, std::int64_t euros, std::string product = "Fleet")
{
    SalesRecord record;
    record.account = std::move(account);
    record.product = std::move(product);
    record.amount = Amount::fromWhole(euros);
    return record;
}

} // namespace

TEST_CASE("The vital few are the largest accounts that reach 80% of the amount")
{
    const std::vector<SalesRecord> records{sale("A", 500), sale("B", 200), sale("A", 100),
                                           sale("C", 100), sale("D", 60),  sale("E", 40)};
    const auto breakdown = paretoBreakdown(records, ParetoDimension::Account);
    REQUIRE(breakdown.entries.size() == 5);
    CHECK(breakdown.entries[0].label == "A");
    CHECK(breakdown.entries[0].amount == Amount::fromWhole(600));
    CHECK(breakdown.entries[0].records == 2);
    CHECK(breakdown.entries[0].shareBasisPoints == 6000);
    CHECK(breakdown.entries[1].cumulativeBasisPoints == 8000);
    CHECK(breakdown.vitalFewCount == 2); // A and B make exactly 80%
    CHECK(breakdown.entries[1].vitalFew);
    CHECK_FALSE(breakdown.entries[2].vitalFew);
    CHECK(breakdown.sentence(ParetoDimension::Account) ==
          "2 of 5 accounts (40%) make 80% of the amount.");
}

TEST_CASE("Refunds rank last and never count among the vital few")
{
    const std::vector<SalesRecord> records{sale("A", 100), sale("B", -50), sale("C", 10)};
    const auto breakdown = paretoBreakdown(records, ParetoDimension::Account);
    CHECK(breakdown.positiveTotal == Amount::fromWhole(110));
    CHECK(breakdown.entries.back().label == "B");
    CHECK_FALSE(breakdown.entries.back().vitalFew);
    CHECK(breakdown.vitalFewCount == 1);
}

TEST_CASE("No records, or nothing positive, gives an honest empty breakdown")
{
    CHECK(paretoBreakdown({}, ParetoDimension::Product).vitalFewCount == 0);
    CHECK(paretoBreakdown({}, ParetoDimension::Product).sentence(ParetoDimension::Product) ==
          "No sales amounts to rank by product yet.");
    const auto refunds = paretoBreakdown({sale("A", -5)}, ParetoDimension::Account);
    CHECK(refunds.vitalFewCount == 0);
}

TEST_CASE("Products and unnamed values are grouped too")
{
    const auto breakdown =
        paretoBreakdown({sale("A", 10, ""), sale("B", 30, "Service")}, ParetoDimension::Product);
    REQUIRE(breakdown.entries.size() == 2);
    CHECK(breakdown.entries[0].label == "Service");
    CHECK(breakdown.entries[1].label == "(no product)");
}
