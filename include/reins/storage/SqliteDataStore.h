#pragma once

#include "reins/Repositories.h"
#include "reins/storage/Database.h"

#include <filesystem>
#include <memory>

namespace reins::storage {

// The SQLite implementation of every repository, over one open Database.
class SqliteDataStore final : public DataStore {
public:
    explicit SqliteDataStore(std::unique_ptr<Database> database);
    ~SqliteDataStore() override;

    // Database::open followed by construction; throws DatabaseOpenError.
    [[nodiscard]] static std::unique_ptr<SqliteDataStore> open(const std::filesystem::path &path,
                                                               const OpenOptions &options = {});

    [[nodiscard]] PersonRepository &people() override;
    [[nodiscard]] SessionRepository &sessions() override;
    [[nodiscard]] ActionRepository &actions() override;
    [[nodiscard]] SkillRepository &skills() override;
    [[nodiscard]] SalesRecordRepository &salesRecords() override;
    [[nodiscard]] SearchRepository &search() override;
    void inTransaction(const std::function<void()> &work) override;
    [[nodiscard]] std::unique_ptr<DataStore> openSecondConnection() override;

    [[nodiscard]] Database &database() { return *m_database; }

private:
    std::unique_ptr<Database> m_database;
    struct Repositories;
    std::unique_ptr<Repositories> m_repositories;
};

} // namespace reins::storage
