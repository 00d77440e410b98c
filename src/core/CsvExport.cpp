#include "reins/CsvExport.h"

#include "reins/ResultAnalysis.h"
#include "reins/SessionSummary.h"

#include <algorithm>

namespace reins {

namespace {

using Row = std::vector<std::string>;

void appendRow(std::string &out, const Row &cells)
{
    for (std::size_t index = 0; index < cells.size(); ++index) {
        if (index > 0)
            out += ',';
        out += cells[index];
    }
    out += "\r\n"; // RFC 4180 line ends, which every spreadsheet reads
}

std::string number(const std::optional<Amount> &amount)
{
    return amount ? csvCell(formatAmount(*amount), true) : std::string();
}

std::string text(std::string_view value)
{
    return csvCell(value);
}

Row sessionCells(const SessionRecord &record)
{
    return {text(record.salesperson.name), text(toIsoDate(record.session.meetingDate)),
            text(toIsoDate(record.session.periodStart)), text(toIsoDate(record.session.periodEnd))};
}

const Row sessionHeader{"Salesperson", "Meeting date", "Period start", "Period end"};

Row withSession(const SessionRecord &record, Row cells)
{
    auto row = sessionCells(record);
    row.insert(row.end(), cells.begin(), cells.end());
    return row;
}

Row header(Row cells)
{
    auto row = sessionHeader;
    row.insert(row.end(), cells.begin(), cells.end());
    return row;
}

} // namespace

std::string csvCell(std::string_view value, bool asNumber)
{
    std::string cell(value);
    if (!asNumber && !cell.empty() &&
        (cell.front() == '=' || cell.front() == '+' || cell.front() == '-' || cell.front() == '@' ||
         cell.front() == '\t' || cell.front() == '\r'))
        cell.insert(cell.begin(), '\'');
    const bool needsQuotes = cell.find_first_of(",\"\r\n") != std::string::npos;
    if (!needsQuotes)
        return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string exportCsv(const std::vector<SessionRecord> &records, CsvExportKind kind)
{
    std::string out;
    switch (kind) {
    case CsvExportKind::Results:
        appendRow(out, header({"Metric", "Unit", "Target", "Actual", "Last period", "Change %",
                               "Of target %", "Comment"}));
        for (const auto &record : records)
            for (const auto &result : record.prep.results) {
                const auto reading = readResult(result, record.session.cadence);
                appendRow(
                    out,
                    withSession(
                        record,
                        {text(metricLabel(result)), text(result.unit), number(result.target),
                         number(result.actual), number(result.previous),
                         reading.changePermille
                             ? csvCell(formatAmount(Amount{*reading.changePermille * 10}), true)
                             : std::string(),
                         reading.attainmentPercent
                             ? csvCell(std::to_string(*reading.attainmentPercent), true)
                             : std::string(),
                         text(result.comment)}));
            }
        break;
    case CsvExportKind::Actions:
        appendRow(out, header({"Action", "Owner", "Within influence", "Expected impact",
                               "Vital few", "Due", "Status"}));
        for (const auto &record : records)
            for (const auto &action : record.plan)
                appendRow(
                    out,
                    withSession(record,
                                {text(action.description), text(toKey(action.owner)),
                                 action.withinInfluence ? "yes" : "no",
                                 text(toKey(action.expectedImpact)), action.vitalFew ? "yes" : "no",
                                 action.dueDate ? text(toIsoDate(*action.dueDate)) : std::string(),
                                 text(toKey(action.status))}));
        break;
    case CsvExportKind::SkillScores:
        appendRow(out, header({"Skill", "Area", "Score", "Evidence"}));
        for (const auto &record : records)
            for (const auto &rating : record.prep.skillRatings) {
                const auto skill =
                    std::find_if(record.skills.begin(), record.skills.end(),
                                 [&](const Skill &s) { return s.id == rating.skillId; });
                appendRow(
                    out, withSession(
                             record,
                             {text(skill == record.skills.end() ? "" : skill->name),
                              text(skill == record.skills.end() ? "" : displayName(skill->group)),
                              csvCell(std::to_string(rating.score), true), text(rating.evidence)}));
            }
        break;
    }
    return out;
}

} // namespace reins
