#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <optional>
#include <vector>
#endif

#include <QAbstractItemModel>
#include <QIcon>

namespace reins::gui {

// Everyone on the team as a tree: each manager with the salespeople they manage, then the
// salespeople without a manager under a group row of their own.
class TeamModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Roles { PersonIdRole = Qt::UserRole + 1, PersonRoleRole };

    explicit TeamModel(QObject *parent = nullptr);

    // Replaces the whole team (as PersonRepository::listAll returns it, sorted by name).
    void setPeople(std::vector<Person> people);
    [[nodiscard]] const std::vector<Person> &people() const { return m_people; }

    [[nodiscard]] std::optional<Person> personAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfPerson(Id personId) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct TopRow {
        std::optional<std::size_t> person; // index into m_people; none for the group row
        std::vector<std::size_t> members;  // the salespeople listed under it
    };

    [[nodiscard]] const Person *personFor(const QModelIndex &index) const;

    std::vector<Person> m_people;
    std::vector<TopRow> m_rows;
    QIcon m_managerIcon;
    QIcon m_salespersonIcon;
};

} // namespace reins::gui
