// The session document under the Prepare pages: undoable edits, debounced autosave, and
// the plan and reviews it writes to the store.

#include "PrepTestSupport.h"

#include "gui/SessionDocument.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace reins;
using namespace reins::gui;

namespace {

Action plannedAction(SessionDocument &document, const std::string &description)
{
    Action action;
    action.id = document.newLocalActionId();
    action.description = description;
    return action;
}

bool storeHasActionCalled(DataStore &store, Id sessionId, const std::string &description)
{
    const auto actions = store.actions().listCreatedIn(sessionId);
    return std::any_of(actions.begin(), actions.end(),
                       [&](const Action &a) { return a.description == description; });
}

} // namespace

TEST_CASE("An edit is saved once the autosave delay has passed", "[gui][document]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionDocument document(*fixture.store, sessionId);
    QSignalSpy saved(&document, &SessionDocument::saved);
    QSignalSpy changed(&document, &SessionDocument::changed);

    document.setAutosaveDelay(150);
    document.edit(QStringLiteral("Edit focus"),
                  [](SessionState &state) { state.session.focus = "Win back Nordlicht"; });
    CHECK(changed.count() == 1);
    CHECK(document.hasUnsavedChanges());
    // Not yet: the edit waits for the delay, so typing is not written key by key.
    CHECK(fixture.store->sessions().find(sessionId)->focus.empty());
    REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    CHECK_FALSE(document.hasUnsavedChanges());
    CHECK(fixture.store->sessions().find(sessionId)->focus == "Win back Nordlicht");

    SECTION("with no delay, the save follows at once")
    {
        document.setAutosaveDelay(0);
        document.edit(QStringLiteral("Edit focus"),
                      [](SessionState &state) { state.session.focus = "Three new accounts"; });
        REQUIRE(QTest::qWaitFor([&] { return saved.count() == 2; }, 5000));
        CHECK(fixture.store->sessions().find(sessionId)->focus == "Three new accounts");
    }
    SECTION("an edit that changes nothing is no undo step and no save")
    {
        document.edit(QStringLiteral("Edit focus"),
                      [](SessionState &state) { state.session.focus = "Win back Nordlicht"; });
        CHECK(document.undoStack()->count() == 1);
        CHECK_FALSE(document.hasUnsavedChanges());
    }
}

TEST_CASE("Typing in one field is one undo step, and another field starts a new one",
          "[gui][document]")
{
    test::PrepFixture fixture;
    SessionDocument document(*fixture.store, fixture.createNextSession());
    const int focusKey = mergeKeyFor(EditedPart::SessionFields, 0, 1);
    std::string typed;
    for (const char key : std::string("Focus")) {
        typed += key;
        document.edit(
            QStringLiteral("Edit focus"), [&](SessionState &state) { state.session.focus = typed; },
            focusKey);
    }
    CHECK(document.undoStack()->count() == 1);
    document.edit(
        QStringLiteral("Edit comment"),
        [](SessionState &state) { state.prep.results.push_back({}); }, -1);
    CHECK(document.undoStack()->count() == 2);

    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.state().session.focus.empty());
    CHECK(document.state().prep.results.empty());
    document.undoStack()->redo();
    CHECK(document.state().session.focus == "Focus");
}

TEST_CASE("Undoing the deletion of a saved action brings it back into the store", "[gui][document]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionDocument document(*fixture.store, sessionId);
    QSignalSpy failed(&document, &SessionDocument::saveFailed);
    QUndoStack &undo = *document.undoStack();

    document.edit(QStringLiteral("Add action"), [&](SessionState &state) {
        state.plan.push_back(plannedAction(document, "Call the five biggest accounts"));
        state.plan.push_back(plannedAction(document, "Book two demos a week"));
    });
    REQUIRE(document.saveNow());
    REQUIRE(fixture.store->actions().listCreatedIn(sessionId).size() == 2);

    SECTION("an action saved in an earlier sitting")
    {
        // Reopened, the plan holds the stored ids.
        SessionDocument reopened(*fixture.store, sessionId);
        QSignalSpy reopenedFailed(&reopened, &SessionDocument::saveFailed);
        const Id storedId = reopened.state().plan.front().id;
        REQUIRE(storedId > 0);
        reopened.edit(QStringLiteral("Remove action"),
                      [](SessionState &state) { state.plan.erase(state.plan.begin()); });
        REQUIRE(reopened.saveNow());
        CHECK_FALSE(
            storeHasActionCalled(*fixture.store, sessionId, "Call the five biggest accounts"));

        reopened.undoStack()->undo();
        REQUIRE(reopened.saveNow());
        CHECK(reopenedFailed.count() == 0);
        CHECK(storeHasActionCalled(*fixture.store, sessionId, "Call the five biggest accounts"));
        CHECK(fixture.store->actions().listCreatedIn(sessionId).size() == 2);

        // And again: redo deletes the re-added row, undo brings it back once more.
        reopened.undoStack()->redo();
        REQUIRE(reopened.saveNow());
        CHECK(fixture.store->actions().listCreatedIn(sessionId).size() == 1);
        reopened.undoStack()->undo();
        REQUIRE(reopened.saveNow());
        CHECK(fixture.store->actions().listCreatedIn(sessionId).size() == 2);
        // Edits of the action still reach its row in the store.
        reopened.edit(QStringLiteral("Edit action"), [](SessionState &state) {
            state.plan.front().description = "Call the six biggest accounts";
        });
        REQUIRE(reopened.saveNow());
        CHECK(storeHasActionCalled(*fixture.store, sessionId, "Call the six biggest accounts"));
        CHECK(fixture.store->actions().listCreatedIn(sessionId).size() == 2);
        CHECK(reopenedFailed.count() == 0);
    }
    SECTION("an action added since the document opened")
    {
        document.edit(QStringLiteral("Remove action"),
                      [](SessionState &state) { state.plan.pop_back(); });
        REQUIRE(document.saveNow());
        CHECK_FALSE(storeHasActionCalled(*fixture.store, sessionId, "Book two demos a week"));
        undo.undo();
        REQUIRE(document.saveNow());
        CHECK(storeHasActionCalled(*fixture.store, sessionId, "Book two demos a week"));
        CHECK(fixture.store->actions().listCreatedIn(sessionId).size() == 2);
        CHECK(failed.count() == 0);
    }
}

TEST_CASE("A save the store refuses is reported, kept on screen and tried again", "[gui][document]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionDocument document(*fixture.store, sessionId);
    QSignalSpy failed(&document, &SessionDocument::saveFailed);

    document.edit(QStringLiteral("Add action"), [&](SessionState &state) {
        state.plan.push_back(plannedAction(document, "   "));
        state.session.focus = "Renewals first";
    });
    CHECK_FALSE(document.saveNow());
    REQUIRE(failed.count() == 1);
    CHECK(failed.front().front().toString().contains(QStringLiteral("description")));
    CHECK(document.hasUnsavedChanges());
    // All or nothing: the focus waits with the action.
    CHECK(fixture.store->sessions().find(sessionId)->focus.empty());

    document.edit(QStringLiteral("Edit action"),
                  [](SessionState &state) { state.plan.front().description = "Renew Alpen Bau"; });
    CHECK(document.saveNow());
    CHECK(fixture.store->sessions().find(sessionId)->focus == "Renewals first");
    CHECK(storeHasActionCalled(*fixture.store, sessionId, "Renew Alpen Bau"));
}

TEST_CASE("Reviews of earlier actions are set, changed and taken back", "[gui][document]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    Id actionId = 0;
    {
        SessionDocument document(*fixture.store, sessionId);
        const auto &carried = document.earlier().carriedActions;
        REQUIRE_FALSE(carried.empty());
        actionId = carried.front().id;
        CHECK(document.earlier().previousSession->id == fixture.newest.id);

        document.edit(QStringLiteral("Review"), [&](SessionState &state) {
            ActionReview review;
            review.actionId = actionId;
            review.sessionId = sessionId;
            review.status = ActionStatus::Done;
            review.note = "Signed on the 12th";
            state.reviews.push_back(review);
        });
        REQUIRE(document.saveNow());
        CHECK(fixture.store->actions().find(actionId)->status == ActionStatus::Done);
        REQUIRE(fixture.store->actions().reviewsIn(sessionId).size() == 1);
        CHECK(fixture.store->actions().historyOf(actionId).back().note == "Signed on the 12th");

        document.edit(QStringLiteral("Review"), [](SessionState &state) {
            state.reviews.front().status = ActionStatus::Open;
        });
        REQUIRE(document.saveNow());
        CHECK(fixture.store->actions().find(actionId)->status == ActionStatus::Open);
        CHECK(fixture.store->actions().reviewsIn(sessionId).front().status == ActionStatus::Open);

        document.undoStack()->undo();
        document.undoStack()->undo();
        REQUIRE(document.saveNow());
        CHECK(fixture.store->actions().reviewsIn(sessionId).empty());
        CHECK(fixture.store->actions().find(actionId)->status == ActionStatus::Open);

        document.undoStack()->redo();
    } // closing saves what is not saved yet

    SessionDocument reopened(*fixture.store, sessionId);
    REQUIRE(reopened.state().reviews.size() == 1);
    CHECK(reopened.state().reviews.front().status == ActionStatus::Done);
    // A reviewed action stays in the list to review, done or not.
    const auto &carried = reopened.earlier().carriedActions;
    CHECK(std::any_of(carried.begin(), carried.end(),
                      [&](const Action &a) { return a.id == actionId; }));
}
