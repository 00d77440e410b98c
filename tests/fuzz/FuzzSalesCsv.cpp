// libFuzzer target: any bytes given to the sales CSV importer either become records or a
// list of problems; nothing crashes, hangs or reads out of bounds.

#include "reins/SalesImport.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    reins::SalesImportOptions options;
    options.separator = reins::detectSeparator(text);
    // The first byte picks the number format, so both paths are explored.
    if (size > 0 && (data[0] & 1) != 0) {
        options.decimalSeparator = ',';
        options.dateFormat = reins::DateFormat::DayMonthYearDots;
    }
    const auto rows = reins::readCsv(text.substr(0, text.find('\n')), options.separator);
    if (!rows.empty())
        options.mapping = reins::guessMapping(rows.front().fields);
    const auto result = reins::parseSalesCsv(text, options);
    // Accepted records always carry a valid date.
    for (const auto &record : result.records)
        if (!record.date.ok())
            __builtin_trap();
    return 0;
}
