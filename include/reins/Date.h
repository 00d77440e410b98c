#pragma once

// Calendar dates and UTC timestamps, with their ISO-8601 text forms.
// Dates are stored as `YYYY-MM-DD`, timestamps as `YYYY-MM-DDTHH:MM:SSZ`.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace reins {

using Date = std::chrono::year_month_day;
using Timestamp = std::chrono::sys_seconds;

// `YYYY-MM-DD`; nullopt when the text is not a valid calendar date.
[[nodiscard]] std::optional<Date> parseIsoDate(std::string_view text);
[[nodiscard]] std::string toIsoDate(Date date);

// `YYYY-MM-DDTHH:MM:SSZ`; nullopt when the text is not such a timestamp.
[[nodiscard]] std::optional<Timestamp> parseIsoTimestamp(std::string_view text);
[[nodiscard]] std::string toIsoTimestamp(Timestamp at);

[[nodiscard]] Date addDays(Date date, int days);
[[nodiscard]] int daysBetween(Date from, Date to);
[[nodiscard]] Timestamp nowUtc();
[[nodiscard]] Date todayUtc();

} // namespace reins
