#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <optional>
#endif

#include <QWidget>

namespace Ui {
class ActionsBoard;
}

namespace reins {
class DataStore;
}

class QComboBox;
class QTableView;

namespace reins::gui {

class ActionsBoardModel;

// Every open action across sessions, for one salesperson or the whole team, filtered by
// owner (the salesperson's own or the manager's commitments), overdue ones first.
class ActionsBoard final : public QWidget {
    Q_OBJECT

public:
    // The store must outlive the board; `today` decides what is overdue.
    ActionsBoard(DataStore &store, Date today, QWidget *parent = nullptr);
    ~ActionsBoard() override;

    // Reads the open actions again, keeping the filters.
    void reload();
    // Shows one salesperson's actions, or the whole team's with nullopt.
    void showSalesperson(std::optional<Id> salespersonId);

    [[nodiscard]] ActionsBoardModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const;
    [[nodiscard]] QComboBox *salespersonCombo() const;
    [[nodiscard]] QComboBox *ownerCombo() const;

signals:
    // A double-click (or Enter) on an action: open the session that planned it.
    void openSessionRequested(qint64 sessionId);

private:
    void applyFilters();
    void updateCount();

    std::unique_ptr<Ui::ActionsBoard> m_ui;
    DataStore &m_store;
    Date m_today;
    ActionsBoardModel *m_model = nullptr;
};

} // namespace reins::gui
