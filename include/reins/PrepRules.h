#pragma once

// The rules of a good preparation: the vital few, what is still empty before the session
// is marked ready, and where the results' figures can come from.

#include "reins/Domain.h"

#include <optional>
#include <string>
#include <vector>

namespace reins {

// At most a fifth of the plan may be vital few, and a plan of any size may have one.
[[nodiscard]] int maxVitalFew(int actionCount);

// nullopt when the choice is sound; otherwise the sentence explaining what to change.
[[nodiscard]] std::optional<std::string> vitalFewProblem(const std::vector<Action> &plan);

// One line of the Ready check: a part of the prep that is still empty.
struct PrepGap {
    std::string step;    // the step that holds it, e.g. "Results"
    std::string message; // e.g. "No results yet: add at least your main metric."
};

// Everything a salesperson would still want to fill in. It warns; it never blocks.
[[nodiscard]] std::vector<PrepGap> missingPrepParts(const Session &session, const SessionPrep &prep,
                                                    const std::vector<Action> &plan,
                                                    int skillsInCatalogue);

// A new session's results, carried from the previous session: the same metrics, units and
// targets, with last period's actual as this period's previous value.
[[nodiscard]] std::vector<Result> resultsCarriedFrom(const std::vector<Result> &previous);

// Fills the actual of revenue (the sum of the amounts) and of calls, meetings and proposals
// (the number of records whose activity names them) from the period's sales records. Only
// results with no actual yet are filled; missing metrics are added when records exist.
// Returns how many results were filled or added.
int fillResultsFromSales(std::vector<Result> &results, const std::vector<SalesRecord> &records);

} // namespace reins
