#include "gui/BackupSupport.h"

#include "gui/Preferences.h"
#include "gui/QtConvert.h"
#include "reins/Errors.h"
#include "reins/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>
#include <QThread>

#include <exception>
#include <optional>

namespace reins::gui {

BackupSettings backupSettings()
{
    const Preferences preferences = loadPreferences();
    return {preferences.backupFolder, preferences.retention()};
}

std::filesystem::path toPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

QString toQPath(const std::filesystem::path &path)
{
    return QString::fromStdU16String(path.u16string());
}

RecoveryOutcome recoverFromNewestBackup(const std::filesystem::path &databasePath,
                                        const std::filesystem::path &backupFolder, Timestamp now)
{
    const std::optional<std::filesystem::path> backup = storage::newestGoodBackup(backupFolder);
    if (!backup)
        throw StorageError(toStdString(
            QCoreApplication::translate(
                "reins::gui", "There is no good backup in \u201c%1\u201d. Nothing was moved.")
                .arg(QDir::toNativeSeparators(toQPath(backupFolder)))));
    RecoveryOutcome outcome;
    outcome.restoredFrom = *backup;
    outcome.movedAside = storage::moveDamagedAside(databasePath, now);
    storage::restoreBackup(*backup, databasePath, now);
    return outcome;
}

AutomaticBackup::AutomaticBackup(QObject *parent)
    : QObject(parent)
{}

AutomaticBackup::~AutomaticBackup()
{
    wait();
}

void AutomaticBackup::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void AutomaticBackup::start(const QString &databasePath, const BackupSettings &settings)
{
    wait();
    // The worker never touches this object directly: it reports through a queued call,
    // which Qt drops when this object is gone.
    m_thread = QThread::create([this, databasePath, settings] {
        QString backupPath;
        QString error;
        try {
            // A connection of its own; the GUI keeps using the main one meanwhile.
            storage::OpenOptions options;
            options.joinsOpenDatabase = true;
            options.verifyIntegrity = false;
            auto database = storage::Database::open(toPath(databasePath), options);
            if (const auto taken = storage::backupIfDue(*database, toPath(settings.folder),
                                                        nowUtc(), settings.retention))
                backupPath = toQPath(*taken);
        } catch (const std::exception &failure) {
            error = toQString(failure.what());
        }
        QMetaObject::invokeMethod(
            this, [this, backupPath, error] { emit finished(backupPath, error); },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace reins::gui
