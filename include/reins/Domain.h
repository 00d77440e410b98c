#pragma once

// The coaching domain of Reins: people, sessions, the salesperson's preparation and the
// manager's meeting record. Plain value types; the repositories load and store them.

#include "reins/Amount.h"
#include "reins/Date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reins {

using Id = std::int64_t;

// ---------------------------------------------------------------- people

enum class Role { Salesperson, Manager };

struct Person {
    Id id = 0;
    std::string name;
    std::string email;
    Role role = Role::Salesperson;
    std::optional<Id> managerId; // a salesperson's manager

    bool operator==(const Person &) const = default;
};

// ---------------------------------------------------------------- sessions

enum class Cadence { Weekly, Fortnightly, Monthly };
enum class Stage { Draft, Ready, InMeeting, Closed };

struct Session {
    Id id = 0;
    Id salespersonId = 0;
    std::optional<Id> managerId;
    Date meetingDate{};
    Date periodStart{};
    Date periodEnd{};
    Cadence cadence = Cadence::Monthly;
    Stage stage = Stage::Draft;
    std::string focus;         // the salesperson's focus for the period ahead
    std::optional<int> rating; // the salesperson's 1-5 rating of the session
    Timestamp createdAt{};
    Timestamp updatedAt{};

    bool operator==(const Session &) const = default;
};

// ---------------------------------------------------------------- preparation

enum class Metric { Revenue, Units, Calls, Meetings, Proposals, WinRate, Custom };

struct Result {
    Id id = 0;
    Metric metric = Metric::Revenue;
    std::string customName; // the metric's name when metric == Custom
    std::string unit;       // currency code for revenue, "%" for win rate, free text otherwise
    std::optional<Amount> target;
    std::optional<Amount> actual;
    std::optional<Amount> previous; // the previous period's actual
    std::string comment;            // the salesperson's own comment

    bool operator==(const Result &) const = default;
};

enum class SkillGroup { Knowledge, Preparation, Conversation, PipelineAndSelfManagement };

struct Skill {
    Id id = 0;
    SkillGroup group = SkillGroup::Knowledge;
    std::string name;
    std::string description;
    std::string levels[5]; // anchored description of scores 1..5
    int sortOrder = 0;
    bool retired = false; // retired skills keep their history but are not offered any more

    bool operator==(const Skill &) const = default;
};

struct SkillRating {
    Id id = 0;
    Id skillId = 0;
    int score = 0; // 1..5
    std::string evidence;
    std::optional<int> managerScore;

    bool operator==(const SkillRating &) const = default;
};

enum class Priority { Low, Medium, High };

struct Gap {
    Id id = 0;
    std::string description;
    std::optional<Id> skillId;
    Priority priority = Priority::Medium;

    bool operator==(const Gap &) const = default;
};

enum class FactorOrigin { Internal, External };
enum class FactorEffect { Helped, Hurt };

struct Factor {
    Id id = 0;
    std::string description;
    FactorOrigin origin = FactorOrigin::Internal;
    FactorEffect effect = FactorEffect::Helped;
    bool withinInfluence = true;

    bool operator==(const Factor &) const = default;
};

enum class UpskillingKind { Reading, Webinar, CompetitorResearch, TechniqueTried, Course, Other };

struct Upskilling {
    Id id = 0;
    UpskillingKind kind = UpskillingKind::Reading;
    std::string title;
    std::string learned; // what was learned or what happened

    bool operator==(const Upskilling &) const = default;
};

enum class StrategyChoice { Keep, Drop, Create };

struct Strategy {
    Id id = 0;
    StrategyChoice choice = StrategyChoice::Keep;
    std::string description;
    std::string reason;

    bool operator==(const Strategy &) const = default;
};

// Everything the salesperson prepares for one session, apart from actions (which live
// across sessions and have their own repository).
struct SessionPrep {
    std::vector<Result> results;
    std::vector<SkillRating> skillRatings;
    std::vector<Gap> gaps;
    std::vector<Factor> factors;
    std::vector<Upskilling> upskilling;
    std::vector<Strategy> strategies;

    bool operator==(const SessionPrep &) const = default;
};

// ---------------------------------------------------------------- actions (the 80/20 plan)

enum class ActionOwner { Salesperson, Manager };
enum class ActionStatus { Open, Done, Dropped };
enum class Impact { Low, Medium, High };

struct Action {
    Id id = 0;
    Id salespersonId = 0;
    Id originSessionId = 0; // the session whose plan created it; it keeps this identity
    std::string description;
    ActionOwner owner = ActionOwner::Salesperson;
    bool withinInfluence = true;
    Impact expectedImpact = Impact::Medium;
    bool vitalFew = false;
    std::optional<Date> dueDate;
    ActionStatus status = ActionStatus::Open;

    bool operator==(const Action &) const = default;
};

// What happened to an action when a later session reviewed it: its history.
struct ActionReview {
    Id id = 0;
    Id actionId = 0;
    Id sessionId = 0;
    ActionStatus status = ActionStatus::Open; // Open here means "carried forward"
    std::string note;
    Timestamp reviewedAt{};

    bool operator==(const ActionReview &) const = default;
};

// ---------------------------------------------------------------- meeting record

enum class MeetingStage { Acknowledge, Explore, Plan, Support };
inline constexpr int meetingStageCount = 4;

struct MeetingNote {
    Id id = 0;
    MeetingStage stage = MeetingStage::Acknowledge;
    std::string prompt; // the question the note answers
    std::string text;
    bool isPrivate = false; // private notes never leave the manager's view

    bool operator==(const MeetingNote &) const = default;
};

struct StageTime {
    MeetingStage stage = MeetingStage::Acknowledge;
    std::int64_t seconds = 0;

    bool operator==(const StageTime &) const = default;
};

struct MeetingRecord {
    std::vector<MeetingNote> notes;
    std::vector<StageTime> stageTimes;

    bool operator==(const MeetingRecord &) const = default;
};

// ---------------------------------------------------------------- sales records

struct SalesRecord {
    Id id = 0;
    Id salespersonId = 0;
    Date date{};
    std::string account;
    std::string product;
    std::string activity;
    Amount amount{};
    std::string currency;
    std::string stage;
    // The nth identical row of its source file: identical sales in one file are all kept,
    // while importing the same file again adds nothing.
    int occurrence = 1;

    bool operator==(const SalesRecord &) const = default;
};

// ---------------------------------------------------------------- names of enum values
// Stable text keys, used in the database and in files. fromKey returns nullopt for text
// that names no value.

[[nodiscard]] std::string_view toKey(Role value);
[[nodiscard]] std::string_view toKey(Cadence value);
[[nodiscard]] std::string_view toKey(Stage value);
[[nodiscard]] std::string_view toKey(Metric value);
[[nodiscard]] std::string_view toKey(SkillGroup value);
[[nodiscard]] std::string_view toKey(Priority value);
[[nodiscard]] std::string_view toKey(FactorOrigin value);
[[nodiscard]] std::string_view toKey(FactorEffect value);
[[nodiscard]] std::string_view toKey(UpskillingKind value);
[[nodiscard]] std::string_view toKey(StrategyChoice value);
[[nodiscard]] std::string_view toKey(ActionOwner value);
[[nodiscard]] std::string_view toKey(ActionStatus value);
[[nodiscard]] std::string_view toKey(Impact value);
[[nodiscard]] std::string_view toKey(MeetingStage value);

template <typename Enum>
[[nodiscard]] std::optional<Enum> fromKey(std::string_view key);

// Human wording, in English, for reports and the command line. The GUI translates its own.
[[nodiscard]] std::string_view displayName(Stage value);
[[nodiscard]] std::string_view displayName(Cadence value);
[[nodiscard]] std::string_view displayName(Metric value);
[[nodiscard]] std::string_view displayName(SkillGroup value);
[[nodiscard]] std::string_view displayName(Role value);

// The metric's label: the custom name for custom metrics, else its display name.
[[nodiscard]] std::string metricLabel(const Result &result);

} // namespace reins
