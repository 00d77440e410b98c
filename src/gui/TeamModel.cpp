#include "gui/TeamModel.h"

#include "gui/QtConvert.h"

#include <QFont>

#include <map>

namespace reins::gui {

// A top-level row has internal id 0; a child row stores its parent's row + 1.
namespace {
constexpr quintptr topLevelId = 0;
}

TeamModel::TeamModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_managerIcon(QStringLiteral(":/icons/manager.svg"))
    , m_salespersonIcon(QStringLiteral(":/icons/person.svg"))
{}

void TeamModel::setPeople(std::vector<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    m_rows.clear();

    std::map<Id, std::size_t> managerRows;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        if (m_people[i].role == Role::Manager) {
            managerRows[m_people[i].id] = m_rows.size();
            m_rows.push_back({i, {}});
        }
    }
    std::vector<std::size_t> unassigned;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person &person = m_people[i];
        if (person.role != Role::Salesperson)
            continue;
        const auto managerRow =
            person.managerId ? managerRows.find(*person.managerId) : managerRows.end();
        if (managerRow != managerRows.end())
            m_rows[managerRow->second].members.push_back(i);
        else
            unassigned.push_back(i);
    }
    if (!unassigned.empty()) {
        if (m_rows.empty()) {
            // Nobody has a manager yet: a flat list reads better than a lone group row.
            for (const std::size_t i : unassigned)
                m_rows.push_back({i, {}});
        } else {
            m_rows.push_back({std::nullopt, std::move(unassigned)});
        }
    }
    endResetModel();
}

const Person *TeamModel::personFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == topLevelId) {
        const TopRow &row = m_rows.at(static_cast<std::size_t>(index.row()));
        return row.person ? &m_people.at(*row.person) : nullptr;
    }
    const TopRow &parentRow = m_rows.at(static_cast<std::size_t>(index.internalId() - 1));
    return &m_people.at(parentRow.members.at(static_cast<std::size_t>(index.row())));
}

std::optional<Person> TeamModel::personAt(const QModelIndex &index) const
{
    const Person *person = personFor(index);
    return person ? std::optional<Person>(*person) : std::nullopt;
}

QModelIndex TeamModel::indexOfPerson(Id personId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const TopRow &top = m_rows[row];
        if (top.person && m_people[*top.person].id == personId)
            return createIndex(static_cast<int>(row), 0, topLevelId);
        for (std::size_t member = 0; member < top.members.size(); ++member) {
            if (m_people[top.members[member]].id == personId)
                return createIndex(static_cast<int>(member), 0, static_cast<quintptr>(row + 1));
        }
    }
    return {};
}

QModelIndex TeamModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevelId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex TeamModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevelId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, topLevelId);
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != topLevelId)
        return 0;
    return static_cast<int>(m_rows.at(static_cast<std::size_t>(parent.row())).members.size());
}

int TeamModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Person *person = personFor(index);
    if (!person) {
        // The group row of salespeople without a manager.
        switch (role) {
        case Qt::DisplayRole:
            return tr("No manager");
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::ToolTipRole:
            return tr("Salespeople who have no manager yet. Edit a salesperson to choose one.");
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return toQString(person->name);
    case Qt::DecorationRole:
        return person->role == Role::Manager ? m_managerIcon : m_salespersonIcon;
    case Qt::FontRole:
        if (person->role == Role::Manager) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("%1 · %2").arg(toQString(person->name), roleName(person->role));
        if (!person->email.empty())
            tip += QLatin1Char('\n') + toQString(person->email);
        return tip;
    }
    case PersonIdRole:
        return QVariant::fromValue<qlonglong>(person->id);
    case PersonRoleRole:
        return static_cast<int>(person->role);
    default:
        return {};
    }
}

Qt::ItemFlags TeamModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!personFor(index))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Team");
    return {};
}

} // namespace reins::gui
