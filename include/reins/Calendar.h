#pragma once

// A session's meeting as an iCalendar event (RFC 5545), for any calendar application.

#include "reins/Domain.h"

#include <string>

namespace reins {

struct CalendarEvent {
    std::string uid;     // stable per session, so importing again updates the event
    std::string summary; // "One-on-one: Tom Becker"
    std::string description;
    Date date{};       // an all-day event on the meeting date
    Timestamp stamp{}; // when the file was made
};

[[nodiscard]] CalendarEvent calendarEventFor(const Session &session, const Person &salesperson,
                                             Timestamp now);

// The VCALENDAR text: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// character), commas, semicolons, backslashes and line breaks escaped.
[[nodiscard]] std::string toICalendar(const CalendarEvent &event);

} // namespace reins
