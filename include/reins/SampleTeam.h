#pragma once

#include "reins/Date.h"

#include <cstdint>

namespace reins {

class DataStore;

struct SampleTeamSize {
    int salespeople = 6;
    int sessionsPerSalesperson = 12;
};

struct SampleTeamSummary {
    int managers = 0;
    int salespeople = 0;
    int sessions = 0;
    int actions = 0;
    int salesRecords = 0;
};

// Writes a believable sales team into an empty store: managers, salespeople, and for each
// salesperson a run of sessions (monthly, ending just before `today`) with complete prep,
// meeting records, actions carried between sessions and sales records. The same seed,
// size and date give the same content. Everything is written in one transaction.
SampleTeamSummary writeSampleTeam(DataStore &store, SampleTeamSize size, Date today,
                                  std::uint64_t seed = 20260101);

} // namespace reins
