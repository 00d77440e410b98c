#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <vector>
#endif

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QMenu;

namespace reins::gui {

class ActionsBoard;
class CompareWindow;
class MainWindow;
class SearchWindow;
class TrendsWindow;

// The Review menu of the main window: compare sessions side by side, a salesperson's
// trends, the open actions board and full-text search, plus the manager's view switch that
// decides whether private notes are searched. It also lets the sessions table select
// several rows and adds a Compare button and context menu to it.
class ReviewMenu final : public QObject {
    Q_OBJECT

public:
    // `sessionView` is the main window's sessions table (a SessionTableModel);
    // `sessionToolbar` the row of buttons above it, which gets a Compare button.
    ReviewMenu(MainWindow *window, QAbstractItemView *sessionView, QWidget *sessionToolbar);
    ~ReviewMenu() override;

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QAction *compareSelectedAction() const { return m_compareSelected; }
    [[nodiscard]] QAction *compareChooserAction() const { return m_compareChooser; }
    [[nodiscard]] QAction *trendsAction() const { return m_trends; }
    [[nodiscard]] QAction *actionsBoardAction() const { return m_actionsBoard; }
    [[nodiscard]] QAction *searchAction() const { return m_search; }
    [[nodiscard]] QAction *managersViewAction() const { return m_managersView; }

    // The windows opened last (nullptr when closed).
    [[nodiscard]] CompareWindow *compareWindow() const;
    [[nodiscard]] TrendsWindow *trendsWindow() const;
    [[nodiscard]] ActionsBoard *actionsBoard() const;
    [[nodiscard]] SearchWindow *searchWindow() const;

    // The sessions selected in the sessions table, in table order.
    [[nodiscard]] std::vector<Id> selectedSessionIds() const;
    // Opens a comparison of the sessions; fewer than 2 or more than 4 get a message.
    CompareWindow *compare(const std::vector<Id> &sessionIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void compareSelected();
    void chooseAndCompare();
    void showTrends();
    void showActionsBoard();
    void showSearch();
    void openSessionAt(Id sessionId, int step);
    void showContextMenu(const QPoint &position);

    MainWindow *m_window;
    QAbstractItemView *m_sessionView;
    QMenu *m_menu = nullptr;
    QAction *m_compareSelected = nullptr;
    QAction *m_compareChooser = nullptr;
    QAction *m_trends = nullptr;
    QAction *m_actionsBoard = nullptr;
    QAction *m_search = nullptr;
    QAction *m_managersView = nullptr;
    QPointer<CompareWindow> m_compareWindow;
    QPointer<TrendsWindow> m_trendsWindow;
    QPointer<ActionsBoard> m_board;
    QPointer<SearchWindow> m_searchWindow;
};

} // namespace reins::gui
