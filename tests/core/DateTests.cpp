#include "reins/Date.h"

#include <catch2/catch.hpp>

using namespace std::chrono;

namespace {

reins::Date date(int y, unsigned m, unsigned d)
{
    return year{y} / month{m} / day{d};
}

} // namespace

TEST_CASE("ISO dates are read and written as YYYY-MM-DD", "[date]")
{
    CHECK(reins::parseIsoDate("2026-03-14") == date(2026, 3, 14));
    CHECK(reins::parseIsoDate("2024-02-29") == date(2024, 2, 29));
    CHECK(reins::toIsoDate(date(2026, 3, 4)) == "2026-03-04");
    CHECK(reins::toIsoDate(date(987, 12, 31)) == "0987-12-31");

    const auto written = reins::toIsoDate(date(2031, 11, 30));
    CHECK(reins::parseIsoDate(written) == date(2031, 11, 30));
}

TEST_CASE("Dates that are not on the calendar or not exactly YYYY-MM-DD are refused", "[date]")
{
    for (const char *text :
         {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00",
          "2026-1-05", "2026-01-5", "26-01-05", "2026-01-05 ", " 2026-01-05", "2026/01/05",
          "2026-01-05T00:00:00Z", "", "abcd-ef-gh", "+026-01-05", "2026-0a-05"}) {
        INFO(text);
        CHECK_FALSE(reins::parseIsoDate(text));
    }
}

TEST_CASE("UTC timestamps are read and written as YYYY-MM-DDTHH:MM:SSZ", "[date]")
{
    const reins::Timestamp at = sys_days{date(2026, 1, 31)} + hours{23} + minutes{5} + seconds{9};
    CHECK(reins::toIsoTimestamp(at) == "2026-01-31T23:05:09Z");
    CHECK(reins::parseIsoTimestamp("2026-01-31T23:05:09Z") == at);
    CHECK(reins::parseIsoTimestamp("1970-01-01T00:00:00Z") == reins::Timestamp{});
    CHECK(reins::toIsoTimestamp(sys_days{date(1969, 12, 31)} + hours{1}) == "1969-12-31T01:00:00Z");
}

TEST_CASE("Timestamps with bad times, offsets or extra text are refused", "[date]")
{
    for (const char *text : {"2026-01-31T24:00:00Z", "2026-01-31T23:60:00Z", "2026-01-31T23:59:60Z",
                             "2026-02-30T10:00:00Z", "2026-01-31 10:00:00Z", "2026-01-31T10:00:00",
                             "2026-01-31T10:00:00+01:00", "2026-01-31T10:00Z",
                             "2026-01-31T10:00:00.5Z", "2026-01-31T10:00:00z", "2026-01-31"}) {
        INFO(text);
        CHECK_FALSE(reins::parseIsoTimestamp(text));
    }
}

TEST_CASE("Adding days crosses months, years and leap days", "[date]")
{
    CHECK(reins::addDays(date(2026, 1, 31), 1) == date(2026, 2, 1));
    CHECK(reins::addDays(date(2024, 2, 28), 1) == date(2024, 2, 29));
    CHECK(reins::addDays(date(2025, 2, 28), 1) == date(2025, 3, 1));
    CHECK(reins::addDays(date(2026, 1, 1), -1) == date(2025, 12, 31));
    CHECK(reins::addDays(date(2026, 5, 5), 0) == date(2026, 5, 5));
}

TEST_CASE("Days between two dates are counted with a sign", "[date]")
{
    CHECK(reins::daysBetween(date(2026, 1, 1), date(2026, 12, 31)) == 364);
    CHECK(reins::daysBetween(date(2024, 1, 1), date(2025, 1, 1)) == 366);
    CHECK(reins::daysBetween(date(2026, 3, 10), date(2026, 3, 1)) == -9);
    CHECK(reins::daysBetween(date(2026, 3, 10), date(2026, 3, 10)) == 0);
}

TEST_CASE("Now and today are the current UTC time and date", "[date]")
{
    const auto before = floor<seconds>(system_clock::now());
    const auto now = reins::nowUtc();
    const auto after = floor<seconds>(system_clock::now());
    CHECK(before <= now);
    CHECK(now <= after);

    const auto today = reins::todayUtc();
    CHECK(today.ok());
    const auto sinceMidnight = reins::nowUtc() - sys_days{today};
    CHECK(sinceMidnight >= seconds{0});
    CHECK(sinceMidnight < days{1} + seconds{1});
}
