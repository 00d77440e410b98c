#include "reins/Comparison.h"

#include "reins/Coaching.h"
#include "reins/ResultAnalysis.h"
#include "reins/SessionSummary.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

namespace reins {

namespace {

std::string dateText(Date date)
{
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return fmt::format("{} {} {}", static_cast<unsigned>(date.day()),
                       months[static_cast<unsigned>(date.month()) - 1],
                       static_cast<int>(date.year()));
}

std::string normalised(std::string_view text)
{
    std::string result;
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !result.empty();
            continue;
        }
        if (space)
            result += ' ';
        space = false;
        result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return result;
}

std::string amountText(const std::optional<Amount> &amount, const std::string &unit)
{
    if (!amount)
        return "\u2013";
    const auto number = formatAmount(*amount, true);
    return unit.empty() ? number : unit == "%" ? number + "%" : number + " " + unit;
}

// A row being built, with the figure behind each cell when the row compares numbers.
struct BuiltRow {
    ComparisonRow row;
    std::vector<std::optional<std::int64_t>> numbers;
};

// Rows keyed by something that identifies "the same thing" across sessions, in the order
// they first appear.
class RowSet {
public:
    RowSet(ComparisonSection section, std::size_t columns)
        : m_section(section)
        , m_columns(columns)
    {}

    BuiltRow &row(const std::string &key, const std::string &label)
    {
        const auto found = m_index.find(key);
        if (found != m_index.end())
            return m_rows[found->second];
        m_index.emplace(key, m_rows.size());
        m_rows.push_back({{m_section, label, std::vector<ComparisonCell>(m_columns)},
                          std::vector<std::optional<std::int64_t>>(m_columns)});
        return m_rows.back();
    }

    std::vector<BuiltRow> take() { return std::move(m_rows); }

private:
    ComparisonSection m_section;
    std::size_t m_columns;
    std::map<std::string, std::size_t> m_index;
    std::vector<BuiltRow> m_rows;
};

// Marks each cell against the one before it: figures up or down, texts same or changed,
// appearing rows new.
void classify(BuiltRow &built, bool byNumber)
{
    auto &cells = built.row.cells;
    for (std::size_t column = 1; column < cells.size(); ++column) {
        auto &cell = cells[column];
        const auto &before = cells[column - 1];
        if (!cell.text)
            continue;
        if (!before.text) {
            cell.change = Change::New;
            continue;
        }
        const auto now = built.numbers[column];
        const auto then = built.numbers[column - 1];
        if (byNumber && now && then)
            cell.change = *now > *then ? Change::Up : *now < *then ? Change::Down : Change::Same;
        else
            cell.change = *cell.text == *before.text ? Change::Same : Change::Changed;
    }
}

void addOverview(std::vector<ComparisonRow> &rows, const std::vector<SessionRecord> &records)
{
    ComparisonRow period{ComparisonSection::Overview, "Period", {}};
    ComparisonRow stage{ComparisonSection::Overview, "Stage", {}};
    for (const auto &record : records) {
        period.cells.emplace_back().text =
            fmt::format("{} \u2013 {}", dateText(record.session.periodStart),
                        dateText(record.session.periodEnd));
        stage.cells.emplace_back().text = std::string(displayName(record.session.stage));
    }
    rows.push_back(std::move(period));
    rows.push_back(std::move(stage));
}

void addResults(std::vector<ComparisonRow> &rows, const std::vector<SessionRecord> &records)
{
    RowSet set(ComparisonSection::Results, records.size());
    for (std::size_t column = 0; column < records.size(); ++column) {
        for (const auto &result : records[column].prep.results) {
            const auto label = metricLabel(result);
            auto &built = set.row(normalised(label), label);
            const auto reading = readResult(result, records[column].session.cadence);
            auto text = amountText(result.actual, result.unit);
            if (reading.attainmentPercent)
                text += fmt::format(" ({}% of target)", *reading.attainmentPercent);
            auto &cell = built.row.cells[column];
            cell.text = text;
            cell.amount = result.actual;
            cell.unit = result.unit;
            cell.attainmentPercent = reading.attainmentPercent;
            if (result.actual)
                built.numbers[column] = result.actual->hundredths;
        }
    }
    for (auto &built : set.take()) {
        classify(built, true);
        for (std::size_t column = 1; column < built.numbers.size(); ++column) {
            const auto now = built.numbers[column];
            const auto then = built.numbers[column - 1];
            if (!now || !then)
                continue;
            // The change worded as the result sentences word it.
            Result between;
            between.actual = Amount{*now};
            between.previous = Amount{*then};
            if (const auto change = readResult(between, Cadence::Monthly).changePermille)
                built.row.cells[column].delta = formatChange(*change);
        }
        rows.push_back(std::move(built.row));
    }
}

void addSelfAudit(std::vector<ComparisonRow> &rows, const std::vector<SessionRecord> &records)
{
    RowSet set(ComparisonSection::SelfAudit, records.size());
    for (std::size_t column = 0; column < records.size(); ++column) {
        const auto &record = records[column];
        for (const auto &rating : record.prep.skillRatings) {
            const auto skill = std::find_if(record.skills.begin(), record.skills.end(),
                                            [&](const Skill &s) { return s.id == rating.skillId; });
            auto &built = set.row(std::to_string(rating.skillId),
                                  skill == record.skills.end() ? std::string("(removed skill)")
                                                               : skill->name);
            built.row.cells[column].text = fmt::format("{} / 5", rating.score);
            built.numbers[column] = rating.score;
        }
    }
    for (auto &built : set.take()) {
        classify(built, true);
        for (std::size_t column = 1; column < built.numbers.size(); ++column) {
            const auto now = built.numbers[column];
            const auto then = built.numbers[column - 1];
            if (now && then && *now != *then)
                built.row.cells[column].delta = fmt::format("{:+}", *now - *then);
        }
        rows.push_back(std::move(built.row));
    }
}

// Gaps are the same gap when they name the same skill, or else the same words.
std::string gapKey(const Gap &gap)
{
    return gap.skillId ? fmt::format("skill:{}", *gap.skillId)
                       : "text:" + normalised(gap.description);
}

void addGaps(std::vector<ComparisonRow> &rows, const std::vector<SessionRecord> &records)
{
    RowSet set(ComparisonSection::Gaps, records.size());
    for (std::size_t column = 0; column < records.size(); ++column)
        for (const auto &gap : records[column].prep.gaps)
            set.row(gapKey(gap), gap.description).row.cells[column].text =
                std::string(toKey(gap.priority)) + " priority";
    for (auto &built : set.take()) {
        auto &row = built.row;
        for (std::size_t column = 0; column < row.cells.size(); ++column) {
            auto &cell = row.cells[column];
            const bool before = column > 0 && row.cells[column - 1].text.has_value() &&
                                row.cells[column - 1].change != Change::Resolved;
            if (cell.text) {
                cell.change = column == 0 ? Change::None : before ? Change::Same : Change::New;
                if (column > 0)
                    cell.text = (before ? "still open, " : "new, ") + *cell.text;
            } else if (before) {
                cell.text = "resolved";
                cell.change = Change::Resolved;
            }
        }
        rows.push_back(std::move(row));
    }
}

void addTextRows(std::vector<ComparisonRow> &rows, const std::vector<SessionRecord> &records,
                 ComparisonSection section,
                 const std::function<void(const SessionRecord &, std::size_t, RowSet &)> &fill)
{
    RowSet set(section, records.size());
    for (std::size_t column = 0; column < records.size(); ++column)
        fill(records[column], column, set);
    for (auto &built : set.take()) {
        classify(built, false);
        rows.push_back(std::move(built.row));
    }
}

} // namespace

std::string_view displayName(ComparisonSection section)
{
    switch (section) {
    case ComparisonSection::Overview:
        return "Session";
    case ComparisonSection::Results:
        return "Results";
    case ComparisonSection::SelfAudit:
        return "Self-audit";
    case ComparisonSection::Gaps:
        return "Gaps";
    case ComparisonSection::Factors:
        return "Factors";
    case ComparisonSection::Strategies:
        return "Strategies";
    case ComparisonSection::Focus:
        return "Focus";
    case ComparisonSection::Actions:
        return "Actions";
    case ComparisonSection::Balance:
        return "Coaching balance and rating";
    }
    return {};
}

bool ComparisonRow::differs() const
{
    return std::any_of(cells.begin(), cells.end(), [](const ComparisonCell &cell) {
        return cell.change != Change::None && cell.change != Change::Same;
    });
}

std::string renderComparisonMarkdown(const Comparison &comparison, bool hideUnchanged)
{
    auto cellText = [](std::string_view text) {
        std::string escaped;
        for (char c : text)
            escaped += c == '|'    ? std::string("\\|")
                       : c == '\n' ? std::string(" ")
                                   : std::string(1, c);
        return escaped;
    };
    auto marker = [](Change change) -> std::string_view {
        switch (change) {
        case Change::Up:
            return " \u2191";
        case Change::Down:
            return " \u2193";
        case Change::New:
            return " \u2605";
        case Change::Resolved:
            return " \u2713";
        case Change::Changed:
            return " \u21c4";
        default:
            return "";
        }
    };
    std::string out = "# Sessions side by side\n\n";
    out += "Each cell is marked against the column before it: \u2191 up, \u2193 down, "
           "\u2605 new, \u2713 resolved, \u21c4 changed.\n";
    std::optional<ComparisonSection> section;
    for (const auto &row : comparison.rows) {
        if (hideUnchanged && !row.differs() && row.section != ComparisonSection::Overview)
            continue;
        if (row.section != section) {
            section = row.section;
            out += fmt::format("\n## {}\n\n| Part |", displayName(row.section));
            for (const auto &title : comparison.columnTitles)
                out += fmt::format(" {} |", cellText(title));
            out += "\n|---|";
            for (std::size_t column = 0; column < comparison.columnTitles.size(); ++column)
                out += "---|";
            out += '\n';
        }
        out += fmt::format("| {} |", cellText(row.label));
        for (const auto &cell : row.cells) {
            auto text = cell.text ? cellText(*cell.text) : std::string("\u2013");
            if (!cell.delta.empty())
                text += " (" + cell.delta + ")";
            out += fmt::format(" {}{} |", text, marker(cell.change));
        }
        out += '\n';
    }
    return out;
}

Comparison compareSessions(const std::vector<SessionRecord> &records)
{
    Comparison comparison;
    for (const auto &record : records)
        comparison.columnTitles.push_back(fmt::format("{} \u00b7 {}", record.salesperson.name,
                                                      dateText(record.session.meetingDate)));
    addOverview(comparison.rows, records);
    addResults(comparison.rows, records);
    addSelfAudit(comparison.rows, records);
    addGaps(comparison.rows, records);
    addTextRows(
        comparison.rows, records, ComparisonSection::Factors,
        [](const SessionRecord &record, std::size_t column, RowSet &set) {
            for (const auto &factor : record.prep.factors)
                set.row(normalised(factor.description), factor.description).row.cells[column].text =
                    fmt::format("{}, {}{}",
                                factor.origin == FactorOrigin::Internal ? "internal" : "external",
                                factor.effect == FactorEffect::Helped ? "helped" : "hurt",
                                factor.withinInfluence ? ", within influence" : "");
        });
    addTextRows(comparison.rows, records, ComparisonSection::Strategies,
                [](const SessionRecord &record, std::size_t column, RowSet &set) {
                    static constexpr const char *choices[] = {"keep", "drop", "create"};
                    for (const auto &strategy : record.prep.strategies)
                        set.row(normalised(strategy.description), strategy.description)
                            .row.cells[column]
                            .text = choices[static_cast<int>(strategy.choice)];
                });
    addTextRows(comparison.rows, records, ComparisonSection::Focus,
                [](const SessionRecord &record, std::size_t column, RowSet &set) {
                    set.row("focus", "Focus for the period ahead").row.cells[column].text =
                        record.session.focus.empty() ? std::string("\u2013") : record.session.focus;
                });
    addTextRows(comparison.rows, records, ComparisonSection::Actions,
                [](const SessionRecord &record, std::size_t column, RowSet &set) {
                    auto &row = set.row("actions", "Actions planned").row;
                    const auto done =
                        std::count_if(record.plan.begin(), record.plan.end(), [](const Action &a) {
                            return a.status == ActionStatus::Done;
                        });
                    const auto vital = std::count_if(record.plan.begin(), record.plan.end(),
                                                     [](const Action &a) { return a.vitalFew; });
                    row.cells[column].text = fmt::format("{} planned, {} vital few, {} done",
                                                         record.plan.size(), vital, done);
                    for (const auto &action : record.plan) {
                        static constexpr const char *statuses[] = {"open", "done", "dropped"};
                        set.row("action:" + normalised(action.description), action.description)
                            .row.cells[column]
                            .text = std::string(statuses[static_cast<int>(action.status)]) +
                                    (action.vitalFew ? ", vital few" : "");
                    }
                });
    // Balance and rating compare as numbers.
    RowSet closing(ComparisonSection::Balance, records.size());
    for (std::size_t column = 0; column < records.size(); ++column) {
        const auto &record = records[column];
        auto &balance = closing.row("balance", "Time on solutions");
        if (const auto share = balanceOf(record.meeting.stageTimes).solutionPercent()) {
            balance.row.cells[column].text = fmt::format("{}%", *share);
            balance.numbers[column] = *share;
        }
        auto &rating = closing.row("rating", "Salesperson's rating");
        if (record.session.rating) {
            rating.row.cells[column].text = fmt::format("{} / 5", *record.session.rating);
            rating.numbers[column] = *record.session.rating;
        }
    }
    for (auto &built : closing.take()) {
        classify(built, true);
        comparison.rows.push_back(std::move(built.row));
    }
    return comparison;
}

} // namespace reins
