#include "gui/SalesImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace reins::gui {

void SalesImportPreviewModel::setContent(QStringList header, QList<Row> rows)
{
    beginResetModel();
    m_header = std::move(header);
    m_rows = std::move(rows);
    m_columns = static_cast<int>(m_header.size());
    for (const Row &row : m_rows)
        m_columns = std::max(m_columns, static_cast<int>(row.fields.size()));
    m_fields.clear();
    m_cellProblems.clear();
    endResetModel();
}

void SalesImportPreviewModel::setColumnFields(QStringList fields)
{
    if (fields == m_fields)
        return;
    m_fields = std::move(fields);
    if (m_columns > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1),
                             {Qt::ForegroundRole});
    }
}

void SalesImportPreviewModel::setCellProblems(CellProblems problems)
{
    if (problems == m_cellProblems)
        return;
    m_cellProblems = std::move(problems);
    if (!m_rows.isEmpty() && m_columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

int SalesImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SalesImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool SalesImportPreviewModel::isMapped(int column) const
{
    return column < m_fields.size() && !m_fields.at(column).isEmpty();
}

QString SalesImportPreviewModel::columnName(int column) const
{
    if (column < m_header.size() && !m_header.at(column).trimmed().isEmpty())
        return m_header.at(column);
    return tr("Column %1").arg(column + 1);
}

QVariant SalesImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool mismatched = row.fields.size() != m_header.size();
    const auto cellProblem = m_cellProblems.constFind({index.row(), index.column()});
    const bool unreadable = !mismatched && cellProblem != m_cellProblems.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.fields.size() ? row.fields.at(index.column()) : QString();
    case Qt::ToolTipRole:
        if (mismatched)
            return tr("Line %1 has %2 fields but the header has %3.")
                .arg(row.line)
                .arg(row.fields.size())
                .arg(m_header.size());
        if (unreadable)
            return *cellProblem;
        return {};
    case Qt::BackgroundRole:
        if (mismatched)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (unreadable)
            return QBrush(QColor(0xfe, 0xf3, 0xc7));
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light warning backgrounds, in any theme.
        if (mismatched)
            return QBrush(QColor(0x7f, 0x1d, 0x1d));
        if (unreadable)
            return QBrush(QColor(0x78, 0x35, 0x0f));
        // Columns that are not imported recede; the ones that are stand out.
        if (!isMapped(index.column()))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant SalesImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_rows.at(section).line;
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(m_rows.at(section).line);
        return {};
    }
    if (section < 0 || section >= m_columns)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (isMapped(section))
            return tr("%1\n→ %2").arg(columnName(section), m_fields.at(section));
        return columnName(section) + QLatin1Char('\n');
    case Qt::ToolTipRole:
        if (isMapped(section))
            return tr("Imported as %1").arg(m_fields.at(section));
        return tr("Not imported");
    case Qt::FontRole:
        if (isMapped(section)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace reins::gui
