#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QFrame>

namespace Ui {
class MeetingTimerBar;
}

class QLabel;
class QPushButton;

namespace reins::gui {

class MeetingBalanceMeter;
class MeetingController;

// The coaching balance while the meeting runs: start and pause, the time in each stage and
// in all, the share on solutions against the 90% goal, and a gentle hint when the problem
// takes too much of it. Also carries the "salesperson at the keyboard" switch.
class MeetingTimerBar final : public QFrame {
    Q_OBJECT

public:
    explicit MeetingTimerBar(MeetingController &meeting, QWidget *parent = nullptr);
    ~MeetingTimerBar() override;

    [[nodiscard]] QPushButton *startButton() const;
    [[nodiscard]] MeetingBalanceMeter *meter() const;
    // What the bar says, for tests that read it like a person would.
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] QString hintText() const;
    [[nodiscard]] QString messageText() const;
    // "Acknowledge 2:10", per stage in order, then "Total 3:15".
    [[nodiscard]] QStringList timesShown() const;

    // Shows a message in the bar (an empty one hides it).
    void showMessage(const QString &message);
    // A window that carries the "salesperson at the keyboard" switch itself hides the bar's.
    void setKeyboardSwitchVisible(bool visible);

private:
    void startOrPause();
    void refresh();

    std::unique_ptr<Ui::MeetingTimerBar> m_ui;
    MeetingController &m_meeting;
};

} // namespace reins::gui
