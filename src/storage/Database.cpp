#include "reins/storage/Database.h"

#include "Migrations.h"
#include "SqlSupport.h"
#include "reins/Errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace reins::storage {

namespace {

constexpr std::string_view sqliteMagic{"SQLite format 3\0", 16};

std::string quoted(const std::filesystem::path &path)
{
    return fmt::format("\u201c{}\u201d", path.string());
}

[[noreturn]] void refuse(const std::string &message, OpenFailure failure = OpenFailure::Unavailable)
{
    throw DatabaseOpenError(message, failure);
}

// Whether the user may write here. The mode bits count even for root, who could write
// anyway: a file someone marked read-only is not Reins' to change.
bool isWritable(const std::filesystem::path &path)
{
    using std::filesystem::perms;
    std::error_code error;
    const auto permissions = std::filesystem::status(path, error).permissions();
    if (error)
        return false;
    const bool anyWriteBit =
        (permissions & (perms::owner_write | perms::group_write | perms::others_write)) !=
        perms::none;
    return anyWriteBit && ::access(path.c_str(), W_OK) == 0;
}

// Checks what can be checked before SQLite touches the file, so that a wrong path never
// creates or changes anything.
void checkPathBeforeOpening(const std::filesystem::path &path, bool readOnly)
{
    std::error_code error;
    const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    if (!std::filesystem::is_directory(folder, error))
        refuse(fmt::format("The folder {} does not exist, so the database {} cannot be opened "
                           "there. Choose an existing folder.",
                           quoted(folder), quoted(path.filename())));

    const bool exists = std::filesystem::exists(path, error);
    if (!exists) {
        if (readOnly)
            refuse(fmt::format("There is no database at {}.", quoted(path)));
        if (!isWritable(folder))
            refuse(fmt::format("The folder {} is read-only, so a new database cannot be "
                               "created in it.",
                               quoted(folder)));
        return;
    }
    if (std::filesystem::is_directory(path, error))
        refuse(fmt::format("{} is a folder, not a database file.", quoted(path)));

    std::ifstream file(path, std::ios::binary);
    if (!file)
        refuse(fmt::format("{} cannot be read: {}.", quoted(path), std::strerror(errno)));
    std::array<char, 16> header{};
    file.read(header.data(), header.size());
    const auto headerLength = static_cast<std::size_t>(file.gcount());
    if (headerLength > 0 && std::string_view(header.data(), headerLength) != sqliteMagic)
        refuse(fmt::format("{} is not a Reins database: it is not an SQLite file at all. "
                           "Nothing was changed in it.",
                           quoted(path)),
               OpenFailure::NotReins);

    if (!readOnly) {
        if (!isWritable(path))
            refuse(fmt::format("{} is read-only. Reins needs to write to its database; make "
                               "the file writable or open a copy.",
                               quoted(path)));
        if (!isWritable(folder))
            refuse(fmt::format("The folder {} is read-only. Reins keeps its journal beside the "
                               "database and needs to write there.",
                               quoted(folder)));
    }
}

std::string singleText(SQLite::Database &db, const char *sql)
{
    SQLite::Statement statement(db, sql);
    if (!statement.executeStep())
        return {};
    return statement.getColumn(0).getString();
}

int singleInt(SQLite::Database &db, const char *sql)
{
    SQLite::Statement statement(db, sql);
    if (!statement.executeStep())
        return 0;
    return statement.getColumn(0).getInt();
}

// quick_check or integrity_check; returns the problems it reports (empty when healthy).
std::vector<std::string> integrityProblems(SQLite::Database &db, bool full)
{
    SQLite::Statement statement(db, full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)");
    std::vector<std::string> problems;
    while (statement.executeStep()) {
        auto line = statement.getColumn(0).getString();
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    return problems;
}

void applyConnectionSettings(SQLite::Database &db)
{
    // Defensive mode refuses statements that could corrupt the file even when asked to.
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    db.exec("PRAGMA trusted_schema = OFF");
}

// What the lock file says about the last Reins that had the database open.
enum class LastUse { Unknown, ClosedCleanly, StillOpen };

LastUse lastUseOf(const std::filesystem::path &databasePath)
{
    std::ifstream lock(databasePath.string() + ".lock");
    std::string state;
    if (!(lock >> state))
        return LastUse::Unknown;
    return state == "closed" ? LastUse::ClosedCleanly
           : state == "open" ? LastUse::StillOpen
                             : LastUse::Unknown;
}

// A clean close folds the write-ahead log into the file and leaves it empty or gone. A
// log with content after a clean close was not left by Reins: it may belong to another
// database, and SQLite would replay it over this one.
void refuseForeignLog(const std::filesystem::path &path)
{
    std::error_code error;
    const auto log = std::filesystem::path(path.string() + "-wal");
    const auto size = std::filesystem::file_size(log, error);
    if (error || size == 0 || lastUseOf(path) != LastUse::ClosedCleanly)
        return;
    refuse(fmt::format("{} has a write-ahead log ({}) that Reins did not leave there; it may "
                       "belong to another database. Nothing was written. Move the database "
                       "and its log aside and restore a backup.",
                       quoted(path), quoted(log.filename())),
           OpenFailure::Damaged);
}

} // namespace

// The lock file beside the database: an exclusive flock() held while the file is open,
// so a second Reins is refused. Its text records whether the last user closed cleanly.
class Database::Lock {
public:
    explicit Lock(const std::filesystem::path &databasePath)
        : m_path(databasePath.string() + ".lock")
        , m_databasePath(databasePath)
    {
        m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            refuse(fmt::format("Reins cannot create its lock file {}: {}.", quoted(m_path),
                               std::strerror(errno)));
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(m_fd);
            m_fd = -1;
            refuse(fmt::format("{} is already open in another Reins window or program. Close it "
                               "there first; nothing was changed.",
                               quoted(databasePath)),
                   OpenFailure::InUse);
        }
        char previous[96] = {};
        const auto length = ::pread(m_fd, previous, sizeof previous - 1, 0);
        const std::string_view state(previous, length > 0 ? static_cast<std::size_t>(length) : 0);
        m_previousExitWasUnclean = state.starts_with("open");
        const auto stamp = fileStamp();
        m_unchangedSinceCleanClose =
            state.starts_with("closed ") && stamp && state.substr(7) == *stamp + "\n";
        writeState("open\n");
    }

    ~Lock()
    {
        if (m_fd < 0)
            return;
        if (m_closedCleanly) {
            // The file as this clean close leaves it, so the next open can tell whether
            // anything else has touched it since.
            const auto stamp = fileStamp();
            writeState(stamp ? "closed " + *stamp + "\n" : std::string("closed\n"));
        }
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }

    Lock(const Lock &) = delete;
    Lock &operator=(const Lock &) = delete;

    [[nodiscard]] bool previousExitWasUnclean() const { return m_previousExitWasUnclean; }
    [[nodiscard]] bool unchangedSinceCleanClose() const { return m_unchangedSinceCleanClose; }
    void markClosedCleanly() { m_closedCleanly = true; }

private:
    // Inode, size and modification time (nanoseconds) of the database file.
    [[nodiscard]] std::optional<std::string> fileStamp() const
    {
        struct stat info {};
        if (::stat(m_databasePath.c_str(), &info) != 0)
            return std::nullopt;
        return fmt::format("{} {} {}.{:09}", info.st_ino, info.st_size, info.st_mtim.tv_sec,
                           info.st_mtim.tv_nsec);
    }

    void writeState(std::string_view state)
    {
        if (::ftruncate(m_fd, 0) == 0 &&
            ::pwrite(m_fd, state.data(), state.size(), 0) == static_cast<ssize_t>(state.size()))
            ::fsync(m_fd);
    }

    std::filesystem::path m_path;
    std::filesystem::path m_databasePath;
    int m_fd = -1;
    bool m_previousExitWasUnclean = false;
    bool m_unchangedSinceCleanClose = false;
    bool m_closedCleanly = false;
};

std::unique_ptr<Database> Database::open(const std::filesystem::path &path, OpenOptions options)
{
    checkPathBeforeOpening(path, options.readOnly);
    if (!options.joinsOpenDatabase)
        refuseForeignLog(path);

    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    database->m_readOnly = options.readOnly;
    database->m_joined = options.joinsOpenDatabase;
    if (!options.readOnly && !options.joinsOpenDatabase)
        database->m_lock = std::make_unique<Lock>(path);

    try {
        const int flags = options.readOnly ? SQLite::OPEN_READONLY
                                           : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        database->m_connection = std::make_unique<SQLite::Database>(path.string(), flags);
        auto &db = *database->m_connection;
        applyConnectionSettings(db);
        // A second connection may briefly wait for the other's write to finish.
        db.exec("PRAGMA busy_timeout = 2000");
        // A joined connection does long work off the GUI thread, such as a large import.
        if (options.joinsOpenDatabase)
            growPageCache(db, bulkPageCacheMebibytes);

        const int fileApplicationId = singleInt(db, "PRAGMA application_id");
        const int fileVersion = singleInt(db, "PRAGMA user_version");
        const int objectCount = singleInt(db, "SELECT count(*) FROM sqlite_schema");
        if (fileApplicationId != applicationId && (fileApplicationId != 0 || objectCount > 0))
            refuse(fmt::format("{} is an SQLite database of another application, not a Reins "
                               "database. Nothing was changed in it.",
                               quoted(path)),
                   OpenFailure::NotReins);
        if (fileVersion > currentSchemaVersion())
            refuse(fmt::format("{} was saved by a newer version of Reins (data version {}; this "
                               "Reins reads up to version {}). Install the newer Reins to open "
                               "it. Nothing was changed in it.",
                               quoted(path), fileVersion, currentSchemaVersion()),
                   OpenFailure::NewerVersion);

        const bool unclean = database->m_lock && database->m_lock->previousExitWasUnclean();
        database->m_recoveredFromUncleanExit = unclean;
        database->m_integrityCheckDeferred =
            options.deferCheckAfterCleanClose && options.verifyIntegrity && !unclean &&
            database->m_lock && database->m_lock->unchangedSinceCleanClose() &&
            fileVersion == currentSchemaVersion();
        if (options.verifyIntegrity && !options.joinsOpenDatabase &&
            !database->m_integrityCheckDeferred) {
            const auto problems = integrityProblems(db, unclean);
            if (!problems.empty())
                refuse(fmt::format("{} is damaged: {}. Nothing was written to it; restore a "
                                   "backup or run \u201creins check\u201d for details.",
                                   quoted(path), problems.front()),
                       OpenFailure::Damaged);
        }

        if (!options.readOnly) {
            const auto journal = singleText(db, "PRAGMA journal_mode = WAL");
            if (journal != "wal")
                refuse(fmt::format("{} could not be switched to write-ahead logging (SQLite "
                                   "answered \u201c{}\u201d); Reins will not write to it without.",
                                   quoted(path), journal));
        }
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA secure_delete = ON");

        if (!options.readOnly && !options.joinsOpenDatabase)
            migrateToCurrent(db, path.filename().string());
    } catch (const SQLite::Exception &error) {
        const int code = error.getErrorCode();
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            refuse(fmt::format("{} is damaged or not a database ({}). Nothing was written to it.",
                               quoted(path), error.what()),
                   OpenFailure::Damaged);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            refuse(fmt::format("{} is busy in another program. Close it there and try again.",
                               quoted(path)),
                   OpenFailure::InUse);
        refuse(fmt::format("{} cannot be opened: {}.", quoted(path), error.what()));
    }
    database->m_openCompleted = true;
    return database;
}

Database::~Database()
{
    if (m_connection && m_openCompleted && !m_readOnly && !m_joined) {
        try {
            // Fold the write-ahead log back into the file so it is complete on its own.
            m_connection->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const SQLite::Exception &) {
            // The data is safe in the WAL either way; the next open checkpoints it.
        }
    }
    m_connection.reset();
    if (m_lock && !m_distrustCleanClose)
        m_lock->markClosedCleanly();
}

bool Database::isOnNetworkFilesystem() const
{
    struct statfs info {};
    if (::statfs(m_path.c_str(), &info) != 0)
        return false;
    // NFS, SMB/CIFS (three magic numbers), AFS, Coda, 9P and FUSE mounts such as sshfs.
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969UL:
    case 0x517BUL:
    case 0xFF534D42UL:
    case 0xFE534D42UL:
    case 0x5346414FUL:
    case 0x73757245UL:
    case 0x01021997UL:
    case 0x65735546UL:
        return true;
    default:
        return false;
    }
}

int Database::schemaVersion() const
{
    return singleInt(*m_connection, "PRAGMA user_version");
}

int currentSchemaVersion()
{
    return migrations().back().version;
}

std::optional<std::vector<std::string>> quickCheck(const std::filesystem::path &path,
                                                   const std::atomic<bool> &stop)
{
    if (stop.load())
        return std::nullopt;
    try {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        applyConnectionSettings(db);
        db.exec("PRAGMA busy_timeout = 2000");
        // Asked between virtual-machine steps, so a person quitting need not wait. SQLite
        // 3.40 checks the whole file in one step, though: quitting during the check of a
        // large file waits for it (under a second for 600 MB here).
        sqlite3_progress_handler(
            db.getHandle(), 100,
            [](void *flag) -> int {
                return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
            },
            const_cast<std::atomic<bool> *>(&stop));
        auto problems = integrityProblems(db, false);
        sqlite3_progress_handler(db.getHandle(), 0, nullptr, nullptr);
        return problems;
    } catch (const SQLite::Exception &error) {
        if (stop.load())
            return std::nullopt;
        const int code = error.getErrorCode();
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return std::vector<std::string>{error.what()};
        throw DatabaseOpenError(
            fmt::format("{} could not be checked: {}.", quoted(path), error.what()));
    }
}

HealthReport checkDatabase(const std::filesystem::path &path)
{
    std::unique_ptr<Database> database;
    try {
        database = Database::open(path, {.readOnly = true, .verifyIntegrity = false});
    } catch (const DatabaseOpenError &error) {
        if (error.failure() != OpenFailure::Damaged)
            throw;
        return {false, "damaged: the file cannot be opened as a database", {error.what()}, false};
    }
    auto &db = database->connection();
    HealthReport report;
    report.onNetworkFilesystem = database->isOnNetworkFilesystem();
    try {
        for (auto &problem : integrityProblems(db, true))
            report.problems.push_back("integrity: " + problem);

        SQLite::Statement foreignKeys(db, "PRAGMA foreign_key_check");
        while (foreignKeys.executeStep()) {
            report.problems.push_back(fmt::format(
                "foreign key: row {} of table {} refers to a missing row of table {}",
                foreignKeys.getColumn(1).isNull() ? std::string("?")
                                                  : foreignKeys.getColumn(1).getString(),
                foreignKeys.getColumn(0).getString(), foreignKeys.getColumn(2).getString()));
        }
        report.healthy = report.problems.empty();
        const int version = database->schemaVersion();
        if (report.healthy && version > 0) {
            const int people = singleInt(db, "SELECT count(*) FROM people");
            report.summary = fmt::format(
                "healthy: data version {}, {} {}, {} sessions, {} actions, {} sales records",
                version, people, people == 1 ? "person" : "people",
                singleInt(db, "SELECT count(*) FROM sessions"),
                singleInt(db, "SELECT count(*) FROM actions"),
                singleInt(db, "SELECT count(*) FROM sales_records"));
        } else if (report.healthy) {
            report.summary = "healthy: an empty database that Reins has not set up yet";
        } else {
            report.summary = fmt::format("damaged: {} problem{} found", report.problems.size(),
                                         report.problems.size() == 1 ? "" : "s");
        }
    } catch (const SQLite::Exception &error) {
        report.healthy = false;
        report.problems.push_back(error.what());
        report.summary = "damaged: the file cannot be read as a database";
    }
    return report;
}

} // namespace reins::storage
