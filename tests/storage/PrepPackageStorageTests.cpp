#include "reins/PrepImport.h"
#include "reins/PrepPackage.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/SessionSummary.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace reins;
using reins::test::TempDir;

namespace {

constexpr auto privateMarker = "zq-private-package-marker";
const Date today = std::chrono::year{2026} / std::chrono::November / std::chrono::day{27};

// A sample team's newest session for its first salesperson, with a private note planted.
Id preparedSession(DataStore &store)
{
    (void)writeSampleTeam(store, {2, 3}, today, 11);
    for (const auto &person : store.people().listAll()) {
        if (person.role != Role::Salesperson)
            continue;
        const auto id = store.sessions().listForSalesperson(person.id).at(1).session.id;
        auto meeting = store.sessions().loadMeeting(id);
        meeting.notes.push_back({0, MeetingStage::Support, "", privateMarker, true});
        store.sessions().saveMeeting(id, meeting);
        return id;
    }
    FAIL("the sample team has no salesperson");
    return 0;
}

} // namespace

TEST_CASE("A prep package moves a session's prep into a fresh database unchanged")
{
    TempDir dir;
    auto laptop = storage::SqliteDataStore::open(dir.file("salesperson.db"));
    const auto sessionId = preparedSession(*laptop);
    const auto record = loadSessionRecord(*laptop, sessionId);
    const auto text = writePrepPackage(packageFromRecord(record, nowUtc()));
    CHECK(text.find(privateMarker) == std::string::npos);

    auto desk = storage::SqliteDataStore::open(dir.file("manager.db"));
    const auto package = readPrepPackage(text);
    const auto plan = planPrepImport(*desk, package);
    CHECK(plan.match == SalespersonMatch::None);
    CHECK_FALSE(plan.session);
    CHECK(plan.differingParts.empty());
    const auto outcome = applyPrepImport(*desk, package, plan, {});
    CHECK(outcome.createdSalesperson);
    CHECK(outcome.createdSession);

    const auto imported = loadSessionRecord(*desk, outcome.sessionId);
    CHECK(imported.salesperson.email == record.salesperson.email);
    CHECK(imported.session.meetingDate == record.session.meetingDate);
    CHECK(imported.session.focus == record.session.focus);
    REQUIRE(imported.prep.results.size() == record.prep.results.size());
    for (std::size_t i = 0; i < record.prep.results.size(); ++i) {
        auto expected = record.prep.results[i];
        expected.id = imported.prep.results[i].id;
        CHECK(imported.prep.results[i] == expected);
    }
    CHECK(imported.prep.skillRatings.size() == record.prep.skillRatings.size());
    CHECK(imported.prep.gaps.size() == record.prep.gaps.size());
    CHECK(imported.prep.factors.size() == record.prep.factors.size());
    CHECK(imported.plan.size() == record.plan.size());
    CHECK(imported.meeting.notes.empty());

    // Exported again from the manager's side, the package says the same thing.
    auto again = packageFromRecord(imported, package.createdAt);
    CHECK(again.results == package.results);
    CHECK(again.skillRatings == package.skillRatings);
    CHECK(again.plan == package.plan);
}

TEST_CASE("Importing into a session that already has prep lets the manager choose per part")
{
    TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("team.db"));
    const auto sessionId = preparedSession(*store);
    auto package = packageFromRecord(loadSessionRecord(*store, sessionId), nowUtc());
    package.factors.push_back(
        {0, "A new factor from the laptop", FactorOrigin::Internal, FactorEffect::Helped, true});
    package.results.at(0).comment = "Changed on the laptop";

    const auto plan = planPrepImport(*store, package);
    CHECK(plan.match == SalespersonMatch::ByEmail);
    REQUIRE(plan.session);
    CHECK(plan.session->id == sessionId);
    CHECK(plan.differingParts == std::vector<PrepPart>{PrepPart::Results, PrepPart::Factors});

    const auto before = store->sessions().loadPrep(sessionId);
    (void)applyPrepImport(*store, package, plan, {PrepPart::Factors});
    const auto after = store->sessions().loadPrep(sessionId);
    CHECK(after.results.at(0).comment == before.results.at(0).comment); // kept the desk's
    CHECK(after.factors.size() == before.factors.size() + 1);           // took the laptop's
}

TEST_CASE("A package naming an unknown skill is refused and nothing is written")
{
    TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("team.db"));
    const auto sessionId = preparedSession(*store);
    auto package = packageFromRecord(loadSessionRecord(*store, sessionId), nowUtc());
    package.salespersonEmail = "someone.new@example.com";
    package.salespersonName = "Someone New";
    package.skillRatings.push_back({"Juggling", 5, ""});
    const auto people = store->people().listAll().size();
    CHECK_THROWS_WITH(planPrepImport(*store, package),
                      Catch::Contains("skill \u201cJuggling\u201d is not in this database"));
    CHECK(store->people().listAll().size() == people);
}
