#include "gui/HelpMenu.h"

#include "gui/HelpWindow.h"
#include "gui/MainWindow.h"
#include "gui/SessionDocument.h"
#include "gui/SessionWindow.h"
#include "reins/Errors.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>

#include <algorithm>
#include <memory>

namespace reins::gui {

namespace {

QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

HelpMenu::HelpMenu(MainWindow &window, QMenu *helpMenu, QAction *about)
    : QObject(&window)
    , m_window(window)
    , m_userGuide(new QAction(tr("&User guide"), this))
    , m_shortcuts(new QAction(tr("&Keyboard shortcuts"), this))
{
    m_userGuide->setShortcuts(QKeySequence::HelpContents);
    m_userGuide->setStatusTip(tr("Read how to prepare, lead and review a session in Reins"));
    m_shortcuts->setStatusTip(tr("List every key Reins answers to"));
    connect(m_userGuide, &QAction::triggered, this, [this] { showUserGuide(); });
    connect(m_shortcuts, &QAction::triggered, this, [this] { showShortcuts(); });

    QAction *before = helpMenu->actions().contains(about) ? about : nullptr;
    helpMenu->insertActions(before, {m_userGuide, m_shortcuts});
    if (before)
        helpMenu->insertSeparator(before);
}

HelpMenu::~HelpMenu()
{
    // Top-level windows of their own: they go with the main window.
    delete m_helpWindow.data();
    delete m_shortcutsDialog.data();
}

HelpWindow *HelpMenu::helpWindow() const
{
    return m_helpWindow;
}

HelpWindow *HelpMenu::showUserGuide()
{
    if (!m_helpWindow) {
        m_helpWindow = new HelpWindow;
        m_helpWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_helpWindow->show();
    m_helpWindow->setWindowState(m_helpWindow->windowState() & ~Qt::WindowMinimized);
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
    return m_helpWindow;
}

ShortcutsDialog *HelpMenu::showShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(&m_window);
    // Read afresh each time: the keys are whatever the actions have now.
    m_shortcutsDialog->setRows(allShortcuts());
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
    return m_shortcutsDialog;
}

std::vector<ShortcutRow> HelpMenu::allShortcuts() const
{
    const QString mainWhere = tr("Main window");
    const QString sessionWhere = tr("Session window");
    const QString insideWhere = tr("In a table or list");
    const QString helpWhere = tr("User guide");
    const QString everywhere = tr("Everywhere");

    std::vector<ShortcutRow> rows = shortcutRowsOf(m_window, mainWhere, insideWhere);
    rows.push_back({mainWhere, tr("Open the selected session"),
                    tr("%1, or a double-click").arg(keyText(QKeySequence(Qt::Key_Return)))});

    SessionWindow *sessionWindow = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *open = qobject_cast<SessionWindow *>(widget); open && open->isVisible()) {
            sessionWindow = open;
            break;
        }
    }
    // A window that is never shown, with the commands the main window gives every session
    // window: the list then holds exactly the keys an opened session would have.
    std::unique_ptr<SessionWindow> unshown;
    if (!sessionWindow) {
        if (const auto session = m_window.selectedSession()) {
            try {
                unshown = std::make_unique<SessionWindow>(m_window.store(), session->id);
                m_window.addSessionCommands(unshown.get());
                sessionWindow = unshown.get();
            } catch (const StorageError &) {
                // Without a readable session its keys are simply not listed.
            }
        }
    }
    if (sessionWindow) {
        auto sessionRows = shortcutRowsOf(*sessionWindow, sessionWhere, insideWhere);
        rows.insert(rows.end(), sessionRows.begin(), sessionRows.end());
    } else {
        rows.push_back(
            {sessionWhere, tr("Select a session in the main window to list these keys"), {}});
    }
    if (unshown) {
        // Built only to read its keys: a new draft's Results page prefills as it is built,
        // and that must not reach the store unseen.
        unshown->document().discardUnsavedChanges();
        unshown.reset();
    }

    if (m_helpWindow) {
        auto helpRows = shortcutRowsOf(*m_helpWindow, helpWhere, insideWhere);
        rows.insert(rows.end(), helpRows.begin(), helpRows.end());
    } else {
        HelpWindow guide;
        auto helpRows = shortcutRowsOf(guide, helpWhere, insideWhere);
        rows.insert(rows.end(), helpRows.begin(), helpRows.end());
    }

    // Keys that live inside a table or list until it is first shown, and the keys of Qt
    // itself that no action carries.
    const std::vector<ShortcutRow> documented{
        {insideWhere, tr("Remove row"), keyText(QKeySequence::Delete)},
        {insideWhere, tr("Move row up"), keyText(QKeySequence(Qt::CTRL | Qt::Key_Up))},
        {insideWhere, tr("Move row down"), keyText(QKeySequence(Qt::CTRL | Qt::Key_Down))},
        {insideWhere, tr("Remove note"), keyText(QKeySequence::Delete)},
        {everywhere, tr("Next field"), keyText(QKeySequence(Qt::Key_Tab))},
        {everywhere, tr("Previous field"), keyText(QKeySequence(Qt::SHIFT | Qt::Key_Tab))},
        {everywhere, tr("Menu or button by its underlined letter"), tr("Alt and the letter")},
        {everywhere, tr("Close a dialog without changes"), keyText(QKeySequence(Qt::Key_Escape))},
    };
    for (const ShortcutRow &row : documented) {
        const bool listed = std::any_of(rows.begin(), rows.end(), [&](const ShortcutRow &other) {
            return other.where == row.where && other.command == row.command;
        });
        if (!listed)
            rows.push_back(row);
    }

    const QStringList order{mainWhere, sessionWhere, insideWhere, helpWhere, everywhere};
    std::stable_sort(rows.begin(), rows.end(), [&](const ShortcutRow &a, const ShortcutRow &b) {
        return order.indexOf(a.where) < order.indexOf(b.where);
    });
    return rows;
}

} // namespace reins::gui
