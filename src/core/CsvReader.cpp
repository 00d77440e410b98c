#include "reins/CsvReader.h"

#include <csv.h>

#include <array>
#include <new>
#include <stdexcept>

namespace reins {

namespace {

constexpr std::string_view byteOrderMark{"\xEF\xBB\xBF"};

// libcsv trims spaces around unquoted fields; only real spaces count, so that a tab
// separator is never mistaken for padding.
int isPadding(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}

int lineBreaksIn(std::string_view text)
{
    int breaks = 0;
    for (std::size_t index = 0; index < text.size(); ++index) {
        if (text[index] == '\n')
            ++breaks;
        else if (text[index] == '\r' && (index + 1 == text.size() || text[index + 1] != '\n'))
            ++breaks;
    }
    return breaks;
}

} // namespace

struct CsvReader::State {
    csv_parser parser{};
    RowHandler onRow;
    CsvRow current;
    int line = 1;               // the line the parser is on
    int rowStartLine = 1;       // the line the current row started on
    bool rowHasContent = false; // a field or separator was seen since the last row end
    bool previousEndWasCR = false;
    bool atStart = true;
    std::string pendingBom; // the start of the file while it could still be a BOM

    static void onField(void *data, std::size_t length, void *context)
    {
        auto &state = *static_cast<State *>(context);
        std::string_view text(data ? static_cast<const char *>(data) : "", data ? length : 0);
        if (!state.rowHasContent) {
            state.rowStartLine = state.line;
            state.rowHasContent = true;
        }
        state.current.fields.emplace_back(text);
        state.line += lineBreaksIn(text);
        state.previousEndWasCR = false;
    }

    static void onRowEnd(int terminator, void *context)
    {
        auto &state = *static_cast<State *>(context);
        // CR LF reaches us as two row ends; the LF one carries no fields.
        const bool crlfTail =
            terminator == '\n' && state.previousEndWasCR && state.current.fields.empty();
        state.previousEndWasCR = terminator == '\r';
        if (!crlfTail && terminator != -1)
            ++state.line;
        const auto &fields = state.current.fields;
        const bool blank = fields.empty() || (fields.size() == 1 && fields.front().empty());
        if (!blank) {
            state.current.line = state.rowStartLine;
            state.onRow(std::move(state.current));
        }
        state.current = CsvRow{};
        state.rowHasContent = false;
    }

    void parse(std::string_view chunk)
    {
        if (chunk.empty())
            return;
        if (csv_parse(&parser, chunk.data(), chunk.size(), onField, onRowEnd, this) != chunk.size())
            throw std::runtime_error(csv_strerror(csv_error(&parser)));
    }
};

CsvReader::CsvReader(char separator, RowHandler onRow)
    : m_state(std::make_unique<State>())
{
    if (csv_init(&m_state->parser, CSV_REPALL_NL | CSV_APPEND_NULL) != 0)
        throw std::bad_alloc();
    csv_set_delim(&m_state->parser, static_cast<unsigned char>(separator));
    csv_set_space_func(&m_state->parser, isPadding);
    m_state->onRow = std::move(onRow);
}

CsvReader::~CsvReader()
{
    csv_free(&m_state->parser);
}

void CsvReader::feed(std::string_view chunk)
{
    auto &state = *m_state;
    if (state.atStart) {
        // Hold back the first bytes until we know whether they are a byte-order mark.
        state.pendingBom.append(chunk);
        if (state.pendingBom.size() < byteOrderMark.size() &&
            byteOrderMark.starts_with(state.pendingBom))
            return;
        state.atStart = false;
        std::string_view start(state.pendingBom);
        if (start.starts_with(byteOrderMark))
            start.remove_prefix(byteOrderMark.size());
        state.parse(start);
        state.pendingBom.clear();
        return;
    }
    state.parse(chunk);
}

void CsvReader::finish()
{
    auto &state = *m_state;
    if (state.atStart) {
        state.atStart = false;
        if (state.pendingBom != byteOrderMark)
            state.parse(state.pendingBom);
    }
    csv_fini(&state.parser, State::onField, State::onRowEnd, &state);
}

std::vector<CsvRow> readCsv(std::string_view text, char separator)
{
    std::vector<CsvRow> rows;
    CsvReader reader(separator, [&rows](CsvRow &&row) { rows.push_back(std::move(row)); });
    reader.feed(text);
    reader.finish();
    return rows;
}

char detectSeparator(std::string_view sample)
{
    constexpr std::array<char, 3> candidates{',', ';', '\t'};
    // Only the first lines matter, and a quoted line break must not end the sample early.
    char best = ',';
    int bestScore = -1;
    for (char candidate : candidates) {
        std::vector<CsvRow> rows;
        try {
            CsvReader reader(candidate, [&rows](CsvRow &&row) {
                if (rows.size() < 20)
                    rows.push_back(std::move(row));
            });
            reader.feed(sample.substr(0, 64 * 1024));
            reader.finish();
        } catch (const std::exception &) {
            continue;
        }
        if (rows.empty() || rows.front().fields.size() < 2)
            continue;
        const auto width = rows.front().fields.size();
        int consistent = 0;
        for (const auto &row : rows)
            consistent += row.fields.size() == width ? 1 : 0;
        // Consistent rows first, then more columns.
        const int score = consistent * 1000 + static_cast<int>(width);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool isValidUtf8(std::string_view text)
{
    std::size_t index = 0;
    while (index < text.size()) {
        const auto byte = static_cast<unsigned char>(text[index]);
        std::size_t length = 0;
        char32_t codePoint = 0;
        if (byte < 0x80) {
            ++index;
            continue;
        }
        if ((byte & 0xE0) == 0xC0) {
            length = 2;
            codePoint = byte & 0x1F;
        } else if ((byte & 0xF0) == 0xE0) {
            length = 3;
            codePoint = byte & 0x0F;
        } else if ((byte & 0xF8) == 0xF0) {
            length = 4;
            codePoint = byte & 0x07;
        } else {
            return false;
        }
        if (index + length > text.size())
            return false;
        for (std::size_t next = 1; next < length; ++next) {
            const auto continuation = static_cast<unsigned char>(text[index + next]);
            if ((continuation & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        // Overlong forms, surrogates and values past Unicode's range are not UTF-8.
        static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (codePoint < smallest[length] || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        index += length;
    }
    return true;
}

} // namespace reins
