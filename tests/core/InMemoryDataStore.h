#pragma once

// A DataStore held in memory, for testing core code that writes through the repository
// interfaces without a database. It keeps the promises of the interfaces that core relies
// on (ids, action status following reviews, duplicate sales records skipped, transactions
// that roll back) and counts writes made outside a transaction.

#include "reins/Repositories.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace reins::test {

class InMemoryDataStore final : public DataStore {
public:
    struct StoredSession {
        Session session;
        SessionPrep prep;
        MeetingRecord meeting;
    };

    // Everything stored, in id order.
    struct Content {
        Id lastId = 0;
        std::map<Id, Person> people;
        std::map<Id, StoredSession> sessions;
        std::map<Id, Action> actions;
        std::vector<ActionReview> reviews;
        std::map<Id, Skill> skills;
        std::vector<SalesRecord> salesRecords;
    };

    InMemoryDataStore();
    ~InMemoryDataStore() override;

    [[nodiscard]] PersonRepository &people() override;
    [[nodiscard]] SessionRepository &sessions() override;
    [[nodiscard]] ActionRepository &actions() override;
    [[nodiscard]] SkillRepository &skills() override;
    [[nodiscard]] SalesRecordRepository &salesRecords() override;
    [[nodiscard]] SearchRepository &search() override;
    void inTransaction(const std::function<void()> &work) override;
    [[nodiscard]] std::unique_ptr<DataStore> openSecondConnection() override;

    [[nodiscard]] const Content &content() const { return m_content; }
    [[nodiscard]] int writesOutsideTransaction() const { return m_writesOutsideTransaction; }

    // Every stored value as text, one line per record: equal text means equal content.
    [[nodiscard]] std::string describe() const;

    // Called by the repositories before each write.
    void noteWrite();
    [[nodiscard]] Content &mutableContent() { return m_content; }

private:
    Content m_content;
    int m_transactionDepth = 0;
    int m_writesOutsideTransaction = 0;
    struct Repositories;
    std::unique_ptr<Repositories> m_repositories;
};

} // namespace reins::test
