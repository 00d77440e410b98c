#include "InMemoryDataStore.h"

#include "reins/Errors.h"

#include <fmt/format.h>
#include <stdexcept>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <tuple>

namespace reins::test {

namespace {

using Content = InMemoryDataStore::Content;
using StoredSession = InMemoryDataStore::StoredSession;

std::string text(const std::optional<Amount> &amount)
{
    return amount ? formatAmount(*amount) : "-";
}

std::string text(const std::optional<Id> &id)
{
    return id ? std::to_string(*id) : "-";
}

std::string text(const std::optional<int> &value)
{
    return value ? std::to_string(*value) : "-";
}

std::string text(const std::optional<Date> &date)
{
    return date ? toIsoDate(*date) : "-";
}

class MemoryPersonRepository final : public PersonRepository {
public:
    explicit MemoryPersonRepository(InMemoryDataStore &store)
        : m_store(store)
    {}

    Id add(const Person &person) override
    {
        if (person.name.empty())
            throw ValidationError("A person needs a name.");
        m_store.noteWrite();
        Content &content = m_store.mutableContent();
        Person stored = person;
        stored.id = ++content.lastId;
        content.people[stored.id] = stored;
        return stored.id;
    }

    void update(const Person &person) override
    {
        m_store.noteWrite();
        m_store.mutableContent().people.at(person.id) = person;
    }

    void remove(Id id) override
    {
        Content &content = m_store.mutableContent();
        for (const auto &[sessionId, stored] : content.sessions) {
            if (stored.session.salespersonId == id)
                throw RefusedChange("This person still has sessions.");
        }
        m_store.noteWrite();
        content.people.erase(id);
    }

    std::optional<Person> find(Id id) const override
    {
        const auto &people = m_store.content().people;
        const auto found = people.find(id);
        return found == people.end() ? std::nullopt : std::optional<Person>{found->second};
    }

    std::vector<Person> listAll() const override
    {
        std::vector<Person> people;
        for (const auto &[id, person] : m_store.content().people)
            people.push_back(person);
        std::stable_sort(people.begin(), people.end(),
                         [](const Person &a, const Person &b) { return a.name < b.name; });
        return people;
    }

    std::optional<Person> findByEmail(std::string_view email) const override
    {
        for (const auto &[id, person] : m_store.content().people) {
            if (person.email == email)
                return person;
        }
        return std::nullopt;
    }

private:
    InMemoryDataStore &m_store;
};

// Gives every item of a prep or meeting record its own id, as a database would.
template <typename Item>
void numberItems(std::vector<Item> &items, Id &lastId)
{
    for (Item &item : items)
        item.id = ++lastId;
}

class MemorySessionRepository final : public SessionRepository {
public:
    explicit MemorySessionRepository(InMemoryDataStore &store)
        : m_store(store)
    {}

    Id create(const Session &session) override
    {
        Content &content = m_store.mutableContent();
        const auto person = content.people.find(session.salespersonId);
        if (person == content.people.end() || person->second.role != Role::Salesperson)
            throw ValidationError("A session needs a salesperson.");
        m_store.noteWrite();
        StoredSession stored;
        stored.session = session;
        stored.session.id = ++content.lastId;
        content.sessions[stored.session.id] = stored;
        return stored.session.id;
    }

    void update(const Session &session) override
    {
        m_store.noteWrite();
        stored(session.id).session = session;
    }

    void remove(Id id) override
    {
        m_store.noteWrite();
        m_store.mutableContent().sessions.erase(id);
    }

    std::optional<Session> find(Id id) const override
    {
        const auto &sessions = m_store.content().sessions;
        const auto found = sessions.find(id);
        if (found == sessions.end())
            return std::nullopt;
        return found->second.session;
    }

    std::vector<SessionOverview> listForSalesperson(Id salespersonId) const override
    {
        std::vector<SessionOverview> overviews;
        for (const auto &[id, stored] : m_store.content().sessions) {
            if (stored.session.salespersonId != salespersonId)
                continue;
            SessionOverview overview;
            overview.session = stored.session;
            if (!stored.prep.results.empty())
                overview.headlineResult = stored.prep.results.front();
            for (const auto &[actionId, action] : m_store.content().actions) {
                if (action.originSessionId == id && action.status == ActionStatus::Open)
                    ++overview.openActions;
            }
            overviews.push_back(std::move(overview));
        }
        std::stable_sort(overviews.begin(), overviews.end(), [](const auto &a, const auto &b) {
            return a.session.meetingDate > b.session.meetingDate;
        });
        return overviews;
    }

    std::optional<Session> previousSession(Id sessionId) const override
    {
        const Session current = stored(sessionId).session;
        std::optional<Session> previous;
        for (const auto &[id, other] : m_store.content().sessions) {
            const Session &candidate = other.session;
            if (candidate.salespersonId != current.salespersonId ||
                candidate.meetingDate >= current.meetingDate)
                continue;
            if (!previous || candidate.meetingDate > previous->meetingDate)
                previous = candidate;
        }
        return previous;
    }

    int countAll() const override { return static_cast<int>(m_store.content().sessions.size()); }

    std::vector<UpcomingSession> listDraftsMeetingBetween(Date from, Date to,
                                                          int limit) const override
    {
        std::vector<UpcomingSession> upcoming;
        for (const auto &[id, stored] : m_store.content().sessions) {
            const Session &session = stored.session;
            if (session.stage != Stage::Draft || session.meetingDate < from ||
                session.meetingDate > to)
                continue;
            const auto person = m_store.content().people.find(session.salespersonId);
            upcoming.push_back(
                {session, person == m_store.content().people.end() ? "" : person->second.name});
        }
        std::stable_sort(upcoming.begin(), upcoming.end(), [](const auto &a, const auto &b) {
            return a.session.meetingDate < b.session.meetingDate;
        });
        if (static_cast<int>(upcoming.size()) > limit)
            upcoming.resize(static_cast<std::size_t>(std::max(0, limit)));
        return upcoming;
    }

    std::optional<Session> nextSessionOf(Id salespersonId, Date from) const override
    {
        std::optional<Session> next;
        for (const auto &[id, stored] : m_store.content().sessions) {
            const Session &candidate = stored.session;
            if (candidate.salespersonId != salespersonId || candidate.meetingDate < from ||
                candidate.stage == Stage::Closed)
                continue;
            if (!next || candidate.meetingDate < next->meetingDate)
                next = candidate;
        }
        return next;
    }

    SessionPrep loadPrep(Id sessionId) const override { return stored(sessionId).prep; }

    void savePrep(Id sessionId, const SessionPrep &prep) override
    {
        m_store.noteWrite();
        StoredSession &target = stored(sessionId);
        Id &lastId = m_store.mutableContent().lastId;
        target.prep = prep;
        numberItems(target.prep.results, lastId);
        numberItems(target.prep.skillRatings, lastId);
        numberItems(target.prep.gaps, lastId);
        numberItems(target.prep.factors, lastId);
        numberItems(target.prep.upskilling, lastId);
        numberItems(target.prep.strategies, lastId);
    }

    MeetingRecord loadMeeting(Id sessionId) const override { return stored(sessionId).meeting; }

    void saveMeeting(Id sessionId, const MeetingRecord &meeting) override
    {
        m_store.noteWrite();
        StoredSession &target = stored(sessionId);
        target.meeting = meeting;
        numberItems(target.meeting.notes, m_store.mutableContent().lastId);
    }

    SessionPartCounts partCounts(Id sessionId) const override
    {
        const StoredSession &session = stored(sessionId);
        SessionPartCounts counts;
        counts.results = static_cast<int>(session.prep.results.size());
        counts.skillRatings = static_cast<int>(session.prep.skillRatings.size());
        counts.gaps = static_cast<int>(session.prep.gaps.size());
        counts.factors = static_cast<int>(session.prep.factors.size());
        counts.upskilling = static_cast<int>(session.prep.upskilling.size());
        counts.strategies = static_cast<int>(session.prep.strategies.size());
        for (const auto &[id, action] : m_store.content().actions)
            counts.actions += action.originSessionId == sessionId ? 1 : 0;
        for (const ActionReview &review : m_store.content().reviews)
            counts.actionReviews += review.sessionId == sessionId ? 1 : 0;
        for (const MeetingNote &note : session.meeting.notes)
            ++counts.meetingNotes[static_cast<int>(note.stage)];
        for (const StageTime &time : session.meeting.stageTimes)
            counts.stageSeconds[static_cast<int>(time.stage)] += time.seconds;
        return counts;
    }

private:
    StoredSession &stored(Id id) { return m_store.mutableContent().sessions.at(id); }
    const StoredSession &stored(Id id) const { return m_store.content().sessions.at(id); }

    InMemoryDataStore &m_store;
};

class MemoryActionRepository final : public ActionRepository {
public:
    explicit MemoryActionRepository(InMemoryDataStore &store)
        : m_store(store)
    {}

    Id add(const Action &action) override
    {
        Content &content = m_store.mutableContent();
        if (!content.sessions.contains(action.originSessionId))
            throw ValidationError("An action needs the session that planned it.");
        m_store.noteWrite();
        Action stored = action;
        stored.id = ++content.lastId;
        content.actions[stored.id] = stored;
        return stored.id;
    }

    void update(const Action &action) override
    {
        m_store.noteWrite();
        m_store.mutableContent().actions.at(action.id) = action;
    }

    void remove(Id id) override
    {
        m_store.noteWrite();
        m_store.mutableContent().actions.erase(id);
    }

    std::optional<Action> find(Id id) const override
    {
        const auto &actions = m_store.content().actions;
        const auto found = actions.find(id);
        return found == actions.end() ? std::nullopt : std::optional<Action>{found->second};
    }

    std::vector<Action> listCreatedIn(Id sessionId) const override
    {
        std::vector<Action> created;
        for (const auto &[id, action] : m_store.content().actions) {
            if (action.originSessionId == sessionId)
                created.push_back(action);
        }
        return created;
    }

    std::vector<Action> listOpenFor(Id salespersonId) const override
    {
        std::vector<Action> open;
        for (const auto &[id, action] : m_store.content().actions) {
            if (action.salespersonId == salespersonId && action.status == ActionStatus::Open)
                open.push_back(action);
        }
        return open;
    }

    std::vector<Action> listAllOpen() const override
    {
        std::vector<Action> open;
        for (const auto &[id, action] : m_store.content().actions)
            if (action.status == ActionStatus::Open)
                open.push_back(action);
        return open;
    }

    Id setReview(const ActionReview &review) override
    {
        Content &content = m_store.mutableContent();
        const auto action = content.actions.find(review.actionId);
        if (action == content.actions.end() || !content.sessions.contains(review.sessionId))
            throw ValidationError("A review needs an existing action and session.");
        m_store.noteWrite();
        std::erase_if(content.reviews, [&](const ActionReview &r) {
            return r.actionId == review.actionId && r.sessionId == review.sessionId;
        });
        ActionReview stored = review;
        stored.id = ++content.lastId;
        content.reviews.push_back(stored);
        action->second.status = review.status;
        return stored.id;
    }

    void removeReview(Id actionId, Id sessionId) override
    {
        Content &content = m_store.mutableContent();
        m_store.noteWrite();
        std::erase_if(content.reviews, [&](const ActionReview &r) {
            return r.actionId == actionId && r.sessionId == sessionId;
        });
        const auto action = content.actions.find(actionId);
        if (action == content.actions.end())
            return;
        action->second.status = ActionStatus::Open;
        for (const ActionReview &r : content.reviews)
            if (r.actionId == actionId)
                action->second.status = r.status;
    }

    std::vector<ActionReview> historyOf(Id actionId) const override
    {
        std::vector<ActionReview> history;
        for (const ActionReview &review : m_store.content().reviews) {
            if (review.actionId == actionId)
                history.push_back(review);
        }
        return history;
    }

    std::vector<ActionReview> reviewsIn(Id sessionId) const override
    {
        std::vector<ActionReview> reviews;
        for (const ActionReview &review : m_store.content().reviews) {
            if (review.sessionId == sessionId)
                reviews.push_back(review);
        }
        return reviews;
    }

private:
    InMemoryDataStore &m_store;
};

class MemorySkillRepository final : public SkillRepository {
public:
    explicit MemorySkillRepository(InMemoryDataStore &store)
        : m_store(store)
    {}

    Id add(const Skill &skill) override
    {
        m_store.noteWrite();
        Content &content = m_store.mutableContent();
        Skill stored = skill;
        stored.id = ++content.lastId;
        content.skills[stored.id] = stored;
        return stored.id;
    }

    void update(const Skill &skill) override
    {
        m_store.noteWrite();
        m_store.mutableContent().skills.at(skill.id) = skill;
    }

    void remove(Id id) override
    {
        m_store.noteWrite();
        m_store.mutableContent().skills.at(id).retired = true;
    }

    int countRatings(Id id) const override
    {
        int count = 0;
        for (const auto &[sessionId, stored] : m_store.content().sessions)
            count += static_cast<int>(
                std::count_if(stored.prep.skillRatings.begin(), stored.prep.skillRatings.end(),
                              [id](const SkillRating &rating) { return rating.skillId == id; }));
        return count;
    }

    std::optional<Skill> find(Id id) const override
    {
        const auto &skills = m_store.content().skills;
        const auto found = skills.find(id);
        return found == skills.end() ? std::nullopt : std::optional<Skill>{found->second};
    }

    std::vector<Skill> listAll(bool includeRetired) const override
    {
        std::vector<Skill> skills;
        for (const auto &[id, skill] : m_store.content().skills) {
            if (includeRetired || !skill.retired)
                skills.push_back(skill);
        }
        std::stable_sort(skills.begin(), skills.end(), [](const Skill &a, const Skill &b) {
            return std::tie(a.group, a.sortOrder) < std::tie(b.group, b.sortOrder);
        });
        return skills;
    }

private:
    InMemoryDataStore &m_store;
};

class MemorySalesRecordRepository final : public SalesRecordRepository {
public:
    explicit MemorySalesRecordRepository(InMemoryDataStore &store)
        : m_store(store)
    {}

    int addAll(const std::vector<SalesRecord> &records) override
    {
        m_store.noteWrite();
        Content &content = m_store.mutableContent();
        int added = 0;
        for (const SalesRecord &record : records) {
            if (!m_keys.insert(keyOf(record)).second)
                continue;
            SalesRecord stored = record;
            stored.id = ++content.lastId;
            content.salesRecords.push_back(stored);
            ++added;
        }
        return added;
    }

    std::vector<SalesRecord> listFor(Id salespersonId, Date from, Date to) const override
    {
        std::vector<SalesRecord> found;
        for (const SalesRecord &record : m_store.content().salesRecords) {
            if (record.salespersonId == salespersonId && record.date >= from && record.date <= to)
                found.push_back(record);
        }
        return found;
    }

    int countFor(Id salespersonId) const override
    {
        return static_cast<int>(std::count_if(
            m_store.content().salesRecords.begin(), m_store.content().salesRecords.end(),
            [salespersonId](const SalesRecord &r) { return r.salespersonId == salespersonId; }));
    }

    // The set of keys follows a rollback of the content it describes.
    void rebuildKeys()
    {
        m_keys.clear();
        for (const SalesRecord &record : m_store.content().salesRecords)
            m_keys.insert(keyOf(record));
    }

private:
    static std::string keyOf(const SalesRecord &record)
    {
        return fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}", record.salespersonId,
                           toIsoDate(record.date), record.account, record.product, record.activity,
                           record.amount.hundredths, record.currency, record.stage,
                           record.occurrence);
    }

    InMemoryDataStore &m_store;
    std::set<std::string> m_keys;
};

} // namespace

// The sample team never searches; a search over the fake finds nothing.
class MemorySearchRepository final : public SearchRepository {
public:
    std::vector<SearchHit> search(std::string_view, bool, std::optional<Id>, int) const override
    {
        return {};
    }
};

struct InMemoryDataStore::Repositories {
    explicit Repositories(InMemoryDataStore &store)
        : people(store)
        , sessions(store)
        , actions(store)
        , skills(store)
        , salesRecords(store)
    {}

    MemoryPersonRepository people;
    MemorySessionRepository sessions;
    MemoryActionRepository actions;
    MemorySkillRepository skills;
    MemorySalesRecordRepository salesRecords;
    MemorySearchRepository search;
};

InMemoryDataStore::InMemoryDataStore()
    : m_repositories(std::make_unique<Repositories>(*this))
{}

InMemoryDataStore::~InMemoryDataStore() = default;

PersonRepository &InMemoryDataStore::people()
{
    return m_repositories->people;
}

SessionRepository &InMemoryDataStore::sessions()
{
    return m_repositories->sessions;
}

ActionRepository &InMemoryDataStore::actions()
{
    return m_repositories->actions;
}

SkillRepository &InMemoryDataStore::skills()
{
    return m_repositories->skills;
}

SalesRecordRepository &InMemoryDataStore::salesRecords()
{
    return m_repositories->salesRecords;
}

std::unique_ptr<DataStore> InMemoryDataStore::openSecondConnection()
{
    throw std::logic_error("the in-memory store has only one connection");
}

SearchRepository &InMemoryDataStore::search()
{
    return m_repositories->search;
}

void InMemoryDataStore::inTransaction(const std::function<void()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return;
    }
    Content before = m_content;
    m_transactionDepth = 1;
    try {
        work();
    } catch (...) {
        m_transactionDepth = 0;
        m_content = std::move(before);
        m_repositories->salesRecords.rebuildKeys();
        throw;
    }
    m_transactionDepth = 0;
}

void InMemoryDataStore::noteWrite()
{
    if (m_transactionDepth == 0)
        ++m_writesOutsideTransaction;
}

std::string InMemoryDataStore::describe() const
{
    std::string out;
    const auto line = [&out](const auto &...parts) {
        ((out += fmt::format("{}|", parts)), ...);
        out += '\n';
    };
    for (const auto &[id, p] : m_content.people)
        line("person", id, p.name, p.email, toKey(p.role), text(p.managerId));
    for (const auto &[id, s] : m_content.skills)
        line("skill", id, toKey(s.group), s.name, s.sortOrder, s.retired);
    for (const auto &[id, stored] : m_content.sessions) {
        const Session &s = stored.session;
        line("session", id, s.salespersonId, text(s.managerId), toIsoDate(s.meetingDate),
             toIsoDate(s.periodStart), toIsoDate(s.periodEnd), toKey(s.cadence), toKey(s.stage),
             s.focus, text(s.rating), toIsoTimestamp(s.createdAt), toIsoTimestamp(s.updatedAt));
        for (const Result &r : stored.prep.results)
            line(" result", toKey(r.metric), r.customName, r.unit, text(r.target), text(r.actual),
                 text(r.previous), r.comment);
        for (const SkillRating &r : stored.prep.skillRatings)
            line(" rating", r.skillId, r.score, r.evidence, text(r.managerScore));
        for (const Gap &g : stored.prep.gaps)
            line(" gap", g.description, text(g.skillId), toKey(g.priority));
        for (const Factor &f : stored.prep.factors)
            line(" factor", f.description, toKey(f.origin), toKey(f.effect), f.withinInfluence);
        for (const Upskilling &u : stored.prep.upskilling)
            line(" upskilling", toKey(u.kind), u.title, u.learned);
        for (const Strategy &s2 : stored.prep.strategies)
            line(" strategy", toKey(s2.choice), s2.description, s2.reason);
        for (const MeetingNote &n : stored.meeting.notes)
            line(" note", toKey(n.stage), n.prompt, n.text, n.isPrivate);
        for (const StageTime &t : stored.meeting.stageTimes)
            line(" time", toKey(t.stage), t.seconds);
    }
    for (const auto &[id, a] : m_content.actions)
        line("action", id, a.salespersonId, a.originSessionId, a.description, toKey(a.owner),
             a.withinInfluence, toKey(a.expectedImpact), a.vitalFew, text(a.dueDate),
             toKey(a.status));
    for (const ActionReview &r : m_content.reviews)
        line("review", r.id, r.actionId, r.sessionId, toKey(r.status), r.note,
             toIsoTimestamp(r.reviewedAt));
    for (const SalesRecord &r : m_content.salesRecords)
        line("sale", r.id, r.salespersonId, toIsoDate(r.date), r.account, r.product, r.activity,
             formatAmount(r.amount), r.currency, r.stage);
    return out;
}

} // namespace reins::test
