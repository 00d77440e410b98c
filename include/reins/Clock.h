#pragma once

#include <chrono>

namespace reins {

// A monotonic clock that can be replaced in tests, so timers and durations are testable.
class Clock {
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    virtual ~Clock() = default;
    [[nodiscard]] virtual TimePoint now() const = 0;
};

class SteadyClock final : public Clock {
public:
    [[nodiscard]] TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    [[nodiscard]] TimePoint now() const override { return m_now; }
    void advance(std::chrono::steady_clock::duration by) { m_now += by; }

private:
    TimePoint m_now{};
};

} // namespace reins
