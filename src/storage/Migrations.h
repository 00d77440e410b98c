#pragma once

// The schema's history: numbered, forward-only steps. Step N brings a database from
// user_version N-1 to N; each runs in its own transaction.

#include <functional>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace reins::storage {

struct Migration {
    int version = 0;
    std::string_view description;
    std::function<void(SQLite::Database &)> apply;
};

[[nodiscard]] const std::vector<Migration> &migrations();

// Applies every step newer than the file's user_version (up to `steps`' last), each in one
// transaction that also stamps user_version and application_id. A failing step leaves the
// file at the version before it and throws DatabaseOpenError.
void migrate(SQLite::Database &connection, std::string_view fileName,
             const std::vector<Migration> &steps);

inline void migrateToCurrent(SQLite::Database &connection, std::string_view fileName)
{
    migrate(connection, fileName, migrations());
}

} // namespace reins::storage
