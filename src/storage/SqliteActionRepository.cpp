#include "SqliteRepositories.h"

#include <fmt/format.h>

namespace reins::storage {

namespace {

constexpr const char *actionColumns =
    "SELECT id, salesperson_id, origin_session_id, description, owner, within_influence, "
    "expected_impact, vital_few, due_date, status FROM actions";

Action readAction(SQLite::Statement &statement)
{
    Action action;
    action.id = statement.getColumn(0).getInt64();
    action.salespersonId = statement.getColumn(1).getInt64();
    action.originSessionId = statement.getColumn(2).getInt64();
    action.description = readText(statement, 3);
    action.owner = readKey<ActionOwner>(statement, 4, "actions.owner");
    action.withinInfluence = readBool(statement, 5);
    action.expectedImpact = readKey<Impact>(statement, 6, "actions.expected_impact");
    action.vitalFew = readBool(statement, 7);
    action.dueDate = readOptionalDate(statement, 8);
    action.status = readKey<ActionStatus>(statement, 9, "actions.status");
    return action;
}

ActionReview readReview(SQLite::Statement &statement)
{
    return {statement.getColumn(0).getInt64(),
            statement.getColumn(1).getInt64(),
            statement.getColumn(2).getInt64(),
            readKey<ActionStatus>(statement, 3, "action_reviews.status"),
            readText(statement, 4),
            readTimestamp(statement, 5)};
}

void validate(const Action &action)
{
    if (action.description.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ValidationError("An action needs a description of what will be done.");
}

void bindAction(SQLite::Statement &statement, const Action &action)
{
    statement.bind(1, static_cast<std::int64_t>(action.salespersonId));
    statement.bind(2, static_cast<std::int64_t>(action.originSessionId));
    bindText(statement, 3, action.description);
    bindKey(statement, 4, action.owner);
    statement.bind(5, action.withinInfluence ? 1 : 0);
    bindKey(statement, 6, action.expectedImpact);
    statement.bind(7, action.vitalFew ? 1 : 0);
    bindOptionalDate(statement, 8, action.dueDate);
    bindKey(statement, 9, action.status);
}

constexpr const char *missingParent =
    "The action's salesperson or session is not in the database. Nothing was saved.";

} // namespace

struct SqliteActionRepository::Statements {
    explicit Statements(SQLite::Database &db)
        : insert(db, "INSERT INTO actions (salesperson_id, origin_session_id, description, owner, "
                     "within_influence, expected_impact, vital_few, due_date, status, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , insertReview(db, "INSERT INTO action_reviews (action_id, session_id, status, note, "
                           "reviewed_at) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (action_id, session_id) DO UPDATE SET "
                           "status = excluded.status, note = excluded.note, "
                           "reviewed_at = excluded.reviewed_at")
        , setStatus(db, "UPDATE actions SET status = ?, updated_at = ? WHERE id = ?")
    {}
    CachedStatement insert;
    CachedStatement insertReview;
    CachedStatement setStatus;
};

SqliteActionRepository::SqliteActionRepository(SQLite::Database &db,
                                               TransactionRunner &transactions,
                                               SearchIndexer &searchIndex)
    : m_db(db)
    , m_transactions(transactions)
    , m_searchIndex(searchIndex)
    , m_statements(std::make_unique<Statements>(db))
{}

SqliteActionRepository::~SqliteActionRepository() = default;

Id SqliteActionRepository::add(const Action &action)
{
    validate(action);
    try {
        auto &insert = m_statements->insert.fresh();
        bindAction(insert, action);
        const auto now = nowUtc();
        bindTimestamp(insert, 10, now);
        bindTimestamp(insert, 11, now);
        Id id = 0;
        m_transactions.run([&] {
            insert.exec();
            id = m_db.getLastInsertRowid();
            m_searchIndex.reindexSession(action.originSessionId);
        });
        return id;
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "adding an action", missingParent);
    }
}

void SqliteActionRepository::update(const Action &action)
{
    validate(action);
    try {
        SQLite::Statement change(m_db, "UPDATE actions SET salesperson_id = ?, "
                                       "origin_session_id = ?, description = ?, owner = ?, "
                                       "within_influence = ?, expected_impact = ?, vital_few = ?, "
                                       "due_date = ?, status = ?, updated_at = ? WHERE id = ?");
        bindAction(change, action);
        bindTimestamp(change, 10, nowUtc());
        change.bind(11, static_cast<std::int64_t>(action.id));
        const auto before = find(action.id);
        m_transactions.run([&] {
            if (change.exec() == 0)
                throw StorageError("This action is no longer in the database.");
            m_searchIndex.reindexSession(action.originSessionId);
            if (before && before->originSessionId != action.originSessionId)
                m_searchIndex.reindexSession(before->originSessionId);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "saving an action", missingParent);
    }
}

void SqliteActionRepository::remove(Id id)
{
    try {
        const auto action = find(id);
        m_transactions.run([&] {
            SQLite::Statement erase(m_db, "DELETE FROM actions WHERE id = ?");
            erase.bind(1, static_cast<std::int64_t>(id));
            erase.exec();
            if (action)
                m_searchIndex.reindexSession(action->originSessionId);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "deleting an action",
                          "This action has been reviewed in a session, so deleting it would "
                          "erase its history. Mark it dropped instead; nothing was changed.");
    }
}

std::optional<Action> SqliteActionRepository::find(Id id) const
{
    SQLite::Statement query(m_db, fmt::format("{} WHERE id = ?", actionColumns));
    query.bind(1, static_cast<std::int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    return readAction(query);
}

std::vector<Action> SqliteActionRepository::listCreatedIn(Id sessionId) const
{
    SQLite::Statement query(
        m_db, fmt::format("{} WHERE origin_session_id = ? ORDER BY id", actionColumns));
    query.bind(1, static_cast<std::int64_t>(sessionId));
    std::vector<Action> actions;
    while (query.executeStep())
        actions.push_back(readAction(query));
    return actions;
}

std::vector<Action> SqliteActionRepository::listOpenFor(Id salespersonId) const
{
    SQLite::Statement query(
        m_db,
        fmt::format("{} WHERE salesperson_id = ? AND status = 'open' ORDER BY id", actionColumns));
    query.bind(1, static_cast<std::int64_t>(salespersonId));
    std::vector<Action> actions;
    while (query.executeStep())
        actions.push_back(readAction(query));
    return actions;
}

std::vector<Action> SqliteActionRepository::listAllOpen() const
{
    SQLite::Statement query(m_db, fmt::format("{} WHERE status = 'open' ORDER BY due_date IS NULL, "
                                              "due_date, id",
                                              actionColumns));
    std::vector<Action> actions;
    while (query.executeStep())
        actions.push_back(readAction(query));
    return actions;
}

Id SqliteActionRepository::setReview(const ActionReview &review)
{
    Id reviewId = 0;
    try {
        m_transactions.run([&] {
            auto &insert = m_statements->insertReview.fresh();
            insert.bind(1, static_cast<std::int64_t>(review.actionId));
            insert.bind(2, static_cast<std::int64_t>(review.sessionId));
            bindKey(insert, 3, review.status);
            bindText(insert, 4, review.note);
            bindTimestamp(insert, 5,
                          review.reviewedAt.time_since_epoch().count() != 0 ? review.reviewedAt
                                                                            : nowUtc());
            insert.exec();
            // The upsert may have updated an existing row, which last_insert_rowid misses.
            SQLite::Statement stored(m_db, "SELECT id FROM action_reviews WHERE action_id = ? "
                                           "AND session_id = ?");
            stored.bind(1, static_cast<std::int64_t>(review.actionId));
            stored.bind(2, static_cast<std::int64_t>(review.sessionId));
            stored.executeStep();
            reviewId = stored.getColumn(0).getInt64();

            auto &setStatus = m_statements->setStatus.fresh();
            bindKey(setStatus, 1, review.status);
            bindTimestamp(setStatus, 2, nowUtc());
            setStatus.bind(3, static_cast<std::int64_t>(review.actionId));
            setStatus.exec();
            m_searchIndex.reindexSession(review.sessionId);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "reviewing an action",
                          "The reviewed action or its session is not in the database. Nothing "
                          "was saved.");
    }
    return reviewId;
}

void SqliteActionRepository::removeReview(Id actionId, Id sessionId)
{
    try {
        m_transactions.run([&] {
            SQLite::Statement erase(m_db, "DELETE FROM action_reviews WHERE action_id = ? AND "
                                          "session_id = ?");
            erase.bind(1, static_cast<std::int64_t>(actionId));
            erase.bind(2, static_cast<std::int64_t>(sessionId));
            erase.exec();
            // Back to what the latest remaining review says, or open when none is left.
            SQLite::Statement restore(
                m_db, "UPDATE actions SET updated_at = ?2, status = coalesce((SELECT r.status "
                      "FROM action_reviews r JOIN sessions s ON s.id = r.session_id WHERE "
                      "r.action_id = ?1 ORDER BY s.meeting_date DESC, r.id DESC LIMIT 1), "
                      "'open') WHERE id = ?1");
            restore.bind(1, static_cast<std::int64_t>(actionId));
            bindTimestamp(restore, 2, nowUtc());
            restore.exec();
            m_searchIndex.reindexSession(sessionId);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "taking back an action's review");
    }
}

std::vector<ActionReview> SqliteActionRepository::historyOf(Id actionId) const
{
    SQLite::Statement query(m_db, "SELECT r.id, r.action_id, r.session_id, r.status, r.note, "
                                  "r.reviewed_at FROM action_reviews r JOIN sessions s ON "
                                  "s.id = r.session_id WHERE r.action_id = ? "
                                  "ORDER BY s.meeting_date, r.id");
    query.bind(1, static_cast<std::int64_t>(actionId));
    std::vector<ActionReview> reviews;
    while (query.executeStep())
        reviews.push_back(readReview(query));
    return reviews;
}

std::vector<ActionReview> SqliteActionRepository::reviewsIn(Id sessionId) const
{
    SQLite::Statement query(m_db, "SELECT id, action_id, session_id, status, note, reviewed_at "
                                  "FROM action_reviews WHERE session_id = ? ORDER BY id");
    query.bind(1, static_cast<std::int64_t>(sessionId));
    std::vector<ActionReview> reviews;
    while (query.executeStep())
        reviews.push_back(readReview(query));
    return reviews;
}

} // namespace reins::storage
