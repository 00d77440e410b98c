#pragma once

// Small helpers shared by the SQLite repositories: binding and reading domain values, a
// nestable transaction, and turning SQLite's errors into messages for a person.

#include "reins/Domain.h"
#include "reins/Errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace reins::storage {

// Runs work in a transaction; nested calls become savepoints, so a repository method that
// is transactional on its own also composes into a caller's larger transaction.
class TransactionRunner {
public:
    explicit TransactionRunner(SQLite::Database &db)
        : m_db(db)
    {}
    void run(const std::function<void()> &work);

private:
    SQLite::Database &m_db;
    int m_depth = 0;
};

// A statement prepared once and reused: reset and cleared before each use.
class CachedStatement {
public:
    CachedStatement(SQLite::Database &db, const char *sql)
        : m_statement(db, sql)
    {}
    SQLite::Statement &fresh()
    {
        m_statement.reset();
        m_statement.clearBindings();
        return m_statement;
    }

private:
    SQLite::Statement m_statement;
};

// Throws the StorageError a person should see for a failed statement. Foreign-key and
// uniqueness violations become RefusedChange with `refusal` as the message.
[[noreturn]] void throwStorageError(const SQLite::Exception &error, std::string_view doing,
                                    std::string_view refusal = {});

void bindText(SQLite::Statement &statement, int index, std::string_view text);
void bindOptionalId(SQLite::Statement &statement, int index, std::optional<Id> id);
void bindOptionalAmount(SQLite::Statement &statement, int index, std::optional<Amount> amount);
void bindOptionalInt(SQLite::Statement &statement, int index, std::optional<int> value);
void bindDate(SQLite::Statement &statement, int index, Date date);
void bindOptionalDate(SQLite::Statement &statement, int index, std::optional<Date> date);
void bindTimestamp(SQLite::Statement &statement, int index, Timestamp at);
template <typename Enum>
void bindKey(SQLite::Statement &statement, int index, Enum value)
{
    bindText(statement, index, toKey(value));
}

[[nodiscard]] std::string readText(SQLite::Statement &statement, int column);
[[nodiscard]] std::optional<Id> readOptionalId(SQLite::Statement &statement, int column);
[[nodiscard]] std::optional<Amount> readOptionalAmount(SQLite::Statement &statement, int column);
[[nodiscard]] std::optional<int> readOptionalInt(SQLite::Statement &statement, int column);
[[nodiscard]] Date readDate(SQLite::Statement &statement, int column);
[[nodiscard]] std::optional<Date> readOptionalDate(SQLite::Statement &statement, int column);
[[nodiscard]] Timestamp readTimestamp(SQLite::Statement &statement, int column);
[[nodiscard]] bool readBool(SQLite::Statement &statement, int column);

// Reads an enum stored by its key; a key this build does not know is damage, reported as
// a StorageError naming the table and column.
template <typename Enum>
[[nodiscard]] Enum readKey(SQLite::Statement &statement, int column, std::string_view where)
{
    const auto key = readText(statement, column);
    if (auto value = fromKey<Enum>(key))
        return *value;
    throw StorageError("The database holds an unknown value \u201c" + key + "\u201d in " +
                       std::string(where) + ".");
}

[[nodiscard]] int countRows(SQLite::Database &db, const char *sql, Id id);

// Page cache for bulk writes. Rows added in an order other than an index's (sales records
// against their UNIQUE key) touch index pages all over the file; with SQLite's default 2 MiB
// cache those pages are spilled to the write-ahead log and read back again and again.
inline constexpr int bulkPageCacheMebibytes = 64;
// Grows the connection's page cache to at least `mebibytes`; never shrinks it.
void growPageCache(SQLite::Database &db, int mebibytes);
// The connection's page cache in KiB.
[[nodiscard]] std::int64_t pageCacheKibibytes(SQLite::Database &db);

} // namespace reins::storage
