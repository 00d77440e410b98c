#pragma once

// What the meeting pages show of the salesperson's prep, in the manager's words, and the
// manager's commitments as an editable part of the plan.

#include "gui/PartTableModel.h"
#include "reins/Domain.h"

#include <QString>

class QSplitter;

namespace reins::gui {

// The split of a meeting page: the salesperson's prep on the left, a little wider than the
// manager's questions and notes on the right.
void setUpMeetingSplitter(QSplitter *splitter);

// The result as the manager acknowledges it: "I can see revenue is down 5.0% on last month,
// 92% of target".
[[nodiscard]] QString acknowledgementOf(const Result &result, Cadence cadence);

// The manager's commitments: the actions of the plan that the manager owns, with due dates.
// A new one is due at the end of the period ahead.
[[nodiscard]] PartDefinition managerCommitmentsPart();

namespace commitmentColumn {
enum { Description, Due, Status };
}

// The end of the period that starts with the meeting: when the next session is due.
[[nodiscard]] Date periodAheadEnd(const Session &session);

} // namespace reins::gui
