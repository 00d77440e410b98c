#pragma once

#include "gui/PartTableModel.h"

namespace reins::gui {

// The editable lists of a session, each as a PartDefinition for PartTableModel: which
// columns a salesperson fills in and how each maps onto the domain.
[[nodiscard]] PartDefinition resultsPart();
[[nodiscard]] PartDefinition gapsPart(const std::vector<Skill> &skills);
[[nodiscard]] PartDefinition factorsPart();
[[nodiscard]] PartDefinition upskillingPart();
[[nodiscard]] PartDefinition strategiesPart();
[[nodiscard]] PartDefinition planPart();

// Column positions a page refers to.
namespace resultsColumn {
enum { Metric, Name, Unit, Target, Actual, Previous, Change, Attainment, Comment };
}
namespace planColumn {
enum { Description, Owner, WithinInfluence, Impact, VitalFew, Due, Status };
}

// An amount typed by a person ("1,234.5", "1.234,50", "-20") or nullopt for an empty or
// unreadable text; the locale's decimal separator and the other one are both accepted.
[[nodiscard]] std::optional<Amount> amountFromText(const QString &text);
// Grouped and with the decimal sign of the locale; empty for no amount.
[[nodiscard]] QString amountToText(const std::optional<Amount> &amount);

} // namespace reins::gui
