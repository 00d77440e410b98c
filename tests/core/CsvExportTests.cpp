#include "reins/CsvExport.h"
#include "reins/CsvReader.h"
#include "reins/SessionSummary.h"

#include <catch2/catch.hpp>

using namespace reins;

TEST_CASE("Cells that a spreadsheet would evaluate are neutralised")
{
    CHECK(csvCell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csvCell("+49 30 1234") == "'+49 30 1234");
    CHECK(csvCell("-2+3") == "'-2+3");
    CHECK(csvCell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvCell("\tcmd") == "'\tcmd");
    CHECK(csvCell("\rcmd") == "\"'\rcmd\"");
    CHECK(csvCell("-120.50", true) == "-120.50"); // a number Reins wrote stays a number
    CHECK(csvCell("Fischer, GmbH") == "\"Fischer, GmbH\"");
    CHECK(csvCell("plain") == "plain");
}

TEST_CASE("A results export has one row per result and reads back as the same cells")
{
    SessionRecord record;
    record.salesperson.name = "Tom Becker";
    record.session.meetingDate = *parseIsoDate("2026-11-03");
    record.session.periodStart = *parseIsoDate("2026-10-01");
    record.session.periodEnd = *parseIsoDate("2026-10-31");
    record.prep.results.push_back({0, Metric::Revenue, "", "EUR", Amount{5'000'000},
                                   Amount{4'600'000}, Amount{4'842'100}, "=cmd|' /C calc'!A0"});
    const auto csv = exportCsv({record}, CsvExportKind::Results);
    const auto rows = readCsv(csv, ',');
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields.at(4) == "Metric");
    CHECK(rows[1].fields.at(0) == "Tom Becker");
    CHECK(rows[1].fields.at(6) == "50000.00");
    CHECK(rows[1].fields.at(9) == "-5.00");
    CHECK(rows[1].fields.at(10) == "92");
    CHECK(rows[1].fields.at(11) == "'=cmd|' /C calc'!A0");
}
