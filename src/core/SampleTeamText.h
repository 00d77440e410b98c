#pragma once

// The phrase pools of the sample team generator: names, companies and the kind of things
// salespeople and managers write in their preparation and meeting notes. Kept apart from
// the generator so the wording can be improved without touching its logic.
//
// Phrases may contain the placeholders {account}, {product}, {competitor} and {skill}; the
// generator fills them in (see SampleTeam.cpp). Every pool is non-empty.

#include "reins/Domain.h"

#include <span>
#include <string_view>

namespace reins::sample {

using Phrases = std::span<const std::string_view>;

// A name as shown, and as written in an email address (ASCII, no spaces or apostrophes).
struct PersonName {
    std::string_view shown;
    std::string_view inEmail;
};

[[nodiscard]] std::span<const PersonName> firstNames();
[[nodiscard]] std::span<const PersonName> surnames();
inline constexpr std::string_view emailDomain = "northwind-sales.example";

// What Northwind sells, to whom, and against whom.
[[nodiscard]] Phrases accountNames();
[[nodiscard]] Phrases productNames();
[[nodiscard]] Phrases competitorNames();
[[nodiscard]] Phrases dealKinds(); // the activity of a sales record
inline constexpr std::string_view wonDealStage = "Won";
[[nodiscard]] Phrases openOrLostDealStages();

// The salesperson's comment on a result that went up, or down.
[[nodiscard]] Phrases revenueUpComments();
[[nodiscard]] Phrases revenueDownComments();
[[nodiscard]] Phrases activityComments();

// Evidence for a self-audit score: scoreBand 0 for scores 1-2, 1 for 3, 2 for 4-5.
[[nodiscard]] Phrases ratingEvidence(SkillGroup group, int scoreBand);

[[nodiscard]] Phrases skillGapPatterns(); // each uses {skill}
[[nodiscard]] Phrases otherGaps();
[[nodiscard]] Phrases factorDescriptions(FactorOrigin origin, FactorEffect effect);

struct UpskillingIdea {
    UpskillingKind kind;
    std::string_view title;
    std::string_view learned;
};
[[nodiscard]] std::span<const UpskillingIdea> upskillingIdeas();

struct StrategyIdea {
    std::string_view description;
    std::string_view reasonToStart;
};
[[nodiscard]] std::span<const StrategyIdea> strategyIdeas();
[[nodiscard]] Phrases reasonsToKeep();
[[nodiscard]] Phrases reasonsToDrop();

[[nodiscard]] Phrases focusPatterns();
[[nodiscard]] Phrases salespersonActions();
[[nodiscard]] Phrases managerCommitments();
// Notes on a reviewed action; ActionStatus::Open means it was carried forward.
[[nodiscard]] Phrases reviewNotes(ActionStatus outcome);

[[nodiscard]] Phrases meetingPrompts(MeetingStage stage);
[[nodiscard]] Phrases sharedMeetingNotes(MeetingStage stage);
[[nodiscard]] Phrases privateManagerNotes();
inline constexpr std::string_view privateNotePrompt = "What do I want to keep an eye on?";

} // namespace reins::sample
