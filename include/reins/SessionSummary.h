#pragma once

// The session summary: the whole session — prep, meeting, actions, balance, rating — as one
// Markdown document. The GUI shows it, and exports are made from it. The salesperson's
// version never contains a private note.

#include "reins/Domain.h"

#include <optional>
#include <string>
#include <vector>

namespace reins {

class DataStore;

enum class Audience { Salesperson, Manager };

// Everything a summary shows, read from the store in one go.
struct SessionRecord {
    Session session;
    Person salesperson;
    std::optional<Person> manager;
    SessionPrep prep;
    std::vector<Action> plan;
    std::vector<ActionReview> reviews;
    std::vector<Action> reviewedActions; // the earlier actions the reviews are about
    MeetingRecord meeting;
    std::vector<Skill> skills;
};

// Throws StorageError when the session or its salesperson is missing.
[[nodiscard]] SessionRecord loadSessionRecord(DataStore &store, Id sessionId);

[[nodiscard]] std::string renderSummaryMarkdown(const SessionRecord &record, Audience audience);

} // namespace reins
