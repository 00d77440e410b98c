#include "gui/PartTableModel.h"

#include "gui/PrepParts.h"
#include "gui/QtConvert.h"

#include <QDate>
#include <QLocale>

namespace reins::gui {

namespace {

// "48,250.50", "36.30", "45,000": grouped by the locale, cents only when there are any.
QString amountDisplay(const QString &editText)
{
    const auto amount = amountFromText(editText);
    if (!amount)
        return editText;
    const QLocale locale;
    const bool negative = amount->hundredths < 0;
    const std::int64_t magnitude = negative ? -amount->hundredths : amount->hundredths;
    QString text = locale.toString(static_cast<qlonglong>(magnitude / 100));
    if (const auto cents = static_cast<int>(magnitude % 100); cents != 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

} // namespace

PartTableModel::PartTableModel(SessionDocument &document, PartDefinition definition,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_definition(std::move(definition))
    , m_rows(m_definition.rowCount(document.state()))
{
    connect(&m_document, &SessionDocument::changed, this, &PartTableModel::refresh);
}

void PartTableModel::refresh()
{
    const int rows = m_definition.rowCount(m_document.state());
    if (rows == m_rows) {
        // Same shape: keep selection and the open editor, repaint the values.
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_definition.columns.size());
}

const PartColumn &PartTableModel::column(int column) const
{
    return m_definition.columns.at(static_cast<std::size_t>(column));
}

QVariant PartTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const auto &spec = column(index.column());
    const auto &state = m_document.state();
    switch (role) {
    case Qt::DisplayRole: {
        const auto value = spec.value(state, index.row());
        if (spec.editor == CellEditor::Check)
            return {};
        if (spec.editor == CellEditor::Amount)
            return amountDisplay(value.toString());
        if (spec.editor == CellEditor::OptionalDate) {
            const QDate date = value.toDate();
            return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
        }
        if (spec.editor == CellEditor::Choice) {
            const int choice = value.toInt();
            return choice >= 0 && choice < spec.choices.size() ? spec.choices.at(choice)
                                                               : QVariant();
        }
        return value;
    }
    case Qt::EditRole:
        return spec.value(state, index.row());
    case Qt::TextAlignmentRole:
        if (spec.editor == CellEditor::Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (spec.decoration)
            return spec.decoration(state, index.row(), role);
        return {};
    case Qt::CheckStateRole:
        if (spec.editor == CellEditor::Check)
            return spec.value(state, index.row()).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (spec.decoration)
            if (auto tip = spec.decoration(state, index.row(), role); tip.isValid())
                return tip;
        if (spec.editor == CellEditor::LongText || spec.editor == CellEditor::Text)
            return spec.value(state, index.row());
        return spec.toolTip.isEmpty() ? QVariant() : QVariant(spec.toolTip);
    default:
        if (spec.decoration)
            return spec.decoration(state, index.row(), role);
        return {};
    }
}

QVariant PartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole)
            return column(section).title;
        if (role == Qt::ToolTipRole && !column(section).toolTip.isEmpty())
            return column(section).toolTip;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags PartTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const auto &spec = column(index.column());
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!spec.setValue || spec.editor == CellEditor::ReadOnly)
        return flags;
    if (spec.editable && !spec.editable(m_document.state(), index.row()))
        return flags;
    if (spec.editor == CellEditor::Check)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool PartTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows)
        return false;
    const auto &spec = column(index.column());
    if (!spec.setValue || !flags(index).testAnyFlags(Qt::ItemIsEditable | Qt::ItemIsUserCheckable))
        return false;
    QVariant written = value;
    if (role == Qt::CheckStateRole && spec.editor == CellEditor::Check)
        written = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    const int row = index.row();
    m_document.edit(
        tr("Edit %1").arg(m_definition.itemName),
        [&](SessionState &state) { spec.setValue(state, row, written); },
        mergeKeyFor(m_definition.part, row, index.column()));
    return true;
}

int PartTableModel::appendRow()
{
    const int row = m_rows;
    m_document.edit(tr("Add %1").arg(m_definition.itemName),
                    [&](SessionState &state) { m_definition.appendRow(state, m_document); });
    return row;
}

void PartTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    m_document.edit(tr("Remove %1").arg(m_definition.itemName),
                    [&](SessionState &state) { m_definition.removeRow(state, row); });
}

void PartTableModel::moveRowBy(int row, int delta)
{
    if (!m_definition.swapWithNext)
        return;
    const int first = delta < 0 ? row - 1 : row;
    if (first < 0 || first + 1 >= m_rows)
        return;
    m_document.edit(tr("Move %1").arg(m_definition.itemName),
                    [&](SessionState &state) { m_definition.swapWithNext(state, first); });
}

} // namespace reins::gui
