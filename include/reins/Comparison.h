#pragma once

// Sessions side by side: one column per session, one row per part — results, self-audit,
// gaps, factors, strategies, focus, actions, balance and rating — with what changed between
// neighbouring columns.

#include "reins/Domain.h"

#include <optional>
#include <string>
#include <vector>

namespace reins {

struct SessionRecord;

// How a cell compares with the same row in the column before it.
enum class Change {
    None, // the first column, or nothing to compare
    Same,
    Up, // a higher figure or score
    Down,
    Changed,  // different, with no up or down (text, a strategy's choice)
    New,      // appears in this column, not in the one before
    Resolved, // a gap (or action) that was there before and is gone now
};

struct ComparisonCell {
    std::optional<std::string> text; // nullopt: the row does not apply to this session
    Change change = Change::None;
    std::string delta; // "+4.0%", "+1", "" — beside the value
    // A result's figure behind `text`, so a display can word it in its own locale.
    std::optional<Amount> amount;
    std::string unit;
    std::optional<std::int64_t> attainmentPercent;
};

enum class ComparisonSection {
    Overview,
    Results,
    SelfAudit,
    Gaps,
    Factors,
    Strategies,
    Focus,
    Actions,
    Balance
};
[[nodiscard]] std::string_view displayName(ComparisonSection section);

struct ComparisonRow {
    ComparisonSection section = ComparisonSection::Overview;
    std::string label;
    std::vector<ComparisonCell> cells; // one per session, in column order

    // True when any cell differs from the one before it.
    [[nodiscard]] bool differs() const;
};

struct Comparison {
    std::vector<std::string> columnTitles; // "Tom Becker · 3 Nov 2026"
    std::vector<ComparisonRow> rows;
};

// Compares 2 to 4 sessions in the order given (callers put one salesperson's sessions
// oldest first). Gaps count as the same when they name the same skill or the same words.
[[nodiscard]] Comparison compareSessions(const std::vector<SessionRecord> &records);

// The comparison as a Markdown document, one table per section, each change marked
// (↑ up, ↓ down, ★ new, ✓ resolved, ⇄ changed), for PDF, Markdown and print exports.
[[nodiscard]] std::string renderComparisonMarkdown(const Comparison &comparison,
                                                   bool hideUnchanged = false);

} // namespace reins
