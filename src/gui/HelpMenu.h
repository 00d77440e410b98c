#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "gui/ShortcutsDialog.h"

#include <vector>
#endif

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace reins::gui {

class HelpWindow;
class MainWindow;

// The Help menu's guide and key list, placed before About: the user guide (F1) in a
// window of its own, and a table of every keyboard shortcut of the main and session
// windows, read from their actions.
class HelpMenu final : public QObject {
    Q_OBJECT

public:
    HelpMenu(MainWindow &window, QMenu *helpMenu, QAction *about);
    ~HelpMenu() override;

    [[nodiscard]] QAction *userGuideAction() const { return m_userGuide; }
    [[nodiscard]] QAction *shortcutsAction() const { return m_shortcuts; }

    // Opens the guide, or brings the open one to the front.
    HelpWindow *showUserGuide();
    ShortcutsDialog *showShortcuts();
    [[nodiscard]] HelpWindow *helpWindow() const;

    // Every shortcut as the dialog lists it. The session window's keys come from an open
    // session window, or from one made for the selected session and never shown.
    [[nodiscard]] std::vector<ShortcutRow> allShortcuts() const;

private:
    MainWindow &m_window;
    QAction *m_userGuide = nullptr;
    QAction *m_shortcuts = nullptr;
    QPointer<HelpWindow> m_helpWindow;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace reins::gui
