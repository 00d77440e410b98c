#include "reins/Date.h"

#include <fmt/format.h>

namespace reins {

namespace {

// Reads exactly `count` ASCII digits at `position`; nullopt if any of them is not a digit.
// Deliberately stricter than std::from_chars: no sign, no shorter or longer field.
std::optional<int> readDigits(std::string_view text, std::size_t position, std::size_t count)
{
    int value = 0;
    for (std::size_t i = position; i < position + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

constexpr std::size_t isoDateLength = 10;      // YYYY-MM-DD
constexpr std::size_t isoTimestampLength = 20; // YYYY-MM-DDTHH:MM:SSZ

} // namespace

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != isoDateLength || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto year = readDigits(text, 0, 4);
    const auto month = readDigits(text, 5, 2);
    const auto day = readDigits(text, 8, 2);
    if (!year || !month || !day)
        return std::nullopt;
    // ok() rejects month 13 and day 30 of February alike.
    const Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                    std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string toIsoDate(Date date)
{
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::optional<Timestamp> parseIsoTimestamp(std::string_view text)
{
    if (text.size() != isoTimestampLength || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z')
        return std::nullopt;
    const auto date = parseIsoDate(text.substr(0, isoDateLength));
    const auto hours = readDigits(text, 11, 2);
    const auto minutes = readDigits(text, 14, 2);
    const auto seconds = readDigits(text, 17, 2);
    // No leap second: sys_seconds cannot represent 23:59:60 anyway.
    if (!date || !hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59)
        return std::nullopt;
    return std::chrono::sys_days{*date} + std::chrono::hours{*hours} +
           std::chrono::minutes{*minutes} + std::chrono::seconds{*seconds};
}

std::string toIsoTimestamp(Timestamp at)
{
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::hh_mm_ss timeOfDay{at - day};
    return fmt::format("{}T{:02}:{:02}:{:02}Z", toIsoDate(Date{day}), timeOfDay.hours().count(),
                       timeOfDay.minutes().count(), timeOfDay.seconds().count());
}

Date addDays(Date date, int days)
{
    return Date{std::chrono::sys_days{date} + std::chrono::days{days}};
}

int daysBetween(Date from, Date to)
{
    return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

Timestamp nowUtc()
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

Date todayUtc()
{
    return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

} // namespace reins
