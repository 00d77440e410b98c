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
{}

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

std::string ftsQueryFor(std::string_view words, bool prefixes)
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
        query += prefixes ? "\"*" : "\"";
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

namespace {

// The matches, filtered, in the FTS5 index's own order (by rank, or by rowid, which is by
// session and so roughly newest last), cut at the limit; snippet() runs only for the rows
// that are returned. Re-sorted outside, so that equally good matches show the newest
// meeting first.
std::string hitsQuery(bool bestFirst)
{
    return fmt::format(
        "SELECT session_id, salesperson_id, name, meeting_date, part, snippet, private FROM ("
        "SELECT i.session_id, s.salesperson_id, p.name, s.meeting_date, i.part, "
        "snippet(search_index, 0, char(2), char(3), '\u2026', 16) AS snippet, i.private, "
        "i.rowid AS hit, {0} AS score "
        "FROM search_index i JOIN sessions s ON s.id = i.session_id "
        "JOIN people p ON p.id = s.salesperson_id "
        "WHERE search_index MATCH ?1 AND (i.private = 0 OR ?2) "
        "AND (?3 IS NULL OR s.salesperson_id = ?3) "
        "ORDER BY {1} LIMIT ?4) ORDER BY score, meeting_date DESC, hit DESC",
        bestFirst ? "i.rank" : "0", bestFirst ? "i.rank" : "i.rowid DESC");
}

} // namespace

struct SqliteSearchRepository::Statements {
    explicit Statements(SQLite::Database &db)
        : countMatches(db, "SELECT count(*) FROM (SELECT rowid FROM search_index "
                           "WHERE search_index MATCH ?1 LIMIT ?2)")
        , bestFirst(db, hitsQuery(true).c_str())
        , newestFirst(db, hitsQuery(false).c_str())
    {}

    CachedStatement countMatches;
    CachedStatement bestFirst;
    CachedStatement newestFirst;
};

SqliteSearchRepository::SqliteSearchRepository(SQLite::Database &db)
    : m_statements(std::make_unique<Statements>(db))
{}

SqliteSearchRepository::~SqliteSearchRepository() = default;

std::vector<SearchHit> SqliteSearchRepository::search(std::string_view words, bool includePrivate,
                                                      std::optional<Id> salespersonId,
                                                      int limit) const
{
    const auto prefixQuery = ftsQueryFor(words);
    if (prefixQuery.empty())
        return {};
    const auto wholeWordQuery = ftsQueryFor(words, false);
    SQLite::Statement *statement = nullptr;
    // Counting stops past the limit and reads no text.
    const auto matchesMoreThanLimit = [&](const std::string &ftsQuery) {
        statement = &m_statements->countMatches.fresh();
        statement->bind(1, ftsQuery);
        statement->bind(2, rankedMatchLimit + 1);
        statement->executeStep();
        const bool more = statement->getColumn(0).getInt() > rankedMatchLimit;
        statement->reset(); // a statement left mid-way would hold its read transaction open
        return more;
    };
    const auto collect = [&](CachedStatement &hitsQuery, const std::string &ftsQuery) {
        std::vector<SearchHit> hits;
        statement = &hitsQuery.fresh();
        statement->bind(1, ftsQuery);
        statement->bind(2, includePrivate ? 1 : 0);
        bindOptionalId(*statement, 3, salespersonId);
        statement->bind(4, limit);
        while (statement->executeStep()) {
            hits.push_back({statement->getColumn(0).getInt64(), statement->getColumn(1).getInt64(),
                            readText(*statement, 2), readDate(*statement, 3),
                            readText(*statement, 4), readText(*statement, 5),
                            statement->getColumn(6).getInt() != 0});
        }
        return hits;
    };
    try {
        // Whole words are looked at first: they match no more places than the same words as
        // prefixes do, and need no merge of every word they start ("with": within, without),
        // which for a common word costs as much as the whole search.
        if (matchesMoreThanLimit(wholeWordQuery)) {
            // The words are everywhere as whole words, which match better than longer words
            // starting with them: the newest of those places, unless filters leave too few.
            auto hits = collect(m_statements->newestFirst, wholeWordQuery);
            if (static_cast<int>(hits.size()) >= limit)
                return hits;
            return collect(m_statements->newestFirst, prefixQuery);
        }
        if (matchesMoreThanLimit(prefixQuery))
            return collect(m_statements->newestFirst, prefixQuery);
        return collect(m_statements->bestFirst, prefixQuery);
    } catch (const SQLite::Exception &error) {
        if (statement)
            statement->reset();
        throwStorageError(error, "searching");
    } catch (...) {
        if (statement)
            statement->reset();
        throw;
    }
}

} // namespace reins::storage
