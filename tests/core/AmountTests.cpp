#include "reins/Amount.h"

#include <catch2/catch.hpp>

#include <limits>

namespace {

std::optional<std::int64_t> hundredths(std::string_view text, char decimal = '.', char group = 0)
{
    const auto amount = reins::parseAmount(text, decimal, group);
    return amount ? std::optional<std::int64_t>{amount->hundredths} : std::nullopt;
}

} // namespace

TEST_CASE("Amounts are read into exact hundredths", "[amount]")
{
    CHECK(hundredths("1234.5") == 123450);
    CHECK(hundredths("1234.56") == 123456);
    CHECK(hundredths("1234") == 123400);
    CHECK(hundredths("0.07") == 7);
    CHECK(hundredths("0") == 0);
    CHECK(hundredths("-0") == 0);
    CHECK(hundredths("-12.30") == -1230);
    CHECK(hundredths("+12.3") == 1230);
    CHECK(hundredths("007") == 700);
}

TEST_CASE("Amounts use the decimal and group separators they are given", "[amount]")
{
    CHECK(hundredths("1,234,567.89", '.', ',') == 123456789);
    CHECK(hundredths("1.234.567,89", ',', '.') == 123456789);
    CHECK(hundredths("1 234,5", ',', ' ') == 123450);
    CHECK(hundredths("12,5", ',') == 1250);
    // Without a group separator a comma is just garbage.
    CHECK_FALSE(hundredths("1,234.00"));
    // One character cannot be both separators.
    CHECK_FALSE(hundredths("1,234", ',', ','));
}

TEST_CASE("Group separators are accepted only between digits", "[amount]")
{
    for (const char *text : {",123", "1,,234", "1,", "1,.50", "-,1", "1.2,3"}) {
        INFO(text);
        CHECK_FALSE(hundredths(text, '.', ','));
    }
}

TEST_CASE("Text that is not an amount is refused", "[amount]")
{
    for (const char *text : {"", "-", "+", ".", ".5", "12.", "1.234", "12.3.4", "abc", "12a", "1e5",
                             " 12", "12 ", "--1", "+-1", "1-", "EUR 12", "12%", "0x10"}) {
        INFO(text);
        CHECK_FALSE(hundredths(text));
    }
}

TEST_CASE("Amounts beyond the 64-bit range are refused, the extremes are kept", "[amount]")
{
    CHECK(hundredths("92233720368547758.07") == std::numeric_limits<std::int64_t>::max());
    CHECK(hundredths("-92233720368547758.08") == std::numeric_limits<std::int64_t>::min());
    CHECK_FALSE(hundredths("92233720368547758.08"));
    CHECK_FALSE(hundredths("92233720368547759"));
    CHECK_FALSE(hundredths("-92233720368547758.09"));
    CHECK_FALSE(hundredths("99999999999999999999999"));
}

TEST_CASE("Amounts are written with two decimals, optionally dropping .00", "[amount]")
{
    CHECK(reins::formatAmount({123450}) == "1234.50");
    CHECK(reins::formatAmount({5}) == "0.05");
    CHECK(reins::formatAmount({-5}) == "-0.05");
    CHECK(reins::formatAmount({-123400}) == "-1234.00");
    CHECK(reins::formatAmount({0}) == "0.00");
    CHECK(reins::formatAmount({123400}, true) == "1234");
    CHECK(reins::formatAmount({123450}, true) == "1234.50");
    CHECK(reins::formatAmount({0}, true) == "0");
    CHECK(reins::formatAmount({std::numeric_limits<std::int64_t>::min()}) ==
          "-92233720368547758.08");
}

TEST_CASE("A written amount reads back as the same amount", "[amount]")
{
    for (const std::int64_t value :
         {std::int64_t{0}, std::int64_t{1}, std::int64_t{-99}, std::int64_t{123456789},
          std::int64_t{-100}, std::numeric_limits<std::int64_t>::max()}) {
        INFO(value);
        CHECK(hundredths(reins::formatAmount({value})) == value);
        CHECK(hundredths(reins::formatAmount({value}, true)) == value);
    }
    CHECK(reins::Amount::fromWhole(12) == reins::Amount{1200});
}

TEST_CASE("Group separators only separate thousands")
{
    CHECK(reins::parseAmount("1,234,567.89", '.', ',') == reins::Amount{123456789});
    CHECK(reins::parseAmount("1.234,56", ',', '.') == reins::Amount{123456});
    // A decimal comma read with the wrong separator is refused, not taken as thousands.
    CHECK_FALSE(reins::parseAmount("120,50", '.', ','));
    CHECK_FALSE(reins::parseAmount("1,2345", '.', ','));
    CHECK_FALSE(reins::parseAmount("1234,567", '.', ','));
}
