#include "reins/storage/SqliteDataStore.h"

#include "SqliteRepositories.h"
#include "reins/storage/Database.h"

namespace reins::storage {

struct SqliteDataStore::Repositories {
    explicit Repositories(SQLite::Database &db)
        : transactions(db)
        , searchIndex(db)
        , people(db, transactions)
        , sessions(db, transactions, searchIndex)
        , actions(db, transactions, searchIndex)
        , skills(db, transactions)
        , salesRecords(db, transactions)
        , search(db)
    {}

    TransactionRunner transactions;
    SearchIndexer searchIndex;
    SqlitePersonRepository people;
    SqliteSessionRepository sessions;
    SqliteActionRepository actions;
    SqliteSkillRepository skills;
    SqliteSalesRecordRepository salesRecords;
    SqliteSearchRepository search;
};

SqliteDataStore::SqliteDataStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_repositories(std::make_unique<Repositories>(m_database->connection()))
{}

SqliteDataStore::~SqliteDataStore()
{
    // The repositories' prepared statements must be finalised before the connection closes.
    m_repositories.reset();
}

std::unique_ptr<SqliteDataStore> SqliteDataStore::open(const std::filesystem::path &path,
                                                       const OpenOptions &options)
{
    return std::make_unique<SqliteDataStore>(Database::open(path, options));
}

PersonRepository &SqliteDataStore::people()
{
    return m_repositories->people;
}
SessionRepository &SqliteDataStore::sessions()
{
    return m_repositories->sessions;
}
ActionRepository &SqliteDataStore::actions()
{
    return m_repositories->actions;
}
SkillRepository &SqliteDataStore::skills()
{
    return m_repositories->skills;
}
SalesRecordRepository &SqliteDataStore::salesRecords()
{
    return m_repositories->salesRecords;
}
SearchRepository &SqliteDataStore::search()
{
    return m_repositories->search;
}

std::unique_ptr<DataStore> SqliteDataStore::openSecondConnection()
{
    return std::make_unique<SqliteDataStore>(
        Database::open(m_database->path(), {.joinsOpenDatabase = true}));
}

void SqliteDataStore::inTransaction(const std::function<void()> &work)
{
    try {
        m_repositories->transactions.run(work);
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "saving");
    }
}

} // namespace reins::storage
