#pragma once

// What the Prepare pages share: how a page's title and guidance look, the colours of up
// and down, and the names of the period ahead and of the steps the Ready check refers to.

#include "reins/Domain.h"

#include <QColor>
#include <QString>

#include <optional>
#include <string_view>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace reins::gui {

enum class SessionStep;

// A page's title: larger and semi-bold.
void setUpPageTitle(QLabel *title);
// The guidance under the title, in the salesperson's voice: wrapped and muted.
void setUpGuidance(QLabel *guidance);

// Keeps the rows of a table with wrapped text as tall as their text, also when a column
// gets wider or narrower.
void keepRowsFitted(QTableView *table);

// Ctrl+Z and Ctrl+Shift+Z typed in the field reach the session window's Undo and Redo:
// what is typed there is already one step on the session's undo stack, so the field keeps
// no history of its own.
void routeUndoToWindow(QPlainTextEdit *edit);

[[nodiscard]] QColor upColour();
[[nodiscard]] QColor downColour();
[[nodiscard]] QColor mutedColour();

// "the next month", "the next two weeks", "the next week"
[[nodiscard]] QString periodAheadName(Cadence cadence);

// The step a line of the Ready check belongs to ("Results", "Focus and plan").
[[nodiscard]] std::optional<SessionStep> stepNamed(std::string_view name);

// "↑ +2" in green, "↓ −1" in red or "= same" in grey, as rich text; empty without a
// previous score.
[[nodiscard]] QString scoreChangeHtml(int score, std::optional<int> previous);

} // namespace reins::gui
