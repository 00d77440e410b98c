#include "reins/SalesImport.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

namespace reins {

namespace {

std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<int> parseNumber(std::string_view text)
{
    if (text.empty() || text.size() > 4)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Splits "a.b.c" into three numbers.
std::optional<std::array<int, 3>> threeNumbers(std::string_view text, char separator)
{
    std::array<int, 3> parts{};
    for (int index = 0; index < 3; ++index) {
        const auto end = index < 2 ? text.find(separator) : text.size();
        if (end == std::string_view::npos)
            return std::nullopt;
        const auto number = parseNumber(text.substr(0, end));
        if (!number)
            return std::nullopt;
        parts[static_cast<std::size_t>(index)] = *number;
        text.remove_prefix(std::min(text.size(), end + 1));
        if (index < 2 && text.empty())
            return std::nullopt;
    }
    return parts;
}

std::optional<Date> makeDate(int y, int m, int d)
{
    if (y < 1900 || y > 2999)
        return std::nullopt;
    const Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                    std::chrono::day{static_cast<unsigned>(d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

// Header names each field is recognised by, lower case.
const std::array<std::vector<std::string_view>, salesFieldCount> &knownHeaders()
{
    static const std::array<std::vector<std::string_view>, salesFieldCount> names{{
        {"date", "datum", "closed", "close date", "order date", "booking date", "day"},
        {"account", "customer", "client", "company", "kunde", "firma", "konto"},
        {"product", "item", "sku", "produkt", "artikel"},
        {"activity", "activity type", "type", "aktivität", "kind"},
        {"amount", "value", "revenue", "total", "betrag", "umsatz", "wert", "net"},
        {"stage", "status", "phase", "deal stage"},
    }};
    return names;
}

class RowConverter {
public:
    RowConverter(const SalesImportOptions &options, SalesImportResult &result,
                 std::size_t problemLimit)
        : m_options(options)
        , m_result(result)
        , m_problemLimit(problemLimit)
    {}

    void header(CsvRow &&row)
    {
        m_result.header = std::move(row.fields);
        m_width = m_result.header.size();
        for (int field = 0; field < salesFieldCount; ++field) {
            const auto column = m_options.mapping.columns[static_cast<std::size_t>(field)];
            if (column && (*column < 0 || static_cast<std::size_t>(*column) >= m_width))
                problem(0, fmt::format("the column chosen for {} is not in the file",
                                       displayName(static_cast<SalesField>(field))));
        }
        for (auto field : {SalesField::Date, SalesField::Amount})
            if (!m_options.mapping[field])
                problem(0, fmt::format("choose the column that holds the {}",
                                       lowered(displayName(field))));
    }

    void row(CsvRow &&row)
    {
        ++m_result.dataRows;
        if (row.fields.size() != m_width) {
            problem(row.line,
                    fmt::format("the row has {} field{} but the header has {}", row.fields.size(),
                                row.fields.size() == 1 ? "" : "s", m_width));
            return;
        }
        for (const auto &field : row.fields) {
            if (!isValidUtf8(field)) {
                problem(row.line, "the row is not valid UTF-8 text; save the file as UTF-8");
                return;
            }
        }
        SalesRecord record;
        record.salespersonId = m_options.salespersonId;
        record.currency = m_options.currency;
        if (!readDate(row, record) || !readAmount(row, record))
            return;
        record.account = text(row, SalesField::Account);
        record.product = text(row, SalesField::Product);
        record.activity = text(row, SalesField::Activity);
        record.stage = text(row, SalesField::Stage);
        // Identical rows in one file are separate sales; numbering them keeps them apart
        // while a second import of the same file still matches every one of them.
        const RecordKey key{record.date,     record.account,           record.product,
                            record.activity, record.amount.hundredths, record.stage};
        record.occurrence = ++m_seen[key];
        m_result.records.push_back(std::move(record));
    }

    [[nodiscard]] bool full() const { return m_result.problems.size() >= m_problemLimit; }

private:
    using RecordKey =
        std::tuple<Date, std::string, std::string, std::string, std::int64_t, std::string>;

    std::string_view cell(const CsvRow &row, SalesField field) const
    {
        const auto column = m_options.mapping[field];
        if (!column || static_cast<std::size_t>(*column) >= row.fields.size())
            return {};
        return trimmed(row.fields[static_cast<std::size_t>(*column)]);
    }

    std::string text(const CsvRow &row, SalesField field) const
    {
        return std::string(cell(row, field));
    }

    bool readDate(const CsvRow &row, SalesRecord &record)
    {
        const auto value = cell(row, SalesField::Date);
        if (value.empty()) {
            problem(row.line, "the row has no date");
            return false;
        }
        const auto date = parseDate(value, m_options.dateFormat);
        if (!date) {
            problem(row.line, fmt::format("the date \u201c{}\u201d is not a date in the format {}",
                                          value, displayName(m_options.dateFormat)));
            return false;
        }
        record.date = *date;
        return true;
    }

    bool readAmount(const CsvRow &row, SalesRecord &record)
    {
        const auto value = cell(row, SalesField::Amount);
        if (value.empty()) {
            problem(row.line, "the row has no amount");
            return false;
        }
        const char group = m_options.decimalSeparator == ',' ? '.' : ',';
        auto amount = parseAmount(value, m_options.decimalSeparator, group);
        if (!amount) {
            problem(row.line,
                    fmt::format("the amount \u201c{}\u201d is not a number with \u201c{}\u201d as "
                                "decimal separator",
                                value, m_options.decimalSeparator));
            return false;
        }
        record.amount = *amount;
        return true;
    }

    void problem(int line, std::string message)
    {
        if (!full())
            m_result.problems.push_back({line, std::move(message)});
    }

    const SalesImportOptions &m_options;
    SalesImportResult &m_result;
    std::size_t m_problemLimit;
    std::size_t m_width = 0;
    std::map<RecordKey, int> m_seen;
};

} // namespace

std::string_view displayName(SalesField field)
{
    switch (field) {
    case SalesField::Date:
        return "Date";
    case SalesField::Account:
        return "Account";
    case SalesField::Product:
        return "Product";
    case SalesField::Activity:
        return "Activity";
    case SalesField::Amount:
        return "Amount";
    case SalesField::Stage:
        return "Stage";
    }
    return {};
}

std::string_view displayName(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return "YYYY-MM-DD";
    case DateFormat::DayMonthYearDots:
        return "DD.MM.YYYY";
    case DateFormat::DayMonthYearSlashes:
        return "DD/MM/YYYY";
    case DateFormat::MonthDayYearSlashes:
        return "MM/DD/YYYY";
    }
    return {};
}

std::optional<Date> parseDate(std::string_view text, DateFormat format)
{
    text = trimmed(text);
    switch (format) {
    case DateFormat::Iso:
        return parseIsoDate(text);
    case DateFormat::DayMonthYearDots:
        if (auto parts = threeNumbers(text, '.'))
            return makeDate((*parts)[2], (*parts)[1], (*parts)[0]);
        return std::nullopt;
    case DateFormat::DayMonthYearSlashes:
        if (auto parts = threeNumbers(text, '/'))
            return makeDate((*parts)[2], (*parts)[1], (*parts)[0]);
        return std::nullopt;
    case DateFormat::MonthDayYearSlashes:
        if (auto parts = threeNumbers(text, '/'))
            return makeDate((*parts)[2], (*parts)[0], (*parts)[1]);
        return std::nullopt;
    }
    return std::nullopt;
}

ColumnMapping guessMapping(const std::vector<std::string> &header)
{
    ColumnMapping mapping;
    const auto &names = knownHeaders();
    for (std::size_t column = 0; column < header.size(); ++column) {
        const auto name = lowered(trimmed(header[column]));
        for (std::size_t field = 0; field < names.size(); ++field) {
            if (mapping.columns[field])
                continue;
            if (std::find(names[field].begin(), names[field].end(), name) != names[field].end()) {
                mapping.columns[field] = static_cast<int>(column);
                break;
            }
        }
    }
    return mapping;
}

std::string headerSignature(const std::vector<std::string> &header)
{
    std::string signature;
    for (const auto &name : header) {
        if (!signature.empty())
            signature += '|';
        signature += lowered(trimmed(name));
    }
    return signature;
}

SalesImportResult parseSalesCsv(std::string_view text, const SalesImportOptions &options,
                                const std::function<bool(std::size_t, std::size_t)> &progress,
                                std::size_t problemLimit)
{
    SalesImportResult result;
    RowConverter converter(options, result, problemLimit);
    bool headerSeen = false;
    try {
        CsvReader reader(options.separator, [&](CsvRow &&row) {
            if (!headerSeen) {
                headerSeen = true;
                converter.header(std::move(row));
            } else {
                converter.row(std::move(row));
            }
        });
        constexpr std::size_t chunkSize = 256 * 1024;
        for (std::size_t done = 0; done < text.size() && !converter.full(); done += chunkSize) {
            reader.feed(text.substr(done, chunkSize));
            if (progress && !progress(std::min(done + chunkSize, text.size()), text.size())) {
                result.cancelled = true;
                result.records.clear();
                return result;
            }
        }
        reader.finish();
    } catch (const std::exception &error) {
        result.problems.push_back(
            {0, fmt::format("the file cannot be read as CSV: {}", error.what())});
    }
    if (!headerSeen)
        result.problems.push_back({0, "the file is empty"});
    else if (result.dataRows == 0)
        result.problems.push_back({0, "the file has a header but no rows of data"});
    return result;
}

std::string formatProblem(std::string_view fileName, const ImportProblem &problem)
{
    if (problem.line == 0)
        return fmt::format("{}: {}", fileName, problem.message);
    return fmt::format("{}:{}: {}", fileName, problem.line, problem.message);
}

} // namespace reins
