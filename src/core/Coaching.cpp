#include "reins/Coaching.h"
#include "reins/Translatable.h"

#include <fmt/format.h>

namespace reins {

std::optional<std::string> stageChangeRefusal(Stage from, Stage to)
{
    if (from == to)
        return std::nullopt;
    switch (from) {
    case Stage::Draft:
        if (to == Stage::Ready)
            return std::nullopt;
        if (to == Stage::InMeeting)
            return REINS_TRANSLATE_NOOP(
                "reins::stages",
                "The salesperson has not marked the preparation ready yet. The session "
                "belongs to them: ask them to finish it, or mark it ready together first.");
        return REINS_TRANSLATE_NOOP(
            "reins::stages",
            "A session is closed at the end of its meeting, not before it was held.");
    case Stage::Ready:
        if (to == Stage::Draft || to == Stage::InMeeting)
            return std::nullopt;
        return REINS_TRANSLATE_NOOP("reins::stages",
                                    "Start the meeting before closing the session.");
    case Stage::InMeeting:
        if (to == Stage::Closed || to == Stage::Ready)
            return std::nullopt;
        return REINS_TRANSLATE_NOOP(
            "reins::stages",
            "The meeting has started; go back to Ready first to change the preparation.");
    case Stage::Closed:
        return REINS_TRANSLATE_NOOP(
            "reins::stages",
            "A closed session is a record of the meeting. Its content can be corrected, "
            "but it cannot be reopened.");
    }
    return REINS_TRANSLATE_NOOP("reins::stages", "That change of stage is not possible.");
}

bool isSolutionStage(MeetingStage stage)
{
    return stage == MeetingStage::Plan || stage == MeetingStage::Support;
}

std::optional<int> CoachingBalance::solutionPercent() const
{
    const auto total = totalSeconds();
    if (total <= 0)
        return std::nullopt;
    // Rounded down, so 89.6% never reads as meeting a 90% goal.
    return static_cast<int>(solutionSeconds * 100 / total);
}

bool CoachingBalance::meetsGoal() const
{
    const auto total = totalSeconds();
    return total > 0 && solutionSeconds * 100 >= solutionGoalPercent * total;
}

bool CoachingBalance::deservesHint() const
{
    return totalSeconds() >= 120 && !meetsGoal();
}

CoachingBalance balanceOf(const std::vector<StageTime> &times)
{
    CoachingBalance balance;
    for (const auto &time : times)
        (isSolutionStage(time.stage) ? balance.solutionSeconds : balance.problemSeconds) +=
            time.seconds;
    return balance;
}

void MeetingTimer::restore(const std::vector<StageTime> &times)
{
    m_spent = {};
    for (const auto &time : times)
        m_spent[static_cast<std::size_t>(time.stage)] += std::chrono::seconds(time.seconds);
    m_running = false;
}

void MeetingTimer::bankRunningTime()
{
    if (!m_running)
        return;
    const auto now = m_clock.now();
    m_spent[static_cast<std::size_t>(m_stage)] += now - m_since;
    m_since = now;
}

void MeetingTimer::start(MeetingStage stage)
{
    bankRunningTime();
    m_stage = stage;
    m_since = m_clock.now();
    m_running = true;
}

void MeetingTimer::pause()
{
    bankRunningTime();
    m_running = false;
}

std::int64_t MeetingTimer::secondsIn(MeetingStage stage) const
{
    auto spent = m_spent[static_cast<std::size_t>(stage)];
    if (m_running && stage == m_stage)
        spent += m_clock.now() - m_since;
    return std::chrono::duration_cast<std::chrono::seconds>(spent).count();
}

std::vector<StageTime> MeetingTimer::times() const
{
    std::vector<StageTime> times;
    for (int index = 0; index < meetingStageCount; ++index) {
        const auto stage = static_cast<MeetingStage>(index);
        if (const auto seconds = secondsIn(stage); seconds > 0)
            times.push_back({stage, seconds});
    }
    return times;
}

const QuestionBank &defaultQuestionBank()
{
    static const QuestionBank bank{{{
        {
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "What are you most pleased with in this period's results?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "What does the data tell you about this period?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "Which result surprised you, for better or worse?"),
        },
        {
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "What was different this period from the last?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "Which internal and external factors influenced these results?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "Which of these factors were within your influence?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "What did you try that worked, and what did not?"),
        },
        {
            REINS_TRANSLATE_NOOP("reins::questions", "What can you influence in the period ahead?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "Which 20% of your actions will make 80% of the difference?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "What will you keep doing, stop doing and start doing?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "How will you know by the next session that it is working?"),
        },
        {
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "How can I help you achieve a great result next period?"),
            REINS_TRANSLATE_NOOP("reins::questions", "What is in your way that I can remove?"),
            REINS_TRANSLATE_NOOP("reins::questions",
                                 "Who else could help you, and how can I connect you?"),
        },
    }}};
    return bank;
}

} // namespace reins
