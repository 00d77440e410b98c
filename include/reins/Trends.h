#pragma once

// A salesperson's trends over their sessions: results against target, self-audit per skill
// group, how many planned actions got done, and the coaching balance.

#include "reins/Domain.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reins {

class DataStore;

struct TrendPoint {
    Date date{}; // the meeting date
    std::optional<double> value;
    std::optional<double> target;
};

struct SalespersonTrends {
    // Per metric label, oldest first: actual (and target) per session.
    std::map<std::string, std::vector<TrendPoint>> results;
    // Average self-audit score (1-5) per skill group per session, oldest first.
    std::array<std::vector<TrendPoint>, 4> skillGroups;
    // Per skill: the latest score and the score in the earliest session compared with.
    struct SkillSnapshot {
        std::string skill;
        SkillGroup group = SkillGroup::Knowledge;
        std::optional<int> earlier;
        std::optional<int> latest;
    };
    std::vector<SkillSnapshot> skillsThen;
    // Share (0-100) of the actions planned in each session that are done.
    std::vector<TrendPoint> actionCompletion;
    // Share (0-100) of meeting time on solutions.
    std::vector<TrendPoint> solutionShare;
};

// Reads every session of the salesperson once. `comparedWithSessions` picks the earlier
// self-audit for the radar view: that many sessions before the latest one (or the first).
[[nodiscard]] SalespersonTrends trendsFor(DataStore &store, Id salespersonId,
                                          int comparedWithSessions = 6);

} // namespace reins
