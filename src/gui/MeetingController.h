#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Coaching.h"

#include <optional>
#include <vector>
#endif

#include <QObject>
#include <QString>

class QAction;
class QTimer;

namespace reins::gui {

class SessionDocument;

// The clock meetings are timed with in the app.
[[nodiscard]] const Clock &steadyClock();

// Makes the meeting icons available (reins_gui is a static library).
void initMeetingResources();

// What every page of one meeting shares: the meeting timer and the coaching balance, the
// stage of the session as the meeting moves it, the question bank, and the "salesperson at
// the keyboard" switch. The document must outlive it.
class MeetingController final : public QObject {
    Q_OBJECT

public:
    // `clock` times the meeting: steadyClock() in the app, a ManualClock in tests.
    MeetingController(SessionDocument &document, const Clock &clock, QObject *parent = nullptr);
    ~MeetingController() override;

    [[nodiscard]] SessionDocument &document() const { return m_document; }
    // The salesperson whose session this is, by name, as the pages address them.
    [[nodiscard]] const QString &salespersonName() const { return m_salespersonName; }

    // ------------------------------------------------ private notes
    // While the salesperson is at the keyboard no private note is on screen, and none can
    // be added.
    [[nodiscard]] bool salespersonAtKeyboard() const;
    void setSalespersonAtKeyboard(bool on);
    // The checkable switch (Ctrl+Shift+P), for menus, tool buttons and window shortcuts.
    [[nodiscard]] QAction *salespersonAtKeyboardAction() const { return m_keyboardAction; }

    // ------------------------------------------------ questions
    [[nodiscard]] const QuestionBank &questionBank() const { return m_questions; }
    // Uses `bank` from now on and keeps it in the settings.
    void setQuestionBank(const QuestionBank &bank);

    // ------------------------------------------------ timing
    [[nodiscard]] bool isTimerRunning() const { return m_timer.isRunning(); }
    // The stage the manager has on screen; the running timer counts time against it.
    [[nodiscard]] MeetingStage shownStage() const { return m_shownStage; }
    void showStage(MeetingStage stage);
    // Seconds per stage so far, the running stretch included.
    [[nodiscard]] std::vector<StageTime> stageTimes() const { return m_timer.times(); }
    [[nodiscard]] std::int64_t secondsIn(MeetingStage stage) const;
    [[nodiscard]] std::int64_t totalSeconds() const;
    [[nodiscard]] CoachingBalance balance() const { return balanceOf(m_timer.times()); }

    // The start button: a Ready session moves to In meeting and the timer starts; a paused
    // meeting resumes. Returns why not, as a sentence, when the session's stage refuses it.
    [[nodiscard]] std::optional<QString> startMeeting();
    void pauseTimer();
    // Ends the meeting: pauses the timer and moves the session to Closed. Returns why not
    // when the session's stage refuses it. Closing is a commit point: it cannot be undone.
    [[nodiscard]] std::optional<QString> closeSession();

    // Reads the clock again; the display timer calls it every second while the meeting runs.
    void tick();

signals:
    void salespersonAtKeyboardChanged(bool on);
    void questionBankChanged();
    // The running state, the stage timed or the time in it changed.
    void timerChanged();

private:
    void writeStageTimes();
    void followSessionStage();

    SessionDocument &m_document;
    const Clock &m_clock;
    MeetingTimer m_timer;
    MeetingStage m_shownStage = MeetingStage::Acknowledge;
    QuestionBank m_questions;
    QString m_salespersonName;
    QAction *m_keyboardAction = nullptr;
    QTimer *m_ticker = nullptr;
    Clock::TimePoint m_lastWritten{};
};

} // namespace reins::gui
