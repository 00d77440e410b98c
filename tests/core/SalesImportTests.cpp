#include "reins/SalesImport.h"

#include <catch2/catch.hpp>

using namespace reins;

namespace {

SalesImportOptions optionsFor(std::string_view text, char separator = ',')
{
    SalesImportOptions options;
    options.salespersonId = 7;
    options.separator = separator;
    const auto rows = readCsv(text, separator);
    REQUIRE_FALSE(rows.empty());
    options.mapping = guessMapping(rows.front().fields);
    return options;
}

Date isoDay(int y, unsigned m, unsigned d)
{
    return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

} // namespace

TEST_CASE("A plain export is mapped from its header and read into records")
{
    const std::string text = "Date,Account,Product,Activity,Amount,Stage\n"
                             "2026-03-02,Fischer GmbH,Fleet,Order,1200.50,won\n"
                             "2026-03-09,Nordlicht AG,Service,Order,-80,refund\n";
    const auto result = parseSalesCsv(text, optionsFor(text));
    REQUIRE(result.acceptable());
    REQUIRE(result.records.size() == 2);
    CHECK(result.records[0].date == isoDay(2026, 3, 2));
    CHECK(result.records[0].account == "Fischer GmbH");
    CHECK(result.records[0].amount == Amount{120050});
    CHECK(result.records[0].salespersonId == 7);
    CHECK(result.records[1].amount == Amount{-8000});
    CHECK(result.records[1].stage == "refund");
}

TEST_CASE("German exports: semicolons, decimal commas, dd.mm.yyyy dates")
{
    const std::string text = "Datum;Kunde;Produkt;Betrag\n"
                             "02.03.2026;Müller KG;Flotte;1.234,56\n"
                             "31.03.2026;Søn AS;Service;99,9\n";
    auto options = optionsFor(text, ';');
    options.decimalSeparator = ',';
    options.dateFormat = DateFormat::DayMonthYearDots;
    const auto result = parseSalesCsv(text, options);
    REQUIRE(result.acceptable());
    CHECK(result.records[0].amount == Amount{123456});
    CHECK(result.records[0].account == "Müller KG");
    CHECK(result.records[1].amount == Amount{9990});
    CHECK(result.records[1].date == isoDay(2026, 3, 31));
}

TEST_CASE("Every bad row is listed with its line, and nothing is accepted")
{
    const std::string text = "date,account,amount\n"
                             "2026-03-02,Fischer,100\n"
                             "2026-03-xx,Nordlicht,100\n"
                             "2026-03-04,Short\n"
                             "\n"
                             "2026-03-05,Long,1,2\n"
                             "2026-03-06,Bad amount,12abc\n"
                             "2026-03-07,M\xFCller,5\n"
                             "2026-02-30,Leap,5\n";
    const auto result = parseSalesCsv(text, optionsFor(text));
    CHECK_FALSE(result.acceptable());
    REQUIRE(result.problems.size() == 6);
    CHECK(result.problems[0].line == 3);
    CHECK_THAT(result.problems[0].message, Catch::Contains("2026-03-xx"));
    CHECK(result.problems[1].line == 4);
    CHECK_THAT(result.problems[1].message, Catch::Contains("2 fields but the header has 3"));
    CHECK(result.problems[2].line == 6);
    CHECK(result.problems[3].line == 7);
    CHECK_THAT(result.problems[3].message, Catch::Contains("12abc"));
    CHECK(result.problems[4].line == 8);
    CHECK_THAT(result.problems[4].message, Catch::Contains("UTF-8"));
    CHECK(result.problems[5].line == 9);
    CHECK(formatProblem("sales.csv", result.problems[0]).starts_with("sales.csv:3: the date"));
}

TEST_CASE("Empty files and header-only files are explained")
{
    SalesImportOptions options;
    options.mapping[SalesField::Date] = 0;
    options.mapping[SalesField::Amount] = 1;
    auto empty = parseSalesCsv("", options);
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].message == "the file is empty");
    auto headerOnly = parseSalesCsv("date,amount\r\n", options);
    REQUIRE(headerOnly.problems.size() == 1);
    CHECK_THAT(headerOnly.problems[0].message, Catch::Contains("no rows"));
}

TEST_CASE("A mapping without date or amount is refused before any row is read")
{
    const std::string text = "when,who,how much\n2026-03-02,A,5\n";
    const auto result = parseSalesCsv(text, optionsFor(text));
    REQUIRE_FALSE(result.problems.empty());
    CHECK_THAT(result.problems[0].message, Catch::Contains("date"));
    CHECK_THAT(result.problems[1].message, Catch::Contains("amount"));
}

TEST_CASE("Identical rows in one file are numbered so each is kept")
{
    const std::string text = "date,account,amount\n2026-03-02,A,5\n2026-03-02,A,5\n";
    const auto result = parseSalesCsv(text, optionsFor(text));
    REQUIRE(result.records.size() == 2);
    CHECK(result.records[0].occurrence == 1);
    CHECK(result.records[1].occurrence == 2);
}

TEST_CASE("The import can be cancelled from its progress report")
{
    std::string text = "date,account,amount\n";
    for (int row = 0; row < 20000; ++row)
        text += "2026-03-02,Account " + std::to_string(row) + ",5\n";
    int reports = 0;
    const auto result =
        parseSalesCsv(text, optionsFor(text), [&](std::size_t done, std::size_t total) {
            CHECK(done <= total);
            return ++reports < 2;
        });
    CHECK(result.cancelled);
    CHECK(result.records.empty());
    CHECK_FALSE(result.acceptable());
}

TEST_CASE("Dates in every offered format")
{
    CHECK(parseDate("2026-03-02", DateFormat::Iso) == isoDay(2026, 3, 2));
    CHECK(parseDate("2.3.2026", DateFormat::DayMonthYearDots) == isoDay(2026, 3, 2));
    CHECK(parseDate("02/03/2026", DateFormat::DayMonthYearSlashes) == isoDay(2026, 3, 2));
    CHECK(parseDate("03/02/2026", DateFormat::MonthDayYearSlashes) == isoDay(2026, 3, 2));
    CHECK_FALSE(parseDate("13/13/2026", DateFormat::MonthDayYearSlashes));
    CHECK_FALSE(parseDate("2.3.", DateFormat::DayMonthYearDots));
    CHECK_FALSE(parseDate("2026-03-02", DateFormat::DayMonthYearDots));
}

TEST_CASE("Header layouts have a stable signature for remembering the mapping")
{
    CHECK(headerSignature({"Date", " Account "}) == headerSignature({"date", "account"}));
    CHECK(headerSignature({"date", "account"}) != headerSignature({"account", "date"}));
}
