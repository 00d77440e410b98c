#pragma once

// Turning a CSV export of sales data into sales records: column mapping, separators,
// decimal commas and date formats, and a list of every problem with its line number.
// Nothing is stored here; the caller stores the records only when there is no problem.

#include "reins/CsvReader.h"
#include "reins/Domain.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace reins {

enum class SalesField { Date, Account, Product, Activity, Amount, Stage };
inline constexpr int salesFieldCount = 6;
[[nodiscard]] std::string_view displayName(SalesField field);

enum class DateFormat { Iso, DayMonthYearDots, DayMonthYearSlashes, MonthDayYearSlashes };
[[nodiscard]] std::string_view displayName(DateFormat format); // "YYYY-MM-DD", "DD.MM.YYYY", ...
[[nodiscard]] std::optional<Date> parseDate(std::string_view text, DateFormat format);

// For each field, the 0-based column it is read from; Date and Amount are required.
struct ColumnMapping {
    std::array<std::optional<int>, salesFieldCount> columns{};

    [[nodiscard]] std::optional<int> &operator[](SalesField field)
    {
        return columns[static_cast<std::size_t>(field)];
    }
    [[nodiscard]] const std::optional<int> &operator[](SalesField field) const
    {
        return columns[static_cast<std::size_t>(field)];
    }
};

// A mapping guessed from header names in English and German ("Datum", "Kunde", "Betrag").
[[nodiscard]] ColumnMapping guessMapping(const std::vector<std::string> &header);
// A key naming a header layout, to remember the mapping a user chose for it.
[[nodiscard]] std::string headerSignature(const std::vector<std::string> &header);

struct SalesImportOptions {
    Id salespersonId = 0;
    char separator = ',';
    char decimalSeparator = '.'; // ',' for "1.234,56"
    DateFormat dateFormat = DateFormat::Iso;
    ColumnMapping mapping;
    std::string currency = "EUR";
};

struct ImportProblem {
    int line = 0; // 0 when the problem concerns the whole file
    std::string message;
};

struct SalesImportResult {
    std::vector<SalesRecord> records;
    std::vector<ImportProblem> problems;
    std::vector<std::string> header;
    int dataRows = 0;
    bool cancelled = false;

    [[nodiscard]] bool acceptable() const { return problems.empty() && !cancelled; }
};

// Reads CSV text whose first row is a header. `progress` (optional) is told how many
// bytes were read of the total and returns false to cancel. At most `problemLimit`
// problems are listed.
[[nodiscard]] SalesImportResult
parseSalesCsv(std::string_view text, const SalesImportOptions &options,
              const std::function<bool(std::size_t done, std::size_t total)> &progress = {},
              std::size_t problemLimit = 200);

// "FILE:LINE: problem" lines, as the command line prints them.
[[nodiscard]] std::string formatProblem(std::string_view fileName, const ImportProblem &problem);

} // namespace reins
