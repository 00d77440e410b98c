#include "Migrations.h"

#include "reins/Errors.h"
#include "reins/SkillCatalogue.h"
#include "reins/storage/Database.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace reins::storage {

namespace {

// Version 1: the whole coaching domain. Delete rules never lose data by surprise: a
// person with sessions or sales records cannot be deleted (RESTRICT); a session takes its
// own prep and meeting record with it (CASCADE) but not actions that later sessions
// reviewed (RESTRICT through action_reviews); a skill that was rated cannot be deleted,
// only retired.
constexpr const char *schemaVersion1 = R"sql(
CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL CHECK (role IN ('salesperson', 'manager')),
    manager_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX people_by_email ON people (lower(email)) WHERE email <> '';
CREATE INDEX people_by_manager ON people (manager_id);

CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    salesperson_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    manager_id      INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    meeting_date    TEXT NOT NULL,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    cadence         TEXT NOT NULL CHECK (cadence IN ('weekly', 'fortnightly', 'monthly')),
    stage           TEXT NOT NULL CHECK (stage IN ('draft', 'ready', 'in_meeting', 'closed')),
    focus           TEXT NOT NULL DEFAULT '',
    rating          INTEGER CHECK (rating BETWEEN 1 AND 5),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (period_start <= period_end)
) STRICT;
CREATE INDEX sessions_by_salesperson ON sessions (salesperson_id, meeting_date);
CREATE INDEX sessions_by_manager ON sessions (manager_id);

CREATE TABLE results (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    metric       TEXT NOT NULL,
    custom_name  TEXT NOT NULL DEFAULT '',
    unit         TEXT NOT NULL DEFAULT '',
    target       INTEGER,
    actual       INTEGER,
    previous     INTEGER,
    comment      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX results_by_session ON results (session_id, position);

CREATE TABLE skills (
    id           INTEGER PRIMARY KEY,
    skill_group  TEXT NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description  TEXT NOT NULL DEFAULT '',
    level1       TEXT NOT NULL,
    level2       TEXT NOT NULL,
    level3       TEXT NOT NULL,
    level4       TEXT NOT NULL,
    level5       TEXT NOT NULL,
    sort_order   INTEGER NOT NULL DEFAULT 0,
    retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX skills_by_name ON skills (lower(name));

CREATE TABLE skill_ratings (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    skill_id       INTEGER NOT NULL REFERENCES skills (id) ON DELETE RESTRICT,
    score          INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    evidence       TEXT NOT NULL DEFAULT '',
    manager_score  INTEGER CHECK (manager_score BETWEEN 1 AND 5),
    UNIQUE (session_id, skill_id)
) STRICT;
CREATE INDEX skill_ratings_by_skill ON skill_ratings (skill_id);

CREATE TABLE gaps (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    description  TEXT NOT NULL,
    skill_id     INTEGER REFERENCES skills (id) ON DELETE SET NULL,
    priority     TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high'))
) STRICT;
CREATE INDEX gaps_by_session ON gaps (session_id, position);
CREATE INDEX gaps_by_skill ON gaps (skill_id);

CREATE TABLE factors (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    description       TEXT NOT NULL,
    origin            TEXT NOT NULL CHECK (origin IN ('internal', 'external')),
    effect            TEXT NOT NULL CHECK (effect IN ('helped', 'hurt')),
    within_influence  INTEGER NOT NULL CHECK (within_influence IN (0, 1))
) STRICT;
CREATE INDEX factors_by_session ON factors (session_id, position);

CREATE TABLE upskilling (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    learned     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX upskilling_by_session ON upskilling (session_id, position);

CREATE TABLE strategies (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    choice       TEXT NOT NULL CHECK (choice IN ('keep', 'drop', 'create')),
    description  TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX strategies_by_session ON strategies (session_id, position);

CREATE TABLE actions (
    id                 INTEGER PRIMARY KEY,
    salesperson_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    origin_session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    description        TEXT NOT NULL,
    owner              TEXT NOT NULL CHECK (owner IN ('salesperson', 'manager')),
    within_influence   INTEGER NOT NULL CHECK (within_influence IN (0, 1)),
    expected_impact    TEXT NOT NULL CHECK (expected_impact IN ('low', 'medium', 'high')),
    vital_few          INTEGER NOT NULL CHECK (vital_few IN (0, 1)),
    due_date           TEXT,
    status             TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX actions_by_origin ON actions (origin_session_id);
CREATE INDEX actions_by_salesperson ON actions (salesperson_id, status);

CREATE TABLE action_reviews (
    id           INTEGER PRIMARY KEY,
    action_id    INTEGER NOT NULL REFERENCES actions (id) ON DELETE RESTRICT,
    session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    note         TEXT NOT NULL DEFAULT '',
    reviewed_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX action_reviews_by_action ON action_reviews (action_id, session_id);
CREATE INDEX action_reviews_by_session ON action_reviews (session_id);

CREATE TABLE meeting_notes (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    stage       TEXT NOT NULL CHECK (stage IN ('acknowledge', 'explore', 'plan', 'support')),
    prompt      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    private     INTEGER NOT NULL CHECK (private IN (0, 1))
) STRICT;
CREATE INDEX meeting_notes_by_session ON meeting_notes (session_id, position);

CREATE TABLE stage_times (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (stage IN ('acknowledge', 'explore', 'plan', 'support')),
    seconds     INTEGER NOT NULL CHECK (seconds >= 0),
    PRIMARY KEY (session_id, stage)
) STRICT, WITHOUT ROWID;

CREATE TABLE sales_records (
    id              INTEGER PRIMARY KEY,
    salesperson_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    record_date     TEXT NOT NULL,
    account         TEXT NOT NULL DEFAULT '',
    product         TEXT NOT NULL DEFAULT '',
    activity        TEXT NOT NULL DEFAULT '',
    amount          INTEGER NOT NULL,
    currency        TEXT NOT NULL DEFAULT '',
    stage           TEXT NOT NULL DEFAULT '',
    occurrence      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (salesperson_id, record_date, account, product, activity, amount, currency, stage,
            occurrence)
) STRICT;
)sql";

void seedDefaultSkillCatalogue(SQLite::Database &db)
{
    SQLite::Statement insert(db, "INSERT INTO skills (skill_group, name, description, level1, "
                                 "level2, level3, level4, level5, sort_order) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto &skill : defaultSkillCatalogue()) {
        insert.reset();
        insert.bind(1, std::string(toKey(skill.group)));
        insert.bind(2, skill.name);
        insert.bind(3, skill.description);
        for (int level = 0; level < 5; ++level)
            insert.bind(4 + level, skill.levels[level]);
        insert.bind(9, skill.sortOrder);
        insert.exec();
    }
}

void createVersion1(SQLite::Database &db)
{
    db.exec(schemaVersion1);
    seedDefaultSkillCatalogue(db);
}

// Version 2: full-text search over everything written in sessions. The search_source
// view lists every piece of text with its session; the FTS5 table indexes it. Triggers
// cannot write to an FTS5 table while trusted_schema is off, so the repositories reindex a
// session inside the same transaction as every write to it (SearchIndexer). A session's
// rows have rowids session_id * 2^20 + n, so reindexing one is a range delete.
constexpr const char *schemaVersion2 = R"sql(
CREATE VIEW search_source (session_id, part, body, private) AS
    SELECT session_id, 'result', comment, 0 FROM results WHERE comment <> ''
    UNION ALL
    SELECT session_id, 'self-audit', evidence, 0 FROM skill_ratings WHERE evidence <> ''
    UNION ALL
    SELECT session_id, 'gap', description, 0 FROM gaps WHERE description <> ''
    UNION ALL
    SELECT session_id, 'factor', description, 0 FROM factors WHERE description <> ''
    UNION ALL
    SELECT session_id, 'upskilling', title || char(10) || learned, 0 FROM upskilling
    UNION ALL
    SELECT session_id, 'strategy', description || char(10) || reason, 0 FROM strategies
    UNION ALL
    SELECT session_id, 'meeting note:' || stage, prompt || char(10) || text, private
        FROM meeting_notes
    UNION ALL
    SELECT origin_session_id, 'action', description, 0 FROM actions
    UNION ALL
    SELECT session_id, 'action review', note, 0 FROM action_reviews WHERE note <> ''
    UNION ALL
    SELECT id, 'focus', focus, 0 FROM sessions WHERE focus <> '';

CREATE VIRTUAL TABLE search_index USING fts5(
    body, part UNINDEXED, session_id UNINDEXED, private UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO search_index (rowid, body, part, session_id, private)
    SELECT session_id * 1048576 + row_number() OVER (PARTITION BY session_id),
           body, part, session_id, private
    FROM search_source;
)sql";

void createVersion2(SQLite::Database &db)
{
    db.exec(schemaVersion2);
}

// Version 3: the reminders on start ask for the drafts meeting in the coming days across
// the whole team; without this index that question reads every session ever held.
constexpr const char *schemaVersion3 = R"sql(
CREATE INDEX sessions_by_stage ON sessions (stage, meeting_date);
)sql";

void createVersion3(SQLite::Database &db)
{
    db.exec(schemaVersion3);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {1, "the coaching domain: people, sessions, prep, actions, meetings, sales records",
         createVersion1},
        {2, "full-text search over everything written in sessions", createVersion2},
        {3, "an index of sessions by stage and meeting date, for the reminders", createVersion3},
    };
    return steps;
}

void migrate(SQLite::Database &db, std::string_view fileName, const std::vector<Migration> &steps)
{
    SQLite::Statement readVersion(db, "PRAGMA user_version");
    readVersion.executeStep();
    const int fileVersion = readVersion.getColumn(0).getInt();
    readVersion.reset();

    for (const auto &step : steps) {
        if (step.version <= fileVersion)
            continue;
        try {
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            step.apply(db);
            SQLite::Statement foreignKeys(db, "PRAGMA foreign_key_check");
            if (foreignKeys.executeStep())
                throw StorageError(fmt::format("table {} has a row that refers to a missing row",
                                               foreignKeys.getColumn(0).getString()));
            // PRAGMA takes no bound parameters; both values are integers of our own.
            db.exec(fmt::format("PRAGMA application_id = {}", applicationId));
            db.exec(fmt::format("PRAGMA user_version = {}", step.version));
            transaction.commit();
        } catch (const std::exception &error) {
            throw DatabaseOpenError(
                fmt::format("\u201c{}\u201d could not be upgraded to data version {} ({}): {}. It "
                            "was left as it was.",
                            fileName, step.version, step.description, error.what()));
        }
    }
}

} // namespace reins::storage
