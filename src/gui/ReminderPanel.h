#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Repositories.h"

#include <memory>
#include <vector>
#endif

#include <QFrame>

namespace Ui {
class ReminderPanel;
}

class QAbstractButton;

namespace reins::gui {

class MainWindow;

// A calm banner at the top of the main window, shown once Reins is up: the sessions of
// the coming two weeks whose preparation is still a draft, each with what is missing and
// an Open button. "Don't remind me today" keeps it away until tomorrow, across restarts.
class ReminderPanel final : public QFrame {
    Q_OBJECT

public:
    // Days ahead the reminders look, today included.
    static constexpr int daysAhead = 14;
    // At most this many sessions are listed; a line says when there are more.
    static constexpr int listedAtMost = 40;

    // Places itself above the main window's pages, hidden until check() finds something.
    explicit ReminderPanel(MainWindow &window);
    ~ReminderPanel() override;

    // Checks right after the main window's first paint, so the window is there before the
    // database is asked anything.
    void checkSoon();
    // Reads the drafts meeting from `today` on and shows them, unless they were dismissed
    // for `today`. Without a date, the local calendar's today.
    void check();
    void check(Date today);
    // Reads again after a listed session changed or went, for the day last checked or,
    // when Reins has been running past midnight, for the new day.
    void refresh();

    // The sessions listed, soonest first.
    [[nodiscard]] const std::vector<UpcomingSession> &sessions() const { return m_sessions; }
    [[nodiscard]] bool lists(Id sessionId) const;
    [[nodiscard]] QAbstractButton *openButtonFor(Id sessionId) const;
    [[nodiscard]] QAbstractButton *dismissTodayButton() const;
    [[nodiscard]] QString missingTextFor(Id sessionId) const;

    // Hides the reminders until the day after `today`, across restarts.
    void dismissFor(Date today);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearRows();
    void addRow(int row, const UpcomingSession &upcoming, const QString &missing, Date today);
    [[nodiscard]] QString whatIsMissing(const Session &session, int skillsOnOffer) const;

    std::unique_ptr<Ui::ReminderPanel> m_ui;
    MainWindow &m_window;
    std::vector<UpcomingSession> m_sessions;
    std::vector<QString> m_missing;
    std::vector<QAbstractButton *> m_openButtons;
    Date m_today{};
};

} // namespace reins::gui
