#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <optional>
#include <string>
#include <vector>
#endif

#include <QAbstractTableModel>

namespace reins::gui {

// One open action on the board, with what the board shows of where it comes from.
struct OpenActionRow {
    Action action;
    std::string salespersonName;
    Date plannedOn{}; // the meeting date of the session whose plan created it
};

// Every open action of the team, filtered by salesperson and owner: overdue ones first
// (by due date), then the ones due later, then the undated.
class ActionsBoardModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Description, Owner, Salesperson, PlannedIn, VitalFew, ColumnCount };
    enum class OwnerFilter { All, Salesperson, Manager };
    enum Roles { SessionIdRole = Qt::UserRole + 1, OverdueRole };

    explicit ActionsBoardModel(QObject *parent = nullptr);

    void setRows(std::vector<OpenActionRow> rows, Date today);
    void setSalespersonFilter(std::optional<Id> salespersonId);
    void setOwnerFilter(OwnerFilter owner);

    [[nodiscard]] const std::vector<OpenActionRow> &shownRows() const { return m_shown; }
    [[nodiscard]] const OpenActionRow *rowAt(const QModelIndex &index) const;
    [[nodiscard]] bool isOverdue(const OpenActionRow &row) const;
    [[nodiscard]] int overdueCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    void refilter();

    std::vector<OpenActionRow> m_all;
    std::vector<OpenActionRow> m_shown;
    Date m_today{};
    std::optional<Id> m_salesperson;
    OwnerFilter m_owner = OwnerFilter::All;
};

} // namespace reins::gui
