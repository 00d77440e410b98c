#include "SearchIndex.h"

#include <fmt/format.h>

#include <cctype>

namespace reins::storage {

namespace {

constexpr std::int64_t rowsPerSession = 1048576; // 2^20, as in schema version 2

} // namespace

SearchIndexer::SearchIndexer(SQLite::Database &db)
    : m_forget(db, "DELETE FROM search_index WHERE rowid BETWEEN ?1 * 1048576 AND "
                   "?1 * 1048576 + 1048575")
    , m_index(db, "INSERT INTO search_index (rowid, body, part, session_id, private) "
                  "SELECT ?1 * 1048576 + row_number() OVER (), body, part, session_id, private "
                  "FROM search_source WHERE session_id = ?1")
{
}

void SearchIndexer::reindexSession(Id sessionId)
{
    static_assert(rowsPerSession == 1048576);
    auto &forget = m_forget.fresh();
    forget.bind(1, static_cast<std::int64_t>(sessionId));
    forget.exec();
    auto &index = m_index.fresh();
    index.bind(1, static_cast<std::int64_t>(sessionId));
    index.exec();
}

std::string ftsQueryFor(std::string_view words)
{
    std::string query;
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        if (!query.empty())
            query += ' ';
        query += '"';
        for (char c : word) {
            if (c == '"')
                query += '"';
            query += c;
        }
        query += "\"*";
        word.clear();
    };
    for (char c : words) {
        // Word characters are letters, digits and every byte of a multi-byte character.
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte))
            word += c;
        else
            flush();
    }
    flush();
    return query;
}

std::vector<SearchHit> SqliteSearchRepository::search(std::string_view words, bool includePrivate,
                                                      std::optional<Id> salespersonId,
                                                      int limit) const
{
    const auto query = ftsQueryFor(words);
    if (query.empty())
        return {};
    SQLite::Statement statement(
        m_db, "SELECT i.session_id, s.salesperson_id, p.name, s.meeting_date, i.part, "
              "snippet(search_index, 0, char(2), char(3), '\u2026', 16), i.private "
              "FROM search_index i JOIN sessions s ON s.id = i.session_id "
              "JOIN people p ON p.id = s.salesperson_id "
              "WHERE search_index MATCH ?1 AND (i.private = 0 OR ?2) "
              "AND (?3 IS NULL OR s.salesperson_id = ?3) "
              "ORDER BY rank, s.meeting_date DESC LIMIT ?4");
    statement.bind(1, query);
    statement.bind(2, includePrivate ? 1 : 0);
    bindOptionalId(statement, 3, salespersonId);
    statement.bind(4, limit);
    std::vector<SearchHit> hits;
    try {
        while (statement.executeStep()) {
            hits.push_back({statement.getColumn(0).getInt64(), statement.getColumn(1).getInt64(),
                            readText(statement, 2), readDate(statement, 3),
                            readText(statement, 4), readText(statement, 5),
                            statement.getColumn(6).getInt() != 0});
        }
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "searching");
    }
    return hits;
}

} // namespace reins::storage
