#pragma once

// Importing sales records from CSV: Reins' own path against the sqlite3 shell's .import of
// the same file into an equivalent table, in the same run.

#include "BenchSupport.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace reins::bench {

struct ImportBenchOptions {
    std::filesystem::path workFolder;
    int rows = 1'000'000;
    std::optional<std::filesystem::path> sqliteShell; // nullopt: not installed
};

[[nodiscard]] std::vector<Figure> benchImport(const ImportBenchOptions &options);

} // namespace reins::bench
