#pragma once

// Backups as the GUI uses them: where they go and how many are kept (the preferences), the
// automatic backup on start (on a thread of its own, over a second connection), and
// recovering a damaged database from the newest good backup.

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Date.h"
#include "reins/storage/Backup.h"

#include <filesystem>
#include <memory>
#endif

#include <QObject>
#include <QString>

class QThread;

namespace reins::gui {

struct BackupSettings {
    QString folder;
    storage::BackupRetention retention;
};

// The backup folder and retention of this machine's preferences (Preferences.h).
[[nodiscard]] BackupSettings backupSettings();

[[nodiscard]] std::filesystem::path toPath(const QString &path);
[[nodiscard]] QString toQPath(const std::filesystem::path &path);

struct RecoveryOutcome {
    std::filesystem::path movedAside;   // where the damaged file now is
    std::filesystem::path restoredFrom; // the backup that took its place
};

// Moves the damaged database aside and restores the newest backup in `backupFolder` that
// passes quick_check. Throws StorageError, before anything was moved, when there is no good
// backup.
RecoveryOutcome recoverFromNewestBackup(const std::filesystem::path &databasePath,
                                        const std::filesystem::path &backupFolder, Timestamp now);

// Takes the automatic backup (when the newest is older than a day) on a thread of its
// own, so the window stays responsive. Reports once through `finished`; waits for the
// thread when destroyed.
class AutomaticBackup final : public QObject {
    Q_OBJECT

public:
    explicit AutomaticBackup(QObject *parent = nullptr);
    ~AutomaticBackup() override;

    void start(const QString &databasePath, const BackupSettings &settings);
    // Blocks until a running backup is done (before a restore replaces the file).
    void wait();

signals:
    // `backupPath` is empty when no backup was due; `error` is empty on success.
    void finished(const QString &backupPath, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace reins::gui
