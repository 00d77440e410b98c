// Writes a filled database at an older schema version, for the migration tests:
//   reins_make_fixture OUT.db VERSION
// A sample team is written at the current version, then every table that VERSION has is
// copied into a file migrated only that far.

#include "Migrations.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <string>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: reins_make_fixture OUT.db VERSION\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    const int version = std::stoi(argv[2]);
    const auto source = std::filesystem::path(out.string() + ".source");
    std::filesystem::remove(out);
    std::filesystem::remove(source);
    {
        auto store = reins::storage::SqliteDataStore::open(source);
        (void)reins::writeSampleTeam(*store, {3, 5}, *reins::parseIsoDate("2026-11-27"), 42);
    }
    {
        SQLite::Database db(out.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        const auto &all = reins::storage::migrations();
        const std::vector<reins::storage::Migration> steps(all.begin(), all.begin() + version);
        reins::storage::migrate(db, out.filename().string(), steps);
        db.exec("DELETE FROM skills"); // the copy brings the source's catalogue, ids and all
        SQLite::Statement attach(db, "ATTACH DATABASE ? AS source");
        attach.bind(1, source.string());
        attach.exec();
        db.exec("PRAGMA foreign_keys = OFF");
        SQLite::Statement tables(db, "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'");
        std::vector<std::string> names;
        while (tables.executeStep())
            names.push_back(tables.getColumn(0).getString());
        for (const auto &name : names)
            db.exec(fmt::format("INSERT INTO main.\"{0}\" SELECT * FROM source.\"{0}\"", name));
        db.exec("DETACH DATABASE source");
        if (version >= 2) // the search index as version 2 builds it
            db.exec("INSERT INTO search_index (rowid, body, part, session_id, private) "
                    "SELECT session_id * 1048576 + row_number() OVER (PARTITION BY session_id), "
                    "body, part, session_id, private FROM search_source");
    }
    std::filesystem::remove(source);
    std::filesystem::remove(source.string() + "-wal");
    std::filesystem::remove(source.string() + "-shm");
    std::filesystem::remove(source.string() + ".lock");
    std::printf("wrote %s at data version %d\n", out.c_str(), version);
    return 0;
}
