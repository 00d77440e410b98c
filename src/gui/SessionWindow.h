#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "gui/SessionSteps.h"
#include "reins/Domain.h"

#include <memory>
#endif

#include <QWidget>

namespace Ui {
class SessionWindow;
}

namespace reins {
class DataStore;
}

class QTreeWidget;
class QTreeWidgetItem;

namespace reins::gui {

// One session in a window of its own: a header, the steps of the session with what each
// holds so far, and a read-only page for the selected step.
class SessionWindow final : public QWidget {
    Q_OBJECT

public:
    // Reads the session from the store; throws StorageError when it cannot. The store must
    // outlive the window.
    SessionWindow(DataStore &store, Id sessionId, QWidget *parent = nullptr);
    ~SessionWindow() override;

    [[nodiscard]] Id sessionId() const { return m_sessionId; }
    [[nodiscard]] SessionStep currentStep() const;
    void showStep(SessionStep step);
    // Moves to the next (or previous) step, wrapping at the ends.
    void moveStep(int delta);

    // The step list, for tests that read it like a person would.
    [[nodiscard]] QTreeWidget *stepList() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fillHeader();
    void fillSteps();
    void showCurrentStepPage();
    [[nodiscard]] QTreeWidgetItem *itemFor(SessionStep step) const;

    std::unique_ptr<Ui::SessionWindow> m_ui;
    DataStore &m_store;
    Id m_sessionId;
    SessionSnapshot m_snapshot;
};

} // namespace reins::gui
