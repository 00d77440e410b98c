#include "reins/storage/Backup.h"

#include "reins/AtomicFile.h"
#include "reins/Errors.h"
#include "reins/storage/Database.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace reins::storage {

namespace {

constexpr std::string_view backupPrefix = "reins-";
constexpr std::string_view backupSuffix = ".db";

bool passesQuickCheck(const std::filesystem::path &path)
{
    try {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        SQLite::Statement check(db, "PRAGMA quick_check");
        return check.executeStep() && check.getColumn(0).getString() == "ok";
    } catch (const SQLite::Exception &) {
        return false;
    }
}

// Copies `source` into a new file at `destination` page by page with the backup API.
void copyWithBackupApi(SQLite::Database &source, const std::filesystem::path &destination)
{
    SQLite::Database target(destination.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(target, source);
    // All pages in one step: a consistent snapshot even while another connection writes.
    backup.executeStep(-1);
    // A backup is a single file that opens anywhere: no write-ahead log beside it.
    target.exec("PRAGMA journal_mode = DELETE");
}

std::optional<Timestamp> timeOfBackup(const std::filesystem::path &path)
{
    const auto name = path.filename().string();
    if (!name.starts_with(backupPrefix) || !name.ends_with(backupSuffix))
        return std::nullopt;
    auto stamp =
        name.substr(backupPrefix.size(), name.size() - backupPrefix.size() - backupSuffix.size());
    // reins-2026-11-27T083000Z.db -> 2026-11-27T08:30:00Z
    if (stamp.size() != 18 || stamp[10] != 'T' || stamp[17] != 'Z')
        return std::nullopt;
    const auto iso =
        fmt::format("{}:{}:{}Z", stamp.substr(0, 13), stamp.substr(13, 2), stamp.substr(15, 2));
    return parseIsoTimestamp(iso);
}

} // namespace

void backupTo(Database &database, const std::filesystem::path &destination)
{
    const auto temporary = temporaryPathFor(destination);
    try {
        copyWithBackupApi(database.connection(), temporary);
    } catch (const SQLite::Exception &error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw StorageError(fmt::format("The backup to \u201c{}\u201d failed: {}. Nothing was "
                                       "replaced.",
                                       destination.string(), error.what()));
    }
    if (!passesQuickCheck(temporary)) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw StorageError(fmt::format("The backup to \u201c{}\u201d did not pass its check and "
                                       "was discarded.",
                                       destination.string()));
    }
    try {
        commitTemporaryFile(temporary, destination);
    } catch (const FileWriteError &error) {
        throw StorageError(error.what());
    }
}

std::filesystem::path backupPathFor(const std::filesystem::path &folder, Timestamp at)
{
    auto iso = toIsoTimestamp(at); // 2026-11-27T08:30:00Z
    std::erase(iso, ':');
    return folder / fmt::format("{}{}{}", backupPrefix, iso, backupSuffix);
}

std::vector<std::filesystem::path> listBackups(const std::filesystem::path &folder)
{
    std::vector<std::filesystem::path> backups;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file() && timeOfBackup(entry.path()))
            backups.push_back(entry.path());
    // The names sort by time.
    std::sort(backups.begin(), backups.end());
    return backups;
}

std::optional<std::filesystem::path> backupIfDue(Database &database,
                                                 const std::filesystem::path &folder, Timestamp now,
                                                 BackupRetention retention)
{
    const auto existing = listBackups(folder);
    if (!existing.empty()) {
        const auto newest = timeOfBackup(existing.back());
        if (newest && now - *newest < std::chrono::hours(24))
            return std::nullopt;
    }
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    const auto path = backupPathFor(folder, now);
    backupTo(database, path);
    applyRetention(folder, retention);
    return path;
}

std::vector<std::filesystem::path> applyRetention(const std::filesystem::path &folder,
                                                  BackupRetention retention)
{
    using namespace std::chrono;
    const auto backups = listBackups(folder);
    std::set<std::filesystem::path> keep;
    // Newest first: the first backup seen in a day, week or month is that period's newest.
    auto keepNewestPer = [&](int count, auto periodOf) {
        std::set<std::int64_t> periods;
        for (auto it = backups.rbegin(); it != backups.rend(); ++it) {
            const auto period = periodOf(*timeOfBackup(*it));
            if (periods.contains(period))
                continue;
            if (static_cast<int>(periods.size()) >= count)
                break;
            periods.insert(period);
            keep.insert(*it);
        }
    };
    keepNewestPer(retention.daily,
                  [](Timestamp at) { return floor<days>(at).time_since_epoch().count(); });
    keepNewestPer(retention.weekly, [](Timestamp at) {
        // Weeks start on Monday; 1970-01-01 was a Thursday.
        return (floor<days>(at).time_since_epoch().count() + 3) / 7;
    });
    keepNewestPer(retention.monthly, [](Timestamp at) {
        const year_month_day date{floor<days>(at)};
        return static_cast<std::int64_t>(static_cast<int>(date.year())) * 12 +
               static_cast<unsigned>(date.month());
    });
    std::vector<std::filesystem::path> removed;
    for (const auto &backup : backups) {
        if (keep.contains(backup))
            continue;
        std::error_code error;
        if (std::filesystem::remove(backup, error))
            removed.push_back(backup);
    }
    return removed;
}

std::filesystem::path moveDamagedAside(const std::filesystem::path &databasePath, Timestamp now)
{
    auto stamp = toIsoTimestamp(now);
    std::erase(stamp, ':');
    const auto aside = std::filesystem::path(databasePath.string() + ".damaged-" + stamp);
    std::error_code error;
    std::filesystem::rename(databasePath, aside, error);
    if (error)
        throw StorageError(fmt::format("\u201c{}\u201d could not be moved aside: {}.",
                                       databasePath.string(), error.message()));
    for (const char *suffix : {"-wal", "-shm"}) {
        const auto companion = std::filesystem::path(databasePath.string() + suffix);
        if (std::filesystem::exists(companion, error))
            std::filesystem::rename(companion, aside.string() + suffix, error);
    }
    return aside;
}

std::optional<std::filesystem::path> newestGoodBackup(const std::filesystem::path &folder)
{
    auto backups = listBackups(folder);
    for (auto it = backups.rbegin(); it != backups.rend(); ++it)
        if (passesQuickCheck(*it))
            return *it;
    return std::nullopt;
}

std::filesystem::path restoreBackup(const std::filesystem::path &backup,
                                    const std::filesystem::path &databasePath, Timestamp now)
{
    if (!passesQuickCheck(backup))
        throw StorageError(fmt::format("\u201c{}\u201d is not a sound backup: it does not pass "
                                       "SQLite's check. Nothing was changed.",
                                       backup.string()));
    // Stage the restored copy first, so a failure leaves everything where it was.
    const auto staged = temporaryPathFor(databasePath);
    try {
        SQLite::Database source(backup.string(), SQLite::OPEN_READONLY);
        copyWithBackupApi(source, staged);
    } catch (const SQLite::Exception &error) {
        std::error_code ignored;
        std::filesystem::remove(staged, ignored);
        throw StorageError(fmt::format("Restoring \u201c{}\u201d failed: {}. Nothing was "
                                       "changed.",
                                       backup.string(), error.what()));
    }
    auto stamp = toIsoTimestamp(now);
    std::erase(stamp, ':');
    const auto aside = std::filesystem::path(databasePath.string() + ".before-restore-" + stamp);
    std::error_code error;
    if (std::filesystem::exists(databasePath)) {
        std::filesystem::rename(databasePath, aside, error);
        if (error) {
            std::filesystem::remove(staged, error);
            throw StorageError(fmt::format("The current database could not be moved aside ({}); "
                                           "nothing was changed.",
                                           error.message()));
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            const auto companion = std::filesystem::path(databasePath.string() + suffix);
            if (std::filesystem::exists(companion))
                std::filesystem::rename(companion, aside.string() + suffix, error);
        }
    }
    try {
        commitTemporaryFile(staged, databasePath);
    } catch (const FileWriteError &failure) {
        std::filesystem::rename(aside, databasePath, error);
        throw StorageError(failure.what());
    }
    return aside;
}

} // namespace reins::storage
