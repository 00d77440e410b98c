#include "SqlSupport.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace reins::storage {

void TransactionRunner::run(const std::function<void()> &work)
{
    const auto savepoint = fmt::format("reins_{}", m_depth);
    if (m_depth == 0)
        m_db.exec("BEGIN IMMEDIATE");
    else
        m_db.exec("SAVEPOINT " + savepoint);
    ++m_depth;
    try {
        work();
    } catch (...) {
        --m_depth;
        try {
            if (m_depth == 0)
                m_db.exec("ROLLBACK");
            else
                m_db.exec("ROLLBACK TO " + savepoint + "; RELEASE " + savepoint);
        } catch (const SQLite::Exception &) {
            // SQLite may already have rolled back on its own; the original error matters.
        }
        throw;
    }
    --m_depth;
    try {
        m_db.exec(m_depth == 0 ? std::string("COMMIT") : "RELEASE " + savepoint);
    } catch (const SQLite::Exception &error) {
        if (m_depth == 0) {
            try {
                m_db.exec("ROLLBACK");
            } catch (const SQLite::Exception &) {
            }
        }
        throwStorageError(error, "saving");
    }
}

void throwStorageError(const SQLite::Exception &error, std::string_view doing,
                       std::string_view refusal)
{
    const int code = error.getErrorCode();
    if (code == SQLITE_CONSTRAINT && !refusal.empty())
        throw RefusedChange(std::string(refusal));
    if (code == SQLITE_FULL)
        throw StorageError(fmt::format("The disk is full while {}; nothing was saved. Free some "
                                       "space and try again.",
                                       doing));
    if (code == SQLITE_READONLY)
        throw StorageError(fmt::format("The database became read-only while {}; nothing was "
                                       "saved.",
                                       doing));
    throw StorageError(fmt::format("The database failed while {}: {}.", doing, error.what()));
}

void bindText(SQLite::Statement &statement, int index, std::string_view text)
{
    statement.bind(index, std::string(text));
}

void bindOptionalId(SQLite::Statement &statement, int index, std::optional<Id> id)
{
    if (id)
        statement.bind(index, static_cast<std::int64_t>(*id));
    else
        statement.bind(index);
}

void bindOptionalAmount(SQLite::Statement &statement, int index, std::optional<Amount> amount)
{
    if (amount)
        statement.bind(index, static_cast<std::int64_t>(amount->hundredths));
    else
        statement.bind(index);
}

void bindOptionalInt(SQLite::Statement &statement, int index, std::optional<int> value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

void bindDate(SQLite::Statement &statement, int index, Date date)
{
    statement.bind(index, toIsoDate(date));
}

void bindOptionalDate(SQLite::Statement &statement, int index, std::optional<Date> date)
{
    if (date)
        statement.bind(index, toIsoDate(*date));
    else
        statement.bind(index);
}

void bindTimestamp(SQLite::Statement &statement, int index, Timestamp at)
{
    statement.bind(index, toIsoTimestamp(at));
}

std::string readText(SQLite::Statement &statement, int column)
{
    return statement.getColumn(column).getString();
}

std::optional<Id> readOptionalId(SQLite::Statement &statement, int column)
{
    auto value = statement.getColumn(column);
    if (value.isNull())
        return std::nullopt;
    return value.getInt64();
}

std::optional<Amount> readOptionalAmount(SQLite::Statement &statement, int column)
{
    auto value = statement.getColumn(column);
    if (value.isNull())
        return std::nullopt;
    return Amount{value.getInt64()};
}

std::optional<int> readOptionalInt(SQLite::Statement &statement, int column)
{
    auto value = statement.getColumn(column);
    if (value.isNull())
        return std::nullopt;
    return value.getInt();
}

Date readDate(SQLite::Statement &statement, int column)
{
    const auto text = readText(statement, column);
    if (auto date = parseIsoDate(text))
        return *date;
    throw StorageError(fmt::format("The database holds \u201c{}\u201d where a date belongs "
                                   "(column {}).",
                                   text, statement.getColumnName(column)));
}

std::optional<Date> readOptionalDate(SQLite::Statement &statement, int column)
{
    if (statement.getColumn(column).isNull())
        return std::nullopt;
    return readDate(statement, column);
}

Timestamp readTimestamp(SQLite::Statement &statement, int column)
{
    const auto text = readText(statement, column);
    if (auto at = parseIsoTimestamp(text))
        return *at;
    throw StorageError(fmt::format("The database holds \u201c{}\u201d where a time belongs "
                                   "(column {}).",
                                   text, statement.getColumnName(column)));
}

bool readBool(SQLite::Statement &statement, int column)
{
    return statement.getColumn(column).getInt() != 0;
}

int countRows(SQLite::Database &db, const char *sql, Id id)
{
    SQLite::Statement statement(db, sql);
    statement.bind(1, static_cast<std::int64_t>(id));
    statement.executeStep();
    return statement.getColumn(0).getInt();
}

std::int64_t pageCacheKibibytes(SQLite::Database &db)
{
    SQLite::Statement cacheSize(db, "PRAGMA cache_size");
    cacheSize.executeStep();
    const std::int64_t value = cacheSize.getColumn(0).getInt64();
    if (value < 0)
        return -value; // a negative cache_size is in KiB
    SQLite::Statement pageSize(db, "PRAGMA page_size");
    pageSize.executeStep();
    return value * pageSize.getColumn(0).getInt64() / 1024;
}

void growPageCache(SQLite::Database &db, int mebibytes)
{
    const std::int64_t wanted = std::int64_t{mebibytes} * 1024;
    if (pageCacheKibibytes(db) < wanted)
        db.exec(fmt::format("PRAGMA cache_size = -{}", wanted)); // an integer of our own
}

} // namespace reins::storage
