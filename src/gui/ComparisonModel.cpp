#include "gui/ComparisonModel.h"

#include "gui/QtConvert.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace reins::gui {

namespace {

// Internal id of a section row; part rows carry their section's position + 1.
constexpr quintptr sectionRowId = 0;

QColor backgroundFor(Change change)
{
    switch (change) {
    case Change::Up:
        return {0xdc, 0xf3, 0xe0};
    case Change::Down:
        return {0xfb, 0xdf, 0xdd};
    case Change::New:
        return {0xdd, 0xea, 0xfb};
    case Change::Resolved:
        return {0xe6, 0xf4, 0xd7};
    case Change::Changed:
        return {0xfd, 0xf1, 0xd0};
    case Change::None:
    case Change::Same:
        break;
    }
    return {};
}

QColor foregroundFor(Change change)
{
    switch (change) {
    case Change::Up:
        return {0x1b, 0x6b, 0x2f};
    case Change::Down:
        return {0xa3, 0x1d, 0x1d};
    case Change::New:
        return {0x1d, 0x4f, 0x91};
    case Change::Resolved:
        return {0x3b, 0x6b, 0x12};
    case Change::Changed:
        return {0x7a, 0x55, 0x00};
    case Change::None:
    case Change::Same:
        break;
    }
    return {};
}

QString arrowFor(Change change)
{
    switch (change) {
    case Change::Up:
        return QStringLiteral("\u2191");
    case Change::Down:
        return QStringLiteral("\u2193");
    case Change::New:
        return QStringLiteral("\u2605");
    case Change::Resolved:
        return QStringLiteral("\u2713");
    case Change::Changed:
        return QStringLiteral("\u21c4");
    case Change::None:
    case Change::Same:
        break;
    }
    return {};
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ComparisonModel::setComparison(Comparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    rebuild();
    endResetModel();
}

void ComparisonModel::setHideUnchanged(bool hide)
{
    if (hide == m_hideUnchanged)
        return;
    beginResetModel();
    m_hideUnchanged = hide;
    rebuild();
    endResetModel();
}

void ComparisonModel::rebuild()
{
    m_sections.clear();
    for (std::size_t i = 0; i < m_comparison.rows.size(); ++i) {
        const ComparisonRow &row = m_comparison.rows[i];
        if (m_hideUnchanged && !row.differs())
            continue;
        if (m_sections.empty() || m_sections.back().section != row.section)
            m_sections.push_back({row.section, {}});
        m_sections.back().rows.push_back(i);
    }
}

QModelIndex ComparisonModel::indexOfPart(const QString &label, int column) const
{
    for (std::size_t s = 0; s < m_sections.size(); ++s) {
        const auto &rows = m_sections[s].rows;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (toQString(m_comparison.rows[rows[r]].label) == label)
                return index(static_cast<int>(r), column, index(static_cast<int>(s), 0));
        }
    }
    return {};
}

QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent) || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, sectionRowId);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_sections.size());
    if (parent.internalId() != sectionRowId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_sections[static_cast<std::size_t>(parent.row())].rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &) const
{
    return 1 + static_cast<int>(m_comparison.columnTitles.size());
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == sectionRowId) {
        const Section &section = m_sections[static_cast<std::size_t>(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? sectionName(section.section) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const Section &section = m_sections[static_cast<std::size_t>(index.internalId() - 1)];
    const ComparisonRow &row =
        m_comparison.rows[section.rows[static_cast<std::size_t>(index.row())]];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return toQString(row.label);
        return {};
    }
    return cellData(row, index.column() - 1, role);
}

QString ComparisonModel::cellValue(const ComparisonCell &cell)
{
    if (!cell.text)
        return QStringLiteral("\u2014");
    // A result's figure in the reader's own locale: grouped, with their decimal sign.
    if (cell.amount) {
        QString text = amountText(*cell.amount, cell.unit);
        if (cell.attainmentPercent)
            text =
                tr("%1 (%2% of target)")
                    .arg(text, QLocale().toString(static_cast<qlonglong>(*cell.attainmentPercent)));
        return text;
    }
    return toQString(*cell.text);
}

QVariant ComparisonModel::cellData(const ComparisonRow &row, int column, int role) const
{
    if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size())
        return {};
    const ComparisonCell &cell = row.cells[static_cast<std::size_t>(column)];
    const QString value = cellValue(cell);
    const QString delta = toQString(cell.delta);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = value;
        const QString arrow = arrowFor(cell.change);
        if (!arrow.isEmpty() || !delta.isEmpty())
            text +=
                QStringLiteral("   ") + QStringList{arrow, delta}.join(QLatin1Char(' ')).trimmed();
        return text;
    }
    case Qt::ToolTipRole: {
        if (cell.change == Change::None || cell.change == Change::Same)
            return value;
        QString how = changeName(cell.change);
        if (!delta.isEmpty())
            how += QLatin1Char(' ') + delta;
        return tr("%1\n%2 against the session before").arg(value, how);
    }
    case Qt::BackgroundRole: {
        const QColor colour = backgroundFor(cell.change);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case Qt::ForegroundRole: {
        if (!cell.text)
            return QBrush(QColor(0x90, 0x90, 0x90));
        const QColor colour = foregroundFor(cell.change);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case ChangeRole:
        return static_cast<int>(cell.change);
    case DeltaRole:
        return delta;
    case ValueRole:
        return cell.text ? value : QString();
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return {};
    if (section == 0)
        return tr("Part");
    return toQString(m_comparison.columnTitles[static_cast<std::size_t>(section - 1)]);
}

QString ComparisonModel::sectionName(ComparisonSection section)
{
    switch (section) {
    case ComparisonSection::Overview:
        return tr("Session");
    case ComparisonSection::Results:
        return tr("Results");
    case ComparisonSection::SelfAudit:
        return tr("Self-audit");
    case ComparisonSection::Gaps:
        return tr("Gaps");
    case ComparisonSection::Factors:
        return tr("Factors");
    case ComparisonSection::Strategies:
        return tr("Strategies");
    case ComparisonSection::Focus:
        return tr("Focus");
    case ComparisonSection::Actions:
        return tr("Actions");
    case ComparisonSection::Balance:
        return tr("Coaching balance and rating");
    }
    return {};
}

QString ComparisonModel::changeName(Change change)
{
    switch (change) {
    case Change::None:
        return {};
    case Change::Same:
        return tr("Unchanged");
    case Change::Up:
        return tr("Up");
    case Change::Down:
        return tr("Down");
    case Change::Changed:
        return tr("Changed");
    case Change::New:
        return tr("New");
    case Change::Resolved:
        return tr("Resolved");
    }
    return {};
}

} // namespace reins::gui
