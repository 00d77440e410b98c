#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace reins;
using reins::storage::SqliteDataStore;
using reins::test::TempDir;

namespace {

Date isoDay(int y, unsigned m, unsigned d)
{
    return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

Session monthlySession(Id salesperson, std::optional<Id> manager, unsigned month)
{
    Session session;
    session.salespersonId = salesperson;
    session.managerId = manager;
    session.periodStart = isoDay(2026, month, 1);
    session.periodEnd =
        Date{std::chrono::year{2026} / std::chrono::month{month} / std::chrono::last};
    session.meetingDate = addDays(session.periodEnd, 3);
    session.cadence = Cadence::Monthly;
    return session;
}

struct Team {
    Id manager = 0;
    Id salesperson = 0;
};

Team addTeam(DataStore &store)
{
    Team team;
    team.manager = store.people().add({0, "Maria Lopez", "maria@example.com", Role::Manager, {}});
    team.salesperson =
        store.people().add({0, "Tom Becker", "tom@example.com", Role::Salesperson, team.manager});
    return team;
}

SessionPrep fullPrep(DataStore &store)
{
    const auto skills = store.skills().listAll();
    REQUIRE(skills.size() >= 2);
    SessionPrep prep;
    prep.results.push_back({0, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'600'000},
                            Amount{4'842'100}, "Two deals slipped into next month."});
    prep.results.push_back({0, Metric::Custom, "Demos booked", "demos", Amount{1'000}, std::nullopt,
                            std::nullopt, ""});
    prep.skillRatings.push_back({0, skills[0].id, 3, "Answered every pricing question.", 4});
    prep.skillRatings.push_back({0, skills[1].id, 2, "Lost track of two competitors.", {}});
    prep.gaps.push_back(
        {0, "Discovery questions run out after ten minutes", skills[1].id, Priority::High});
    prep.factors.push_back(
        {0, "New pricing sheet", FactorOrigin::Internal, FactorEffect::Helped, true});
    prep.factors.push_back(
        {0, "Budget freeze at two accounts", FactorOrigin::External, FactorEffect::Hurt, false});
    prep.upskilling.push_back({0, UpskillingKind::Webinar, "Value selling basics",
                               "Lead with the customer's cost of doing nothing."});
    prep.strategies.push_back(
        {0, StrategyChoice::Keep, "Friday pipeline review", "It caught two stalled deals."});
    prep.strategies.push_back({0, StrategyChoice::Create, "Call before sending a proposal", ""});
    return prep;
}

} // namespace

TEST_CASE("People round-trip, survive a restart, and are validated")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    Team team;
    {
        auto store = SqliteDataStore::open(path);
        team = addTeam(*store);
        auto tom = *store->people().find(team.salesperson);
        tom.email = "tom.becker@example.com";
        store->people().update(tom);

        CHECK_THROWS_AS(store->people().add({0, "   ", "", Role::Salesperson, {}}),
                        ValidationError);
        CHECK_THROWS_WITH(
            store->people().add({0, "Other Tom", "TOM.BECKER@example.com", Role::Salesperson, {}}),
            Catch::Contains("already has the email address"));
        // A salesperson cannot be someone's manager.
        CHECK_THROWS_AS(store->people().add({0, "Lee", "", Role::Salesperson, team.salesperson}),
                        ValidationError);
    }
    auto store = SqliteDataStore::open(path);
    const auto people = store->people().listAll();
    REQUIRE(people.size() == 2);
    CHECK(people[0].name == "Maria Lopez");
    CHECK(people[1].name == "Tom Becker");
    CHECK(people[1].email == "tom.becker@example.com");
    CHECK(people[1].managerId == team.manager);
    CHECK(store->people().findByEmail("Tom.Becker@Example.com")->id == team.salesperson);
}

TEST_CASE("Removing a manager keeps their salespeople, who lose only the link")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    store->people().remove(team.manager);
    CHECK_FALSE(store->people().find(team.manager));
    REQUIRE(store->people().find(team.salesperson));
    CHECK_FALSE(store->people().find(team.salesperson)->managerId);
}

TEST_CASE("A person with sessions cannot be removed, and nothing changes")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    (void)store->sessions().create(monthlySession(team.salesperson, team.manager, 3));
    CHECK_THROWS_WITH(store->people().remove(team.salesperson),
                      Catch::Contains("1 session still belongs"));
    CHECK_THROWS_AS(store->people().remove(team.manager), RefusedChange);
    CHECK(store->people().listAll().size() == 2);
    CHECK(store->sessions().countAll() == 1);
}

TEST_CASE("Sessions round-trip with their prep and meeting record across a restart")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    Id sessionId = 0;
    SessionPrep prep;
    {
        auto store = SqliteDataStore::open(path);
        const auto team = addTeam(*store);
        auto session = monthlySession(team.salesperson, team.manager, 4);
        session.focus = "Close the two slipped deals";
        sessionId = store->sessions().create(session);
        prep = fullPrep(*store);
        store->sessions().savePrep(sessionId, prep);
        store->sessions().saveMeeting(
            sessionId, {{{0, MeetingStage::Acknowledge, "What went well?", "Great calls", false},
                         {0, MeetingStage::Support, "How can I help?", "marker-private", true}},
                        {{MeetingStage::Acknowledge, 120}, {MeetingStage::Plan, 900}}});
        auto stored = *store->sessions().find(sessionId);
        stored.stage = Stage::Ready;
        stored.rating = 4;
        store->sessions().update(stored);
    }
    auto store = SqliteDataStore::open(path);
    const auto session = store->sessions().find(sessionId);
    REQUIRE(session);
    CHECK(session->stage == Stage::Ready);
    CHECK(session->rating == 4);
    CHECK(session->focus == "Close the two slipped deals");
    CHECK(session->periodEnd == isoDay(2026, 4, 30));

    const auto loaded = store->sessions().loadPrep(sessionId);
    REQUIRE(loaded.results.size() == 2);
    CHECK(loaded.results[0].actual == Amount{4'600'000});
    CHECK(loaded.results[0].previous == Amount{4'842'100});
    CHECK(loaded.results[0].comment == prep.results[0].comment);
    CHECK(loaded.results[1].customName == "Demos booked");
    CHECK_FALSE(loaded.results[1].actual);
    REQUIRE(loaded.skillRatings.size() == 2);
    CHECK(loaded.skillRatings[0].managerScore == 4);
    CHECK_FALSE(loaded.skillRatings[1].managerScore);
    REQUIRE(loaded.gaps.size() == 1);
    CHECK(loaded.gaps[0].priority == Priority::High);
    REQUIRE(loaded.factors.size() == 2);
    CHECK(loaded.factors[1].origin == FactorOrigin::External);
    CHECK_FALSE(loaded.factors[1].withinInfluence);
    CHECK(loaded.upskilling.at(0).kind == UpskillingKind::Webinar);
    CHECK(loaded.strategies.at(1).choice == StrategyChoice::Create);

    const auto meeting = store->sessions().loadMeeting(sessionId);
    REQUIRE(meeting.notes.size() == 2);
    CHECK(meeting.notes[1].isPrivate);
    REQUIRE(meeting.stageTimes.size() == 2);
    CHECK(meeting.stageTimes[1].seconds == 900);

    const auto counts = store->sessions().partCounts(sessionId);
    CHECK(counts.results == 2);
    CHECK(counts.factors == 2);
    CHECK(counts.meetingNotes[static_cast<int>(MeetingStage::Support)] == 1);
    CHECK(counts.stageSeconds[static_cast<int>(MeetingStage::Plan)] == 900);
}

TEST_CASE("Saving the prep again replaces it rather than adding to it")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    const auto id = store->sessions().create(monthlySession(team.salesperson, team.manager, 5));
    auto prep = fullPrep(*store);
    store->sessions().savePrep(id, prep);
    prep.factors.pop_back();
    store->sessions().savePrep(id, prep);
    CHECK(store->sessions().loadPrep(id).factors.size() == 1);
}

TEST_CASE("A failing prep save leaves the stored prep exactly as it was")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    const auto id = store->sessions().create(monthlySession(team.salesperson, team.manager, 5));
    store->sessions().savePrep(id, fullPrep(*store));

    auto broken = fullPrep(*store);
    broken.skillRatings.push_back(broken.skillRatings.front()); // the same skill twice
    broken.factors.clear();
    CHECK_THROWS_AS(store->sessions().savePrep(id, broken), RefusedChange);
    CHECK(store->sessions().loadPrep(id).factors.size() == 2);
    CHECK(store->sessions().loadPrep(id).skillRatings.size() == 2);
}

TEST_CASE("Sessions are listed newest first with headline result and open actions")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    const auto march = store->sessions().create(monthlySession(team.salesperson, team.manager, 3));
    const auto april = store->sessions().create(monthlySession(team.salesperson, team.manager, 4));
    store->sessions().savePrep(april, fullPrep(*store));
    (void)store->actions().add({0,
                                team.salesperson,
                                april,
                                "Call Fischer GmbH",
                                ActionOwner::Salesperson,
                                true,
                                Impact::High,
                                true,
                                {},
                                ActionStatus::Open});
    (void)store->actions().add({0,
                                team.salesperson,
                                april,
                                "Send case study",
                                ActionOwner::Salesperson,
                                true,
                                Impact::Low,
                                false,
                                {},
                                ActionStatus::Done});

    CHECK(store->actions().listAllOpen().size() == 1);
    const auto list = store->sessions().listForSalesperson(team.salesperson);
    REQUIRE(list.size() == 2);
    CHECK(list[0].session.id == april);
    CHECK(list[1].session.id == march);
    REQUIRE(list[0].headlineResult);
    CHECK(list[0].headlineResult->metric == Metric::Revenue);
    CHECK(list[0].openActions == 1);
    CHECK_FALSE(list[1].headlineResult);
    CHECK(store->sessions().previousSession(april)->id == march);
    CHECK_FALSE(store->sessions().previousSession(march));
}

TEST_CASE("A carried action keeps its identity and history across sessions")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    const auto march = store->sessions().create(monthlySession(team.salesperson, team.manager, 3));
    const auto april = store->sessions().create(monthlySession(team.salesperson, team.manager, 4));
    const auto may = store->sessions().create(monthlySession(team.salesperson, team.manager, 5));
    const auto action = store->actions().add({0, team.salesperson, march, "Book three demos",
                                              ActionOwner::Salesperson, true, Impact::High, true,
                                              isoDay(2026, 4, 15), ActionStatus::Open});
    (void)store->actions().setReview({0, action, april, ActionStatus::Open, "One booked", {}});
    CHECK(store->actions().listOpenFor(team.salesperson).size() == 1);
    (void)store->actions().setReview({0, action, may, ActionStatus::Done, "All three", {}});

    CHECK(store->actions().find(action)->status == ActionStatus::Done);
    CHECK(store->actions().listOpenFor(team.salesperson).empty());
    const auto history = store->actions().historyOf(action);
    REQUIRE(history.size() == 2);
    CHECK(history[0].sessionId == april);
    CHECK(history[1].note == "All three");
    CHECK(store->actions().reviewsIn(may).size() == 1);

    SECTION("the session that planned it cannot be deleted while its history exists")
    {
        CHECK_THROWS_WITH(store->sessions().remove(march),
                          Catch::Contains("reviewed in later sessions"));
        CHECK(store->sessions().find(march));
        CHECK(store->actions().find(action));
    }
    SECTION("an action with history cannot be deleted")
    {
        CHECK_THROWS_AS(store->actions().remove(action), RefusedChange);
        CHECK(store->actions().find(action));
    }
    SECTION("reviewing again in the same session replaces the review")
    {
        (void)store->actions().setReview({0, action, may, ActionStatus::Dropped, "Changed", {}});
        CHECK(store->actions().historyOf(action).size() == 2);
        CHECK(store->actions().find(action)->status == ActionStatus::Dropped);
        CHECK(store->actions().reviewsIn(may).at(0).note == "Changed");
    }
    SECTION("taking a review back restores the status of the review before it")
    {
        store->actions().removeReview(action, may);
        CHECK(store->actions().find(action)->status == ActionStatus::Open);
        CHECK(store->actions().historyOf(action).size() == 1);
        store->actions().removeReview(action, april);
        CHECK(store->actions().historyOf(action).empty());
        store->actions().remove(action);
        CHECK_FALSE(store->actions().find(action));
    }
    SECTION("deleting the latest session removes only its own reviews")
    {
        store->sessions().remove(may);
        CHECK(store->actions().historyOf(action).size() == 1);
        CHECK(store->actions().find(action));
    }
}

TEST_CASE("Deleting a session takes its own prep and meeting record with it")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    const auto id = store->sessions().create(monthlySession(team.salesperson, team.manager, 3));
    store->sessions().savePrep(id, fullPrep(*store));
    (void)store->actions().add({0,
                                team.salesperson,
                                id,
                                "Call back",
                                ActionOwner::Manager,
                                true,
                                Impact::Medium,
                                false,
                                {},
                                ActionStatus::Open});
    store->sessions().remove(id);
    CHECK_FALSE(store->sessions().find(id));
    CHECK(store->sessions().partCounts(id).results == 0);
    CHECK(store->actions().listOpenFor(team.salesperson).empty());
    CHECK(store->people().listAll().size() == 2);
}

TEST_CASE("Invalid sessions are refused with a message")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    auto session = monthlySession(team.salesperson, team.manager, 3);
    std::swap(session.periodStart, session.periodEnd);
    CHECK_THROWS_WITH(store->sessions().create(session), Catch::Contains("cannot end"));
    auto orphan = monthlySession(9999, {}, 3);
    CHECK_THROWS_AS(store->sessions().create(orphan), RefusedChange);
    CHECK(store->sessions().countAll() == 0);
}

TEST_CASE("The skill catalogue ships grouped defaults and rated skills are retired, not lost")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto skills = store->skills().listAll();
    REQUIRE(skills.size() >= 12);
    CHECK(skills.front().group == SkillGroup::Knowledge);
    CHECK(skills.back().group == SkillGroup::PipelineAndSelfManagement);
    for (const auto &skill : skills)
        for (const auto &level : skill.levels)
            CHECK_FALSE(level.empty());

    Skill custom = skills.front();
    custom.id = 0;
    custom.name = "Social selling";
    const auto customId = store->skills().add(custom);
    CHECK_THROWS_WITH(store->skills().add(custom), Catch::Contains("already has a skill"));

    const auto team = addTeam(*store);
    const auto session = store->sessions().create(monthlySession(team.salesperson, {}, 3));
    SessionPrep prep;
    prep.skillRatings.push_back({0, customId, 4, "", {}});
    store->sessions().savePrep(session, prep);

    store->skills().remove(customId);
    CHECK(store->skills().find(customId)->retired);
    CHECK(store->skills().listAll().size() == skills.size());
    CHECK(store->skills().listAll(true).size() == skills.size() + 1);
    CHECK(store->sessions().loadPrep(session).skillRatings.size() == 1);

    const auto unused = store->skills().add(
        {0, SkillGroup::Preparation, "Unused skill", "", {"a", "b", "c", "d", "e"}, 99, false});
    store->skills().remove(unused);
    CHECK_FALSE(store->skills().find(unused));
}

TEST_CASE("Sales records are imported once, however often the same rows arrive")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    const auto team = addTeam(*store);
    std::vector<SalesRecord> records{
        {0, team.salesperson, isoDay(2026, 3, 2), "Fischer GmbH", "Fleet", "Order", Amount{120000},
         "EUR", "won"},
        {0, team.salesperson, isoDay(2026, 3, 9), "Nordlicht AG", "Fleet", "Order", Amount{80000},
         "EUR", "won"},
    };
    CHECK(store->salesRecords().addAll(records) == 2);
    CHECK(store->salesRecords().addAll(records) == 0);
    CHECK(store->salesRecords().countFor(team.salesperson) == 2);
    CHECK(store->salesRecords()
              .listFor(team.salesperson, isoDay(2026, 3, 5), isoDay(2026, 3, 31))
              .size() == 1);

    records.push_back({0, 4242, isoDay(2026, 3, 9), "Ghost", "", "", Amount{1}, "EUR", ""});
    CHECK_THROWS_AS(store->salesRecords().addAll(records), RefusedChange);
    CHECK(store->salesRecords().countFor(team.salesperson) == 2);
    CHECK_THROWS_AS(store->people().remove(team.salesperson), RefusedChange);
}

TEST_CASE("Foreign keys are enforced by the database itself")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    CHECK_THROWS_AS(store->sessions().savePrep(12345, SessionPrep{}), StorageError);
    CHECK_THROWS_AS(store->actions().add({0,
                                          1,
                                          2,
                                          "x",
                                          ActionOwner::Salesperson,
                                          true,
                                          Impact::Low,
                                          false,
                                          {},
                                          ActionStatus::Open}),
                    RefusedChange);
}

TEST_CASE("A transaction that fails midway keeps nothing of its work")
{
    TempDir dir;
    auto store = SqliteDataStore::open(dir.file("team.db"));
    CHECK_THROWS(store->inTransaction([&] {
        (void)store->people().add({0, "Kept?", "", Role::Manager, {}});
        store->inTransaction([&] {
            (void)store->people().add({0, "Nested", "", Role::Manager, {}});
        });
        throw std::runtime_error("interrupted");
    }));
    CHECK(store->people().listAll().empty());

    store->inTransaction([&] {
        (void)store->people().add({0, "Kept", "", Role::Manager, {}});
        CHECK_THROWS(store->inTransaction([&] {
            (void)store->people().add({0, "Rolled back", "", Role::Manager, {}});
            throw std::runtime_error("inner failure");
        }));
    });
    const auto people = store->people().listAll();
    REQUIRE(people.size() == 1);
    CHECK(people[0].name == "Kept");
}
