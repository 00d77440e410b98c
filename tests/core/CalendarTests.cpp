#include "reins/Calendar.h"

#include <catch2/catch.hpp>

using namespace reins;

TEST_CASE("A session becomes an all-day iCalendar event with escaped, folded lines")
{
    Session session;
    session.id = 12;
    session.meetingDate = *parseIsoDate("2026-12-03");
    session.periodStart = *parseIsoDate("2026-11-01");
    session.periodEnd = *parseIsoDate("2026-11-30");
    Person salesperson;
    salesperson.name = "Tom Becker, Jr.; Nord";
    auto event = calendarEventFor(session, salesperson, *parseIsoTimestamp("2026-11-27T08:30:00Z"));
    event.description += " Ünïcödé " + std::string(80, 'x');
    const auto text = toICalendar(event);

    CHECK(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK_THAT(text, Catch::Contains("DTSTART;VALUE=DATE:20261203\r\n"));
    CHECK_THAT(text, Catch::Contains("DTEND;VALUE=DATE:20261204\r\n"));
    CHECK_THAT(text, Catch::Contains("DTSTAMP:20261127T083000Z\r\n"));
    CHECK_THAT(text, Catch::Contains("SUMMARY:One-on-one: Tom Becker\\, Jr.\\; Nord\r\n"));
    CHECK(text.ends_with("END:VCALENDAR\r\n"));
    // Every physical line fits in 75 octets, and a folded line starts with a space.
    std::size_t start = 0;
    bool sawFold = false;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        sawFold = sawFold || text[start] == ' ';
        start = end + 2;
    }
    CHECK(sawFold);
    // No bare line feeds.
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            CHECK(text[i - 1] == '\r');
}
