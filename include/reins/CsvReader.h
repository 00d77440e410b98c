#pragma once

// Tokenises CSV text into rows with the physical line each row starts on. Built on libcsv
// (which handles quoted separators, doubled quotes and quoted line breaks); this adds the
// byte-order mark, CR / LF / CRLF line ends, blank lines and line numbers.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace reins {

struct CsvRow {
    int line = 0; // 1-based line of the file on which the row starts
    std::vector<std::string> fields;
};

class CsvReader {
public:
    using RowHandler = std::function<void(CsvRow &&row)>;

    // separator: ',', ';' or '\t'. Blank lines are skipped.
    CsvReader(char separator, RowHandler onRow);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Feeds the next piece of the file; pieces may split rows, fields and line ends.
    void feed(std::string_view chunk);
    // Ends the file, delivering the last row.
    void finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Tokenises a whole text at once.
[[nodiscard]] std::vector<CsvRow> readCsv(std::string_view text, char separator);

// The separator a CSV sample most likely uses: the candidate (',', ';', '\t') that splits
// the first lines into the same number of fields, more than one, most consistently.
[[nodiscard]] char detectSeparator(std::string_view sample);

// True when text is well-formed UTF-8.
[[nodiscard]] bool isValidUtf8(std::string_view text);

} // namespace reins
