#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "gui/Preferences.h"
#include "reins/Coaching.h"
#include "reins/Domain.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>
#endif

#include <QDialog>

namespace Ui {
class PreferencesDialog;
}

namespace reins {
class DataStore;
}

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace reins::gui {

// This machine's preferences (its role, the usual cadence, the currency, the question bank,
// where backups go and how many are kept) and the database's skill catalogue, in tabs.
// Nothing is saved before OK or Apply; then the catalogue's changes are written in one
// transaction and the preferences after them, so a refused change saves nothing at all.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Page { General, Questions, Skills, Backups };

    explicit PreferencesDialog(DataStore &store, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The preferences as the dialog shows them, saved or not.
    [[nodiscard]] Preferences shownPreferences() const;
    void showPreferences(const Preferences &preferences);
    void showPage(Page page);

    // Saves everything shown. False, after a message saying why, when something was refused;
    // then nothing was saved.
    bool apply();
    void accept() override;
    // Puts the defaults of this machine's preferences in the dialog (not the skill
    // catalogue, which belongs to the database and its people).
    void restoreDefaults();

    void editQuestions();
    void addSkill();
    void removeSkill();
    void bringBackSkill();
    void backUpNow();

    [[nodiscard]] QTabWidget *tabs() const;
    [[nodiscard]] QComboBox *roleCombo() const;
    [[nodiscard]] QComboBox *cadenceCombo() const;
    [[nodiscard]] QComboBox *currencyCombo() const;
    [[nodiscard]] QTreeWidget *questionTree() const;
    [[nodiscard]] QTreeWidget *skillTree() const;
    [[nodiscard]] QComboBox *skillGroupCombo() const;
    [[nodiscard]] QLineEdit *skillNameEdit() const;
    [[nodiscard]] QLineEdit *skillDescriptionEdit() const;
    // Level 1 to 5.
    [[nodiscard]] QLineEdit *levelEdit(int level) const;
    [[nodiscard]] QLineEdit *backupFolderEdit() const;
    [[nodiscard]] QSpinBox *keepDailySpin() const;
    [[nodiscard]] QSpinBox *keepWeeklySpin() const;
    [[nodiscard]] QSpinBox *keepMonthlySpin() const;
    [[nodiscard]] QString backupStatusText() const;
    // Selects the skill with this name in the skill list; false when it is not listed.
    bool selectSkill(const QString &name);

private:
    // A skill as edited here, beside the stored one it started from.
    struct SkillDraft {
        Skill skill;
        Skill stored; // id 0 for a skill added in this dialog
        int ratings = 0;
        bool removed = false;
    };

    void setUpGeneral();
    void setUpQuestions();
    void setUpSkills();
    void setUpBackups();

    void fillQuestions();
    void loadSkills();
    void fillSkillTree(std::optional<std::size_t> select);
    [[nodiscard]] std::optional<std::size_t> selectedSkill() const;
    void showSelectedSkill();
    void editSelectedSkill();
    void updateSkillButtons();
    void updateRoleHint();
    void updateBackupStatus();
    void browseForBackupFolder();

    [[nodiscard]] bool checkSettings(const Preferences &preferences);
    [[nodiscard]] bool checkSkills();
    [[nodiscard]] bool saveSkills();
    void refuse(Page page, QWidget *field, const QString &problem);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    DataStore &m_store;
    QuestionBank m_questions;
    std::vector<SkillDraft> m_skills;
    bool m_fillingSkill = false;
};

} // namespace reins::gui
