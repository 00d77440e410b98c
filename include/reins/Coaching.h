#pragma once

// The coaching model of the meeting: the stages a session moves through, the balance of
// time between problems and solutions, the meeting timer, and the questions to ask.

#include "reins/Clock.h"
#include "reins/Domain.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace reins {

// ---------------------------------------------------------------- stages of a session

// nullopt when a session may move from one stage to the other; otherwise the reason why
// not, as a sentence for a person.
[[nodiscard]] std::optional<std::string> stageChangeRefusal(Stage from, Stage to);

// ---------------------------------------------------------------- coaching balance

// Acknowledge and explore are about the problem; plan and support about solutions.
[[nodiscard]] bool isSolutionStage(MeetingStage stage);

inline constexpr int solutionGoalPercent = 90;

struct CoachingBalance {
    std::int64_t problemSeconds = 0;
    std::int64_t solutionSeconds = 0;

    [[nodiscard]] std::int64_t totalSeconds() const { return problemSeconds + solutionSeconds; }
    // Whole percent of the time spent on solutions; nullopt before any time was recorded.
    [[nodiscard]] std::optional<int> solutionPercent() const;
    [[nodiscard]] bool meetsGoal() const;
    // Whether too much time went to the problem to stay quiet about it: the goal is
    // missed and the meeting is old enough to judge (two minutes or more).
    [[nodiscard]] bool deservesHint() const;
};

[[nodiscard]] CoachingBalance balanceOf(const std::vector<StageTime> &times);

// Times the stages of a meeting: the time between switching to a stage and leaving it (or
// pausing) is added to that stage.
class MeetingTimer {
public:
    explicit MeetingTimer(const Clock &clock)
        : m_clock(clock)
    {}

    // Starts with times already recorded (a meeting resumed after a break or a restart).
    void restore(const std::vector<StageTime> &times);
    // Starts or resumes timing in `stage`.
    void start(MeetingStage stage);
    void pause();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] MeetingStage currentStage() const { return m_stage; }

    // Seconds per stage, including the part of the current stage that is still running.
    [[nodiscard]] std::vector<StageTime> times() const;
    [[nodiscard]] std::int64_t secondsIn(MeetingStage stage) const;

private:
    void bankRunningTime();

    const Clock &m_clock;
    std::array<std::chrono::steady_clock::duration, meetingStageCount> m_spent{};
    MeetingStage m_stage = MeetingStage::Acknowledge;
    Clock::TimePoint m_since{};
    bool m_running = false;
};

// ---------------------------------------------------------------- question bank

// The questions a manager asks in each stage, with sensible defaults.
struct QuestionBank {
    std::array<std::vector<std::string>, meetingStageCount> questions;

    [[nodiscard]] const std::vector<std::string> &forStage(MeetingStage stage) const
    {
        return questions[static_cast<std::size_t>(stage)];
    }
};

[[nodiscard]] const QuestionBank &defaultQuestionBank();

} // namespace reins
