#include "gui/CompareChooserDialog.h"
#include "ui_CompareChooserDialog.h"

#include "gui/CompareWindow.h"
#include "gui/QtConvert.h"
#include "gui/SessionTableModel.h"
#include "reins/Repositories.h"

#include <QPushButton>

#include <algorithm>

namespace reins::gui {

namespace {

constexpr int sessionIdRole = Qt::UserRole + 1;

} // namespace

CompareChooserDialog::CompareChooserDialog(DataStore &store, std::optional<Id> openPersonId,
                                           const std::vector<Id> &checkedSessions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompareChooserDialog>())
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->sessionTree;
    for (const Person &person : store.people().listAll()) {
        if (person.role != Role::Salesperson)
            continue;
        const auto sessions = store.sessions().listForSalesperson(person.id);
        auto *personItem = new QTreeWidgetItem(tree);
        personItem->setText(0, sessions.size() == 1
                                   ? tr("%1 (1 session)").arg(toQString(person.name))
                                   : tr("%1 (%2 sessions)")
                                         .arg(toQString(person.name))
                                         .arg(static_cast<int>(sessions.size())));
        personItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = personItem->font(0);
        bold.setBold(true);
        personItem->setFont(0, bold);
        for (const SessionOverview &overview : sessions) {
            auto *item = new QTreeWidgetItem(personItem);
            item->setText(0, QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                                 .arg(formatDate(overview.session.meetingDate),
                                      stageName(overview.session.stage),
                                      SessionTableModel::headlineText(overview)));
            item->setData(0, sessionIdRole, QVariant::fromValue<qint64>(overview.session.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            const bool checked = std::find(checkedSessions.begin(), checkedSessions.end(),
                                           overview.session.id) != checkedSessions.end();
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            if (checked)
                personItem->setExpanded(true);
        }
        if (openPersonId == person.id)
            personItem->setExpanded(true);
    }
    connect(tree, &QTreeWidget::itemChanged, this, [this] { updateCount(); });
    // A click anywhere on a session's line ticks it, not only on the small box.
    connect(tree, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(0,
                                item->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

CompareChooserDialog::~CompareChooserDialog() = default;

QTreeWidget *CompareChooserDialog::sessionTree() const
{
    return m_ui->sessionTree;
}

std::vector<Id> CompareChooserDialog::sessionIds() const
{
    std::vector<Id> ids;
    QTreeWidget *tree = m_ui->sessionTree;
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *person = tree->topLevelItem(top);
        for (int child = 0; child < person->childCount(); ++child) {
            if (person->child(child)->checkState(0) == Qt::Checked)
                ids.push_back(person->child(child)->data(0, sessionIdRole).toLongLong());
        }
    }
    return ids;
}

QTreeWidgetItem *CompareChooserDialog::itemForSession(Id sessionId) const
{
    QTreeWidget *tree = m_ui->sessionTree;
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *person = tree->topLevelItem(top);
        for (int child = 0; child < person->childCount(); ++child) {
            if (person->child(child)->data(0, sessionIdRole).toLongLong() == sessionId)
                return person->child(child);
        }
    }
    return nullptr;
}

void CompareChooserDialog::setSessionChecked(Id sessionId, bool checked)
{
    if (QTreeWidgetItem *item = itemForSession(sessionId))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void CompareChooserDialog::updateCount()
{
    const auto count = static_cast<int>(sessionIds().size());
    const bool fits =
        count >= CompareWindow::minimumSessions && count <= CompareWindow::maximumSessions;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(fits);
    const QString ticked = tr("%n session(s) ticked", nullptr, count);
    if (count < CompareWindow::minimumSessions)
        m_ui->countLabel->setText(
            tr("%1: tick at least %2.").arg(ticked).arg(CompareWindow::minimumSessions));
    else if (count > CompareWindow::maximumSessions)
        m_ui->countLabel->setText(
            tr("%1: at most %2 fit side by side.").arg(ticked).arg(CompareWindow::maximumSessions));
    else
        m_ui->countLabel->setText(tr("%1.").arg(ticked));
}

} // namespace reins::gui
