#pragma once

// The SQLite repositories. Internal to storage: the rest of Reins sees the interfaces in
// reins/Repositories.h through SqliteDataStore.

#include "SearchIndex.h"
#include "SqlSupport.h"
#include "reins/Repositories.h"

namespace reins::storage {

class SqlitePersonRepository final : public PersonRepository {
public:
    SqlitePersonRepository(SQLite::Database &db, TransactionRunner &transactions)
        : m_db(db)
        , m_transactions(transactions)
    {}

    [[nodiscard]] Id add(const Person &person) override;
    void update(const Person &person) override;
    void remove(Id id) override;
    [[nodiscard]] std::optional<Person> find(Id id) const override;
    [[nodiscard]] std::vector<Person> listAll() const override;
    [[nodiscard]] std::optional<Person> findByEmail(std::string_view email) const override;

private:
    void requireManager(const Person &person) const;

    SQLite::Database &m_db;
    TransactionRunner &m_transactions;
};

class SqliteSessionRepository final : public SessionRepository {
public:
    SqliteSessionRepository(SQLite::Database &db, TransactionRunner &transactions,
                            SearchIndexer &searchIndex);
    ~SqliteSessionRepository() override;

    [[nodiscard]] Id create(const Session &session) override;
    void update(const Session &session) override;
    void remove(Id id) override;
    [[nodiscard]] std::optional<Session> find(Id id) const override;
    [[nodiscard]] std::vector<SessionOverview> listForSalesperson(Id salespersonId) const override;
    [[nodiscard]] std::optional<Session> previousSession(Id sessionId) const override;
    [[nodiscard]] int countAll() const override;
    [[nodiscard]] std::vector<UpcomingSession> listDraftsMeetingBetween(Date from, Date to,
                                                                        int limit) const override;
    [[nodiscard]] std::optional<Session> nextSessionOf(Id salespersonId, Date from) const override;
    [[nodiscard]] SessionPrep loadPrep(Id sessionId) const override;
    void savePrep(Id sessionId, const SessionPrep &prep) override;
    [[nodiscard]] MeetingRecord loadMeeting(Id sessionId) const override;
    void saveMeeting(Id sessionId, const MeetingRecord &meeting) override;
    [[nodiscard]] SessionPartCounts partCounts(Id sessionId) const override;

private:
    void requireSession(Id sessionId) const;

    SQLite::Database &m_db;
    TransactionRunner &m_transactions;
    SearchIndexer &m_searchIndex;
    struct Statements;
    std::unique_ptr<Statements> m_statements; // prepared once: prep saves are frequent
};

class SqliteActionRepository final : public ActionRepository {
public:
    SqliteActionRepository(SQLite::Database &db, TransactionRunner &transactions,
                           SearchIndexer &searchIndex);
    ~SqliteActionRepository() override;

    [[nodiscard]] Id add(const Action &action) override;
    void update(const Action &action) override;
    void remove(Id id) override;
    [[nodiscard]] std::optional<Action> find(Id id) const override;
    [[nodiscard]] std::vector<Action> listCreatedIn(Id sessionId) const override;
    [[nodiscard]] std::vector<Action> listOpenFor(Id salespersonId) const override;
    [[nodiscard]] std::vector<Action> listAllOpen() const override;
    [[nodiscard]] Id setReview(const ActionReview &review) override;
    void removeReview(Id actionId, Id sessionId) override;
    [[nodiscard]] std::vector<ActionReview> historyOf(Id actionId) const override;
    [[nodiscard]] std::vector<ActionReview> reviewsIn(Id sessionId) const override;

private:
    SQLite::Database &m_db;
    TransactionRunner &m_transactions;
    SearchIndexer &m_searchIndex;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

class SqliteSkillRepository final : public SkillRepository {
public:
    SqliteSkillRepository(SQLite::Database &db, TransactionRunner &transactions)
        : m_db(db)
        , m_transactions(transactions)
    {}

    [[nodiscard]] Id add(const Skill &skill) override;
    void update(const Skill &skill) override;
    void remove(Id id) override;
    [[nodiscard]] int countRatings(Id id) const override;
    [[nodiscard]] std::optional<Skill> find(Id id) const override;
    [[nodiscard]] std::vector<Skill> listAll(bool includeRetired) const override;

private:
    SQLite::Database &m_db;
    TransactionRunner &m_transactions;
};

class SqliteSalesRecordRepository final : public SalesRecordRepository {
public:
    SqliteSalesRecordRepository(SQLite::Database &db, TransactionRunner &transactions)
        : m_db(db)
        , m_transactions(transactions)
    {}

    [[nodiscard]] int addAll(const std::vector<SalesRecord> &records) override;
    [[nodiscard]] std::vector<SalesRecord> listFor(Id salespersonId, Date from,
                                                   Date to) const override;
    [[nodiscard]] int countFor(Id salespersonId) const override;

private:
    SQLite::Database &m_db;
    TransactionRunner &m_transactions;
};

} // namespace reins::storage
