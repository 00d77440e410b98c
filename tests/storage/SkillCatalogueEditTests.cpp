// The skill catalogue as the preferences edit it: counting a skill's scores before removing
// it, renaming, describing and retiring skills, and a batch of edits that fails keeping
// nothing, each on a real database file that is closed and opened again.

#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace reins;
using reins::storage::SqliteDataStore;
using reins::test::TempDir;

namespace {

Skill newSkill(const std::string &name)
{
    return {0,
            SkillGroup::Conversation,
            name,
            "Asks before telling.",
            {"Rarely", "Sometimes", "Usually", "Nearly always", "Teaches it"},
            50,
            false};
}

Id addSalesperson(DataStore &store)
{
    return store.people().add({0, "Tom Becker", "tom@example.com", Role::Salesperson, {}});
}

Id sessionWithScore(DataStore &store, Id salesperson, Id skill, unsigned month)
{
    Session session;
    session.salespersonId = salesperson;
    session.periodStart = std::chrono::year{2026} / std::chrono::month{month} / std::chrono::day{1};
    session.periodEnd =
        Date{std::chrono::year{2026} / std::chrono::month{month} / std::chrono::last};
    session.meetingDate = addDays(session.periodEnd, 2);
    const Id id = store.sessions().create(session);
    SessionPrep prep;
    prep.skillRatings.push_back({0, skill, 3, "Two good discovery calls.", {}});
    store.sessions().savePrep(id, prep);
    return id;
}

} // namespace

TEST_CASE("A skill's scores are counted across sessions, before it is removed", "[storage][skills]")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    Id rated = 0;
    Id unrated = 0;
    {
        auto store = SqliteDataStore::open(path);
        rated = store->skills().add(newSkill("Reading the room"));
        unrated = store->skills().add(newSkill("Telling customer stories"));
        const Id salesperson = addSalesperson(*store);
        sessionWithScore(*store, salesperson, rated, 2);
        sessionWithScore(*store, salesperson, rated, 3);
    }
    auto store = SqliteDataStore::open(path);
    CHECK(store->skills().countRatings(rated) == 2);
    CHECK(store->skills().countRatings(unrated) == 0);
    CHECK(store->skills().countRatings(987654) == 0);

    // What the count foretold: the rated skill is retired, the other one deleted.
    store->skills().remove(rated);
    store->skills().remove(unrated);
    CHECK(store->skills().find(rated)->retired);
    CHECK_FALSE(store->skills().find(unrated));
    CHECK(store->skills().countRatings(rated) == 2);
}

TEST_CASE("Renamed, described, retired and brought back skills survive a reopen",
          "[storage][skills]")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    Id id = 0;
    {
        auto store = SqliteDataStore::open(path);
        id = store->skills().add(newSkill("Reading the room"));
        Skill skill = *store->skills().find(id);
        skill.name = "Listening";
        skill.levels[4] = "Others copy how they listen.";
        skill.group = SkillGroup::Preparation;
        skill.retired = true;
        store->inTransaction([&] { store->skills().update(skill); });
    }
    {
        auto store = SqliteDataStore::open(path);
        const auto skill = store->skills().find(id);
        REQUIRE(skill);
        CHECK(skill->name == "Listening");
        CHECK(skill->levels[4] == "Others copy how they listen.");
        CHECK(skill->group == SkillGroup::Preparation);
        CHECK(skill->retired);
        Skill back = *skill;
        back.retired = false;
        store->skills().update(back);
    }
    auto store = SqliteDataStore::open(path);
    CHECK_FALSE(store->skills().find(id)->retired);
}

TEST_CASE("A batch of catalogue edits that fails on a duplicate name keeps none of them",
          "[storage][skills]")
{
    TempDir dir;
    const auto path = dir.file("team.db");
    std::size_t before = 0;
    Id renamed = 0;
    {
        auto store = SqliteDataStore::open(path);
        const auto skills = store->skills().listAll(true);
        before = skills.size();
        REQUIRE(before >= 2);
        renamed = skills[0].id;
        Skill rename = skills[0];
        rename.name = "A fresh name";
        Skill duplicate = newSkill(skills[1].name);
        CHECK_THROWS_WITH(store->inTransaction([&] {
            store->skills().update(rename);
            (void)store->skills().add(newSkill("Negotiation under pressure"));
            (void)store->skills().add(duplicate);
        }),
                          Catch::Contains("already has a skill"));
    }
    auto store = SqliteDataStore::open(path);
    CHECK(store->skills().listAll(true).size() == before);
    CHECK(store->skills().find(renamed)->name != "A fresh name");
}
