// This machine's preferences: the typed table read from and written to the settings file
// (every value back as written, defaults for what is missing, defaults for what is
// invalid), the Preferences dialog opened from the menu and driven like a person, the
// skill catalogue edited in it, and the backup code following the folder chosen there.

#include "GuiTestSupport.h"

#include "gui/BackupSupport.h"
#include "gui/MainWindow.h"
#include "gui/NewSessionDialog.h"
#include "gui/Preferences.h"
#include "gui/PreferencesDialog.h"
#include "gui/QtConvert.h"
#include "gui/QuestionBankSettings.h"
#include "gui/ReviewMenu.h"
#include "reins/Repositories.h"
#include "reins/storage/Backup.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <optional>

using namespace reins;
using namespace reins::gui;

namespace {

// Every test here writes preferences; the next test, in this process, starts from none.
class PreferencesReset {
public:
    PreferencesReset() { clear(); }
    ~PreferencesReset() { clear(); }
    PreferencesReset(const PreferencesReset &) = delete;
    PreferencesReset &operator=(const PreferencesReset &) = delete;

private:
    static void clear()
    {
        QSettings settings;
        for (const char *group : {"machine", "sessions", "sales/currency", "backup", "preferences",
                                  "meeting/questions"})
            settings.remove(QString::fromLatin1(group));
    }
};

QString qPath(const std::filesystem::path &path)
{
    return QString::fromStdU16String(path.u16string());
}

// Preferences that differ from the defaults in every field.
Preferences unusualPreferences(const std::filesystem::path &folder)
{
    Preferences preferences = defaultPreferences();
    preferences.role = Role::Salesperson;
    preferences.defaultCadence = Cadence::Fortnightly;
    preferences.currency =
        preferences.currency == u"CHF" ? QStringLiteral("SEK") : QStringLiteral("CHF");
    setQuestionsOf(preferences.questions, MeetingStage::Plan,
                   {QStringLiteral("Which one action moves the number most?"),
                    QStringLiteral("What will you stop doing?")});
    preferences.backupFolder = qPath(folder);
    preferences.keepDaily = 3;
    preferences.keepWeekly = 0;
    preferences.keepMonthly = 24;
    return preferences;
}

// Selects the whole text of an edit or spin box and types over it.
void typeOver(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

QAbstractButton *standardButton(const PreferencesDialog &dialog,
                                QDialogButtonBox::StandardButton which)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

void click(QAbstractButton *button)
{
    CHECK(button);
    if (button)
        QTest::mouseClick(button, Qt::LeftButton);
}

void requireAllHandled(const test::ModalDriver &driver, const char *what)
{
    INFO(what);
    REQUIRE(driver.allHandled());
}

std::unique_ptr<MainWindow> openWindow(const std::filesystem::path &path)
{
    auto window = std::make_unique<MainWindow>(storage::SqliteDataStore::open(path), qPath(path));
    window->show();
    return window;
}

std::optional<Skill> skillNamed(DataStore &store, const std::string &name)
{
    for (const Skill &skill : store.skills().listAll(true)) {
        if (skill.name == name)
            return skill;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Preferences - every setting is read back from the settings file as it was saved",
          "[gui][preferences]")
{
    PreferencesReset reset;
    test::TempDir dir;
    const QString file = qPath(dir.file("reins.conf"));
    const Preferences saved = unusualPreferences(dir.file("elsewhere"));
    REQUIRE_FALSE(saved == defaultPreferences());
    {
        QSettings settings(file, QSettings::IniFormat);
        savePreferences(settings, saved);
    }
    const QSettings settings(file, QSettings::IniFormat);
    const Preferences read = loadPreferences(settings);
    CHECK(read.role == Role::Salesperson);
    CHECK(read.defaultCadence == Cadence::Fortnightly);
    CHECK(read.currency == saved.currency);
    CHECK(questionsOf(read.questions, MeetingStage::Plan) ==
          questionsOf(saved.questions, MeetingStage::Plan));
    CHECK(read.backupFolder == saved.backupFolder);
    CHECK(read.keepDaily == 3);
    CHECK(read.keepWeekly == 0);
    CHECK(read.keepMonthly == 24);
    CHECK(read == saved);

    SECTION("through the application's settings, telling open windows once")
    {
        QSignalSpy changed(&PreferencesNotifier::instance(), &PreferencesNotifier::changed);
        savePreferences(saved);
        CHECK(changed.count() == 1);
        CHECK(loadPreferences() == saved);
        CHECK(backupSettings().folder == saved.backupFolder);
        CHECK(backupSettings().retention.monthly == 24);
    }
}

TEST_CASE("Preferences - an empty settings file reads as the defaults", "[gui][preferences]")
{
    PreferencesReset reset;
    test::TempDir dir;
    const QSettings settings(qPath(dir.file("empty.conf")), QSettings::IniFormat);
    const Preferences read = loadPreferences(settings);
    CHECK(read == defaultPreferences());
    CHECK(read.role == Role::Manager);
    CHECK(read.defaultCadence == Cadence::Monthly);
    CHECK(isCurrencyCode(read.currency));
    CHECK(read.currency == defaultCurrency());
    CHECK(QDir::isAbsolutePath(read.backupFolder));
    CHECK(read.backupFolder.endsWith(u"/backups"));
    CHECK(read.keepDaily == 7);
    CHECK(read.keepWeekly == 4);
    CHECK(read.keepMonthly == 12);
    CHECK(read.questions.questions == defaultQuestionBank().questions);
}

TEST_CASE("Preferences - invalid stored values fall back to their defaults", "[gui][preferences]")
{
    PreferencesReset reset;
    test::TempDir dir;
    const QString file = qPath(dir.file("damaged.conf"));
    const Preferences defaults = defaultPreferences();

    SECTION("each value of the wrong kind or out of range")
    {
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("machine/role"), QStringLiteral("boss"));
            settings.setValue(QStringLiteral("sessions/defaultCadence"), QStringLiteral("daily"));
            settings.setValue(QStringLiteral("sales/currency"), QStringLiteral("euro"));
            settings.setValue(QStringLiteral("backup/folder"), QStringLiteral("relative/folder"));
            settings.setValue(QStringLiteral("backup/keepDaily"), 0);
            settings.setValue(QStringLiteral("backup/keepWeekly"), QStringLiteral("many"));
            settings.setValue(QStringLiteral("backup/keepMonthly"), 100000);
        }
        const Preferences read = loadPreferences(QSettings(file, QSettings::IniFormat));
        CHECK(read.role == defaults.role);
        CHECK(read.defaultCadence == defaults.defaultCadence);
        CHECK(read.currency == defaults.currency);
        CHECK(read.backupFolder == defaults.backupFolder);
        CHECK(read.keepDaily == defaults.keepDaily);
        CHECK(read.keepWeekly == defaults.keepWeekly);
        CHECK(read.keepMonthly == defaults.keepMonthly);
    }
    SECTION("values of the right kind in the wrong form")
    {
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("sales/currency"), QStringLiteral("E1R"));
            settings.setValue(QStringLiteral("backup/folder"), QString());
            settings.setValue(QStringLiteral("backup/keepDaily"), -3);
            settings.setValue(QStringLiteral("machine/role"), QStringList{"manager", "x"});
        }
        const Preferences read = loadPreferences(QSettings(file, QSettings::IniFormat));
        CHECK(read == defaults);
    }
    SECTION("a file written by a newer Reins")
    {
        {
            QSettings settings(file, QSettings::IniFormat);
            savePreferences(settings, unusualPreferences(dir.file("elsewhere")));
            settings.setValue(QStringLiteral("preferences/version"), 99);
        }
        CHECK(loadPreferences(QSettings(file, QSettings::IniFormat)) == defaults);
    }
    SECTION("saving an invalid value writes the default instead")
    {
        Preferences invalid = defaults;
        invalid.currency = QStringLiteral("eu");
        invalid.keepMonthly = -1;
        {
            QSettings settings(file, QSettings::IniFormat);
            savePreferences(settings, invalid);
        }
        CHECK(loadPreferences(QSettings(file, QSettings::IniFormat)) == defaults);
    }
}

TEST_CASE("Preferences - the dialog from the menu saves what was changed, shows it again and "
          "Cancel discards",
          "[gui][preferences]")
{
    PreferencesReset reset;
    test::TempDir dir;
    auto window = openWindow(dir.file("reins.db"));
    QAction *open = window->action(MainWindow::Command::Preferences);
    REQUIRE(open);
    CHECK(open->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    auto *review = window->findChild<ReviewMenu *>();
    REQUIRE(review);
    CHECK(review->managersViewAction()->isChecked()); // a manager's machine by default

    const QString folder = qPath(dir.file("team backups"));
    {
        test::ModalDriver driver;
        driver.then([&](QWidget *modal) {
            auto *dialog = qobject_cast<PreferencesDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            CHECK(dialog->tabs()->currentIndex() == 0);
            dialog->roleCombo()->setCurrentIndex(
                dialog->roleCombo()->findData(static_cast<int>(Role::Salesperson)));
            dialog->cadenceCombo()->setCurrentIndex(
                dialog->cadenceCombo()->findData(static_cast<int>(Cadence::Weekly)));
            typeOver(dialog->currencyCombo()->lineEdit(), QStringLiteral("gbp"));
            dialog->tabs()->setCurrentIndex(3);
            typeOver(dialog->backupFolderEdit(), QDir::toNativeSeparators(folder));
            typeOver(dialog->keepDailySpin(), QStringLiteral("10"));
            typeOver(dialog->keepWeeklySpin(), QStringLiteral("2"));
            typeOver(dialog->keepMonthlySpin(), QStringLiteral("6"));
            click(standardButton(*dialog, QDialogButtonBox::Ok));
        });
        open->trigger();
        requireAllHandled(driver, "first opening");
    }
    const Preferences saved = loadPreferences();
    CHECK(saved.role == Role::Salesperson);
    CHECK(saved.defaultCadence == Cadence::Weekly);
    CHECK(saved.currency == u"GBP");
    CHECK(saved.backupFolder == folder);
    CHECK(saved.keepDaily == 10);
    CHECK(saved.keepWeekly == 2);
    CHECK(saved.keepMonthly == 6);
    // The role took effect at once, without a restart.
    CHECK_FALSE(review->managersViewAction()->isChecked());

    {
        test::ModalDriver driver;
        driver.then([&](QWidget *modal) {
            auto *dialog = qobject_cast<PreferencesDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            CHECK(dialog->roleCombo()->currentData().toInt() ==
                  static_cast<int>(Role::Salesperson));
            CHECK(dialog->cadenceCombo()->currentData().toInt() ==
                  static_cast<int>(Cadence::Weekly));
            CHECK(dialog->currencyCombo()->currentText() == u"GBP");
            CHECK(QDir::fromNativeSeparators(dialog->backupFolderEdit()->text()) == folder);
            CHECK(dialog->keepDailySpin()->value() == 10);
            CHECK(dialog->keepWeeklySpin()->value() == 2);
            CHECK(dialog->keepMonthlySpin()->value() == 6);
            // Changed, then thought better of.
            dialog->roleCombo()->setCurrentIndex(
                dialog->roleCombo()->findData(static_cast<int>(Role::Manager)));
            dialog->cadenceCombo()->setCurrentIndex(
                dialog->cadenceCombo()->findData(static_cast<int>(Cadence::Monthly)));
            typeOver(dialog->currencyCombo()->lineEdit(), QStringLiteral("USD"));
            typeOver(dialog->keepDailySpin(), QStringLiteral("30"));
            click(standardButton(*dialog, QDialogButtonBox::Cancel));
        });
        open->trigger();
        requireAllHandled(driver, "second opening");
    }
    CHECK(loadPreferences() == saved);
    CHECK_FALSE(review->managersViewAction()->isChecked());

    // A first session proposes the cadence chosen.
    const Person salesperson{7, "Dana Fischer", "", Role::Salesperson, {}};
    const NewSessionDialog newSession(salesperson, {}, {}, todayUtc());
    CHECK(newSession.session().cadence == Cadence::Weekly);

    SECTION("Restore defaults puts the defaults in the dialog, saved with Apply")
    {
        test::ModalDriver driver;
        driver.then([&](QWidget *modal) {
            auto *dialog = qobject_cast<PreferencesDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            click(standardButton(*dialog, QDialogButtonBox::RestoreDefaults));
            CHECK(dialog->shownPreferences() == defaultPreferences());
            CHECK(loadPreferences() == saved); // not before Apply
            click(standardButton(*dialog, QDialogButtonBox::Apply));
            CHECK(loadPreferences() == defaultPreferences());
            CHECK(dialog->isVisible());
            click(standardButton(*dialog, QDialogButtonBox::Cancel));
        });
        open->trigger();
        requireAllHandled(driver, "restore defaults");
        CHECK(loadPreferences() == defaultPreferences());
        CHECK(review->managersViewAction()->isChecked());
    }
}

TEST_CASE("Preferences - a skill added in the dialog is in the catalogue after a reopen",
          "[gui][preferences][skills]")
{
    PreferencesReset reset;
    test::TempDir dir;
    const auto path = dir.file("reins.db");
    {
        auto store = storage::SqliteDataStore::open(path);
        PreferencesDialog dialog(*store);
        dialog.show();
        dialog.showPage(PreferencesDialog::Page::Skills);
        // Added to the group of the skill selected.
        const Skill conversation = [&] {
            for (const Skill &skill : store->skills().listAll())
                if (skill.group == SkillGroup::Conversation)
                    return skill;
            return Skill{};
        }();
        REQUIRE(dialog.selectSkill(toQString(conversation.name)));
        click(test::buttonWithText<QPushButton>(&dialog, QStringLiteral("Add skill")));
        CHECK(dialog.focusWidget() == dialog.skillNameEdit());
        CHECK(dialog.skillNameEdit()->selectedText() == u"New skill");
        QTest::keyClicks(dialog.skillNameEdit(), QStringLiteral("Social selling"));
        typeOver(dialog.skillDescriptionEdit(),
                 QStringLiteral("Finds and warms up buyers on professional networks."));
        typeOver(dialog.levelEdit(5), QStringLiteral("Buyers contact them first."));
        CHECK(dialog.skillTree()->currentItem()->text(0) == u"Social selling");
        CHECK(dialog.skillTree()->currentItem()->parent()->text(0) ==
              skillGroupName(SkillGroup::Conversation));
        click(standardButton(dialog, QDialogButtonBox::Ok));
        CHECK(dialog.result() == QDialog::Accepted);
    }
    auto store = storage::SqliteDataStore::open(path);
    const auto added = skillNamed(*store, "Social selling");
    REQUIRE(added);
    CHECK(added->group == SkillGroup::Conversation);
    CHECK(added->description == "Finds and warms up buyers on professional networks.");
    CHECK(added->levels[4] == "Buyers contact them first.");
    CHECK_FALSE(added->levels[0].empty());
    CHECK_FALSE(added->retired);
}

TEST_CASE("Preferences - a skill without a name or with a taken name is refused and nothing "
          "is written",
          "[gui][preferences][skills]")
{
    PreferencesReset reset;
    test::TempDir dir;
    const auto path = dir.file("reins.db");
    auto store = storage::SqliteDataStore::open(path);
    const auto before = store->skills().listAll(true);
    REQUIRE(before.size() >= 2);
    const Preferences preferencesBefore = loadPreferences();

    PreferencesDialog dialog(*store);
    dialog.show();
    dialog.showPage(PreferencesDialog::Page::Skills);
    // A change that would be fine on its own, which must not be saved either.
    REQUIRE(dialog.selectSkill(toQString(before[0].name)));
    typeOver(dialog.skillNameEdit(), QStringLiteral("Renamed skill"));
    dialog.cadenceCombo()->setCurrentIndex(
        dialog.cadenceCombo()->findData(static_cast<int>(Cadence::Weekly)));

    QString expected;
    SECTION("an empty name")
    {
        click(test::buttonWithText<QPushButton>(&dialog, QStringLiteral("Add skill")));
        dialog.skillNameEdit()->clear();
        expected = QStringLiteral("Every skill needs a name");
    }
    SECTION("the name of another skill, written differently")
    {
        REQUIRE(dialog.selectSkill(toQString(before[1].name)));
        typeOver(dialog.skillNameEdit(), QStringLiteral("  renamed   SKILL "));
        expected = QStringLiteral("Two skills are called");
    }

    QString message;
    test::ModalDriver driver;
    driver.thenMessageBox([&](QMessageBox *box) {
        message = box->text();
        box->accept();
    });
    click(standardButton(dialog, QDialogButtonBox::Ok));
    requireAllHandled(driver, "the refusal");
    CHECK(message.contains(expected));
    CHECK(dialog.isVisible());
    CHECK(dialog.tabs()->currentIndex() == static_cast<int>(PreferencesDialog::Page::Skills));
    CHECK(dialog.focusWidget() == dialog.skillNameEdit());
    CHECK(store->skills().listAll(true) == before);
    CHECK(loadPreferences() == preferencesBefore);

    click(standardButton(dialog, QDialogButtonBox::Cancel));
    store.reset();
    CHECK(storage::SqliteDataStore::open(path)->skills().listAll(true) == before);
}

TEST_CASE("Preferences - removing a scored skill retires it and its scores stay",
          "[gui][preferences][skills]")
{
    PreferencesReset reset;
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("reins.db"));
    const auto skills = store->skills().listAll();
    REQUIRE(skills.size() >= 2);
    const Id salesperson =
        store->people().add({0, "Dana Fischer", "", Role::Salesperson, std::nullopt});
    Session session;
    session.salespersonId = salesperson;
    session.meetingDate = todayUtc();
    session.periodStart = addDays(todayUtc(), -30);
    session.periodEnd = addDays(todayUtc(), -1);
    const Id sessionId = store->sessions().create(session);
    SessionPrep prep;
    prep.skillRatings.push_back({0, skills[0].id, 4, "Good calls.", {}});
    store->sessions().savePrep(sessionId, prep);

    PreferencesDialog dialog(*store);
    dialog.show();
    dialog.showPage(PreferencesDialog::Page::Skills);
    REQUIRE(dialog.selectSkill(toQString(skills[0].name)));
    click(test::buttonWithText<QPushButton>(&dialog, QStringLiteral("Retire")));
    REQUIRE(dialog.selectSkill(toQString(skills[1].name)));
    click(test::buttonWithText<QPushButton>(&dialog, QStringLiteral("Remove")));
    CHECK_FALSE(dialog.selectSkill(toQString(skills[1].name)));
    click(standardButton(dialog, QDialogButtonBox::Apply));

    CHECK(store->skills().find(skills[0].id)->retired);
    CHECK_FALSE(store->skills().find(skills[1].id));
    CHECK(store->sessions().loadPrep(sessionId).skillRatings.size() == 1);

    // Retired skills are listed when asked for, and can be brought back.
    CHECK_FALSE(dialog.selectSkill(toQString(skills[0].name)));
    auto *showRetired = test::buttonWithText(&dialog, QStringLiteral("Show retired skills"));
    REQUIRE(showRetired);
    showRetired->click();
    REQUIRE(dialog.selectSkill(toQString(skills[0].name)));
    click(test::buttonWithText<QPushButton>(&dialog, QStringLiteral("Bring back")));
    click(standardButton(dialog, QDialogButtonBox::Ok));
    CHECK_FALSE(store->skills().find(skills[0].id)->retired);
}

TEST_CASE("Preferences - the backup code uses the folder chosen in the dialog",
          "[gui][preferences][backup]")
{
    PreferencesReset reset;
    test::TempDir dir;
    const auto databasePath = dir.file("reins.db");
    auto store = storage::SqliteDataStore::open(databasePath);
    const auto tried = dir.file("tried");
    const auto chosen = dir.file("chosen");

    {
        // Back up now writes into the folder shown, even before it is saved.
        PreferencesDialog dialog(*store);
        dialog.show();
        dialog.showPage(PreferencesDialog::Page::Backups);
        typeOver(dialog.backupFolderEdit(), QDir::toNativeSeparators(qPath(tried)));
        click(test::buttonWithText<QPushButton>(&dialog, QStringLiteral("Back up now")));
        CHECK(storage::listBackups(tried).size() == 1);
        CHECK(dialog.backupStatusText().startsWith(u"Backed up to"));
        click(standardButton(dialog, QDialogButtonBox::Cancel));
    }
    CHECK(backupSettings().folder == defaultBackupFolder());

    {
        PreferencesDialog dialog(*store);
        dialog.show();
        dialog.showPage(PreferencesDialog::Page::Backups);
        typeOver(dialog.backupFolderEdit(), QDir::toNativeSeparators(qPath(chosen)));
        typeOver(dialog.keepDailySpin(), QStringLiteral("2"));
        click(standardButton(dialog, QDialogButtonBox::Ok));
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const BackupSettings settings = backupSettings();
    CHECK(settings.folder == qPath(chosen));
    CHECK(settings.retention.daily == 2);

    AutomaticBackup backup;
    QSignalSpy finished(&backup, &AutomaticBackup::finished);
    backup.start(qPath(databasePath), backupSettings());
    REQUIRE(finished.wait(10000));
    CHECK(finished.front().at(1).toString().isEmpty());
    const auto taken = storage::listBackups(chosen);
    REQUIRE(taken.size() == 1);
    CHECK(finished.front().at(0).toString() == qPath(taken.front()));
    CHECK(storage::listBackups(tried).size() == 1);
}
