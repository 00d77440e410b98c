#include "reins/Amount.h"

#include <fmt/format.h>

#include <limits>

namespace reins {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<Amount> parseAmount(std::string_view text, char decimalSeparator, char groupSeparator)
{
    // With one character doing both jobs "1,234" could mean two different amounts.
    if (groupSeparator != 0 && groupSeparator == decimalSeparator)
        return std::nullopt;

    std::size_t position = 0;
    bool negative = false;
    if (position < text.size() && (text[position] == '+' || text[position] == '-')) {
        negative = text[position] == '-';
        ++position;
    }

    // The magnitude is gathered unsigned so that the most negative int64 still parses.
    const std::uint64_t limit = negative
                                    ? std::uint64_t{std::numeric_limits<std::int64_t>::max()} + 1
                                    : std::uint64_t{std::numeric_limits<std::int64_t>::max()};
    std::uint64_t magnitude = 0;
    const auto appendDigit = [&](char digit) {
        const auto value = static_cast<std::uint64_t>(digit - '0');
        if (magnitude > (limit - value) / 10)
            return false;
        magnitude = magnitude * 10 + value;
        return true;
    };

    int wholeDigits = 0;
    int digitsInGroup = 0;
    bool grouped = false;
    while (position < text.size()) {
        const char c = text[position];
        if (isDigit(c)) {
            if (!appendDigit(c))
                return std::nullopt;
            ++wholeDigits;
            ++digitsInGroup;
            ++position;
        } else if (groupSeparator != 0 && c == groupSeparator) {
            // Groups of thousands only: "1,234,567" but not ",1", "1,,2", "1," or "120,50",
            // which is a decimal comma read with the wrong separator, not 12,050.
            const bool digitFollows = position + 1 < text.size() && isDigit(text[position + 1]);
            const bool groupComplete = grouped ? digitsInGroup == 3 : digitsInGroup <= 3;
            if (wholeDigits == 0 || !digitFollows || !groupComplete)
                return std::nullopt;
            grouped = true;
            digitsInGroup = 0;
            ++position;
        } else {
            break;
        }
    }
    if (wholeDigits == 0 || (grouped && digitsInGroup != 3))
        return std::nullopt;

    int decimals = 0;
    if (position < text.size() && text[position] == decimalSeparator) {
        ++position;
        while (position < text.size() && isDigit(text[position])) {
            if (++decimals > 2)
                return std::nullopt;
            if (!appendDigit(text[position]))
                return std::nullopt;
            ++position;
        }
        if (decimals == 0) // "12." is a typo, not twelve
            return std::nullopt;
    }
    if (position != text.size())
        return std::nullopt;

    for (; decimals < 2; ++decimals) {
        if (!appendDigit('0'))
            return std::nullopt;
    }
    if (negative)
        return Amount{static_cast<std::int64_t>(0 - magnitude)};
    return Amount{static_cast<std::int64_t>(magnitude)};
}

std::string formatAmount(Amount amount, bool dropZeroDecimals)
{
    const bool negative = amount.hundredths < 0;
    // Unsigned negation keeps the most negative value exact.
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(amount.hundredths)
                                             : static_cast<std::uint64_t>(amount.hundredths);
    const std::uint64_t whole = magnitude / 100;
    const std::uint64_t cents = magnitude % 100;
    const char *sign = negative ? "-" : "";
    if (dropZeroDecimals && cents == 0)
        return fmt::format("{}{}", sign, whole);
    return fmt::format("{}{}.{:02}", sign, whole, cents);
}

} // namespace reins
