#include "SqliteRepositories.h"

#include <fmt/format.h>

#include <unordered_map>

namespace reins::storage {

namespace {

constexpr const char *sessionColumns =
    "SELECT id, salesperson_id, manager_id, meeting_date, period_start, period_end, cadence, "
    "stage, focus, rating, created_at, updated_at FROM sessions";

Session readSession(SQLite::Statement &statement)
{
    Session session;
    session.id = statement.getColumn(0).getInt64();
    session.salespersonId = statement.getColumn(1).getInt64();
    session.managerId = readOptionalId(statement, 2);
    session.meetingDate = readDate(statement, 3);
    session.periodStart = readDate(statement, 4);
    session.periodEnd = readDate(statement, 5);
    session.cadence = readKey<Cadence>(statement, 6, "sessions.cadence");
    session.stage = readKey<Stage>(statement, 7, "sessions.stage");
    session.focus = readText(statement, 8);
    session.rating = readOptionalInt(statement, 9);
    session.createdAt = readTimestamp(statement, 10);
    session.updatedAt = readTimestamp(statement, 11);
    return session;
}

void validate(const Session &session)
{
    if (session.salespersonId == 0)
        throw ValidationError("A session needs a salesperson.");
    if (!session.meetingDate.ok() || !session.periodStart.ok() || !session.periodEnd.ok())
        throw ValidationError("A session needs a meeting date and the start and end of the "
                              "period it reviews.");
    if (session.periodStart > session.periodEnd)
        throw ValidationError(fmt::format("The period cannot end ({}) before it starts ({}).",
                                          toIsoDate(session.periodEnd),
                                          toIsoDate(session.periodStart)));
    if (session.rating && (*session.rating < 1 || *session.rating > 5))
        throw ValidationError("A session's rating is from 1 to 5.");
}

void validate(const SessionPrep &prep)
{
    for (const auto &rating : prep.skillRatings)
        if (rating.score < 1 || rating.score > 5 ||
            (rating.managerScore && (*rating.managerScore < 1 || *rating.managerScore > 5)))
            throw ValidationError("A skill score is from 1 to 5.");
    for (const auto &result : prep.results)
        if (result.metric == Metric::Custom && result.customName.empty())
            throw ValidationError("A custom result needs the name of its metric.");
}

void bindSession(SQLite::Statement &statement, const Session &session)
{
    statement.bind(1, static_cast<std::int64_t>(session.salespersonId));
    bindOptionalId(statement, 2, session.managerId);
    bindDate(statement, 3, session.meetingDate);
    bindDate(statement, 4, session.periodStart);
    bindDate(statement, 5, session.periodEnd);
    bindKey(statement, 6, session.cadence);
    bindKey(statement, 7, session.stage);
    bindText(statement, 8, session.focus);
    bindOptionalInt(statement, 9, session.rating);
}

} // namespace

// Every statement of the prep and meeting parts, prepared once per repository.
struct SqliteSessionRepository::Statements {
    explicit Statements(SQLite::Database &db)
        : insertResult(db, "INSERT INTO results (session_id, position, metric, custom_name, "
                           "unit, target, actual, previous, comment) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , insertRating(db, "INSERT INTO skill_ratings (session_id, skill_id, score, evidence, "
                           "manager_score) VALUES (?, ?, ?, ?, ?)")
        , insertGap(db, "INSERT INTO gaps (session_id, position, description, skill_id, "
                        "priority) VALUES (?, ?, ?, ?, ?)")
        , insertFactor(db, "INSERT INTO factors (session_id, position, description, origin, "
                           "effect, within_influence) VALUES (?, ?, ?, ?, ?, ?)")
        , insertUpskilling(db, "INSERT INTO upskilling (session_id, position, kind, title, "
                               "learned) VALUES (?, ?, ?, ?, ?)")
        , insertStrategy(db, "INSERT INTO strategies (session_id, position, choice, "
                             "description, reason) VALUES (?, ?, ?, ?, ?)")
        , insertNote(db, "INSERT INTO meeting_notes (session_id, position, stage, prompt, text, "
                         "private) VALUES (?, ?, ?, ?, ?, ?)")
        , insertStageTime(db, "INSERT INTO stage_times (session_id, stage, seconds) "
                              "VALUES (?, ?, ?)")
    {}

    CachedStatement insertResult;
    CachedStatement insertRating;
    CachedStatement insertGap;
    CachedStatement insertFactor;
    CachedStatement insertUpskilling;
    CachedStatement insertStrategy;
    CachedStatement insertNote;
    CachedStatement insertStageTime;
};

SqliteSessionRepository::SqliteSessionRepository(SQLite::Database &db,
                                                 TransactionRunner &transactions,
                                                 SearchIndexer &searchIndex)
    : m_db(db)
    , m_transactions(transactions)
    , m_searchIndex(searchIndex)
    , m_statements(std::make_unique<Statements>(db))
{}

SqliteSessionRepository::~SqliteSessionRepository() = default;

Id SqliteSessionRepository::create(const Session &session)
{
    validate(session);
    try {
        SQLite::Statement insert(m_db, "INSERT INTO sessions (salesperson_id, manager_id, "
                                       "meeting_date, period_start, period_end, cadence, stage, "
                                       "focus, rating, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindSession(insert, session);
        const auto now = nowUtc();
        bindTimestamp(insert, 10,
                      session.createdAt.time_since_epoch().count() != 0 ? session.createdAt : now);
        bindTimestamp(insert, 11, now);
        Id id = 0;
        m_transactions.run([&] {
            insert.exec();
            id = m_db.getLastInsertRowid();
            m_searchIndex.reindexSession(id);
        });
        return id;
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "creating a session",
                          "The session's salesperson or manager is not in the database.");
    }
}

void SqliteSessionRepository::update(const Session &session)
{
    validate(session);
    try {
        SQLite::Statement change(m_db, "UPDATE sessions SET salesperson_id = ?, manager_id = ?, "
                                       "meeting_date = ?, period_start = ?, period_end = ?, "
                                       "cadence = ?, stage = ?, focus = ?, rating = ?, "
                                       "updated_at = ? WHERE id = ?");
        bindSession(change, session);
        bindTimestamp(change, 10, nowUtc());
        change.bind(11, static_cast<std::int64_t>(session.id));
        m_transactions.run([&] {
            if (change.exec() == 0)
                throw StorageError("This session is no longer in the database.");
            m_searchIndex.reindexSession(session.id);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "saving a session",
                          "The session's salesperson or manager is not in the database.");
    }
}

void SqliteSessionRepository::remove(Id id)
{
    const int carried = countRows(m_db,
                                  "SELECT count(DISTINCT r.action_id) FROM action_reviews r "
                                  "JOIN actions a ON a.id = r.action_id "
                                  "WHERE a.origin_session_id = ?1 AND r.session_id <> ?1",
                                  id);
    if (carried > 0)
        throw RefusedChange(fmt::format(
            "This session cannot be deleted: {} of its actions {} reviewed in later sessions, "
            "and deleting it would erase their history. Nothing was changed.",
            carried, carried == 1 ? "was" : "were"));
    try {
        m_transactions.run([&] {
            SQLite::Statement erase(m_db, "DELETE FROM sessions WHERE id = ?");
            erase.bind(1, static_cast<std::int64_t>(id));
            erase.exec();
            m_searchIndex.reindexSession(id);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "deleting a session",
                          "This session cannot be deleted: other records still refer to it. "
                          "Nothing was changed.");
    }
}

std::optional<Session> SqliteSessionRepository::find(Id id) const
{
    SQLite::Statement query(m_db, fmt::format("{} WHERE id = ?", sessionColumns));
    query.bind(1, static_cast<std::int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    return readSession(query);
}

std::vector<SessionOverview> SqliteSessionRepository::listForSalesperson(Id salespersonId) const
{
    std::vector<SessionOverview> overviews;
    SQLite::Statement sessions(
        m_db, fmt::format("{} WHERE salesperson_id = ? ORDER BY meeting_date DESC, id DESC",
                          sessionColumns));
    sessions.bind(1, static_cast<std::int64_t>(salespersonId));
    while (sessions.executeStep())
        overviews.push_back({readSession(sessions), std::nullopt, 0});
    if (overviews.empty())
        return overviews;

    // Two grouped queries for the whole list rather than two per row.
    std::unordered_map<Id, SessionOverview *> byId;
    for (auto &overview : overviews)
        byId.emplace(overview.session.id, &overview);

    SQLite::Statement headlines(
        m_db, "SELECT r.session_id, r.metric, r.custom_name, r.unit, r.target, r.actual, "
              "r.previous, r.comment, r.id FROM results r JOIN sessions s ON s.id = r.session_id "
              "WHERE s.salesperson_id = ? AND r.position = (SELECT min(position) FROM results "
              "WHERE session_id = r.session_id)");
    headlines.bind(1, static_cast<std::int64_t>(salespersonId));
    while (headlines.executeStep()) {
        const auto found = byId.find(headlines.getColumn(0).getInt64());
        if (found == byId.end())
            continue;
        Result result;
        result.metric = readKey<Metric>(headlines, 1, "results.metric");
        result.customName = readText(headlines, 2);
        result.unit = readText(headlines, 3);
        result.target = readOptionalAmount(headlines, 4);
        result.actual = readOptionalAmount(headlines, 5);
        result.previous = readOptionalAmount(headlines, 6);
        result.comment = readText(headlines, 7);
        result.id = headlines.getColumn(8).getInt64();
        found->second->headlineResult = std::move(result);
    }

    SQLite::Statement openActions(m_db, "SELECT origin_session_id, count(*) FROM actions WHERE "
                                        "salesperson_id = ? AND status = 'open' "
                                        "GROUP BY origin_session_id");
    openActions.bind(1, static_cast<std::int64_t>(salespersonId));
    while (openActions.executeStep()) {
        const auto found = byId.find(openActions.getColumn(0).getInt64());
        if (found != byId.end())
            found->second->openActions = openActions.getColumn(1).getInt();
    }
    return overviews;
}

std::optional<Session> SqliteSessionRepository::previousSession(Id sessionId) const
{
    SQLite::Statement query(
        m_db, fmt::format("{} WHERE salesperson_id = (SELECT salesperson_id FROM sessions WHERE "
                          "id = ?1) AND (meeting_date, id) < (SELECT meeting_date, id FROM "
                          "sessions WHERE id = ?1) ORDER BY meeting_date DESC, id DESC LIMIT 1",
                          sessionColumns));
    query.bind(1, static_cast<std::int64_t>(sessionId));
    if (!query.executeStep())
        return std::nullopt;
    return readSession(query);
}

int SqliteSessionRepository::countAll() const
{
    SQLite::Statement query(m_db, "SELECT count(*) FROM sessions");
    query.executeStep();
    return query.getColumn(0).getInt();
}

std::vector<UpcomingSession> SqliteSessionRepository::listDraftsMeetingBetween(Date from, Date to,
                                                                               int limit) const
{
    // Runs on every start: sessions_by_stage finds the few drafts of the coming days without
    // reading the years of closed sessions beside them.
    SQLite::Statement query(
        m_db, "SELECT s.id, s.salesperson_id, s.manager_id, s.meeting_date, s.period_start, "
              "s.period_end, s.cadence, s.stage, s.focus, s.rating, s.created_at, s.updated_at, "
              "p.name FROM sessions s JOIN people p ON p.id = s.salesperson_id "
              "WHERE s.stage = ? AND s.meeting_date BETWEEN ? AND ? "
              "ORDER BY s.meeting_date, s.id LIMIT ?");
    bindKey(query, 1, Stage::Draft);
    bindDate(query, 2, from);
    bindDate(query, 3, to);
    query.bind(4, limit);
    std::vector<UpcomingSession> upcoming;
    while (query.executeStep())
        upcoming.push_back({readSession(query), readText(query, 12)});
    return upcoming;
}

std::optional<Session> SqliteSessionRepository::nextSessionOf(Id salespersonId, Date from) const
{
    SQLite::Statement query(
        m_db, fmt::format("{} WHERE salesperson_id = ? AND meeting_date >= ? AND stage <> ? "
                          "ORDER BY meeting_date, id LIMIT 1",
                          sessionColumns));
    query.bind(1, static_cast<std::int64_t>(salespersonId));
    bindDate(query, 2, from);
    bindKey(query, 3, Stage::Closed);
    if (!query.executeStep())
        return std::nullopt;
    return readSession(query);
}

void SqliteSessionRepository::requireSession(Id sessionId) const
{
    if (countRows(m_db, "SELECT count(*) FROM sessions WHERE id = ?", sessionId) == 0)
        throw StorageError("This session is no longer in the database.");
}

SessionPrep SqliteSessionRepository::loadPrep(Id sessionId) const
{
    SessionPrep prep;
    const auto id = static_cast<std::int64_t>(sessionId);

    SQLite::Statement results(m_db, "SELECT id, metric, custom_name, unit, target, actual, "
                                    "previous, comment FROM results WHERE session_id = ? "
                                    "ORDER BY position, id");
    results.bind(1, id);
    while (results.executeStep()) {
        Result result;
        result.id = results.getColumn(0).getInt64();
        result.metric = readKey<Metric>(results, 1, "results.metric");
        result.customName = readText(results, 2);
        result.unit = readText(results, 3);
        result.target = readOptionalAmount(results, 4);
        result.actual = readOptionalAmount(results, 5);
        result.previous = readOptionalAmount(results, 6);
        result.comment = readText(results, 7);
        prep.results.push_back(std::move(result));
    }

    SQLite::Statement ratings(m_db, "SELECT r.id, r.skill_id, r.score, r.evidence, "
                                    "r.manager_score FROM skill_ratings r JOIN skills s ON "
                                    "s.id = r.skill_id WHERE r.session_id = ? "
                                    "ORDER BY s.skill_group, s.sort_order, s.id");
    ratings.bind(1, id);
    while (ratings.executeStep()) {
        prep.skillRatings.push_back({ratings.getColumn(0).getInt64(),
                                     ratings.getColumn(1).getInt64(), ratings.getColumn(2).getInt(),
                                     readText(ratings, 3), readOptionalInt(ratings, 4)});
    }

    SQLite::Statement gaps(m_db, "SELECT id, description, skill_id, priority FROM gaps "
                                 "WHERE session_id = ? ORDER BY position, id");
    gaps.bind(1, id);
    while (gaps.executeStep()) {
        prep.gaps.push_back({gaps.getColumn(0).getInt64(), readText(gaps, 1),
                             readOptionalId(gaps, 2), readKey<Priority>(gaps, 3, "gaps.priority")});
    }

    SQLite::Statement factors(m_db, "SELECT id, description, origin, effect, within_influence "
                                    "FROM factors WHERE session_id = ? ORDER BY position, id");
    factors.bind(1, id);
    while (factors.executeStep()) {
        prep.factors.push_back({factors.getColumn(0).getInt64(), readText(factors, 1),
                                readKey<FactorOrigin>(factors, 2, "factors.origin"),
                                readKey<FactorEffect>(factors, 3, "factors.effect"),
                                readBool(factors, 4)});
    }

    SQLite::Statement upskilling(m_db, "SELECT id, kind, title, learned FROM upskilling "
                                       "WHERE session_id = ? ORDER BY position, id");
    upskilling.bind(1, id);
    while (upskilling.executeStep()) {
        prep.upskilling.push_back({upskilling.getColumn(0).getInt64(),
                                   readKey<UpskillingKind>(upskilling, 1, "upskilling.kind"),
                                   readText(upskilling, 2), readText(upskilling, 3)});
    }

    SQLite::Statement strategies(m_db, "SELECT id, choice, description, reason FROM strategies "
                                       "WHERE session_id = ? ORDER BY position, id");
    strategies.bind(1, id);
    while (strategies.executeStep()) {
        prep.strategies.push_back({strategies.getColumn(0).getInt64(),
                                   readKey<StrategyChoice>(strategies, 1, "strategies.choice"),
                                   readText(strategies, 2), readText(strategies, 3)});
    }
    return prep;
}

void SqliteSessionRepository::savePrep(Id sessionId, const SessionPrep &prep)
{
    validate(prep);
    const auto id = static_cast<std::int64_t>(sessionId);
    try {
        m_transactions.run([&] {
            requireSession(sessionId);
            for (const char *table :
                 {"results", "skill_ratings", "gaps", "factors", "upskilling", "strategies"}) {
                // Table names come from the fixed list above, never from data.
                SQLite::Statement erase(m_db,
                                        fmt::format("DELETE FROM {} WHERE session_id = ?", table));
                erase.bind(1, id);
                erase.exec();
            }
            int position = 0;
            for (const auto &result : prep.results) {
                auto &insert = m_statements->insertResult.fresh();
                insert.bind(1, id);
                insert.bind(2, position++);
                bindKey(insert, 3, result.metric);
                bindText(insert, 4, result.customName);
                bindText(insert, 5, result.unit);
                bindOptionalAmount(insert, 6, result.target);
                bindOptionalAmount(insert, 7, result.actual);
                bindOptionalAmount(insert, 8, result.previous);
                bindText(insert, 9, result.comment);
                insert.exec();
            }
            for (const auto &rating : prep.skillRatings) {
                auto &insert = m_statements->insertRating.fresh();
                insert.bind(1, id);
                insert.bind(2, static_cast<std::int64_t>(rating.skillId));
                insert.bind(3, rating.score);
                bindText(insert, 4, rating.evidence);
                bindOptionalInt(insert, 5, rating.managerScore);
                insert.exec();
            }
            position = 0;
            for (const auto &gap : prep.gaps) {
                auto &insert = m_statements->insertGap.fresh();
                insert.bind(1, id);
                insert.bind(2, position++);
                bindText(insert, 3, gap.description);
                bindOptionalId(insert, 4, gap.skillId);
                bindKey(insert, 5, gap.priority);
                insert.exec();
            }
            position = 0;
            for (const auto &factor : prep.factors) {
                auto &insert = m_statements->insertFactor.fresh();
                insert.bind(1, id);
                insert.bind(2, position++);
                bindText(insert, 3, factor.description);
                bindKey(insert, 4, factor.origin);
                bindKey(insert, 5, factor.effect);
                insert.bind(6, factor.withinInfluence ? 1 : 0);
                insert.exec();
            }
            position = 0;
            for (const auto &entry : prep.upskilling) {
                auto &insert = m_statements->insertUpskilling.fresh();
                insert.bind(1, id);
                insert.bind(2, position++);
                bindKey(insert, 3, entry.kind);
                bindText(insert, 4, entry.title);
                bindText(insert, 5, entry.learned);
                insert.exec();
            }
            position = 0;
            for (const auto &strategy : prep.strategies) {
                auto &insert = m_statements->insertStrategy.fresh();
                insert.bind(1, id);
                insert.bind(2, position++);
                bindKey(insert, 3, strategy.choice);
                bindText(insert, 4, strategy.description);
                bindText(insert, 5, strategy.reason);
                insert.exec();
            }
            m_searchIndex.reindexSession(sessionId);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "saving the preparation",
                          "The preparation refers to a skill that is not in the catalogue, or "
                          "rates the same skill twice. Nothing was saved.");
    }
}

MeetingRecord SqliteSessionRepository::loadMeeting(Id sessionId) const
{
    MeetingRecord meeting;
    const auto id = static_cast<std::int64_t>(sessionId);
    SQLite::Statement notes(m_db, "SELECT id, stage, prompt, text, private FROM meeting_notes "
                                  "WHERE session_id = ? ORDER BY position, id");
    notes.bind(1, id);
    while (notes.executeStep()) {
        meeting.notes.push_back({notes.getColumn(0).getInt64(),
                                 readKey<MeetingStage>(notes, 1, "meeting_notes.stage"),
                                 readText(notes, 2), readText(notes, 3), readBool(notes, 4)});
    }
    SQLite::Statement times(m_db, "SELECT stage, seconds FROM stage_times WHERE session_id = ? "
                                  "ORDER BY CASE stage WHEN 'acknowledge' THEN 0 WHEN 'explore' "
                                  "THEN 1 WHEN 'plan' THEN 2 ELSE 3 END");
    times.bind(1, id);
    while (times.executeStep()) {
        meeting.stageTimes.push_back(
            {readKey<MeetingStage>(times, 0, "stage_times.stage"), times.getColumn(1).getInt64()});
    }
    return meeting;
}

void SqliteSessionRepository::saveMeeting(Id sessionId, const MeetingRecord &meeting)
{
    for (const auto &time : meeting.stageTimes)
        if (time.seconds < 0)
            throw ValidationError("Time spent in a meeting stage cannot be negative.");
    const auto id = static_cast<std::int64_t>(sessionId);
    try {
        m_transactions.run([&] {
            requireSession(sessionId);
            for (const char *table : {"meeting_notes", "stage_times"}) {
                SQLite::Statement erase(m_db,
                                        fmt::format("DELETE FROM {} WHERE session_id = ?", table));
                erase.bind(1, id);
                erase.exec();
            }
            int position = 0;
            for (const auto &note : meeting.notes) {
                auto &insert = m_statements->insertNote.fresh();
                insert.bind(1, id);
                insert.bind(2, position++);
                bindKey(insert, 3, note.stage);
                bindText(insert, 4, note.prompt);
                bindText(insert, 5, note.text);
                insert.bind(6, note.isPrivate ? 1 : 0);
                insert.exec();
            }
            for (const auto &time : meeting.stageTimes) {
                auto &insert = m_statements->insertStageTime.fresh();
                insert.bind(1, id);
                bindKey(insert, 2, time.stage);
                insert.bind(3, static_cast<std::int64_t>(time.seconds));
                insert.exec();
            }
            m_searchIndex.reindexSession(sessionId);
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "saving the meeting record",
                          "The meeting record lists the same stage's time twice. Nothing was "
                          "saved.");
    }
}

SessionPartCounts SqliteSessionRepository::partCounts(Id sessionId) const
{
    SessionPartCounts counts;
    SQLite::Statement query(m_db, "SELECT (SELECT count(*) FROM results WHERE session_id = ?1), "
                                  "(SELECT count(*) FROM skill_ratings WHERE session_id = ?1), "
                                  "(SELECT count(*) FROM gaps WHERE session_id = ?1), "
                                  "(SELECT count(*) FROM factors WHERE session_id = ?1), "
                                  "(SELECT count(*) FROM upskilling WHERE session_id = ?1), "
                                  "(SELECT count(*) FROM strategies WHERE session_id = ?1), "
                                  "(SELECT count(*) FROM actions WHERE origin_session_id = ?1), "
                                  "(SELECT count(*) FROM action_reviews WHERE session_id = ?1)");
    query.bind(1, static_cast<std::int64_t>(sessionId));
    if (query.executeStep()) {
        counts.results = query.getColumn(0).getInt();
        counts.skillRatings = query.getColumn(1).getInt();
        counts.gaps = query.getColumn(2).getInt();
        counts.factors = query.getColumn(3).getInt();
        counts.upskilling = query.getColumn(4).getInt();
        counts.strategies = query.getColumn(5).getInt();
        counts.actions = query.getColumn(6).getInt();
        counts.actionReviews = query.getColumn(7).getInt();
    }
    SQLite::Statement notes(m_db, "SELECT stage, count(*) FROM meeting_notes WHERE session_id = ? "
                                  "GROUP BY stage");
    notes.bind(1, static_cast<std::int64_t>(sessionId));
    while (notes.executeStep()) {
        const auto stage = readKey<MeetingStage>(notes, 0, "meeting_notes.stage");
        counts.meetingNotes[static_cast<int>(stage)] = notes.getColumn(1).getInt();
    }
    SQLite::Statement times(m_db, "SELECT stage, seconds FROM stage_times WHERE session_id = ?");
    times.bind(1, static_cast<std::int64_t>(sessionId));
    while (times.executeStep()) {
        const auto stage = readKey<MeetingStage>(times, 0, "stage_times.stage");
        counts.stageSeconds[static_cast<int>(stage)] = times.getColumn(1).getInt64();
    }
    return counts;
}

} // namespace reins::storage
