#pragma once

// What a manager reads off a result: change on the previous period, attainment of target,
// and the plain sentence that says both. Derived, never stored.

#include "reins/Domain.h"

#include <optional>
#include <string>

namespace reins {

enum class Direction { Up, Down, Flat, Unknown };

struct ResultReading {
    // Change on the previous period in tenths of a percent (-50 means -5.0%); nullopt when
    // there is no previous value or it is zero or negative (no meaningful percentage).
    std::optional<std::int64_t> changePermille;
    Direction direction = Direction::Unknown;
    // Actual as a share of target in whole percent, rounded; nullopt without a positive target.
    std::optional<std::int64_t> attainmentPercent;
    // "Revenue is down 5.0% on last month, 92% of target"
    std::string sentence;
};

[[nodiscard]] ResultReading readResult(const Result &result, Cadence cadence);

// "+5.0%", "-12.3%", "0.0%"
[[nodiscard]] std::string formatChange(std::int64_t permille);

} // namespace reins
