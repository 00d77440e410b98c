#include "ImportBench.h"

#include "reins/Domain.h"
#include "reins/Repositories.h"
#include "reins/SalesImport.h"
#include "reins/storage/SqliteDataStore.h"

#include <sqlite3.h>
#include <sys/resource.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

namespace reins::bench {

namespace {

void removeDatabase(const std::filesystem::path &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        std::filesystem::remove(path.string() + suffix);
}

// A believable export: two years of dates, 1,500 accounts, a dozen products, four kinds of
// activity and three stages. Every row is different (the amounts never repeat), so the
// shell's plain INSERT meets no duplicate.
void writeCsv(const std::filesystem::path &path, int rows)
{
    static constexpr std::array products{"Atlas",  "Beacon",  "Cobalt",   "Delta",
                                         "Ember",  "Falcon",  "Garnet",   "Harbor",
                                         "Indigo", "Juniper", "Keystone", "Lumen"};
    static constexpr std::array activities{"Deal", "Call", "Meeting", "Proposal"};
    static constexpr std::array stages{"won", "open", "lost"};
    std::string text = "Date,Account,Product,Activity,Amount,Stage\n";
    text.reserve(static_cast<std::size_t>(rows) * 56 + 64);
    char line[160];
    for (int row = 0; row < rows; ++row) {
        const int day = row % 730;
        const int year = 2024 + day / 365;
        const int dayOfYear = day % 365;
        const int month = dayOfYear / 31 % 12 + 1;
        const int dayOfMonth = dayOfYear % 28 + 1;
        const long long cents = 1000 + static_cast<long long>(row) * 7;
        const int length = std::snprintf(
            line, sizeof line, "%04d-%02d-%02d,Account %04d,%s,%s,%lld.%02lld,%s\n", year, month,
            dayOfMonth, (row * 7919) % 1500 + 1, products[static_cast<std::size_t>(row % 12)],
            activities[static_cast<std::size_t>(row / 12 % 4)], cents / 100, cents % 100,
            stages[static_cast<std::size_t>(row / 48 % 3)]);
        text.append(line, static_cast<std::size_t>(length));
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

std::string readAll(const std::filesystem::path &path)
{
    std::string text(std::filesystem::file_size(path), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

long long countRows(const std::filesystem::path &database, const char *sql)
{
    sqlite3 *connection = nullptr;
    long long count = -1;
    if (sqlite3_open_v2(database.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(connection);
    return count;
}

double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

std::vector<Figure> benchImport(const ImportBenchOptions &options)
{
    std::vector<Figure> figures;
    const auto csv = options.workFolder / ("sales-" + std::to_string(options.rows) + ".csv");
    writeCsv(csv, options.rows);
    const auto csvMegabytes = static_cast<double>(std::filesystem::file_size(csv)) / 1048576.0;

    // Reins: the file read, parsed into records, and stored in one transaction, as the
    // import dialog's job does (there on a second connection, off the GUI thread).
    const auto reinsDatabase = options.workFolder / "import-reins.db";
    removeDatabase(reinsDatabase);
    double readMs = 0;
    double parseMs = 0;
    double insertMs = 0;
    double closeMs = 0;
    int added = 0;
    const double rssBefore = peakRssMegabytes();
    {
        auto store = storage::SqliteDataStore::open(reinsDatabase);
        Person salesperson;
        salesperson.name = "Import Bench";
        salesperson.role = Role::Salesperson;
        const Id salespersonId = store->people().add(salesperson);

        SalesImportOptions importOptions;
        importOptions.salespersonId = salespersonId;
        for (int field = 0; field < salesFieldCount; ++field)
            importOptions.mapping.columns[static_cast<std::size_t>(field)] = field;

        Stopwatch read;
        const std::string text = readAll(csv);
        readMs = read.milliseconds();
        Stopwatch parse;
        SalesImportResult parsed = parseSalesCsv(text, importOptions);
        parseMs = parse.milliseconds();
        if (!parsed.acceptable())
            throw std::runtime_error("the generated CSV has problems: " +
                                     (parsed.problems.empty() ? std::string("cancelled")
                                                              : parsed.problems.front().message));
        Stopwatch insert;
        added = store->salesRecords().addAll(parsed.records);
        insertMs = insert.milliseconds();
        Stopwatch close;
        store.reset();
        closeMs = close.milliseconds();
    }
    const double reinsMs = readMs + parseMs + insertMs + closeMs;
    figures.push_back({"import_reins_ms", reinsMs, std::nullopt,
                       std::to_string(added) + " records from a " + oneDecimal(csvMegabytes) +
                           " MB CSV: read " + oneDecimal(readMs) + " ms, parseSalesCsv " +
                           oneDecimal(parseMs) + " ms, salesRecords().addAll in one transaction " +
                           oneDecimal(insertMs) + " ms, close (WAL checkpoint) " +
                           oneDecimal(closeMs) + " ms; the benchmark's peak RSS went from " +
                           oneDecimal(rssBefore) + " to " + oneDecimal(peakRssMegabytes()) +
                           " MB (the parsed records and the page cache)"});

    if (!options.sqliteShell) {
        figures.push_back({"import_sqlite3_ms", std::nullopt, std::nullopt,
                           "the sqlite3 shell is not installed (Debian package sqlite3)"});
        figures.push_back({"import_ratio", std::nullopt, 1.5, "no sqlite3 shell to compare with"});
        return figures;
    }

    // The shell: the same file into a table of the same columns with the same kind of
    // UNIQUE constraint, in write-ahead-log mode like Reins; .import runs in one transaction.
    const auto shellDatabase = options.workFolder / "import-sqlite3.db";
    const auto log = options.workFolder / "sqlite3.log";
    const std::string shell = options.sqliteShell->string();
    const auto importInto = [&](const std::string &cacheSize) {
        removeDatabase(shellDatabase);
        const auto created = runCommand(
            {shell, shellDatabase.string(),
             "PRAGMA journal_mode = WAL; CREATE TABLE sales (record_date TEXT NOT NULL, account "
             "TEXT NOT NULL, product TEXT NOT NULL, activity TEXT NOT NULL, amount TEXT NOT "
             "NULL, stage TEXT NOT NULL, UNIQUE (record_date, account, product, activity, "
             "amount, stage)) STRICT;"},
            log);
        auto imported = runCommand({shell, "-cmd", "PRAGMA synchronous = FULL", "-cmd",
                                    "PRAGMA cache_size = " + cacheSize, shellDatabase.string(),
                                    ".import --csv --skip 1 " + csv.string() + " sales"},
                                   log);
        const long long rows = countRows(shellDatabase, "SELECT count(*) FROM sales");
        if (created.exitStatus != 0 || imported.exitStatus != 0 || rows != options.rows)
            imported.exitStatus = -1;
        return imported;
    };
    // SQLite's default page cache (2 MiB), as the shell runs it; then the cache Reins gives a
    // bulk add, for a comparison at equal settings.
    const auto imported = importInto("-2000");
    if (imported.exitStatus != 0) {
        figures.push_back({"import_sqlite3_ms", std::nullopt, std::nullopt,
                           "the sqlite3 shell's import failed; see " + log.string(), true});
        figures.push_back({"import_ratio", std::nullopt, 1.5, "no sqlite3 figure"});
        return figures;
    }
    const auto sameCache = importInto("-65536");
    const std::string sameCacheNote =
        sameCache.exitStatus == 0
            ? "; with the 64 MiB page cache Reins gives a bulk add, the shell takes " +
                  oneDecimal(sameCache.milliseconds) + " ms (Reins at " +
                  oneDecimal(reinsMs / sameCache.milliseconds) + "x of that)"
            : std::string("; the shell's run with a 64 MiB cache failed");
    figures.push_back({"import_sqlite3_ms", imported.milliseconds, std::nullopt,
                       std::to_string(options.rows) +
                           " rows by `sqlite3 .import --csv` (process start to exit), WAL, "
                           "synchronous=FULL, default page cache, UNIQUE over all six columns" +
                           sameCacheNote});
    figures.push_back({"import_ratio", reinsMs / imported.milliseconds, 1.5,
                       "Reins' import time over the sqlite3 shell's, same file, same run"});
    return figures;
}

} // namespace reins::bench
