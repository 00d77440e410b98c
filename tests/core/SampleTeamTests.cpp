#include "InMemoryDataStore.h"

#include "reins/SampleTeam.h"
#include "reins/SkillCatalogue.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

using reins::test::InMemoryDataStore;

namespace {

const reins::Date today = std::chrono::year{2026} / std::chrono::March / std::chrono::day{18};

bool before(reins::Date a, reins::Date b)
{
    return std::chrono::sys_days{a} < std::chrono::sys_days{b};
}

// A salesperson's sessions, oldest meeting first.
std::vector<const InMemoryDataStore::StoredSession *> sessionsOf(const InMemoryDataStore &store,
                                                                 reins::Id salespersonId)
{
    std::vector<const InMemoryDataStore::StoredSession *> sessions;
    for (const auto &[id, stored] : store.content().sessions) {
        if (stored.session.salespersonId == salespersonId)
            sessions.push_back(&stored);
    }
    std::sort(sessions.begin(), sessions.end(), [](const auto *a, const auto *b) {
        return before(a->session.meetingDate, b->session.meetingDate);
    });
    return sessions;
}

std::vector<reins::Id> salespeopleOf(const InMemoryDataStore &store)
{
    std::vector<reins::Id> ids;
    for (const auto &[id, person] : store.content().people) {
        if (person.role == reins::Role::Salesperson)
            ids.push_back(id);
    }
    return ids;
}

const reins::Result *findResult(const reins::SessionPrep &prep, reins::Metric metric)
{
    for (const reins::Result &result : prep.results) {
        if (result.metric == metric)
            return &result;
    }
    return nullptr;
}

// Stores the default catalogue, as a new database does.
void addDefaultSkills(InMemoryDataStore &store)
{
    for (const reins::Skill &skill : reins::defaultSkillCatalogue())
        (void)store.skills().add(skill);
}

} // namespace

TEST_CASE("The sample team has the size asked for", "[sample]")
{
    InMemoryDataStore store;
    addDefaultSkills(store);
    const int writesBefore = store.writesOutsideTransaction();
    const auto summary = reins::writeSampleTeam(store, {9, 5}, today);

    CHECK(summary.salespeople == 9);
    CHECK(summary.managers == 2); // one per eight salespeople or fewer
    CHECK(summary.sessions == 45);
    CHECK(summary.actions == static_cast<int>(store.content().actions.size()));
    CHECK(summary.salesRecords == static_cast<int>(store.content().salesRecords.size()));
    CHECK(summary.actions >= 45 * 3);
    CHECK(summary.salesRecords >= 45 * 3);

    CHECK(salespeopleOf(store).size() == 9);
    CHECK(store.content().people.size() == 11);
    CHECK(store.content().sessions.size() == 45);
    CHECK(store.writesOutsideTransaction() == writesBefore); // all in one transaction
    for (const reins::Id id : salespeopleOf(store))
        CHECK(sessionsOf(store, id).size() == 5);
}

TEST_CASE("Every team has a manager, and no manager has more than eight salespeople", "[sample]")
{
    for (const int salespeople : {0, 1, 8, 17}) {
        INFO(salespeople);
        InMemoryDataStore store;
        const auto summary = reins::writeSampleTeam(store, {salespeople, 1}, today);
        CHECK(summary.managers == std::max(1, (salespeople + 7) / 8));
        CHECK(summary.sessions == salespeople);

        std::map<reins::Id, int> teamSize;
        for (const auto &[id, person] : store.content().people) {
            if (person.role != reins::Role::Salesperson)
                continue;
            REQUIRE(person.managerId);
            CHECK(store.content().people.at(*person.managerId).role == reins::Role::Manager);
            ++teamSize[*person.managerId];
        }
        for (const auto &[manager, size] : teamSize)
            CHECK(size <= 8);
    }
}

TEST_CASE("Sample people have distinct names and company email addresses", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {120, 1}, today);
    const std::regex address{R"([a-z]+\.[a-z]+[0-9]*@northwind-sales\.example)"};
    std::set<std::string> emails;
    std::set<std::string> names;
    for (const auto &[id, person] : store.content().people) {
        INFO(person.name << " " << person.email);
        CHECK(std::regex_match(person.email, address));
        CHECK(emails.insert(person.email).second);
        CHECK(person.name.find(' ') != std::string::npos);
        names.insert(person.name);
    }
    // Mostly different people, not one name with numbered addresses.
    CHECK(names.size() > store.content().people.size() * 9 / 10);
}

TEST_CASE("The same seed gives the same team, another seed another team", "[sample]")
{
    const auto write = [](std::uint64_t seed) {
        InMemoryDataStore store;
        (void)reins::writeSampleTeam(store, {4, 6}, today, seed);
        return store.describe();
    };
    const std::string first = write(7);
    CHECK(first.size() > 10000);
    CHECK(write(7) == first);
    CHECK(write(8) != first);
}

TEST_CASE("Sessions are monthly, meet after their month, and only the newest is open", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {5, 12}, today);
    for (const reins::Id salesperson : salespeopleOf(store)) {
        const auto sessions = sessionsOf(store, salesperson);
        REQUIRE(sessions.size() == 12);
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            const reins::Session &session = sessions[i]->session;
            INFO("session " << i << " meets " << reins::toIsoDate(session.meetingDate));
            CHECK(session.cadence == reins::Cadence::Monthly);
            CHECK(unsigned(session.periodStart.day()) == 1);
            CHECK(session.periodEnd ==
                  reins::Date{session.periodStart.year() / session.periodStart.month() /
                              std::chrono::last});
            CHECK(before(session.periodEnd, session.meetingDate));
            CHECK(session.managerId == store.content().people.at(session.salespersonId).managerId);
            CHECK(session.createdAt <= session.updatedAt);
            CHECK_FALSE(session.focus.empty());
            if (i > 0) {
                const reins::Session &earlier = sessions[i - 1]->session;
                CHECK(reins::addDays(earlier.periodEnd, 1) == session.periodStart);
            }
            const bool newest = i + 1 == sessions.size();
            if (newest) {
                CHECK(
                    (session.stage == reins::Stage::Draft || session.stage == reins::Stage::Ready));
                CHECK(before(today, session.meetingDate));
                CHECK_FALSE(before(session.periodEnd, today)); // the month still running
                CHECK(sessions[i]->meeting.notes.empty());
                CHECK_FALSE(session.rating);
            } else {
                CHECK(session.stage == reins::Stage::Closed);
                CHECK(before(session.periodEnd, today));
                CHECK(before(session.meetingDate, today));
                CHECK(reins::daysBetween(session.periodEnd, session.meetingDate) <= 10);
            }
        }
        // The newest period is the month being worked in, reviewed just after it ends.
        CHECK(sessions.back()->session.periodStart ==
              reins::Date{std::chrono::year{2026} / std::chrono::March / 1});
    }
}

TEST_CASE("Every session has a complete preparation", "[sample]")
{
    InMemoryDataStore store;
    addDefaultSkills(store);
    (void)reins::writeSampleTeam(store, {6, 8}, today);
    std::set<reins::Id> skillIds;
    for (const auto &[id, skill] : store.content().skills)
        skillIds.insert(id);

    for (const auto &[id, stored] : store.content().sessions) {
        const reins::SessionPrep &prep = stored.prep;
        INFO("session " << id);
        CHECK(prep.results.size() >= 3);
        CHECK(prep.results.size() <= 5);
        REQUIRE_FALSE(prep.results.empty());
        CHECK(prep.results.front().metric == reins::Metric::Revenue);
        CHECK(prep.results.front().unit == "EUR");
        for (const reins::Result &result : prep.results) {
            REQUIRE(result.actual);
            CHECK(result.actual->hundredths >= 0);
            CHECK(result.previous);
        }

        CHECK(prep.skillRatings.size() >= 7);
        for (const reins::SkillRating &rating : prep.skillRatings) {
            CHECK(skillIds.contains(rating.skillId));
            CHECK(rating.score >= 1);
            CHECK(rating.score <= 5);
            CHECK_FALSE(rating.evidence.empty());
            if (rating.managerScore) {
                CHECK(*rating.managerScore >= 1);
                CHECK(*rating.managerScore <= 5);
            }
        }
        CHECK(prep.gaps.size() >= 1);
        CHECK(prep.gaps.size() <= 3);
        for (const reins::Gap &gap : prep.gaps) {
            if (gap.skillId)
                CHECK(skillIds.contains(*gap.skillId));
        }
        CHECK(prep.factors.size() >= 2);
        CHECK(prep.factors.size() <= 4);
        CHECK(prep.upskilling.size() >= 1);
        CHECK(prep.upskilling.size() <= 2);
        CHECK(prep.strategies.size() >= 2);
        CHECK(prep.strategies.size() <= 3);
    }
}

TEST_CASE("Sample text has its placeholders filled in", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {6, 8}, today);
    const std::string everything = store.describe();
    CHECK(everything.find('{') == std::string::npos);
    CHECK(everything.find('}') == std::string::npos);
}

TEST_CASE("A skill gap usually names one of the weakest skills rated", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {6, 8}, today);
    int linkedGaps = 0;
    for (const auto &[id, stored] : store.content().sessions) {
        for (const reins::Gap &gap : stored.prep.gaps) {
            if (!gap.skillId)
                continue;
            ++linkedGaps;
            int lowest = 5;
            int linkedScore = 0;
            for (const reins::SkillRating &rating : stored.prep.skillRatings) {
                lowest = std::min(lowest, rating.score);
                if (rating.skillId == *gap.skillId)
                    linkedScore = rating.score;
            }
            CHECK(linkedScore == lowest);
            CHECK(gap.description.find(store.content().skills.at(*gap.skillId).name) !=
                  std::string::npos);
        }
    }
    CHECK(linkedGaps > 0);
}

TEST_CASE("Each result's previous figure is the actual of the session before", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {5, 10}, today);
    for (const reins::Id salesperson : salespeopleOf(store)) {
        const auto sessions = sessionsOf(store, salesperson);
        for (std::size_t i = 1; i < sessions.size(); ++i) {
            for (const reins::Result &result : sessions[i]->prep.results) {
                INFO(reins::toKey(result.metric) << " in session " << i);
                const reins::Result *earlier = findResult(sessions[i - 1]->prep, result.metric);
                REQUIRE(earlier);
                CHECK(result.previous == earlier->actual);
            }
        }
    }
}

TEST_CASE("Revenue is the sum of the month's won deals", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {4, 6}, today);
    for (const auto &[id, stored] : store.content().sessions) {
        const reins::Session &session = stored.session;
        std::int64_t won = 0;
        for (const reins::SalesRecord &record : store.salesRecords().listFor(
                 session.salespersonId, session.periodStart, session.periodEnd)) {
            CHECK(record.currency == "EUR");
            CHECK(record.amount.hundredths > 0);
            CHECK_FALSE(record.account.empty());
            CHECK_FALSE(record.product.empty());
            if (record.stage == "Won")
                won += record.amount.hundredths;
        }
        CHECK(won == stored.prep.results.front().actual->hundredths);
    }
}

TEST_CASE("Revenue figures are believable and move gradually", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {8, 12}, today);
    for (const reins::Id salesperson : salespeopleOf(store)) {
        for (const auto *stored : sessionsOf(store, salesperson)) {
            const reins::Result &revenue = stored->prep.results.front();
            REQUIRE(revenue.target);
            const auto euros = revenue.actual->hundredths / 100;
            CHECK(euros >= 10'000);
            CHECK(euros <= 600'000);
            // Month to month a figure may swing, but not by a factor of three.
            CHECK(revenue.actual->hundredths * 3 > revenue.previous->hundredths);
            CHECK(revenue.previous->hundredths * 3 > revenue.actual->hundredths);
            CHECK(revenue.actual->hundredths * 3 > revenue.target->hundredths);
        }
    }
}

TEST_CASE("Each plan has a few actions with the vital few flagged", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {6, 8}, today);
    std::map<reins::Id, std::vector<reins::Action>> plans;
    for (const auto &[id, action] : store.content().actions)
        plans[action.originSessionId].push_back(action);

    CHECK(plans.size() == store.content().sessions.size());
    int managerCommitments = 0;
    for (const auto &[sessionId, actions] : plans) {
        INFO("session " << sessionId);
        CHECK(actions.size() >= 3);
        CHECK(actions.size() <= 5);
        const auto vital = static_cast<std::size_t>(std::count_if(
            actions.begin(), actions.end(), [](const reins::Action &a) { return a.vitalFew; }));
        // A fifth of the plan, but never none: every plan names what matters most.
        CHECK(vital >= 1);
        CHECK(vital <= std::max<std::size_t>(1, actions.size() / 5));
        for (const reins::Action &action : actions) {
            CHECK_FALSE(action.description.empty());
            CHECK(action.salespersonId ==
                  store.content().sessions.at(sessionId).session.salespersonId);
            if (action.owner == reins::ActionOwner::Manager)
                ++managerCommitments;
        }
    }
    CHECK(managerCommitments > 0);
}

TEST_CASE("Each session reviews every action left open by the session before", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {6, 10}, today);

    std::map<reins::Id, std::vector<reins::ActionReview>> reviewsBySession;
    for (const reins::ActionReview &review : store.content().reviews)
        reviewsBySession[review.sessionId].push_back(review);

    int carried = 0;
    int done = 0;
    int dropped = 0;
    for (const reins::Id salesperson : salespeopleOf(store)) {
        const auto sessions = sessionsOf(store, salesperson);
        std::set<reins::Id> open; // open after the previous session
        for (const auto *stored : sessions) {
            const reins::Id sessionId = stored->session.id;
            std::set<reins::Id> reviewed;
            std::set<reins::Id> stillOpen;
            for (const reins::ActionReview &review : reviewsBySession[sessionId]) {
                CHECK_FALSE(review.note.empty());
                reviewed.insert(review.actionId);
                if (review.status == reins::ActionStatus::Open) {
                    stillOpen.insert(review.actionId);
                    ++carried;
                } else {
                    (review.status == reins::ActionStatus::Done ? done : dropped)++;
                }
            }
            CHECK(reviewed == open);
            for (const auto &[id, action] : store.content().actions) {
                if (action.originSessionId == sessionId)
                    stillOpen.insert(id);
            }
            open = stillOpen;
        }
        // What is open at the end is exactly what the store reports as open.
        std::set<reins::Id> reportedOpen;
        for (const reins::Action &action : store.actions().listOpenFor(salesperson))
            reportedOpen.insert(action.id);
        CHECK(reportedOpen == open);
    }
    CHECK(carried > 0);
    CHECK(done > carried);
    CHECK(dropped > 0);
}

TEST_CASE("Closed sessions have a meeting record that mostly favours solutions", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {8, 10}, today);
    int closed = 0;
    int balanced = 0;
    int privateNotes = 0;
    int rated = 0;
    for (const auto &[id, stored] : store.content().sessions) {
        if (stored.session.stage != reins::Stage::Closed)
            continue;
        ++closed;
        INFO("session " << id);
        const auto counts = store.sessions().partCounts(id);
        std::int64_t total = 0;
        for (int stage = 0; stage < reins::meetingStageCount; ++stage) {
            CHECK(counts.meetingNotes[stage] >= 1);
            CHECK(counts.stageSeconds[stage] > 0);
            total += counts.stageSeconds[stage];
        }
        CHECK(total >= 20 * 60);
        CHECK(total <= 60 * 60);
        const std::int64_t solution = counts.stageSeconds[2] + counts.stageSeconds[3];
        if (solution * 10 >= total * 9)
            ++balanced;
        for (const reins::MeetingNote &note : stored.meeting.notes) {
            CHECK_FALSE(note.prompt.empty());
            CHECK_FALSE(note.text.empty());
            privateNotes += note.isPrivate ? 1 : 0;
        }
        if (stored.session.rating) {
            ++rated;
            CHECK(*stored.session.rating >= 1);
            CHECK(*stored.session.rating <= 5);
        }
    }
    REQUIRE(closed == 8 * 9);
    CHECK(balanced * 10 >= closed * 6);
    CHECK(balanced < closed); // and a few meetings to coach the manager on
    CHECK(privateNotes > 0);
    CHECK(privateNotes < closed);
    CHECK(rated > closed / 2);
}

TEST_CASE("Skill scores drift slowly from session to session", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {6, 12}, today);
    int changes = 0;
    int comparisons = 0;
    for (const reins::Id salesperson : salespeopleOf(store)) {
        const auto sessions = sessionsOf(store, salesperson);
        for (std::size_t i = 1; i < sessions.size(); ++i) {
            const auto &now = sessions[i]->prep.skillRatings;
            const auto &before = sessions[i - 1]->prep.skillRatings;
            REQUIRE(now.size() == before.size()); // the same skills every time
            for (std::size_t k = 0; k < now.size(); ++k) {
                CHECK(now[k].skillId == before[k].skillId);
                CHECK(std::abs(now[k].score - before[k].score) <= 1);
                changes += now[k].score != before[k].score ? 1 : 0;
                ++comparisons;
            }
        }
    }
    CHECK(changes > 0);
    CHECK(changes * 4 < comparisons);
}

TEST_CASE("A store without skills gets the default catalogue to rate", "[sample]")
{
    InMemoryDataStore store;
    (void)reins::writeSampleTeam(store, {2, 2}, today);
    CHECK(store.content().skills.size() == reins::defaultSkillCatalogue().size());
    for (const auto &[id, stored] : store.content().sessions)
        CHECK_FALSE(stored.prep.skillRatings.empty());
}

TEST_CASE("A store's own skills are the ones rated", "[sample]")
{
    InMemoryDataStore store;
    reins::Skill own;
    own.name = "Demo delivery";
    own.group = reins::SkillGroup::Conversation;
    const reins::Id ownId = store.skills().add(own);
    (void)reins::writeSampleTeam(store, {2, 3}, today);

    CHECK(store.content().skills.size() == 1);
    for (const auto &[id, stored] : store.content().sessions) {
        REQUIRE(stored.prep.skillRatings.size() == 1);
        CHECK(stored.prep.skillRatings.front().skillId == ownId);
    }
}

TEST_CASE("A team without sessions still has its people", "[sample]")
{
    InMemoryDataStore store;
    const auto summary = reins::writeSampleTeam(store, {3, 0}, today);
    CHECK(summary.salespeople == 3);
    CHECK(summary.sessions == 0);
    CHECK(summary.actions == 0);
    CHECK(summary.salesRecords == 0);
    CHECK(store.content().sessions.empty());
}

TEST_CASE("In the first days of a month the newest session still reviews the month before",
          "[sample]")
{
    InMemoryDataStore store;
    addDefaultSkills(store);
    const reins::Date thirdOfMarch =
        std::chrono::year{2026} / std::chrono::March / std::chrono::day{3};
    (void)reins::writeSampleTeam(store, {1, 3}, thirdOfMarch);
    reins::Date newestStart{};
    for (const auto &[id, stored] : store.content().sessions)
        newestStart = std::max(newestStart, stored.session.periodStart);
    CHECK(newestStart == reins::Date{std::chrono::year{2026} / std::chrono::February / 1});
}
