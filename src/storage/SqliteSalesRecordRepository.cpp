#include "SqliteRepositories.h"

namespace reins::storage {

namespace {

// From this many records on, an add is a bulk add and gets the bulk page cache.
constexpr std::size_t bulkAddRecords = 10'000;

} // namespace

int SqliteSalesRecordRepository::addAll(const std::vector<SalesRecord> &records)
{
    int added = 0;
    try {
        // The command line adds a whole file at once; the import dialog adds it in batches
        // on a second connection, which has the bulk cache from the start.
        if (records.size() >= bulkAddRecords)
            growPageCache(m_db, bulkPageCacheMebibytes);
        m_transactions.run([&] {
            // A record already stored is skipped by the UNIQUE constraint, so importing the
            // same file twice adds nothing.
            SQLite::Statement insert(m_db, "INSERT OR IGNORE INTO sales_records (salesperson_id, "
                                           "record_date, account, product, activity, amount, "
                                           "currency, stage, occurrence) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (const auto &record : records) {
                insert.reset();
                insert.bind(1, static_cast<std::int64_t>(record.salespersonId));
                bindDate(insert, 2, record.date);
                bindText(insert, 3, record.account);
                bindText(insert, 4, record.product);
                bindText(insert, 5, record.activity);
                insert.bind(6, static_cast<std::int64_t>(record.amount.hundredths));
                bindText(insert, 7, record.currency);
                bindText(insert, 8, record.stage);
                insert.bind(9, record.occurrence);
                added += insert.exec();
            }
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "importing sales records",
                          "The sales records name a salesperson who is not in the database. "
                          "Nothing was imported.");
    }
    return added;
}

std::vector<SalesRecord> SqliteSalesRecordRepository::listFor(Id salespersonId, Date from,
                                                              Date to) const
{
    SQLite::Statement query(m_db,
                            "SELECT id, salesperson_id, record_date, account, product, "
                            "activity, amount, currency, stage, occurrence FROM sales_records "
                            "WHERE salesperson_id = ? AND record_date BETWEEN ? AND ? "
                            "ORDER BY record_date, id");
    query.bind(1, static_cast<std::int64_t>(salespersonId));
    bindDate(query, 2, from);
    bindDate(query, 3, to);
    std::vector<SalesRecord> records;
    while (query.executeStep()) {
        records.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                           readDate(query, 2), readText(query, 3), readText(query, 4),
                           readText(query, 5), Amount{query.getColumn(6).getInt64()},
                           readText(query, 7), readText(query, 8), query.getColumn(9).getInt()});
    }
    return records;
}

int SqliteSalesRecordRepository::countFor(Id salespersonId) const
{
    return countRows(m_db, "SELECT count(*) FROM sales_records WHERE salesperson_id = ?",
                     salespersonId);
}

} // namespace reins::storage
