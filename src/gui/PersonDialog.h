#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <vector>
#endif

#include <QDialog>

namespace Ui {
class PersonDialog;
}

namespace reins::gui {

// Adds or edits one person: name (required), email (checked loosely and for duplicates),
// role, and a salesperson's manager.
class PersonDialog final : public QDialog {
    Q_OBJECT

public:
    // `person` is the starting point: id 0 to add someone (its role preset), else the person
    // being edited. `team` is everyone already stored, for the manager list and duplicates.
    PersonDialog(Person person, std::vector<Person> team, QWidget *parent = nullptr);
    ~PersonDialog() override;

    // The person as entered; name and email trimmed.
    [[nodiscard]] Person person() const;

    // Loose check: something@something.something without spaces. Empty is fine (optional).
    [[nodiscard]] static bool looksLikeEmail(const QString &email);

private:
    void fillManagers();
    void updateRoleDependentFields();
    void validate();

    std::unique_ptr<Ui::PersonDialog> m_ui;
    Person m_person;
    std::vector<Person> m_team;
};

} // namespace reins::gui
