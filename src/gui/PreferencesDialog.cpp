#include "gui/PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "gui/BackupSupport.h"
#include "gui/QtConvert.h"
#include "gui/QuestionBankDialog.h"
#include "gui/QuestionBankSettings.h"
#include "gui/SessionDocument.h"
#include "gui/SessionWindow.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/storage/Backup.h"
#include "reins/storage/SqliteDataStore.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTreeWidgetItemIterator>

#include <algorithm>
#include <array>
#include <utility>

namespace reins::gui {

namespace {

constexpr int draftRole = Qt::UserRole;
constexpr int stageRole = Qt::UserRole + 1;

constexpr std::array<SkillGroup, 4> skillGroups{SkillGroup::Knowledge, SkillGroup::Preparation,
                                                SkillGroup::Conversation,
                                                SkillGroup::PipelineAndSelfManagement};

QString simplified(const std::string &text)
{
    return toQString(text).simplified();
}

} // namespace

PreferencesDialog::PreferencesDialog(DataStore &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    for (QLabel *hint :
         {m_ui->roleHint, m_ui->cadenceHint, m_ui->currencyHint, m_ui->questionsStatus,
          m_ui->skillStateLabel, m_ui->retentionHint, m_ui->backupStatusLabel})
        hint->setForegroundRole(QPalette::PlaceholderText);
    // Right under the field they explain, however tall their row comes out.
    for (QLabel *hint : {m_ui->roleHint, m_ui->cadenceHint, m_ui->currencyHint,
                         m_ui->skillStateLabel, m_ui->retentionHint})
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPushButton *restore = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults);
    restore->setToolTip(tr("Put back the default role, cadence, currency, questions and backup "
                           "settings; the skill catalogue stays as it is"));

    setUpGeneral();
    setUpQuestions();
    setUpSkills();
    setUpBackups();
    showPreferences(loadPreferences());
    loadSkills();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        switch (m_ui->buttonBox->buttonRole(button)) {
        case QDialogButtonBox::ApplyRole:
            apply();
            break;
        case QDialogButtonBox::ResetRole:
            restoreDefaults();
            break;
        default:
            break;
        }
    });
}

PreferencesDialog::~PreferencesDialog() = default;

// ------------------------------------------------------------------------------ general

void PreferencesDialog::setUpGeneral()
{
    for (const Role role : {Role::Salesperson, Role::Manager})
        m_ui->roleCombo->addItem(roleName(role), static_cast<int>(role));
    for (const Cadence cadence : {Cadence::Weekly, Cadence::Fortnightly, Cadence::Monthly})
        m_ui->cadenceCombo->addItem(cadenceName(cadence), static_cast<int>(cadence));
    for (const char *code : {"EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK"})
        m_ui->currencyCombo->addItem(QString::fromLatin1(code));
    m_ui->currencyCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->currencyCombo->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_ui->currencyCombo));
    m_ui->currencyCombo->setToolTip(tr("The three-letter code of the currency, such as EUR"));
    connect(m_ui->currencyCombo, &QComboBox::editTextChanged, this, [this](const QString &text) {
        // Currency codes are upper case; fix it while the person types.
        if (text != text.toUpper()) {
            const int cursor = m_ui->currencyCombo->lineEdit()->cursorPosition();
            m_ui->currencyCombo->setEditText(text.toUpper());
            m_ui->currencyCombo->lineEdit()->setCursorPosition(cursor);
        }
    });
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, [this] { updateRoleHint(); });
}

void PreferencesDialog::updateRoleHint()
{
    const auto role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    m_ui->roleHint->setText(
        role == Role::Manager
            ? tr("Reins starts in the manager's view: search includes the manager's private "
                 "notes. Review \u2192 Manager's view switches it off for a while.")
            : tr("Private notes stay out of search. Review \u2192 Manager's view shows them "
                 "for a while."));
}

Preferences PreferencesDialog::shownPreferences() const
{
    Preferences preferences;
    preferences.role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    preferences.defaultCadence = static_cast<Cadence>(m_ui->cadenceCombo->currentData().toInt());
    preferences.currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    preferences.questions = m_questions;
    preferences.backupFolder = QDir::fromNativeSeparators(m_ui->backupFolderEdit->text().trimmed());
    preferences.keepDaily = m_ui->keepDailySpin->value();
    preferences.keepWeekly = m_ui->keepWeeklySpin->value();
    preferences.keepMonthly = m_ui->keepMonthlySpin->value();
    return preferences;
}

void PreferencesDialog::showPreferences(const Preferences &preferences)
{
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(preferences.role)));
    m_ui->cadenceCombo->setCurrentIndex(
        m_ui->cadenceCombo->findData(static_cast<int>(preferences.defaultCadence)));
    if (m_ui->currencyCombo->findText(preferences.currency) < 0)
        m_ui->currencyCombo->insertItem(0, preferences.currency);
    m_ui->currencyCombo->setCurrentIndex(m_ui->currencyCombo->findText(preferences.currency));
    m_questions = preferences.questions;
    fillQuestions();
    m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(preferences.backupFolder));
    m_ui->keepDailySpin->setValue(preferences.keepDaily);
    m_ui->keepWeeklySpin->setValue(preferences.keepWeekly);
    m_ui->keepMonthlySpin->setValue(preferences.keepMonthly);
    updateRoleHint();
    updateBackupStatus();
}

void PreferencesDialog::showPage(Page page)
{
    m_ui->tabs->setCurrentIndex(static_cast<int>(page));
}

void PreferencesDialog::restoreDefaults()
{
    showPreferences(defaultPreferences());
}

// ---------------------------------------------------------------------------- questions

void PreferencesDialog::setUpQuestions()
{
    connect(m_ui->editQuestionsButton, &QPushButton::clicked, this, [this] { editQuestions(); });
    connect(m_ui->questionTree, &QTreeWidget::itemActivated, this, [this] { editQuestions(); });
}

void PreferencesDialog::fillQuestions()
{
    QTreeWidget *tree = m_ui->questionTree;
    tree->clear();
    const QuestionBank defaults = localisedDefaultQuestionBank();
    QStringList edited;
    for (int index = 0; index < meetingStageCount; ++index) {
        const auto stage = static_cast<MeetingStage>(index);
        const QStringList questions = questionsOf(m_questions, stage);
        auto *stageItem = new QTreeWidgetItem(
            tree, {tr("%1 (%2)").arg(meetingStageName(stage)).arg(questions.size())});
        stageItem->setData(0, stageRole, index);
        QFont bold = stageItem->font(0);
        bold.setBold(true);
        stageItem->setFont(0, bold);
        for (const QString &question : questions) {
            auto *item = new QTreeWidgetItem(stageItem, {question});
            item->setData(0, stageRole, index);
        }
        if (m_questions.forStage(stage) != defaults.forStage(stage))
            edited << meetingStageName(stage);
    }
    tree->expandAll();
    m_ui->questionsStatus->setText(edited.isEmpty()
                                       ? tr("These are the default questions.")
                                       : tr("Your own questions in %1; the defaults elsewhere.")
                                             .arg(QLocale().createSeparatedList(edited)));
}

void PreferencesDialog::editQuestions()
{
    QuestionBankDialog dialog(m_questions, this);
    if (const QTreeWidgetItem *item = m_ui->questionTree->currentItem())
        dialog.showStage(static_cast<MeetingStage>(item->data(0, stageRole).toInt()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_questions = dialog.bank();
    fillQuestions();
}

// ------------------------------------------------------------------------------- skills

void PreferencesDialog::setUpSkills()
{
    for (const SkillGroup group : skillGroups)
        m_ui->skillGroupCombo->addItem(skillGroupName(group), static_cast<int>(group));
    connect(m_ui->skillTree, &QTreeWidget::currentItemChanged, this,
            [this] { showSelectedSkill(); });
    connect(m_ui->showRetiredCheck, &QCheckBox::toggled, this,
            [this] { fillSkillTree(selectedSkill()); });
    connect(m_ui->addSkillButton, &QPushButton::clicked, this, [this] { addSkill(); });
    connect(m_ui->removeSkillButton, &QPushButton::clicked, this, [this] { removeSkill(); });
    connect(m_ui->restoreSkillButton, &QPushButton::clicked, this, [this] { bringBackSkill(); });
    for (QLineEdit *edit : {m_ui->skillNameEdit, m_ui->skillDescriptionEdit, m_ui->level1Edit,
                            m_ui->level2Edit, m_ui->level3Edit, m_ui->level4Edit, m_ui->level5Edit})
        connect(edit, &QLineEdit::textChanged, this, [this] { editSelectedSkill(); });
    connect(m_ui->skillGroupCombo, &QComboBox::currentIndexChanged, this,
            [this] { editSelectedSkill(); });
}

void PreferencesDialog::loadSkills()
{
    m_skills.clear();
    try {
        for (const Skill &skill : m_store.skills().listAll(true))
            m_skills.push_back({skill, skill, m_store.skills().countRatings(skill.id), false});
    } catch (const StorageError &error) {
        m_ui->skillStateLabel->setText(
            tr("The skill catalogue could not be read: %1").arg(toQString(error.what())));
    }
    fillSkillTree(std::nullopt);
}

void PreferencesDialog::fillSkillTree(std::optional<std::size_t> select)
{
    const bool filling = std::exchange(m_fillingSkill, true);
    QTreeWidget *tree = m_ui->skillTree;
    tree->clear();
    QTreeWidgetItem *selectItem = nullptr;
    const bool showRetired = m_ui->showRetiredCheck->isChecked();
    for (const SkillGroup group : skillGroups) {
        auto *groupItem = new QTreeWidgetItem(tree, {skillGroupName(group)});
        groupItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        std::vector<std::size_t> inGroup;
        for (std::size_t index = 0; index < m_skills.size(); ++index) {
            const SkillDraft &draft = m_skills[index];
            if (draft.skill.group == group && !draft.removed &&
                (showRetired || !draft.skill.retired || select == index))
                inGroup.push_back(index);
        }
        std::stable_sort(inGroup.begin(), inGroup.end(), [this](std::size_t a, std::size_t b) {
            return m_skills[a].skill.sortOrder < m_skills[b].skill.sortOrder;
        });
        for (const std::size_t index : inGroup) {
            const Skill &skill = m_skills[index].skill;
            auto *item = new QTreeWidgetItem(groupItem);
            item->setData(0, draftRole, static_cast<qulonglong>(index));
            const QString name = simplified(skill.name);
            item->setText(0, skill.retired ? tr("%1 (retired)").arg(name) : name);
            if (skill.retired)
                item->setForeground(0, palette().brush(QPalette::PlaceholderText));
            if (select == index)
                selectItem = item;
        }
    }
    tree->expandAll();
    m_fillingSkill = filling;
    if (selectItem)
        tree->setCurrentItem(selectItem);
    else
        showSelectedSkill();
}

std::optional<std::size_t> PreferencesDialog::selectedSkill() const
{
    const QTreeWidgetItem *item = m_ui->skillTree->currentItem();
    if (!item || !item->data(0, draftRole).isValid())
        return std::nullopt;
    const auto index = static_cast<std::size_t>(item->data(0, draftRole).toULongLong());
    return index < m_skills.size() ? std::optional<std::size_t>(index) : std::nullopt;
}

bool PreferencesDialog::selectSkill(const QString &name)
{
    for (QTreeWidgetItemIterator it(m_ui->skillTree); *it; ++it) {
        const QVariant index = (*it)->data(0, draftRole);
        if (index.isValid() &&
            simplified(m_skills[static_cast<std::size_t>(index.toULongLong())].skill.name) ==
                name.simplified()) {
            m_ui->skillTree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void PreferencesDialog::showSelectedSkill()
{
    if (m_fillingSkill)
        return;
    const auto index = selectedSkill();
    const bool filling = std::exchange(m_fillingSkill, true);
    const std::array<QLineEdit *, 5> levels{m_ui->level1Edit, m_ui->level2Edit, m_ui->level3Edit,
                                            m_ui->level4Edit, m_ui->level5Edit};
    if (index) {
        const SkillDraft &draft = m_skills[*index];
        m_ui->skillGroupCombo->setCurrentIndex(
            m_ui->skillGroupCombo->findData(static_cast<int>(draft.skill.group)));
        m_ui->skillNameEdit->setText(toQString(draft.skill.name));
        m_ui->skillDescriptionEdit->setText(toQString(draft.skill.description));
        for (std::size_t level = 0; level < levels.size(); ++level)
            levels[level]->setText(toQString(draft.skill.levels[level]));
        // Long descriptions read from their start.
        m_ui->skillDescriptionEdit->setCursorPosition(0);
        for (QLineEdit *edit : levels)
            edit->setCursorPosition(0);
        QString state;
        if (draft.stored.id == 0)
            state = tr("A new skill: it is saved with OK or Apply.");
        else if (draft.skill.retired)
            state = tr("Retired: not offered in new self-audits. Past sessions keep its "
                       "scores.");
        else if (draft.ratings > 0)
            state = tr("Self-audit scores so far: %1. Retiring the skill keeps them in their "
                       "sessions; it is no longer offered in new ones.")
                        .arg(draft.ratings);
        else
            state = tr("Not scored in any self-audit yet: removing it deletes it.");
        m_ui->skillStateLabel->setText(state);
    } else {
        m_ui->skillNameEdit->clear();
        m_ui->skillDescriptionEdit->clear();
        for (QLineEdit *edit : levels)
            edit->clear();
        m_ui->skillStateLabel->setText(m_skills.empty() ? QString()
                                                        : tr("Select a skill to edit it."));
    }
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_ui->skillGroupCombo, m_ui->skillNameEdit, m_ui->skillDescriptionEdit,
             m_ui->level1Edit, m_ui->level2Edit, m_ui->level3Edit, m_ui->level4Edit,
             m_ui->level5Edit})
        field->setEnabled(index.has_value());
    m_fillingSkill = filling;
    updateSkillButtons();
}

void PreferencesDialog::editSelectedSkill()
{
    if (m_fillingSkill)
        return;
    const auto index = selectedSkill();
    if (!index)
        return;
    Skill &skill = m_skills[*index].skill;
    skill.name = toStdString(m_ui->skillNameEdit->text());
    skill.description = toStdString(m_ui->skillDescriptionEdit->text());
    const std::array<QLineEdit *, 5> levels{m_ui->level1Edit, m_ui->level2Edit, m_ui->level3Edit,
                                            m_ui->level4Edit, m_ui->level5Edit};
    for (std::size_t level = 0; level < levels.size(); ++level)
        skill.levels[level] = toStdString(levels[level]->text());
    const auto group = static_cast<SkillGroup>(m_ui->skillGroupCombo->currentData().toInt());
    if (group != skill.group) {
        // A skill moved to another group goes to the end of it.
        int last = 0;
        for (const SkillDraft &draft : m_skills) {
            if (draft.skill.group == group)
                last = std::max(last, draft.skill.sortOrder);
        }
        skill.group = group;
        skill.sortOrder = last + 1;
        fillSkillTree(index);
        return;
    }
    if (QTreeWidgetItem *item = m_ui->skillTree->currentItem()) {
        const QString name = simplified(skill.name);
        item->setText(0, skill.retired ? tr("%1 (retired)").arg(name) : name);
    }
}

void PreferencesDialog::updateSkillButtons()
{
    const auto index = selectedSkill();
    const SkillDraft *draft = index ? &m_skills[*index] : nullptr;
    const bool retired = draft && draft->skill.retired;
    m_ui->removeSkillButton->setEnabled(draft && !retired);
    m_ui->removeSkillButton->setText(draft && draft->ratings > 0 ? tr("Re&tire") : tr("Re&move"));
    m_ui->removeSkillButton->setToolTip(
        draft && draft->ratings > 0
            ? tr("The skill has been scored: it is retired, and past sessions keep its scores")
            : tr("Take the skill out of the catalogue"));
    m_ui->restoreSkillButton->setVisible(retired);
}

void PreferencesDialog::addSkill()
{
    SkillGroup group = SkillGroup::Knowledge;
    if (QTreeWidgetItem *item = m_ui->skillTree->currentItem()) {
        QTreeWidgetItem *groupItem = item->parent() ? item->parent() : item;
        group = skillGroups.at(
            static_cast<std::size_t>(m_ui->skillTree->indexOfTopLevelItem(groupItem)));
    }
    Skill skill;
    skill.group = group;
    for (const SkillDraft &draft : m_skills) {
        if (draft.skill.group == group)
            skill.sortOrder = std::max(skill.sortOrder, draft.skill.sortOrder + 1);
    }
    // A name not taken yet, so that adding two skills in a row needs no renaming first.
    QString name = tr("New skill");
    for (int number = 2;
         std::any_of(m_skills.begin(), m_skills.end(),
                     [&](const SkillDraft &draft) {
                         return simplified(draft.skill.name).compare(name, Qt::CaseInsensitive) ==
                                0;
                     });
         ++number)
        name = tr("New skill %1").arg(number);
    skill.name = toStdString(name);
    // A general scale to start from; the person words it for the skill.
    skill.levels[0] = toStdString(tr("Not yet: rarely does it, and only when reminded."));
    skill.levels[1] = toStdString(tr("Starting: does it sometimes, with help."));
    skill.levels[2] = toStdString(tr("Solid: does it routinely in ordinary situations."));
    skill.levels[3] = toStdString(tr("Strong: does it well in difficult situations too."));
    skill.levels[4] = toStdString(tr("Role model: others learn it from them."));
    m_skills.push_back({skill, Skill{}, 0, false});
    fillSkillTree(m_skills.size() - 1);
    m_ui->skillNameEdit->setFocus();
    m_ui->skillNameEdit->selectAll();
}

void PreferencesDialog::removeSkill()
{
    const auto index = selectedSkill();
    if (!index)
        return;
    if (m_skills[*index].stored.id == 0)
        m_skills.erase(m_skills.begin() + static_cast<std::ptrdiff_t>(*index));
    else
        m_skills[*index].removed = true;
    fillSkillTree(std::nullopt);
}

void PreferencesDialog::bringBackSkill()
{
    const auto index = selectedSkill();
    if (!index)
        return;
    m_skills[*index].skill.retired = false;
    fillSkillTree(index);
}

bool PreferencesDialog::checkSkills()
{
    const std::array<QLineEdit *, 5> levels{m_ui->level1Edit, m_ui->level2Edit, m_ui->level3Edit,
                                            m_ui->level4Edit, m_ui->level5Edit};
    for (std::size_t index = 0; index < m_skills.size(); ++index) {
        const SkillDraft &draft = m_skills[index];
        if (draft.removed)
            continue;
        const QString name = simplified(draft.skill.name);
        const auto showSkill = [&] {
            // A retired skill is listed only while retired skills are shown.
            fillSkillTree(index);
        };
        if (name.isEmpty()) {
            showSkill();
            refuse(Page::Skills, m_ui->skillNameEdit,
                   tr("Every skill needs a name. Type a name for the selected skill in %1, or "
                      "remove it.")
                       .arg(skillGroupName(draft.skill.group)));
            return false;
        }
        for (std::size_t level = 0; level < levels.size(); ++level) {
            if (simplified(draft.skill.levels[level]).isEmpty()) {
                showSkill();
                refuse(Page::Skills, levels[level],
                       tr("The skill \u201c%1\u201d needs a description of level %2: what does "
                          "a salesperson who scores %2 do?")
                           .arg(name)
                           .arg(level + 1));
                return false;
            }
        }
        for (std::size_t other = 0; other < index; ++other) {
            if (!m_skills[other].removed &&
                simplified(m_skills[other].skill.name).compare(name, Qt::CaseInsensitive) == 0) {
                showSkill();
                refuse(Page::Skills, m_ui->skillNameEdit,
                       tr("Two skills are called \u201c%1\u201d. Give each skill a name of its "
                          "own.")
                           .arg(name));
                return false;
            }
        }
    }
    return true;
}

bool PreferencesDialog::saveSkills()
{
    const auto tidy = [](Skill skill) {
        skill.name = toStdString(simplified(skill.name));
        skill.description = toStdString(toQString(skill.description).trimmed());
        for (std::string &level : skill.levels)
            level = toStdString(toQString(level).trimmed());
        return skill;
    };
    const bool changed = std::any_of(m_skills.begin(), m_skills.end(), [&](const SkillDraft &d) {
        return d.removed || d.stored.id == 0 || tidy(d.skill) != d.stored;
    });
    if (!changed)
        return true;
    QString selectedName;
    if (const auto index = selectedSkill())
        selectedName = simplified(m_skills[*index].skill.name);
    try {
        m_store.inTransaction([&] {
            for (const SkillDraft &draft : m_skills) {
                if (draft.removed)
                    m_store.skills().remove(draft.stored.id);
            }
            for (const SkillDraft &draft : m_skills) {
                if (!draft.removed && draft.stored.id != 0 && tidy(draft.skill) != draft.stored)
                    m_store.skills().update(tidy(draft.skill));
            }
            for (const SkillDraft &draft : m_skills) {
                if (!draft.removed && draft.stored.id == 0)
                    (void)m_store.skills().add(tidy(draft.skill));
            }
        });
    } catch (const std::exception &error) {
        // StorageError and ValidationError both say what was wrong, for a person.
        refuse(Page::Skills, m_ui->skillTree,
               tr("The skill catalogue was not changed. %1").arg(toQString(error.what())));
        return false;
    }
    loadSkills();
    if (!selectedName.isEmpty())
        selectSkill(selectedName);
    return true;
}

// ------------------------------------------------------------------------------ backups

void PreferencesDialog::setUpBackups()
{
    namespace table = preferenceTable;
    m_ui->keepDailySpin->setRange(table::keepDaily.minimum, table::keepDaily.maximum);
    m_ui->keepWeeklySpin->setRange(table::keepWeekly.minimum, table::keepWeekly.maximum);
    m_ui->keepMonthlySpin->setRange(table::keepMonthly.minimum, table::keepMonthly.maximum);
    m_ui->keepDailySpin->setSuffix(tr(" days"));
    m_ui->keepWeeklySpin->setSuffix(tr(" weeks"));
    m_ui->keepMonthlySpin->setSuffix(tr(" months"));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] { browseForBackupFolder(); });
    connect(m_ui->backupFolderEdit, &QLineEdit::editingFinished, this,
            [this] { updateBackupStatus(); });
    connect(m_ui->backUpNowButton, &QPushButton::clicked, this, [this] { backUpNow(); });
    // Backups go through SQLite's backup API: only a SQLite database can be backed up here.
    m_ui->backUpNowButton->setEnabled(dynamic_cast<storage::SqliteDataStore *>(&m_store));
}

void PreferencesDialog::browseForBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Backup folder"), QDir::fromNativeSeparators(m_ui->backupFolderEdit->text()));
    if (folder.isEmpty())
        return;
    m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(folder));
    updateBackupStatus();
}

void PreferencesDialog::updateBackupStatus()
{
    const QString folder = QDir::fromNativeSeparators(m_ui->backupFolderEdit->text().trimmed());
    if (!isBackupFolder(folder)) {
        m_ui->backupStatusLabel->setText(tr("Type the full path of a folder, or choose one."));
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        m_ui->backupStatusLabel->setText(tr("The folder is created with the first backup."));
        return;
    }
    const auto backups = storage::listBackups(toPath(folder));
    if (backups.empty()) {
        m_ui->backupStatusLabel->setText(tr("No backups in this folder yet."));
        return;
    }
    const QDateTime newest = QFileInfo(toQPath(backups.back())).lastModified();
    m_ui->backupStatusLabel->setText(tr("Backups in this folder: %1, the newest from %2.")
                                         .arg(backups.size())
                                         .arg(QLocale().toString(newest, QLocale::ShortFormat)));
}

QString PreferencesDialog::backupStatusText() const
{
    return m_ui->backupStatusLabel->text();
}

void PreferencesDialog::backUpNow()
{
    auto *sqlite = dynamic_cast<storage::SqliteDataStore *>(&m_store);
    const Preferences shown = shownPreferences();
    if (!sqlite || !checkSettings(shown))
        return;
    saveAllOpenSessions();
    try {
        const std::filesystem::path folder = toPath(shown.backupFolder);
        const auto backup = storage::backupPathFor(folder, nowUtc());
        storage::backupTo(sqlite->database(), backup);
        // Pruned by the retention saved, not the one on screen: a lowered count takes
        // effect with OK or Apply, never through a dialog that was then cancelled.
        storage::applyRetention(folder, loadPreferences().retention());
        updateBackupStatus();
        m_ui->backupStatusLabel->setText(
            tr("Backed up to %1 and checked it.").arg(QDir::toNativeSeparators(toQPath(backup))));
    } catch (const StorageError &error) {
        refuse(Page::Backups, m_ui->backUpNowButton,
               tr("The backup was not written. %1").arg(toQString(error.what())));
    }
}

// ---------------------------------------------------------------------------- applying

void PreferencesDialog::refuse(Page page, QWidget *field, const QString &problem)
{
    showPage(page);
    field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    QMessageBox::warning(this, tr("Preferences"), problem);
}

bool PreferencesDialog::checkSettings(const Preferences &preferences)
{
    if (!isCurrencyCode(preferences.currency)) {
        refuse(Page::General, m_ui->currencyCombo,
               tr("Enter the three-letter code of the currency, such as EUR or USD."));
        return false;
    }
    if (!isBackupFolder(preferences.backupFolder)) {
        refuse(Page::Backups, m_ui->backupFolderEdit,
               tr("Choose a folder for the backups with Browse\u2026, or type its full path."));
        return false;
    }
    // A folder already chosen is left as it is (its drive may be unplugged just now);
    // a newly chosen one must be there or be made.
    const bool folderChanged = QDir::cleanPath(preferences.backupFolder) !=
                               QDir::cleanPath(loadPreferences().backupFolder);
    if (folderChanged && !QDir().mkpath(preferences.backupFolder)) {
        refuse(Page::Backups, m_ui->backupFolderEdit,
               tr("Reins cannot create the backup folder \u201c%1\u201d. Choose another one.")
                   .arg(QDir::toNativeSeparators(preferences.backupFolder)));
        return false;
    }
    return true;
}

bool PreferencesDialog::apply()
{
    const Preferences preferences = shownPreferences();
    // The catalogue first: it can still be refused by the database, and then the
    // preferences must not be saved either.
    if (!checkSettings(preferences) || !checkSkills() || !saveSkills())
        return false;
    savePreferences(preferences);
    updateBackupStatus();
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

// ---------------------------------------------------------------------------- accessors

QTabWidget *PreferencesDialog::tabs() const
{
    return m_ui->tabs;
}

QComboBox *PreferencesDialog::roleCombo() const
{
    return m_ui->roleCombo;
}

QComboBox *PreferencesDialog::cadenceCombo() const
{
    return m_ui->cadenceCombo;
}

QComboBox *PreferencesDialog::currencyCombo() const
{
    return m_ui->currencyCombo;
}

QTreeWidget *PreferencesDialog::questionTree() const
{
    return m_ui->questionTree;
}

QTreeWidget *PreferencesDialog::skillTree() const
{
    return m_ui->skillTree;
}

QComboBox *PreferencesDialog::skillGroupCombo() const
{
    return m_ui->skillGroupCombo;
}

QLineEdit *PreferencesDialog::skillNameEdit() const
{
    return m_ui->skillNameEdit;
}

QLineEdit *PreferencesDialog::skillDescriptionEdit() const
{
    return m_ui->skillDescriptionEdit;
}

QLineEdit *PreferencesDialog::levelEdit(int level) const
{
    switch (level) {
    case 1:
        return m_ui->level1Edit;
    case 2:
        return m_ui->level2Edit;
    case 3:
        return m_ui->level3Edit;
    case 4:
        return m_ui->level4Edit;
    default:
        return m_ui->level5Edit;
    }
}

QLineEdit *PreferencesDialog::backupFolderEdit() const
{
    return m_ui->backupFolderEdit;
}

QSpinBox *PreferencesDialog::keepDailySpin() const
{
    return m_ui->keepDailySpin;
}

QSpinBox *PreferencesDialog::keepWeeklySpin() const
{
    return m_ui->keepWeeklySpin;
}

QSpinBox *PreferencesDialog::keepMonthlySpin() const
{
    return m_ui->keepMonthlySpin;
}

} // namespace reins::gui
