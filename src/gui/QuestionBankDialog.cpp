#include "gui/QuestionBankDialog.h"
#include "ui_QuestionBankDialog.h"

#include "gui/QuestionBankSettings.h"

#include <QPushButton>

namespace reins::gui {

QuestionBankDialog::QuestionBankDialog(const QuestionBank &bank, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QuestionBankDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Put back the default questions of every stage"));
    fill(bank);

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addQuestion(); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { editQuestion(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeQuestion(); });
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        if (m_ui->buttonBox->buttonRole(button) == QDialogButtonBox::ResetRole)
            restoreDefaults();
    });
    connect(m_ui->stageTabs, &QTabWidget::currentChanged, this, [this] { updateButtons(); });
    for (int index = 0; index < meetingStageCount; ++index) {
        QListWidget *list = listFor(static_cast<MeetingStage>(index));
        connect(list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    }
    updateButtons();
}

QuestionBankDialog::~QuestionBankDialog() = default;

QListWidget *QuestionBankDialog::listFor(MeetingStage stage) const
{
    switch (stage) {
    case MeetingStage::Acknowledge:
        return m_ui->acknowledgeList;
    case MeetingStage::Explore:
        return m_ui->exploreList;
    case MeetingStage::Plan:
        return m_ui->planList;
    case MeetingStage::Support:
        return m_ui->supportList;
    }
    return m_ui->acknowledgeList;
}

void QuestionBankDialog::showStage(MeetingStage stage)
{
    m_ui->stageTabs->setCurrentIndex(static_cast<int>(stage));
}

QListWidget *QuestionBankDialog::currentList() const
{
    return listFor(static_cast<MeetingStage>(m_ui->stageTabs->currentIndex()));
}

void QuestionBankDialog::fill(const QuestionBank &bank)
{
    for (int index = 0; index < meetingStageCount; ++index) {
        const auto stage = static_cast<MeetingStage>(index);
        QListWidget *list = listFor(stage);
        list->clear();
        for (const QString &question : questionsOf(bank, stage)) {
            auto *item = new QListWidgetItem(question, list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
}

QuestionBank QuestionBankDialog::bank() const
{
    QuestionBank bank;
    for (int index = 0; index < meetingStageCount; ++index) {
        const auto stage = static_cast<MeetingStage>(index);
        const QListWidget *list = listFor(stage);
        QStringList questions;
        for (int row = 0; row < list->count(); ++row)
            questions << list->item(row)->text();
        setQuestionsOf(bank, stage, questions);
    }
    return bank;
}

void QuestionBankDialog::addQuestion()
{
    QListWidget *list = currentList();
    auto *item = new QListWidgetItem(tr("New question"), list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    list->setCurrentItem(item);
    list->editItem(item);
    updateButtons();
}

void QuestionBankDialog::editQuestion()
{
    QListWidget *list = currentList();
    if (QListWidgetItem *item = list->currentItem())
        list->editItem(item);
}

void QuestionBankDialog::removeQuestion()
{
    QListWidget *list = currentList();
    const int row = list->currentRow();
    if (row < 0)
        return;
    delete list->takeItem(row);
    updateButtons();
}

void QuestionBankDialog::moveQuestion(int delta)
{
    QListWidget *list = currentList();
    const int row = list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= list->count())
        return;
    QListWidgetItem *item = list->takeItem(row);
    list->insertItem(target, item);
    list->setCurrentRow(target);
}

void QuestionBankDialog::restoreDefaults()
{
    fill(localisedDefaultQuestionBank());
    updateButtons();
}

void QuestionBankDialog::updateButtons()
{
    const QListWidget *list = currentList();
    const int row = list->currentRow();
    const bool selected = row >= 0;
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
    m_ui->moveUpButton->setEnabled(selected && row > 0);
    m_ui->moveDownButton->setEnabled(selected && row + 1 < list->count());
}

} // namespace reins::gui
