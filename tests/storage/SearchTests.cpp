#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace reins;
using reins::test::TempDir;

namespace {

struct SearchFixture {
    TempDir dir;
    std::unique_ptr<storage::SqliteDataStore> store =
        storage::SqliteDataStore::open(dir.file("search.db"));
    Id salesperson = 0;
    Id session = 0;

    SearchFixture()
    {
        const auto manager = store->people().add({0, "Maria Lopez", "", Role::Manager, {}});
        salesperson = store->people().add({0, "Tom Becker", "", Role::Salesperson, manager});
        session = newSession(10);
    }

    Id newSession(unsigned month)
    {
        Session s;
        s.salespersonId = salesperson;
        s.periodStart = std::chrono::year{2026} / month / 1;
        s.periodEnd = std::chrono::year{2026} / month / 28;
        s.meetingDate = std::chrono::year{2026} / month / 28;
        return store->sessions().create(s);
    }

    std::size_t hits(std::string_view words, bool manager = true)
    {
        return store->search().search(words, manager).size();
    }
};

} // namespace

TEST_CASE("The search index follows every write to a session's text")
{
    SearchFixture f;
    auto &sessions = f.store->sessions();
    CHECK(f.hits("fleet") == 0);

    SessionPrep prep;
    prep.gaps.push_back({0, "Fleet pricing objections", {}, Priority::High});
    prep.factors.push_back(
        {0, "Competitor cut prices", FactorOrigin::External, FactorEffect::Hurt, false});
    sessions.savePrep(f.session, prep);
    CHECK(f.hits("fleet") == 1);
    CHECK(f.hits("competitor") == 1);

    prep.gaps.clear();
    sessions.savePrep(f.session, prep);
    CHECK(f.hits("fleet") == 0);

    auto session = *sessions.find(f.session);
    session.focus = "Renewals at Nordlicht";
    sessions.update(session);
    CHECK(f.hits("nordlicht") == 1);

    const auto action = f.store->actions().add({0,
                                                f.salesperson,
                                                f.session,
                                                "Book a demo",
                                                ActionOwner::Salesperson,
                                                true,
                                                Impact::High,
                                                true,
                                                {},
                                                ActionStatus::Open});
    CHECK(f.hits("demo") == 1);
    auto changed = *f.store->actions().find(action);
    changed.description = "Book a workshop";
    f.store->actions().update(changed);
    CHECK(f.hits("demo") == 0);
    CHECK(f.hits("workshop") == 1);

    const auto later = f.newSession(11);
    (void)f.store->actions().setReview(
        {0, action, later, ActionStatus::Done, "Went brilliantly", {}});
    CHECK(f.hits("brilliantly") == 1);
    f.store->actions().removeReview(action, later);
    CHECK(f.hits("brilliantly") == 0);

    sessions.saveMeeting(f.session,
                         {{{0, MeetingStage::Explore, "Why?", "Pipeline thin", false}}, {}});
    CHECK(f.hits("pipeline") == 1);

    f.store->actions().remove(action);
    CHECK(f.hits("workshop") == 0);
    sessions.remove(f.session);
    CHECK(f.hits("nordlicht") == 0);
    CHECK(f.hits("pipeline") == 0);
}

TEST_CASE("Private notes are found only in the manager's view")
{
    SearchFixture f;
    f.store->sessions().saveMeeting(
        f.session, {{{0, MeetingStage::Support, "", "considering a transfer to Hamburg", true},
                     {0, MeetingStage::Plan, "", "Hamburg trade fair", false}},
                    {}});
    const auto manager = f.store->search().search("hamburg", true);
    const auto salesperson = f.store->search().search("hamburg", false);
    CHECK(manager.size() == 2);
    REQUIRE(salesperson.size() == 1);
    CHECK_FALSE(salesperson[0].isPrivate);
    CHECK(f.store->search().search("transfer", false).empty());
}

TEST_CASE("Search results name the salesperson, session and part, with the match marked")
{
    SearchFixture f;
    SessionPrep prep;
    prep.upskilling.push_back({0, UpskillingKind::Webinar, "Négociation avancée", "Anchoring"});
    f.store->sessions().savePrep(f.session, prep);
    // Accents need not be typed, and a word's start is enough.
    const auto hits = f.store->search().search("negoc", true);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].salespersonName == "Tom Becker");
    CHECK(hits[0].sessionId == f.session);
    CHECK(hits[0].part == "upskilling");
    CHECK_THAT(hits[0].snippet, Catch::Contains(std::string(1, searchMatchStart) + "Négociation" +
                                                std::string(1, searchMatchEnd)));
    // What a person types can never be an FTS syntax error.
    CHECK_NOTHROW(f.store->search().search("\"unbalanced AND ( NEAR*", true));
    CHECK(f.store->search().search("  ", true).empty());
}

TEST_CASE("Better matches rank first")
{
    SearchFixture f;
    const auto other = f.newSession(11);
    SessionPrep once;
    once.gaps.push_back({0,
                         "Closing technique needs work on enterprise accounts and also many "
                         "other unrelated words that dilute the match considerably",
                         {},
                         Priority::Low});
    SessionPrep often;
    often.gaps.push_back({0, "Closing, closing, closing", {}, Priority::High});
    f.store->sessions().savePrep(f.session, once);
    f.store->sessions().savePrep(other, often);
    const auto hits = f.store->search().search("closing", true);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].sessionId == other);
}

TEST_CASE("A sample team is searchable from the moment it is written")
{
    TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("team.db"));
    (void)writeSampleTeam(*store, {3, 4}, std::chrono::year{2026} / 11 / 27, 3);
    CHECK_FALSE(store->search().search("pipeline", true).empty());
}
