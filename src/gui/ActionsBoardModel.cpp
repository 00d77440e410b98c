#include "gui/ActionsBoardModel.h"

#include "gui/QtConvert.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace reins::gui {

ActionsBoardModel::ActionsBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionsBoardModel::setRows(std::vector<OpenActionRow> rows, Date today)
{
    m_all = std::move(rows);
    m_today = today;
    refilter();
}

void ActionsBoardModel::setSalespersonFilter(std::optional<Id> salespersonId)
{
    m_salesperson = salespersonId;
    refilter();
}

void ActionsBoardModel::setOwnerFilter(OwnerFilter owner)
{
    m_owner = owner;
    refilter();
}

bool ActionsBoardModel::isOverdue(const OpenActionRow &row) const
{
    return row.action.dueDate && *row.action.dueDate < m_today;
}

int ActionsBoardModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_shown.begin(), m_shown.end(),
                                          [this](const auto &row) { return isOverdue(row); }));
}

void ActionsBoardModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const OpenActionRow &row : m_all) {
        if (m_salesperson && row.action.salespersonId != *m_salesperson)
            continue;
        if (m_owner == OwnerFilter::Salesperson && row.action.owner != ActionOwner::Salesperson)
            continue;
        if (m_owner == OwnerFilter::Manager && row.action.owner != ActionOwner::Manager)
            continue;
        m_shown.push_back(row);
    }
    // Overdue first, then by due date, the undated last; the oldest plan first among equals.
    std::stable_sort(m_shown.begin(), m_shown.end(), [this](const auto &a, const auto &b) {
        const bool aOverdue = isOverdue(a);
        const bool bOverdue = isOverdue(b);
        if (aOverdue != bOverdue)
            return aOverdue;
        if (a.action.dueDate.has_value() != b.action.dueDate.has_value())
            return a.action.dueDate.has_value();
        if (a.action.dueDate && *a.action.dueDate != *b.action.dueDate)
            return *a.action.dueDate < *b.action.dueDate;
        return a.plannedOn < b.plannedOn;
    });
    endResetModel();
}

const OpenActionRow *ActionsBoardModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return nullptr;
    return &m_shown[static_cast<std::size_t>(index.row())];
}

int ActionsBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ActionsBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsBoardModel::data(const QModelIndex &index, int role) const
{
    const OpenActionRow *row = rowAt(index);
    if (!row)
        return {};
    const Action &action = row->action;
    const bool overdue = isOverdue(*row);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Due:
            if (!action.dueDate)
                return tr("no date");
            if (overdue) {
                const int late = daysBetween(*action.dueDate, m_today);
                const QString due = formatDate(*action.dueDate);
                return tr("%1 (%n day(s) late)", nullptr, late).arg(due);
            }
            return formatDate(*action.dueDate);
        case Description:
            return toQString(action.description);
        case Owner:
            return action.owner == ActionOwner::Manager ? tr("Manager") : tr("Salesperson");
        case Salesperson:
            return toQString(row->salespersonName);
        case PlannedIn:
            return formatDate(row->plannedOn);
        case VitalFew:
            return action.vitalFew ? tr("\u2605 vital few") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Description)
            return toQString(action.description);
        if (overdue)
            return tr("Overdue: it was due on %1.").arg(formatDate(*action.dueDate));
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == Due)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (!action.dueDate && index.column() == Due)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfd, 0xe4, 0xe2))) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == Due) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SessionIdRole:
        return QVariant::fromValue<qint64>(action.originSessionId);
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant ActionsBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Due:
        return tr("Due");
    case Description:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Salesperson:
        return tr("Salesperson");
    case PlannedIn:
        return tr("Planned in session");
    case VitalFew:
        return tr("Vital few");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace reins::gui
