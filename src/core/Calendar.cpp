#include "reins/Calendar.h"

#include <fmt/format.h>

namespace reins {

namespace {

std::string escapedText(std::string_view text)
{
    std::string escaped;
    for (char c : text) {
        switch (c) {
        case '\\':
            escaped += "\\\\";
            break;
        case ';':
            escaped += "\\;";
            break;
        case ',':
            escaped += "\\,";
            break;
        case '\n':
            escaped += "\\n";
            break;
        case '\r':
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

// Content lines are at most 75 octets; longer ones continue on lines starting with a space.
void appendLine(std::string &out, std::string_view line)
{
    std::size_t limit = 75;
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Back up to the start of a UTF-8 character.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74; // the leading space counts
    }
    out.append(line);
    out += "\r\n";
}

std::string compactDate(Date date)
{
    auto iso = toIsoDate(date);
    std::erase(iso, '-');
    return iso;
}

std::string compactTimestamp(Timestamp at)
{
    auto iso = toIsoTimestamp(at); // 2026-11-27T08:30:00Z
    std::erase(iso, '-');
    std::erase(iso, ':');
    return iso;
}

} // namespace

CalendarEvent calendarEventFor(const Session &session, const Person &salesperson, Timestamp now)
{
    CalendarEvent event;
    // The session id with its creation time tells sessions of different databases apart.
    event.uid = fmt::format("session-{}-{}@reins", session.id,
                            session.createdAt.time_since_epoch().count());
    event.summary = fmt::format("One-on-one: {}", salesperson.name);
    event.description = fmt::format("Reviewing {} to {}. The salesperson leads: prepare the "
                                    "session in Reins and mark it ready before the meeting.",
                                    toIsoDate(session.periodStart), toIsoDate(session.periodEnd));
    event.date = session.meetingDate;
    event.stamp = now;
    return event;
}

std::string toICalendar(const CalendarEvent &event)
{
    std::string out;
    appendLine(out, "BEGIN:VCALENDAR");
    appendLine(out, "VERSION:2.0");
    appendLine(out, "PRODID:-//Reins//Sales coaching one-on-ones//EN");
    appendLine(out, "CALSCALE:GREGORIAN");
    appendLine(out, "BEGIN:VEVENT");
    appendLine(out, "UID:" + escapedText(event.uid));
    appendLine(out, "DTSTAMP:" + compactTimestamp(event.stamp));
    appendLine(out, "DTSTART;VALUE=DATE:" + compactDate(event.date));
    appendLine(out, "DTEND;VALUE=DATE:" + compactDate(addDays(event.date, 1)));
    appendLine(out, "SUMMARY:" + escapedText(event.summary));
    appendLine(out, "DESCRIPTION:" + escapedText(event.description));
    appendLine(out, "TRANSP:TRANSPARENT");
    appendLine(out, "END:VEVENT");
    appendLine(out, "END:VCALENDAR");
    return out;
}

} // namespace reins
