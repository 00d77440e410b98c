#pragma once

// The repository interfaces of Reins. Core and GUI depend only on these; the SQLite
// implementations live in storage. Each repository takes and returns domain values and
// throws StorageError (or a subclass) with a message meant for a person.

#include "reins/Domain.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace reins {

class PersonRepository {
public:
    virtual ~PersonRepository() = default;

    // Returns the new id. Throws ValidationError for an empty name.
    [[nodiscard]] virtual Id add(const Person &person) = 0;
    virtual void update(const Person &person) = 0;
    // Refused (RefusedChange) while the person still has sessions or sales records.
    virtual void remove(Id id) = 0;
    [[nodiscard]] virtual std::optional<Person> find(Id id) const = 0;
    // Everyone, salespeople and managers, sorted by name.
    [[nodiscard]] virtual std::vector<Person> listAll() const = 0;
    [[nodiscard]] virtual std::optional<Person> findByEmail(std::string_view email) const = 0;
};

// One row of a salesperson's session list: the session and what the list shows of it.
struct SessionOverview {
    Session session;
    std::optional<Result> headlineResult; // the first result, usually revenue
    int openActions = 0;                  // actions planned in it that are still open
};

// How much of each part of a session is stored, for the step list of the session window.
struct SessionPartCounts {
    int results = 0;
    int skillRatings = 0;
    int gaps = 0;
    int factors = 0;
    int upskilling = 0;
    int strategies = 0;
    int actions = 0;
    int actionReviews = 0;
    int meetingNotes[meetingStageCount] = {};
    std::int64_t stageSeconds[meetingStageCount] = {};
};

// A session coming up, with its salesperson's name, for the reminders on start.
struct UpcomingSession {
    Session session;
    std::string salespersonName;
};

class SessionRepository {
public:
    virtual ~SessionRepository() = default;

    [[nodiscard]] virtual Id create(const Session &session) = 0;
    virtual void update(const Session &session) = 0;
    // Deletes the session with its prep and meeting record. Refused (RefusedChange) when
    // actions it created were carried into later sessions.
    virtual void remove(Id id) = 0;
    [[nodiscard]] virtual std::optional<Session> find(Id id) const = 0;
    // Newest meeting first.
    [[nodiscard]] virtual std::vector<SessionOverview>
    listForSalesperson(Id salespersonId) const = 0;
    // The session of the same salesperson that met most recently before this one.
    [[nodiscard]] virtual std::optional<Session> previousSession(Id sessionId) const = 0;
    [[nodiscard]] virtual int countAll() const = 0;
    // Sessions whose prep is still a draft and that meet from `from` to `to` (both days
    // included), soonest first, at most `limit` of them.
    [[nodiscard]] virtual std::vector<UpcomingSession>
    listDraftsMeetingBetween(Date from, Date to, int limit) const = 0;
    // The salesperson's first session meeting on or after `from` that is not closed yet.
    [[nodiscard]] virtual std::optional<Session> nextSessionOf(Id salespersonId,
                                                               Date from) const = 0;

    [[nodiscard]] virtual SessionPrep loadPrep(Id sessionId) const = 0;
    // Replaces every prep part of the session in one transaction.
    virtual void savePrep(Id sessionId, const SessionPrep &prep) = 0;

    [[nodiscard]] virtual MeetingRecord loadMeeting(Id sessionId) const = 0;
    virtual void saveMeeting(Id sessionId, const MeetingRecord &meeting) = 0;

    [[nodiscard]] virtual SessionPartCounts partCounts(Id sessionId) const = 0;
};

class ActionRepository {
public:
    virtual ~ActionRepository() = default;

    [[nodiscard]] virtual Id add(const Action &action) = 0;
    virtual void update(const Action &action) = 0;
    virtual void remove(Id id) = 0;
    [[nodiscard]] virtual std::optional<Action> find(Id id) const = 0;
    // Actions whose plan was made in this session.
    [[nodiscard]] virtual std::vector<Action> listCreatedIn(Id sessionId) const = 0;
    // Every open action of the salesperson, oldest first.
    [[nodiscard]] virtual std::vector<Action> listOpenFor(Id salespersonId) const = 0;
    // Every open action of the team: due ones first by due date, then the undated.
    [[nodiscard]] virtual std::vector<Action> listAllOpen() const = 0;

    // Records the review of the action in a session (replacing that session's earlier review
    // of it) and sets the action's status to match. Returns the review's id.
    [[nodiscard]] virtual Id setReview(const ActionReview &review) = 0;
    // Takes back a session's review of the action; the action's status returns to what its
    // latest remaining review says, or open.
    virtual void removeReview(Id actionId, Id sessionId) = 0;
    [[nodiscard]] virtual std::vector<ActionReview> historyOf(Id actionId) const = 0;
    [[nodiscard]] virtual std::vector<ActionReview> reviewsIn(Id sessionId) const = 0;
};

class SkillRepository {
public:
    virtual ~SkillRepository() = default;

    [[nodiscard]] virtual Id add(const Skill &skill) = 0;
    virtual void update(const Skill &skill) = 0;
    // A skill that has ratings is retired instead of deleted, so no history is lost.
    virtual void remove(Id id) = 0;
    // How many self-audit scores the skill has, so an editor can say beforehand whether
    // removing it deletes it or retires it.
    [[nodiscard]] virtual int countRatings(Id id) const = 0;
    [[nodiscard]] virtual std::optional<Skill> find(Id id) const = 0;
    // Grouped (by group, then sort order); retired skills only when asked for.
    [[nodiscard]] virtual std::vector<Skill> listAll(bool includeRetired = false) const = 0;
};

class SalesRecordRepository {
public:
    virtual ~SalesRecordRepository() = default;

    // Adds the records in one transaction, skipping any that are already stored (same
    // salesperson, date, account, product, activity, amount, currency and stage).
    // Returns how many were new.
    [[nodiscard]] virtual int addAll(const std::vector<SalesRecord> &records) = 0;
    [[nodiscard]] virtual std::vector<SalesRecord> listFor(Id salespersonId, Date from,
                                                           Date to) const = 0;
    [[nodiscard]] virtual int countFor(Id salespersonId) const = 0;
};

} // namespace reins

namespace reins {

// Where a search found its words. The snippet marks each match between searchMatchStart
// and searchMatchEnd.
inline constexpr char searchMatchStart = '\x02';
inline constexpr char searchMatchEnd = '\x03';

struct SearchHit {
    Id sessionId = 0;
    Id salespersonId = 0;
    std::string salespersonName;
    Date meetingDate{};
    std::string part; // "gap", "factor", "meeting note:plan", "action", "focus", ...
    std::string snippet;
    bool isPrivate = false;
};

class SearchRepository {
public:
    virtual ~SearchRepository() = default;

    // Full-text search over everything written in sessions, best matches first. Every word
    // must match (as a word or the start of one). Private meeting notes are searched only
    // when includePrivate is true (the manager's view).
    [[nodiscard]] virtual std::vector<SearchHit> search(std::string_view words, bool includePrivate,
                                                        std::optional<Id> salespersonId = {},
                                                        int limit = 50) const = 0;
};

// All repositories of one database, and the means to group writes into one transaction.
class DataStore {
public:
    virtual ~DataStore() = default;

    [[nodiscard]] virtual PersonRepository &people() = 0;
    [[nodiscard]] virtual SessionRepository &sessions() = 0;
    [[nodiscard]] virtual ActionRepository &actions() = 0;
    [[nodiscard]] virtual SkillRepository &skills() = 0;
    [[nodiscard]] virtual SalesRecordRepository &salesRecords() = 0;
    [[nodiscard]] virtual SearchRepository &search() = 0;

    // Runs work inside one transaction: everything it wrote is kept, or, when it throws,
    // nothing is. Transactions nest.
    virtual void inTransaction(const std::function<void()> &work) = 0;

    // A second, independent connection to the same database for long work on another
    // thread (a large import), so that it never mixes with this connection's transactions.
    [[nodiscard]] virtual std::unique_ptr<DataStore> openSecondConnection() = 0;
};

} // namespace reins
