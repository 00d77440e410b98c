#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "gui/SessionSteps.h"
#include "reins/Domain.h"

#include <map>
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class SessionWindow;
}

namespace reins {
class Clock;
class DataStore;
} // namespace reins

class QAction;
class QTreeWidget;
class QTreeWidgetItem;

namespace reins::gui {

class MeetingController;
class MeetingWorkspace;
class SessionDocument;
class SessionSummaryView;

// One session in a window of its own: a header, the steps of the session with what each
// holds so far, and a page for the selected step. The Prepare steps are the salesperson's
// editable pages over one SessionDocument (undo, redo, autosave); the meeting steps are the
// manager's meeting (timer, notes, plan, support, wrap-up) over the same document, and the
// session summary closes the list.
class SessionWindow final : public QWidget {
    Q_OBJECT

public:
    // Reads the session from the store; throws StorageError when it cannot. The store must
    // outlive the window. The meeting is timed with `meetingClock` (a test's ManualClock),
    // or with the steady clock when there is none.
    SessionWindow(DataStore &store, Id sessionId, QWidget *parent = nullptr,
                  const Clock *meetingClock = nullptr);
    ~SessionWindow() override;

    [[nodiscard]] Id sessionId() const { return m_sessionId; }
    [[nodiscard]] SessionDocument &document() const { return *m_document; }
    [[nodiscard]] SessionStep currentStep() const;
    void showStep(SessionStep step);
    // Moves to the next (or previous) step, wrapping at the ends.
    void moveStep(int delta);

    // The editable page of a Prepare step, or nullptr for a meeting step. Pages are built
    // the first time they are shown or asked for: opening a session builds only the first.
    [[nodiscard]] QWidget *pageFor(SessionStep step);
    // The page shown now: an editable page, the meeting, the summary or the read-only view.
    [[nodiscard]] QWidget *currentPage() const;

    [[nodiscard]] MeetingController &meeting() const { return *m_meeting; }
    // Built, like the pages, the first time they are shown or asked for.
    [[nodiscard]] MeetingWorkspace *meetingWorkspace();
    [[nodiscard]] SessionSummaryView *summaryView();
    // Shows the session summary (the last entry of the step list).
    void showSummary();
    [[nodiscard]] bool isSummaryShown() const;

    // The step list, for tests that read it like a person would.
    [[nodiscard]] QTreeWidget *stepList() const;
    // What the bar at the bottom says about saving ("All changes saved").
    [[nodiscard]] QString saveStatusText() const;
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }

signals:
    // The session's changes reached the store.
    void sessionSaved(qint64 sessionId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    [[nodiscard]] QWidget *createPreparePage(SessionStep step);
    [[nodiscard]] QWidget *existingPageFor(SessionStep step) const;
    void createMeeting(const Clock &clock);
    void fillHeader();
    void fillSteps();
    void passOverGroupTitle(QTreeWidgetItem *title, QTreeWidgetItem *previous);
    void refreshStepStatuses();
    void syncSnapshotWithDocument();
    void showCurrentStepPage();
    void showSaveStatus(const QString &text, bool failed);
    [[nodiscard]] QTreeWidgetItem *itemFor(SessionStep step) const;

    std::unique_ptr<Ui::SessionWindow> m_ui;
    DataStore &m_store;
    Id m_sessionId;
    SessionSnapshot m_snapshot;
    SessionDocument *m_document = nullptr;
    std::map<SessionStep, QWidget *> m_pages;
    MeetingController *m_meeting = nullptr;
    MeetingWorkspace *m_workspace = nullptr;
    SessionSummaryView *m_summary = nullptr;
    QTreeWidgetItem *m_summaryItem = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QString m_lastSaveError;
};

// Every open session window saves what it has not saved yet, so exports and backups hold
// what is on screen.
void saveAllOpenSessions();

} // namespace reins::gui
