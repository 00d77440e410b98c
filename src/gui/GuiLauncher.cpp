#include "gui/GuiLauncher.h"

#include "gui/BackgroundIntegrityCheck.h"
#include "gui/BackupSupport.h"
#include "gui/MainWindow.h"
#include "gui/QtConvert.h"
#include "gui/ReminderPanel.h"
#include "gui/SharingMenu.h"
#include "gui/Translations.h"
#include "reins/Errors.h"
#include "reins/storage/SqliteDataStore.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initReinsResources()
{
    Q_INIT_RESOURCE(reins);
}

namespace reins::gui {

void initResources()
{
    static const bool initialised = [] {
        initReinsResources();
        return true;
    }();
    (void)initialised;
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("reins.db"));
}

namespace {

// Asks for another database file; empty when the person chose Quit. A damaged file can
// instead be moved aside for the newest good backup; the same path is then returned.
QString askForAnotherDatabase(const QString &path, const QString &problem, bool damaged)
{
    QMessageBox box(QMessageBox::Warning, QApplication::translate("reins::gui", "Reins"),
                    QApplication::translate("reins::gui", "Reins could not open its database."));
    QString details = QApplication::translate("reins::gui", "%1\n\nFile: %2")
                          .arg(problem, QDir::toNativeSeparators(path));
    // Storage's messages usually say so already; the promise matters enough to make sure.
    if (!problem.contains(QStringLiteral("nothing"), Qt::CaseInsensitive))
        details += QApplication::translate("reins::gui", "\n\nNothing was written to the file.");
    box.setInformativeText(details);
    QPushButton *openAnother = box.addButton(
        QApplication::translate("reins::gui", "&Open another file…"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(QMessageBox::Close);
    quit->setText(QApplication::translate("reins::gui", "&Quit"));
    box.setDefaultButton(openAnother);
    box.setEscapeButton(quit);
    QPushButton *recover = nullptr;
    const std::filesystem::path backups = toPath(backupSettings().folder);
    if (damaged && storage::newestGoodBackup(backups)) {
        recover =
            box.addButton(QApplication::translate(
                              "reins::gui", "&Move it aside and restore the newest good backup"),
                          QMessageBox::AcceptRole);
        box.setDefaultButton(recover);
        box.setInformativeText(details +
                               QApplication::translate("reins::gui",
                                                       "\n\nThe damaged file can be moved aside "
                                                       "(it is kept, not deleted) and the newest "
                                                       "backup that passes its check put in its "
                                                       "place. Changes made since that backup "
                                                       "are not in it."));
    }
    box.exec();
    if (recover && box.clickedButton() == recover) {
        try {
            const RecoveryOutcome outcome =
                recoverFromNewestBackup(toPath(path), backups, nowUtc());
            QMessageBox::information(
                nullptr, QApplication::translate("reins::gui", "Reins"),
                QApplication::translate("reins::gui", "Restored the backup %1.\n\nThe damaged "
                                                      "file is kept at %2.")
                    .arg(QDir::toNativeSeparators(toQPath(outcome.restoredFrom)),
                         QDir::toNativeSeparators(toQPath(outcome.movedAside))));
        } catch (const StorageError &error) {
            QMessageBox::warning(nullptr, QApplication::translate("reins::gui", "Reins"),
                                 toQString(error.what()));
        }
        return path;
    }
    if (box.clickedButton() != openAnother)
        return {};

    QFileDialog dialog(nullptr, QApplication::translate("reins::gui", "Open or create a database"),
                       QFileInfo(path).absolutePath());
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile); // a new name creates a new database
    dialog.setNameFilters({QApplication::translate("reins::gui", "Reins databases (*.db)"),
                           QApplication::translate("reins::gui", "All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

// Milliseconds since the kernel started this process (10 ms resolution), or -1.
double millisecondsSinceProcessStart()
{
    std::ifstream statFile("/proc/self/stat");
    std::string stat;
    std::getline(statFile, stat);
    const auto afterName = stat.rfind(')');
    timespec now{};
    if (afterName == std::string::npos || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    // Field 22 is starttime; the space after the command name comes before field 3.
    std::size_t at = afterName + 1;
    for (int field = 3; field < 22 && at != std::string::npos; ++field)
        at = stat.find(' ', at + 1);
    if (at == std::string::npos)
        return -1;
    const double startTicks = std::strtod(stat.c_str() + at + 1, nullptr);
    const double nowMs =
        static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

// For the benchmark (tests/bench): with REINS_EXIT_AFTER_FIRST_PAINT=1, Reins says when the
// main window was first painted and quits.
class FirstPaintReporter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued, so the window's children are painted too before Reins quits.
            QTimer::singleShot(0, this, [] {
                std::printf("reins: first paint %.1f ms after process start\n",
                            millisecondsSinceProcessStart());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

namespace {

// runReins' event loop ends with this when the check after the window showed found damage:
// the database is closed and opened again, which checks it in full and offers a backup.
constexpr int reopenAfterDamage = 77;

std::unique_ptr<storage::SqliteDataStore> openOrAskAgain(QString &path)
{
    while (true) {
        try {
            return storage::SqliteDataStore::open(std::filesystem::path(path.toStdU16String()),
                                                  {.deferCheckAfterCleanClose = true});
        } catch (const DatabaseOpenError &error) {
            const bool damaged = error.failure() == OpenFailure::Damaged ||
                                 (error.failure() == OpenFailure::NotReins &&
                                  QFileInfo(path).absoluteFilePath() ==
                                      QFileInfo(defaultDatabasePath()).absoluteFilePath());
            path = askForAnotherDatabase(path, toQString(error.what()), damaged);
            if (path.isEmpty())
                return nullptr;
        }
    }
}

// The check the open left for later runs while the person starts work; damage found then
// closes the database before more is written to it.
std::unique_ptr<BackgroundIntegrityCheck> checkAfterShowing(MainWindow &window,
                                                            storage::Database &database)
{
    auto check = std::make_unique<BackgroundIntegrityCheck>(toQPath(database.path()));
    QStatusBar *status = window.statusBar();
    status->showMessage(
        QApplication::translate("reins::gui", "Checking the database for damage\u2026"));
    QObject::connect(check.get(), &BackgroundIntegrityCheck::passed, &window, [status] {
        status->showMessage(
            QApplication::translate("reins::gui", "Database checked: no damage found."), 5000);
    });
    // The database checked, if the window still holds it: a backup restored meanwhile
    // replaced it, and the verdict on the file moved aside concerns nobody.
    const auto checkedDatabase = [&window, checked = database.path()]() -> storage::Database * {
        auto *sqlite =
            window.hasStore() ? dynamic_cast<storage::SqliteDataStore *>(&window.store()) : nullptr;
        return sqlite && sqlite->database().path() == checked ? &sqlite->database() : nullptr;
    };
    QObject::connect(
        check.get(), &BackgroundIntegrityCheck::damaged, &window,
        [&window, checkedDatabase](const QString &problem) {
            storage::Database *damaged = checkedDatabase();
            if (!damaged)
                return;
            damaged->distrustCleanClose();
            QMessageBox::critical(
                &window, QApplication::translate("reins::gui", "Database damaged"),
                QApplication::translate("reins::gui",
                                        "Checking the database found damage:\n%1\n\nReins saves "
                                        "what is open, closes the database and opens it again, "
                                        "to check it in full and offer the newest good backup.")
                    .arg(problem));
            QApplication::exit(reopenAfterDamage);
        });
    QObject::connect(check.get(), &BackgroundIntegrityCheck::couldNotCheck, &window,
                     [status, checkedDatabase](const QString &why) {
                         storage::Database *unchecked = checkedDatabase();
                         if (!unchecked)
                             return;
                         // No verdict: the next start checks before it opens the window.
                         unchecked->distrustCleanClose();
                         status->showMessage(
                             QApplication::translate("reins::gui",
                                                     "The database could not be checked (%1). "
                                                     "Reins checks it when it next starts.")
                                 .arg(why));
                     });
    // A moment after the window shows, so the first paint does not share the disk with it.
    QTimer::singleShot(300, check.get(), [check = check.get()] { check->start(); });
    return check;
}

} // namespace

int runReins(const QString &databasePath)
{
    initResources();
    // First, so that even the dialog about a database that cannot be opened is translated.
    installTranslations();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reins.svg")));

    QString path = databasePath;
    while (true) {
        std::unique_ptr<storage::SqliteDataStore> store = openOrAskAgain(path);
        if (!store)
            return 1;
        storage::Database &database = store->database();
        const bool checkLater = database.integrityCheckDeferred();

        MainWindow window(std::move(store), path);
        window.show();
        // Declared after the window, so it stops before the window closes the database.
        std::unique_ptr<BackgroundIntegrityCheck> check;
        if (checkLater)
            check = checkAfterShowing(window, database);
        // The automatic backup waits for the window, and then runs on a thread of its own.
        QTimer::singleShot(0, &window, [&window] {
            if (auto *sharing = window.findChild<SharingMenu *>())
                sharing->startAutomaticBackup();
        });
        if (auto *reminders = window.findChild<ReminderPanel *>())
            reminders->checkSoon();
        // Installed last, so it hears of the first paint before the reminders, which also
        // wait for it: the benchmark's figure is the paint, not the work queued after it.
        FirstPaintReporter firstPaint;
        if (qEnvironmentVariable("REINS_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1"))
            window.installEventFilter(&firstPaint);
        const int exitCode = QApplication::exec();
        if (exitCode != reopenAfterDamage)
            return exitCode;
    }
}

} // namespace reins::gui
