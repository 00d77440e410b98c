#include "gui/PersonDialog.h"
#include "ui_PersonDialog.h"

#include "gui/QtConvert.h"

#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

namespace reins::gui {

PersonDialog::PersonDialog(Person person, std::vector<Person> team, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PersonDialog>())
    , m_person(std::move(person))
    , m_team(std::move(team))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setForegroundRole(QPalette::PlaceholderText);

    const bool adding = m_person.id == 0;
    if (adding) {
        setWindowTitle(m_person.role == Role::Manager ? tr("Add manager") : tr("Add salesperson"));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    } else {
        setWindowTitle(tr("Edit %1").arg(toQString(m_person.name)));
    }

    m_ui->roleCombo->addItem(roleName(Role::Salesperson), static_cast<int>(Role::Salesperson));
    m_ui->roleCombo->addItem(roleName(Role::Manager), static_cast<int>(Role::Manager));
    m_ui->roleCombo->setCurrentIndex(m_person.role == Role::Manager ? 1 : 0);

    // A manager who still manages salespeople stays a manager until they are reassigned.
    const bool managesSomeone =
        !adding && m_person.role == Role::Manager &&
        std::any_of(m_team.begin(), m_team.end(), [this](const Person &other) {
            return other.role == Role::Salesperson && other.managerId == m_person.id;
        });
    if (managesSomeone) {
        m_ui->roleCombo->setEnabled(false);
        m_ui->roleCombo->setToolTip(
            tr("%1 manages salespeople. Give them another manager before changing this role.")
                .arg(toQString(m_person.name)));
    }

    fillManagers();
    m_ui->nameEdit->setText(toQString(m_person.name));
    m_ui->emailEdit->setText(toQString(m_person.email));

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateRoleDependentFields();
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateRoleDependentFields();
    validate();
    m_ui->nameEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(440, 0)));
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::fillManagers()
{
    m_ui->managerCombo->addItem(tr("No manager"), QVariant());
    int current = 0;
    for (const Person &candidate : m_team) {
        if (candidate.role != Role::Manager || candidate.id == m_person.id)
            continue;
        m_ui->managerCombo->addItem(toQString(candidate.name),
                                    QVariant::fromValue<qlonglong>(candidate.id));
        if (m_person.managerId == candidate.id)
            current = m_ui->managerCombo->count() - 1;
    }
    // A new salesperson is most likely managed by the team's only manager.
    if (m_person.id == 0 && !m_person.managerId && m_ui->managerCombo->count() == 2)
        current = 1;
    m_ui->managerCombo->setCurrentIndex(current);
}

void PersonDialog::updateRoleDependentFields()
{
    const bool salesperson =
        m_ui->roleCombo->currentData().toInt() == static_cast<int>(Role::Salesperson);
    m_ui->formLayout->setRowVisible(m_ui->managerCombo, salesperson);
}

bool PersonDialog::looksLikeEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.isEmpty() || pattern.match(email).hasMatch();
}

void PersonDialog::validate()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString email = m_ui->emailEdit->text().trimmed();

    QString problem;
    if (name.isEmpty()) {
        problem = tr("Enter the person's name.");
    } else if (!looksLikeEmail(email)) {
        problem = tr("The email address does not look right: it needs a name, an @ and a "
                     "domain, like dana@example.com.");
    } else if (!email.isEmpty()) {
        const auto duplicate = std::find_if(m_team.begin(), m_team.end(), [&](const Person &other) {
            return other.id != m_person.id &&
                   toQString(other.email).compare(email, Qt::CaseInsensitive) == 0;
        });
        if (duplicate != m_team.end())
            problem = tr("%1 already uses this email address.").arg(toQString(duplicate->name));
    }

    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->setVisible(!problem.isEmpty());
    // A missing name is a hint; a wrong email is a problem to fix.
    m_ui->messageLabel->setStyleSheet(name.isEmpty() ? QString()
                                                     : QStringLiteral("color: #b23b3b;"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Person PersonDialog::person() const
{
    Person result = m_person;
    result.name = toStdString(m_ui->nameEdit->text().trimmed());
    result.email = toStdString(m_ui->emailEdit->text().trimmed());
    result.role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    if (result.role == Role::Salesperson) {
        const QVariant manager = m_ui->managerCombo->currentData();
        result.managerId =
            manager.isValid() ? std::optional<Id>(manager.toLongLong()) : std::nullopt;
    } else {
        result.managerId.reset();
    }
    return result;
}

} // namespace reins::gui
