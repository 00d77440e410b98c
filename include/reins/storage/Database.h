#pragma once

// One open Reins database file: the whole safe open sequence, the migrations, and the
// lock that keeps a second Reins away from the same file.

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace reins::storage {

// "Rein" in ASCII: marks a SQLite file as a Reins database.
inline constexpr int applicationId = 0x5265696E;

struct OpenOptions {
    // Opens for reading only: no migration, no journal change, nothing written.
    bool readOnly = false;
    // Runs quick_check (integrity_check after an unclean exit) before anything is written.
    bool verifyIntegrity = true;
    // A second connection of this process to a database it already holds open, for work
    // off the GUI thread: no lock of its own, no migration, no integrity check.
    bool joinsOpenDatabase = false;
    // Leaves the quick_check to the caller (quickCheck(), on a thread of its own once the
    // window is up) when Reins itself closed the file cleanly last time and the file is
    // exactly as it left it: same inode, size and modification time. An unclean exit, a
    // file changed by anything else, or a migration to run still checks before the open
    // returns. A 600 MB database takes seconds to check.
    bool deferCheckAfterCleanClose = false;
};

class Database {
public:
    // Runs the open sequence. Throws DatabaseOpenError with a message naming the file and
    // the problem; in that case nothing was written to the file.
    [[nodiscard]] static std::unique_ptr<Database> open(const std::filesystem::path &path,
                                                        OpenOptions options = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] SQLite::Database &connection() { return *m_connection; }
    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    // True when the previous session on this file did not close it cleanly; the open then
    // ran a full integrity_check instead of quick_check.
    [[nodiscard]] bool recoveredFromUncleanExit() const { return m_recoveredFromUncleanExit; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // True when the open left the quick_check to the caller (see OpenOptions).
    [[nodiscard]] bool integrityCheckDeferred() const { return m_integrityCheckDeferred; }
    // The deferred check found damage: the next open checks in full before anything else,
    // whatever this close looks like.
    void distrustCleanClose() { m_distrustCleanClose = true; }
    // True when the file lives on a network filesystem, where SQLite's locking and the
    // write-ahead log cannot be trusted; the user should be warned.
    [[nodiscard]] bool isOnNetworkFilesystem() const;

private:
    Database() = default;

    class Lock;
    std::filesystem::path m_path;
    std::unique_ptr<Lock> m_lock;
    std::unique_ptr<SQLite::Database> m_connection;
    bool m_recoveredFromUncleanExit = false;
    bool m_readOnly = false;
    bool m_integrityCheckDeferred = false;
    bool m_distrustCleanClose = false;
    bool m_openCompleted = false;
    bool m_joined = false;
};

// The schema version this build of Reins writes.
[[nodiscard]] int currentSchemaVersion();

// Runs quick_check on a read-only connection of its own, beside the connection that holds
// the file open; never writes. Returns the problems found (empty when healthy), or nullopt
// when `stop` was true before it started or became true while SQLite could still stop.
[[nodiscard]] std::optional<std::vector<std::string>> quickCheck(const std::filesystem::path &path,
                                                                 const std::atomic<bool> &stop);

// The verdict of `reins check`: integrity and foreign keys.
struct HealthReport {
    bool healthy = true;
    std::string summary;               // one line, e.g. "healthy: 12 people, 340 sessions"
    std::vector<std::string> problems; // each a sentence naming table and row
    bool onNetworkFilesystem = false;
};

// Opens the file read-only and runs integrity_check and foreign_key_check. Never writes.
// Throws DatabaseOpenError when the file cannot be opened at all.
[[nodiscard]] HealthReport checkDatabase(const std::filesystem::path &path);

} // namespace reins::storage
