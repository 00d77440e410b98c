#pragma once

// The steps of a session as the session window lists them, and what each shows of the
// stored session: its status in the step list and a read-only page.

#include "reins/Repositories.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace reins::gui {

enum class SessionStep {
    // Prepared by the salesperson before the meeting.
    LastTime,
    Results,
    SelfAudit,
    Gaps,
    Factors,
    Upskilling,
    Strategies,
    FocusAndPlan,
    Ready, // what is still empty, and the stage set to Ready
    // Recorded by the manager in the meeting.
    Acknowledge,
    Explore,
    Plan,
    Support,
    WrapUp,
};

inline constexpr std::array allSessionSteps{
    SessionStep::LastTime,    SessionStep::Results,      SessionStep::SelfAudit,
    SessionStep::Gaps,        SessionStep::Factors,      SessionStep::Upskilling,
    SessionStep::Strategies,  SessionStep::FocusAndPlan, SessionStep::Ready,
    SessionStep::Acknowledge, SessionStep::Explore,      SessionStep::Plan,
    SessionStep::Support,     SessionStep::WrapUp,
};

[[nodiscard]] bool isMeetingStep(SessionStep step);
[[nodiscard]] QString stepTitle(SessionStep step);

// Everything the session window shows, read once from the store.
struct SessionSnapshot {
    Session session;
    Person salesperson;
    std::optional<Person> manager;
    SessionPartCounts counts;
    SessionPrep prep;
    MeetingRecord meeting;
    std::vector<Action> actionsCreated;
    std::vector<Skill> skills; // the whole catalogue, retired skills included
    // Last time: the previous session, the actions looked back on and their reviews here.
    std::optional<Session> previous;
    std::vector<Action> actionsReviewed; // reviewed here, then the previous plan's others
    std::vector<ActionReview> reviews;
    std::vector<Strategy> previousStrategies; // kept and created ones
    std::string previousFocus;
};

// Throws StorageError when the session cannot be read (for example, it was deleted).
[[nodiscard]] SessionSnapshot loadSessionSnapshot(DataStore &store, Id sessionId);

// What the step list shows beside the step: a count, a check mark, or "empty".
struct StepStatus {
    QString text;
    bool empty = true;
};
[[nodiscard]] StepStatus stepStatus(const SessionSnapshot &snapshot, SessionStep step);

// The read-only page of a step, as HTML for a QTextBrowser.
[[nodiscard]] QString stepPageHtml(const SessionSnapshot &snapshot, SessionStep step);

} // namespace reins::gui
