#pragma once

// Backups of a Reins database: always through SQLite's backup API (never a file copy, which
// could catch a write half-done), each checked with quick_check before it counts, kept on
// a rotation, and restored without ever deleting the current file.

#include "reins/Date.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace reins::storage {

class Database;

// Writes a consistent copy of the open database to `destination` (atomically: a temporary
// file renamed into place only after quick_check passed). Throws StorageError.
void backupTo(Database &database, const std::filesystem::path &destination);

struct BackupRetention {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Backups in `folder` are named reins-YYYY-MM-DDTHHMMSSZ.db.
[[nodiscard]] std::filesystem::path backupPathFor(const std::filesystem::path &folder,
                                                  Timestamp at);
[[nodiscard]] std::vector<std::filesystem::path> listBackups(const std::filesystem::path &folder);

// Takes a backup into `folder` when the newest one is older than a day (or there is none),
// then applies the retention. Returns the new backup's path when one was taken.
std::optional<std::filesystem::path> backupIfDue(Database &database,
                                                 const std::filesystem::path &folder, Timestamp now,
                                                 BackupRetention retention = {});

// Keeps the newest backup of each of the last `daily` days, `weekly` weeks and `monthly`
// months; removes the rest. Returns the removed files.
std::vector<std::filesystem::path> applyRetention(const std::filesystem::path &folder,
                                                  BackupRetention retention);

// Replaces the database file with a backup. The database must be closed. The current file
// (with its -wal and -shm) is moved aside as "<name>.before-restore-<time>", never deleted;
// returns that path. Throws StorageError when the backup fails quick_check.
std::filesystem::path restoreBackup(const std::filesystem::path &backup,
                                    const std::filesystem::path &databasePath, Timestamp now);

// Moves a damaged database with its -wal and -shm aside as "<name>.damaged-<time>" (never
// deleting anything), so a backup can take its place. Returns the moved database's path.
std::filesystem::path moveDamagedAside(const std::filesystem::path &databasePath, Timestamp now);

// The newest backup in `folder` that passes quick_check.
[[nodiscard]] std::optional<std::filesystem::path>
newestGoodBackup(const std::filesystem::path &folder);

} // namespace reins::storage
