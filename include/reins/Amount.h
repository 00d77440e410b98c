#pragma once

// Exact decimal quantities. Money and every other measured value in Reins is held as a
// whole number of hundredths (cents for money), never as binary floating point.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reins {

struct Amount {
    std::int64_t hundredths = 0;

    [[nodiscard]] static constexpr Amount fromWhole(std::int64_t whole) { return {whole * 100}; }
    auto operator<=>(const Amount &) const = default;
};

// "1234.5" -> 123450 hundredths. Accepts an optional sign, digits, and up to two decimals
// after `decimalSeparator`; groupSeparator (if non-zero) may appear between digits.
[[nodiscard]] std::optional<Amount> parseAmount(std::string_view text, char decimalSeparator = '.',
                                                char groupSeparator = 0);

// 123450 -> "1234.50"; trailing ".00" is dropped when dropZeroDecimals is true.
[[nodiscard]] std::string formatAmount(Amount amount, bool dropZeroDecimals = false);

} // namespace reins
