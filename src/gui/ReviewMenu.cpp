#include "gui/ReviewMenu.h"

#include "gui/ActionsBoard.h"
#include "gui/CompareChooserDialog.h"
#include "gui/CompareWindow.h"
#include "gui/MainWindow.h"
#include "gui/Preferences.h"
#include "gui/QtConvert.h"
#include "gui/SearchWindow.h"
#include "gui/SessionSteps.h"
#include "gui/SessionTableModel.h"
#include "gui/SessionWindow.h"
#include "gui/TrendsWindow.h"
#include "reins/Errors.h"

#include <QAbstractItemView>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolButton>

#include <algorithm>

namespace reins::gui {

namespace {

// Shows a window that may be behind others or minimised.
void bringForward(QWidget *window)
{
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}

} // namespace

ReviewMenu::ReviewMenu(MainWindow *window, QAbstractItemView *sessionView, QWidget *sessionToolbar)
    : QObject(window)
    , m_window(window)
    , m_sessionView(sessionView)
{
    m_menu = new QMenu(tr("&Review"), window);
    m_compareSelected = m_menu->addAction(tr("&Compare selected sessions"));
    m_compareSelected->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_compareSelected->setStatusTip(
        tr("Put the 2 to 4 sessions selected in the list side by side"));
    m_compareSelected->setIcon(QIcon::fromTheme(QStringLiteral("view-split-left-right")));
    m_compareChooser = m_menu->addAction(tr("Compare &sessions\u2026"));
    m_compareChooser->setStatusTip(
        tr("Choose 2 to 4 sessions of one salesperson or of several to put side by side"));
    m_menu->addSeparator();
    m_trends = m_menu->addAction(tr("&Trends"));
    m_trends->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_trends->setStatusTip(tr("The selected salesperson's results, self-audit, actions and "
                              "coaching balance over time"));
    m_actionsBoard = m_menu->addAction(tr("Open &actions"));
    m_actionsBoard->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_actionsBoard->setStatusTip(tr("Every open action across sessions, overdue first"));
    m_search = m_menu->addAction(tr("Sea&rch\u2026"));
    m_search->setShortcut(QKeySequence(tr("Ctrl+F")));
    m_search->setStatusTip(tr("Search everything written in sessions"));
    m_menu->addSeparator();
    m_managersView = m_menu->addAction(tr("&Manager's view (show private notes)"));
    m_managersView->setCheckable(true);
    m_managersView->setChecked(loadPreferences().role == Role::Manager);
    m_managersView->setStatusTip(tr("Search the manager's private notes too"));

    // Before the Help menu, which stays last.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_menu);

    // Several sessions can be selected for comparing.
    m_sessionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sessionView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sessionView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { showContextMenu(position); });
    if (auto *layout = qobject_cast<QBoxLayout *>(sessionToolbar->layout())) {
        auto *button = new QToolButton(sessionToolbar);
        button->setDefaultAction(m_compareSelected);
        button->setText(tr("Compare"));
        button->setToolTip(
            tr("Compare the selected sessions (%1)")
                .arg(m_compareSelected->shortcut().toString(QKeySequence::NativeText)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        // After the session buttons, before the stretch that ends the row.
        int at = layout->count();
        for (int i = 0; i < layout->count(); ++i) {
            if (layout->itemAt(i)->spacerItem()) {
                at = i;
                break;
            }
        }
        layout->insertWidget(at, button);
        // Tab reaches it with the session buttons, not after everything else in the window.
        if (QWidget *previous = at > 0 ? layout->itemAt(at - 1)->widget() : nullptr)
            QWidget::setTabOrder(previous, button);
    }

    connect(m_compareSelected, &QAction::triggered, this, [this] { compareSelected(); });
    connect(m_compareChooser, &QAction::triggered, this, [this] { chooseAndCompare(); });
    connect(m_trends, &QAction::triggered, this, [this] { showTrends(); });
    connect(m_actionsBoard, &QAction::triggered, this, [this] { showActionsBoard(); });
    connect(m_search, &QAction::triggered, this, [this] { showSearch(); });
    connect(m_managersView, &QAction::toggled, this, [this](bool on) {
        if (m_searchWindow)
            m_searchWindow->setManagersView(on);
    });
    // A change of this machine's role in the preferences switches the view at once; other
    // preferences leave the view as the person set it.
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::changed, this,
            [this, role = loadPreferences().role]() mutable {
                const Role now = loadPreferences().role;
                if (now == role)
                    return;
                role = now;
                m_managersView->setChecked(now == Role::Manager);
            });
    window->installEventFilter(this);
}

ReviewMenu::~ReviewMenu() = default;

CompareWindow *ReviewMenu::compareWindow() const
{
    return m_compareWindow;
}

TrendsWindow *ReviewMenu::trendsWindow() const
{
    return m_trendsWindow;
}

ActionsBoard *ReviewMenu::actionsBoard() const
{
    return m_board;
}

SearchWindow *ReviewMenu::searchWindow() const
{
    return m_searchWindow;
}

bool ReviewMenu::eventFilter(QObject *watched, QEvent *event)
{
    // The review windows close with the main window, so that the application quits.
    if (watched == m_window && event->type() == QEvent::Close) {
        for (QWidget *open : std::initializer_list<QWidget *>{m_compareWindow, m_trendsWindow,
                                                              m_board, m_searchWindow}) {
            if (open)
                open->close();
        }
        for (auto *compare : m_window->findChildren<CompareWindow *>())
            compare->close();
    }
    return QObject::eventFilter(watched, event);
}

std::vector<Id> ReviewMenu::selectedSessionIds() const
{
    QModelIndexList rows = m_sessionView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<Id> ids;
    for (const QModelIndex &row : rows)
        ids.push_back(row.data(SessionTableModel::SessionIdRole).toLongLong());
    return ids;
}

CompareWindow *ReviewMenu::compare(const std::vector<Id> &sessionIds)
{
    const auto count = static_cast<int>(sessionIds.size());
    if (count < CompareWindow::minimumSessions || count > CompareWindow::maximumSessions) {
        QMessageBox::information(
            m_window, tr("Compare sessions"),
            count < CompareWindow::minimumSessions
                ? tr("Select at least two sessions to compare: hold Ctrl (or Shift) and click "
                     "them in the list, or use Review \u2192 Compare sessions\u2026 to pick "
                     "sessions of several salespeople.")
                : tr("%1 sessions are selected; at most %2 fit side by side. Select fewer "
                     "sessions.")
                      .arg(count)
                      .arg(CompareWindow::maximumSessions));
        return nullptr;
    }
    CompareWindow *window = nullptr;
    try {
        window = new CompareWindow(m_window->store(), sessionIds, m_window);
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Could not compare the sessions"),
                             toQString(error.what()));
        return nullptr;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_compareWindow = window;
    bringForward(window);
    return window;
}

void ReviewMenu::compareSelected()
{
    compare(selectedSessionIds());
}

void ReviewMenu::chooseAndCompare()
{
    const auto person = m_window->selectedPerson();
    std::optional<CompareChooserDialog> dialog;
    try {
        dialog.emplace(m_window->store(), person ? std::optional<Id>(person->id) : std::nullopt,
                       selectedSessionIds(), m_window);
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Could not read the sessions"), toQString(error.what()));
        return;
    }
    if (dialog->exec() == QDialog::Accepted)
        compare(dialog->sessionIds());
}

void ReviewMenu::showTrends()
{
    if (!m_trendsWindow) {
        m_trendsWindow = new TrendsWindow(m_window->store(), m_window);
        m_trendsWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    std::optional<Id> salesperson;
    if (const auto person = m_window->selectedPerson(); person && person->role == Role::Salesperson)
        salesperson = person->id;
    else if (m_trendsWindow->salespersonCombo()->count() > 0 && !m_trendsWindow->salespersonId())
        salesperson = m_trendsWindow->salespersonCombo()->itemData(0).toLongLong();
    if (salesperson)
        m_trendsWindow->showSalesperson(*salesperson);
    else if (!m_trendsWindow->salespersonId())
        m_trendsWindow->showSalesperson(0); // nobody: the empty state
    bringForward(m_trendsWindow);
}

void ReviewMenu::showActionsBoard()
{
    if (!m_board) {
        m_board = new ActionsBoard(m_window->store(), todayUtc(), m_window);
        m_board->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_board, &ActionsBoard::openSessionRequested, this, [this](qint64 sessionId) {
            openSessionAt(sessionId, static_cast<int>(SessionStep::FocusAndPlan));
        });
    } else {
        m_board->reload();
    }
    bringForward(m_board);
}

void ReviewMenu::showSearch()
{
    if (!m_searchWindow) {
        m_searchWindow = new SearchWindow(m_window->store(), m_managersView->isChecked(), m_window);
        m_searchWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_searchWindow, &SearchWindow::openHitRequested, this,
                [this](qint64 sessionId, int step) { openSessionAt(sessionId, step); });
    } else {
        m_searchWindow->setManagersView(m_managersView->isChecked());
        m_searchWindow->searchNow(); // sessions may have changed since
    }
    bringForward(m_searchWindow);
    m_searchWindow->searchField()->setFocus();
    m_searchWindow->searchField()->selectAll();
}

void ReviewMenu::openSessionAt(Id sessionId, int step)
{
    SessionWindow *window = m_window->openSession(sessionId);
    if (window && step >= 0 && step < static_cast<int>(allSessionSteps.size()))
        window->showStep(static_cast<SessionStep>(step));
}

void ReviewMenu::showContextMenu(const QPoint &position)
{
    QMenu menu(m_sessionView);
    menu.addAction(m_window->action(MainWindow::Command::OpenSession));
    menu.addAction(m_compareSelected);
    menu.addSeparator();
    menu.addAction(m_trends);
    menu.exec(m_sessionView->viewport()->mapToGlobal(position));
}

} // namespace reins::gui
