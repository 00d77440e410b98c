#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"
#endif

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace reins::gui {

class MainWindow;
class SessionWindow;

// Puts a session into any calendar application as an all-day .ics event: from the main
// window, the selected salesperson's next session; from a session window, that session.
class CalendarExport final : public QObject {
    Q_OBJECT

public:
    // Adds "Add next session to calendar…" to `fileMenu`, right after `after` (or at the
    // end when it is not in the menu).
    CalendarExport(MainWindow &window, QMenu *fileMenu, QAction *after);
    ~CalendarExport() override;

    [[nodiscard]] QAction *nextSessionAction() const { return m_nextSession; }

    // Gives a session window "Export to calendar…" in its menu.
    void addTo(SessionWindow *window, QMenu *sessionMenu);

    // Asks where to save and writes the session's event; says what went wrong when it
    // could not. Returns the file written, or an empty string.
    QString exportSession(Id sessionId, QWidget *parent);
    // The selected salesperson's next session that is not closed, from today on.
    QString exportNextSessionOfSelected();

private:
    void updateAction();

    MainWindow &m_window;
    QAction *m_nextSession = nullptr;
};

} // namespace reins::gui
