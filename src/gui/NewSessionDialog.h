#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <optional>
#include <vector>
#endif

#include <QDialog>

namespace Ui {
class NewSessionDialog;
}

namespace reins::gui {

struct PeriodSuggestion {
    Date start{};
    Date end{};
};

// The period a new session most likely reviews. Without an earlier session: the last full
// period before the meeting (the previous calendar month, or the 7 or 14 days before it).
// After an earlier session: from the day after its period, up to the end of the last full
// period before the meeting (or one cadence long when that is already past).
[[nodiscard]] PeriodSuggestion suggestPeriod(Cadence cadence, Date meetingDate,
                                             const std::optional<Session> &previous);

// The meeting date a new session most likely has: today, or one cadence after the latest
// session when that one is already planned for today or later.
[[nodiscard]] Date suggestMeetingDate(Date today, const std::optional<Session> &latest);

// Creates a session for one salesperson: meeting date, cadence, the period it reviews and
// the manager, each defaulting from the salesperson's previous session.
class NewSessionDialog final : public QDialog {
    Q_OBJECT

public:
    // `sessions` are the salesperson's stored sessions (any order); `managers` everyone who
    // can run the meeting.
    NewSessionDialog(Person salesperson, std::vector<Person> managers,
                     std::vector<Session> sessions, Date today, QWidget *parent = nullptr);
    ~NewSessionDialog() override;

    // The session as entered, stage Draft, not stored yet.
    [[nodiscard]] Session session() const;

private:
    [[nodiscard]] std::optional<Session> previousSessionFor(Date meetingDate) const;
    void suggestPeriodIfUntouched();
    void validate();

    std::unique_ptr<Ui::NewSessionDialog> m_ui;
    Person m_salesperson;
    std::vector<Session> m_sessions;
    bool m_periodEditedByHand = false;
    bool m_suggesting = false;
};

} // namespace reins::gui
