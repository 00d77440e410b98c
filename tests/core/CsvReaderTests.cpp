#include "reins/CsvReader.h"

#include <catch2/catch.hpp>

using reins::CsvRow;
using reins::readCsv;

namespace {

std::vector<std::string> fieldsOf(const CsvRow &row)
{
    return row.fields;
}

} // namespace

TEST_CASE("CSV rows come out with their fields and starting lines, whatever the line ends")
{
    const auto ending = GENERATE(as<std::string>{}, "\n", "\r\n", "\r");
    const auto text = "date,account\n2026-03-02,Fischer\n\n2026-03-03,Nordlicht\n";
    std::string converted;
    for (char c : std::string(text))
        converted += c == '\n' ? ending : std::string(1, c);
    const auto rows = readCsv(converted, ',');
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].line == 1);
    CHECK(rows[1].line == 2);
    CHECK(rows[2].line == 4); // the blank line 3 is skipped but counted
    CHECK(fieldsOf(rows[2]) == std::vector<std::string>{"2026-03-03", "Nordlicht"});
}

TEST_CASE("A byte-order mark is not part of the first header name")
{
    const auto rows = readCsv("\xEF\xBB\xBF"
                              "date;amount\n2026-01-01;5\n",
                              ';');
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields[0] == "date");
}

TEST_CASE("A BOM split across two pieces is still removed")
{
    std::vector<CsvRow> rows;
    reins::CsvReader reader(',', [&](CsvRow &&row) { rows.push_back(std::move(row)); });
    reader.feed("\xEF");
    reader.feed("\xBB");
    reader.feed("\xBF"
                "a,b\n1,2");
    reader.finish();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields[0] == "a");
    CHECK(rows[1].fields[1] == "2");
}

TEST_CASE("Quoted fields keep separators, doubled quotes and line breaks")
{
    const auto rows = readCsv("account,note\n\"Fischer, GmbH\",\"said \"\"yes\"\"\nthen left\"\n"
                              "Nordlicht,plain\n",
                              ',');
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields[0] == "Fischer, GmbH");
    CHECK(rows[1].fields[1] == "said \"yes\"\nthen left");
    CHECK(rows[1].line == 2);
    CHECK(rows[2].line == 4); // the quoted line break took line 3
}

TEST_CASE("Tab-separated fields keep their inner spaces")
{
    const auto rows = readCsv("a\tb\n  x y \tz\n", '\t');
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields[0] == "x y");
    CHECK(rows[1].fields[1] == "z");
}

TEST_CASE("Rows of different lengths are reported as they are")
{
    const auto rows = readCsv("a,b,c\n1,2\n1,2,3,4\n", ',');
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields.size() == 2);
    CHECK(rows[2].fields.size() == 4);
}

TEST_CASE("An empty text has no rows, and a last line without line end still counts")
{
    CHECK(readCsv("", ',').empty());
    CHECK(readCsv("\n\n", ',').empty());
    const auto rows = readCsv("a,b\n1,2", ',');
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].line == 2);
}

TEST_CASE("The separator is detected from the first lines")
{
    CHECK(reins::detectSeparator("date,account,amount\n2026-01-01,A,5\n") == ',');
    CHECK(reins::detectSeparator("Datum;Kunde;Betrag\n01.01.2026;A;5,50\n") == ';');
    CHECK(reins::detectSeparator("date\taccount\tamount\n2026-01-01\tA, B\t5\n") == '\t');
    // Decimal commas inside a semicolon file do not fool it.
    CHECK(reins::detectSeparator("a;b\n1,5;2,5\n3,5;4,5\n") == ';');
}

TEST_CASE("UTF-8 validation accepts real text and rejects broken bytes")
{
    CHECK(reins::isValidUtf8("Müller & Søn – 10 €"));
    CHECK_FALSE(reins::isValidUtf8("M\xFCller"));    // Latin-1
    CHECK_FALSE(reins::isValidUtf8("\xC0\xAF"));     // overlong
    CHECK_FALSE(reins::isValidUtf8("\xED\xA0\x80")); // surrogate
    CHECK_FALSE(reins::isValidUtf8("abc\xE2\x82"));  // cut short
}
