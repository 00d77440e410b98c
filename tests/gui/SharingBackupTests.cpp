// Backups from the window: the automatic one on start, restoring through the dialog (the
// current file is kept aside), and a damaged database replaced by the newest good backup.

#include "SharingTestSupport.h"

#include "gui/BackupSupport.h"
#include "gui/RestoreBackupDialog.h"
#include "reins/Errors.h"
#include "reins/storage/Backup.h"
#include "reins/storage/Database.h"

#include <QAction>
#include <QMessageBox>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <fstream>

using namespace reins;
using namespace reins::gui;
using Command = SharingMenu::Command;

namespace {

bool hasPersonNamed(DataStore &store, const std::string &name)
{
    for (const Person &person : store.people().listAll()) {
        if (person.name == name)
            return true;
    }
    return false;
}

std::vector<std::filesystem::path> filesStartingWith(const std::filesystem::path &folder,
                                                     const std::string &prefix)
{
    std::vector<std::filesystem::path> found;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().filename().string().starts_with(prefix))
            found.push_back(entry.path());
    }
    return found;
}

// Overwrites the pages after the first: SQLite's checks fail, the header stays.
void damage(const std::filesystem::path &path)
{
    constexpr std::uintmax_t page = 4096;
    const auto size = std::filesystem::file_size(path);
    REQUIRE(size > 4 * page);
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(page));
    const std::string garbage(std::min<std::uintmax_t>(size - 2 * page, 16 * page), '\x5a');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
}

} // namespace

TEST_CASE("The automatic backup, then a restore through the dialog keeps the old file aside",
          "[gui][sharing][backup]")
{
    test::TempDir dir;
    const auto backups = dir.file("backups");
    test::BackupFolderSetting setting(backups);
    test::SharingWindow open(dir.file("reins.db"));

    // On start: no backup yet, so one is due; it runs off the GUI thread.
    open.sharing->startAutomaticBackup();
    REQUIRE(QTest::qWaitFor([&] { return storage::listBackups(backups).size() == 1; }, 10000));
    // Once a day is enough.
    QTest::qWait(100);
    open.sharing->startAutomaticBackup();
    QTest::qWait(300);
    CHECK(storage::listBackups(backups).size() == 1);

    // Work after the backup, then go back to it.
    Person late;
    late.name = "Added After The Backup";
    late.role = Role::Salesperson;
    (void)open.window->store().people().add(late);
    open.window->refresh();

    QStringList listed;
    QString report;
    test::ModalDriver driver;
    driver
        .then([&](QWidget *modal) {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            QTreeWidget *list = dialog->backupList();
            for (int row = 0; row < list->topLevelItemCount(); ++row)
                listed << list->topLevelItem(row)->text(0) + QLatin1Char('|') +
                              list->topLevelItem(row)->text(1);
            auto *restore = test::buttonWithText(dialog, QStringLiteral("Restore"));
            CHECK(restore);
            if (restore)
                restore->click();
        })
        .thenMessageBox([&](QMessageBox *box) {
            report = box->text() + QLatin1Char(' ') + box->informativeText();
            box->accept();
        });
    open.sharing->action(Command::RestoreBackup)->trigger();
    CHECK(driver.allHandled());

    REQUIRE(listed.size() == 1);
    CHECK(listed.front().endsWith(QStringLiteral("B"))); // a size such as "96 KiB"
    // The window works on the restored database...
    CHECK_FALSE(hasPersonNamed(open.window->store(), late.name));
    CHECK_FALSE(open.window->store().people().listAll().empty());
    // ...and the database as it was is kept beside it, with the later work in it.
    const auto aside = filesStartingWith(dir.path(), "reins.db.before-restore-");
    REQUIRE(aside.size() == 1);
    CHECK(report.contains(QStringLiteral("kept")));
    CHECK(report.contains(test::qPath(aside.front().filename())));
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto before = std::make_unique<storage::SqliteDataStore>(
        storage::Database::open(aside.front(), readOnly));
    CHECK(hasPersonNamed(*before, late.name));
}

TEST_CASE("A damaged database is moved aside and the newest good backup takes its place",
          "[gui][sharing][backup]")
{
    test::TempDir dir;
    const auto database = dir.file("reins.db");
    const auto backups = dir.file("backups");
    std::filesystem::create_directories(backups);
    int people = 0;
    {
        auto store = storage::SqliteDataStore::open(database);
        writeSampleTeam(*store, {3, 4}, todayUtc());
        people = static_cast<int>(store->people().listAll().size());
        storage::backupTo(store->database(), storage::backupPathFor(backups, nowUtc()));
    }

    SECTION("With a good backup")
    {
        damage(database);
        try {
            (void)storage::SqliteDataStore::open(database);
            FAIL("the damaged file opened");
        } catch (const DatabaseOpenError &error) {
            CHECK(error.failure() == OpenFailure::Damaged);
        }

        const RecoveryOutcome outcome = recoverFromNewestBackup(database, backups, nowUtc());
        CHECK(std::filesystem::exists(outcome.movedAside));
        CHECK(outcome.movedAside.filename().string().starts_with("reins.db.damaged-"));
        CHECK(outcome.restoredFrom.parent_path() == backups);
        auto store = storage::SqliteDataStore::open(database);
        CHECK(static_cast<int>(store->people().listAll().size()) == people);
    }

    SECTION("Without one nothing is moved")
    {
        for (const auto &backup : storage::listBackups(backups))
            std::filesystem::remove(backup);
        damage(database);
        CHECK_THROWS_AS(recoverFromNewestBackup(database, backups, nowUtc()), StorageError);
        CHECK(std::filesystem::exists(database));
        CHECK(filesStartingWith(dir.path(), "reins.db.damaged-").empty());
    }
}
