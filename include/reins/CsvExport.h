#pragma once

// CSV exports of a salesperson's sessions: results, actions and self-audit scores, one row
// per item. Cells that a spreadsheet would run as a formula are neutralised.

#include "reins/Domain.h"

#include <string>
#include <string_view>
#include <vector>

namespace reins {

struct SessionRecord;

// A cell as CSV text: quoted when needed, and prefixed with an apostrophe when it starts
// with = + - @, a tab or a carriage return, so no spreadsheet evaluates it. Numbers that
// Reins itself wrote are passed with asNumber and never prefixed.
[[nodiscard]] std::string csvCell(std::string_view text, bool asNumber = false);

enum class CsvExportKind { Results, Actions, SkillScores };

// One header row, then one row per result, action or score of every record given.
[[nodiscard]] std::string exportCsv(const std::vector<SessionRecord> &records, CsvExportKind kind);

} // namespace reins
