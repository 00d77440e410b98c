#pragma once

// Keeps the full-text index in step with the data. Every repository write that changes a
// session's text calls reindexSession inside its own transaction, so the index and the
// data commit together or not at all.

#include "SqlSupport.h"
#include "reins/Repositories.h"

#include <memory>

namespace reins::storage {

class SearchIndexer {
public:
    explicit SearchIndexer(SQLite::Database &db);

    // Rebuilds the index rows of one session from the search_source view; a session that
    // no longer exists simply loses its rows.
    void reindexSession(Id sessionId);

private:
    CachedStatement m_forget;
    CachedStatement m_index;
};

// Best matches first while a search has up to rankedMatchLimit matches. Beyond that the words
// are everywhere, ranking every match would take longer than a person waits for a search
// box (it is linear in the matches), and bm25 barely tells such matches apart: the newest
// matches come first instead, those of the whole words before those of longer words that
// start with them.
inline constexpr int rankedMatchLimit = 2000;

class SqliteSearchRepository final : public SearchRepository {
public:
    explicit SqliteSearchRepository(SQLite::Database &db);
    ~SqliteSearchRepository() override;

    [[nodiscard]] std::vector<SearchHit> search(std::string_view words, bool includePrivate,
                                                std::optional<Id> salespersonId,
                                                int limit) const override;

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements; // prepared once: a search box searches often
};

// Turns what a person typed into an FTS5 query that cannot be a syntax error: each word
// quoted, matched as a word or the start of one (as whole words only when `prefixes` is
// false). Empty when there is nothing to search.
[[nodiscard]] std::string ftsQueryFor(std::string_view words, bool prefixes = true);

} // namespace reins::storage
