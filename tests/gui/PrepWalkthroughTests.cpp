// A salesperson prepares a whole session in the session window, from nothing, by clicking
// and typing; then everything is closed, the file is opened again and it is all there.

#include "PrepTestSupport.h"

#include "gui/PartEditor.h"
#include "gui/PrepFactorsPage.h"
#include "gui/PrepGapsPage.h"
#include "gui/PrepLastTimePage.h"
#include "gui/PrepParts.h"
#include "gui/PrepPlanPage.h"
#include "gui/PrepReadyPage.h"
#include "gui/PrepResultsPage.h"
#include "gui/PrepSelfAuditPage.h"
#include "gui/PrepStrategiesPage.h"
#include "gui/PrepUpskillingPage.h"
#include "gui/SessionDocument.h"
#include "gui/SessionSteps.h"
#include "gui/SessionWindow.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace reins;
using namespace reins::gui;
using reins::test::buttonWithText;
using reins::test::chooseInCell;
using reins::test::toggleCheckCell;
using reins::test::typeIntoCell;

namespace {

QPushButton *button(const QWidget *root, const char *text)
{
    auto *found = buttonWithText<QPushButton>(root, QString::fromUtf8(text));
    REQUIRE(found != nullptr);
    return found;
}

template <typename Page>
Page *nextPage(SessionWindow &window, SessionStep expected)
{
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(window.currentStep() == expected);
    auto *page = qobject_cast<Page *>(window.currentPage());
    REQUIRE(page != nullptr);
    REQUIRE(page->isVisible());
    return page;
}

// Clicks Add, types into the editor it opens and presses Enter.
void addRowTyping(QWidget *page, const char *addText, PartEditor *editor, const QString &text)
{
    QTest::mouseClick(button(page, addText), Qt::LeftButton);
    auto *line = test::openEditor<QLineEdit>(editor->view());
    REQUIRE(line != nullptr);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QApplication::processEvents();
}

// The step list as a person reads it: step title -> what is shown beside it.
QString stepShown(const SessionWindow &window, const QString &title)
{
    const QTreeWidget *list = window.stepList();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int child = 0; child < list->topLevelItem(group)->childCount(); ++child) {
            if (list->topLevelItem(group)->child(child)->text(0) == title)
                return list->topLevelItem(group)->child(child)->text(1);
        }
    }
    return {};
}

} // namespace

TEST_CASE("A salesperson prepares a session from nothing, and finds it all after reopening",
          "[gui][prepare][walkthrough]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    std::vector<Action> carried;
    std::vector<Skill> scoredSkills;
    std::size_t resultCount = 0;
    std::size_t strategiesFromLastTime = 0;
    const QDate due = QDate::currentDate().addDays(20);
    {
        SessionWindow window(*fixture.store, sessionId);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        SessionDocument &document = window.document();
        document.setAutosaveDelay(0);
        carried = document.earlier().carriedActions;
        REQUIRE(carried.size() >= 2);

        // 1. Last time: one action done, one dropped, the rest left open.
        REQUIRE(window.currentStep() == SessionStep::LastTime);
        auto *lastTime = qobject_cast<PrepLastTimePage *>(window.currentPage());
        REQUIRE(lastTime != nullptr);
        QTableView *actions = lastTime->actionsView();
        chooseInCell(actions, 0, 3, QStringLiteral("Done"));
        typeIntoCell(actions, 0, 4, QStringLiteral("Signed in week two"));
        chooseInCell(actions, 1, 3, QStringLiteral("Dropped"));
        typeIntoCell(actions, 1, 4, QStringLiteral("No budget this year"));
        CHECK(stepShown(window, QStringLiteral("Last time")) == u"2");

        // 2. Results: prefilled from last time; the figures typed in, a custom metric added.
        auto *results = nextPage<PrepResultsPage>(window, SessionStep::Results);
        QTableView *table = results->editor()->view();
        resultCount = document.state().prep.results.size();
        REQUIRE(resultCount > 0);
        typeIntoCell(table, 0, resultsColumn::Actual, QStringLiteral("48,250.50"));
        typeIntoCell(table, 0, resultsColumn::Comment,
                     QStringLiteral("Two renewals slipped into next month"));
        addRowTyping(results, "Add metric", results->editor(), QStringLiteral("10"));
        const int custom = static_cast<int>(resultCount);
        chooseInCell(table, custom, resultsColumn::Metric, QStringLiteral("Custom"));
        typeIntoCell(table, custom, resultsColumn::Name, QStringLiteral("Demos booked"));
        typeIntoCell(table, custom, resultsColumn::Unit, QStringLiteral("demos"));
        typeIntoCell(table, custom, resultsColumn::Actual, QStringLiteral("12"));
        CHECK(results->readingsText().contains(u"Demos booked"));

        // 3. Self-audit: three skills scored with a key each, evidence for the first.
        auto *audit = nextPage<PrepSelfAuditPage>(window, SessionStep::SelfAudit);
        QTreeWidget *skills = audit->skillList();
        const int scores[] = {3, 4, 2};
        for (const int score : scores) {
            const auto &catalogue = document.earlier().skills;
            const auto next = std::find_if(catalogue.begin(), catalogue.end(), [&](const Skill &s) {
                return !s.retired && audit->itemFor(s.id) &&
                       std::none_of(scoredSkills.begin(), scoredSkills.end(),
                                    [&](const Skill &done) { return done.id == s.id; });
            });
            REQUIRE(next != catalogue.end());
            QTreeWidgetItem *item = audit->itemFor(next->id);
            skills->scrollToItem(item);
            QTest::mouseClick(skills->viewport(), Qt::LeftButton, {},
                              skills->visualItemRect(item).center());
            REQUIRE(audit->selectedSkillId() == next->id);
            QTest::keyClick(skills, static_cast<Qt::Key>(Qt::Key_0 + score));
            scoredSkills.push_back(*next);
        }
        audit->selectSkill(scoredSkills.front().id);
        QTest::keyClicks(audit->evidenceEdit(), QStringLiteral("Lost Nordlicht on price"));

        // 4. Gaps: one typed, linked to a skill and made high priority.
        auto *gaps = nextPage<PrepGapsPage>(window, SessionStep::Gaps);
        addRowTyping(gaps, "Add gap", gaps->editor(), QStringLiteral("Ask for the budget earlier"));
        chooseInCell(gaps->editor()->view(), 0, 1,
                     QString::fromStdString(scoredSkills.back().name));
        chooseInCell(gaps->editor()->view(), 0, 2, QStringLiteral("High"));

        // 5. Factors: an external one that hurt, outside my influence.
        auto *factors = nextPage<PrepFactorsPage>(window, SessionStep::Factors);
        addRowTyping(factors, "Add factor", factors->editor(),
                     QStringLiteral("A competitor cut prices by 15%"));
        chooseInCell(factors->editor()->view(), 0, 1, QStringLiteral("External"));
        chooseInCell(factors->editor()->view(), 0, 2, QStringLiteral("Hurt"));
        toggleCheckCell(factors->editor()->view(), 0, 3);
        CHECK(factors->summaryText() == u"0 helped, 1 hurt; 0 within my influence.");

        // 6. Upskilling: a webinar and what I took from it.
        auto *upskilling = nextPage<PrepUpskillingPage>(window, SessionStep::Upskilling);
        addRowTyping(upskilling, "Add what I did", upskilling->editor(),
                     QStringLiteral("Negotiating on value"));
        chooseInCell(upskilling->editor()->view(), 0, 0, QStringLiteral("Webinar"));
        typeIntoCell(upskilling->editor()->view(), 0, 2,
                     QStringLiteral("Trade, never give: every discount gets something back"));

        // 7. Strategies: last time's brought in for review, one dropped, a new one created.
        auto *strategies = nextPage<PrepStrategiesPage>(window, SessionStep::Strategies);
        QPushButton *review = button(strategies, "Review last time's strategies");
        if (review->isEnabled()) {
            QTest::mouseClick(review, Qt::LeftButton);
            strategiesFromLastTime = document.state().prep.strategies.size();
            chooseInCell(strategies->editor()->view(), 0, 0, QStringLiteral("Drop"));
            typeIntoCell(strategies->editor()->view(), 0, 2, QStringLiteral("Did not pay off"));
        }
        addRowTyping(strategies, "Add strategy", strategies->editor(),
                     QStringLiteral("Call before noon"));
        typeIntoCell(strategies->editor()->view(), static_cast<int>(strategiesFromLastTime), 2,
                     QStringLiteral("Mornings get answers"));

        // 8. Focus and plan: the focus typed, two actions, one for the manager.
        auto *plan = nextPage<PrepPlanPage>(window, SessionStep::FocusAndPlan);
        QTest::mouseClick(plan->focusEdit(), Qt::LeftButton);
        QTest::keyClicks(plan->focusEdit(), QStringLiteral("Renewals first"));
        // Ctrl+Z in the field undoes the typing as one step; Ctrl+Shift+Z brings it back.
        QTest::keyClick(plan->focusEdit(), Qt::Key_Z, Qt::ControlModifier);
        CHECK(document.state().session.focus.empty());
        CHECK(plan->focusEdit()->toPlainText().isEmpty());
        QTest::keyClick(plan->focusEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(document.state().session.focus == "Renewals first");
        CHECK(plan->focusEdit()->toPlainText() == u"Renewals first");

        addRowTyping(plan, "Add action", plan->editor(),
                     QStringLiteral("Call every renewal due this quarter"));
        addRowTyping(plan, "Add action", plan->editor(),
                     QStringLiteral("Join the Halden Logistics meeting"));
        QTableView *planTable = plan->editor()->view();
        test::pickDateInCell(planTable, 0, planColumn::Due, due);
        chooseInCell(planTable, 1, planColumn::Owner, QStringLiteral("Manager"));
        chooseInCell(planTable, 1, planColumn::Impact, QStringLiteral("High"));
        CHECK(plan->vitalFewWarning().isEmpty());

        // 9. Ready: the check has nothing left about the parts filled in; mark it ready.
        auto *ready = nextPage<PrepReadyPage>(window, SessionStep::Ready);
        const QStringList missing = ready->missingLines();
        CHECK_FALSE(
            missing.contains(u"Gaps: No gaps named: what is missing to reach your target?"));
        CHECK_FALSE(missing.contains(u"Focus and plan: The focus for the period ahead is empty."));
        QTest::mouseClick(button(ready, "Mark the preparation ready"), Qt::LeftButton);
        CHECK(document.state().session.stage == Stage::Ready);
        CHECK(stepShown(window, QStringLiteral("Ready")) == u"\u2713");

        // Autosave has kept up.
        REQUIRE(QTest::qWaitFor([&] { return !document.hasUnsavedChanges(); }, 5000));
        CHECK(window.saveStatusText() == u"All changes saved");
        window.close();
    }

    // Everything closed; the file opened again.
    fixture.reopen();
    DataStore &store = *fixture.store;
    const auto session = store.sessions().find(sessionId);
    REQUIRE(session);
    CHECK(session->stage == Stage::Ready);
    CHECK(session->focus == "Renewals first");

    const SessionPrep prep = store.sessions().loadPrep(sessionId);
    REQUIRE(prep.results.size() == resultCount + 1);
    CHECK(prep.results[0].actual == Amount{4825050});
    CHECK(prep.results[0].comment == "Two renewals slipped into next month");
    const Result &demos = prep.results.back();
    CHECK(demos.metric == Metric::Custom);
    CHECK(demos.customName == "Demos booked");
    CHECK(demos.unit == "demos");
    CHECK(demos.target == Amount::fromWhole(10));
    CHECK(demos.actual == Amount::fromWhole(12));

    REQUIRE(prep.skillRatings.size() == 3);
    for (std::size_t index = 0; index < 3; ++index) {
        const auto rating =
            std::find_if(prep.skillRatings.begin(), prep.skillRatings.end(),
                         [&](const SkillRating &r) { return r.skillId == scoredSkills[index].id; });
        REQUIRE(rating != prep.skillRatings.end());
        CHECK(rating->score == (index == 0 ? 3 : index == 1 ? 4 : 2));
        CHECK(rating->evidence == (index == 0 ? "Lost Nordlicht on price" : ""));
    }

    REQUIRE(prep.gaps.size() == 1);
    CHECK(prep.gaps[0].description == "Ask for the budget earlier");
    CHECK(prep.gaps[0].skillId == scoredSkills.back().id);
    CHECK(prep.gaps[0].priority == Priority::High);

    REQUIRE(prep.factors.size() == 1);
    CHECK(prep.factors[0].description == "A competitor cut prices by 15%");
    CHECK(prep.factors[0].origin == FactorOrigin::External);
    CHECK(prep.factors[0].effect == FactorEffect::Hurt);
    CHECK_FALSE(prep.factors[0].withinInfluence);

    REQUIRE(prep.upskilling.size() == 1);
    CHECK(prep.upskilling[0].kind == UpskillingKind::Webinar);
    CHECK(prep.upskilling[0].title == "Negotiating on value");
    CHECK(prep.upskilling[0].learned == "Trade, never give: every discount gets something back");

    REQUIRE(prep.strategies.size() == strategiesFromLastTime + 1);
    if (strategiesFromLastTime > 0) {
        CHECK(prep.strategies[0].choice == StrategyChoice::Drop);
        CHECK(prep.strategies[0].reason == "Did not pay off");
    }
    CHECK(prep.strategies.back().choice == StrategyChoice::Create);
    CHECK(prep.strategies.back().description == "Call before noon");
    CHECK(prep.strategies.back().reason == "Mornings get answers");

    const auto planned = store.actions().listCreatedIn(sessionId);
    REQUIRE(planned.size() == 2);
    CHECK(planned[0].description == "Call every renewal due this quarter");
    CHECK(planned[0].vitalFew);
    REQUIRE(planned[0].dueDate.has_value());
    CHECK(toIsoDate(*planned[0].dueDate) == due.toString(Qt::ISODate).toStdString());
    CHECK(planned[1].description == "Join the Halden Logistics meeting");
    CHECK(planned[1].owner == ActionOwner::Manager);
    CHECK(planned[1].expectedImpact == Impact::High);

    const auto reviews = store.actions().reviewsIn(sessionId);
    REQUIRE(reviews.size() == 2);
    CHECK(store.actions().find(carried[0].id)->status == ActionStatus::Done);
    CHECK(store.actions().find(carried[1].id)->status == ActionStatus::Dropped);
    CHECK(store.actions().historyOf(carried[0].id).back().note == "Signed in week two");
    CHECK(store.actions().historyOf(carried[1].id).back().note == "No budget this year");
    CHECK(store.actions().find(carried.back().id)->status == ActionStatus::Open);

    // The window opened again shows the same, step by step.
    SessionWindow reopened(store, sessionId);
    CHECK(stepShown(reopened, QStringLiteral("Last time")) == u"2");
    CHECK(stepShown(reopened, QStringLiteral("Results")) ==
          QString::number(static_cast<int>(resultCount) + 1));
    CHECK(stepShown(reopened, QStringLiteral("Self-audit")) == u"3");
    CHECK(stepShown(reopened, QStringLiteral("Focus and plan")) == u"2");
    CHECK(stepShown(reopened, QStringLiteral("Ready")) == u"\u2713");
    CHECK(reopened.document().undoStack()->count() == 0); // nothing prefilled again
    auto *plan = qobject_cast<PrepPlanPage *>(reopened.pageFor(SessionStep::FocusAndPlan));
    REQUIRE(plan != nullptr);
    CHECK(plan->focusEdit()->toPlainText() == u"Renewals first");
}

TEST_CASE("The session window undoes and redoes a typed change, and tells when it saved",
          "[gui][prepare][walkthrough]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionWindow window(*fixture.store, sessionId);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    SessionDocument &document = window.document();
    document.setAutosaveDelay(0);
    // The new session's results were prefilled on opening: one undo step.
    REQUIRE(document.undoStack()->count() == 1);
    REQUIRE(QTest::qWaitFor([&] { return !document.hasUnsavedChanges(); }, 5000));

    window.showStep(SessionStep::Results);
    auto *results = qobject_cast<PrepResultsPage *>(window.currentPage());
    REQUIRE(results != nullptr);
    QTableView *table = results->editor()->view();
    typeIntoCell(table, 0, resultsColumn::Comment, QStringLiteral("Quiet August"));
    CHECK(document.state().prep.results[0].comment == "Quiet August");
    CHECK(window.undoAction()->isEnabled());
    CHECK(window.undoAction()->text().contains(u"Edit result"));

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document.state().prep.results[0].comment.empty());
    CHECK(test::cellText(table, 0, resultsColumn::Comment).isEmpty());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(test::cellText(table, 0, resultsColumn::Comment) == u"Quiet August");
    REQUIRE(QTest::qWaitFor([&] { return !document.hasUnsavedChanges(); }, 5000));
    CHECK(window.saveStatusText() == u"All changes saved");
    CHECK(fixture.store->sessions().loadPrep(sessionId).results[0].comment == "Quiet August");
}

TEST_CASE("What was typed just before the window went away is saved", "[gui][prepare]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SECTION("closed with Ctrl+W")
    {
        auto *window = new SessionWindow(*fixture.store, sessionId);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<SessionWindow> alive = window;
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        window->document().setAutosaveDelay(60000);
        window->showStep(SessionStep::FocusAndPlan);
        auto *plan = qobject_cast<PrepPlanPage *>(window->currentPage());
        REQUIRE(plan != nullptr);
        QTest::keyClicks(plan->focusEdit(), QStringLiteral("Three new logos"));
        CHECK(window->saveStatusText() == u"Saving\u2026");
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
        REQUIRE(QTest::qWaitFor([&] { return alive.isNull(); }));
    }
    SECTION("destroyed without being closed")
    {
        SessionWindow window(*fixture.store, sessionId);
        window.document().setAutosaveDelay(60000);
        auto *plan = qobject_cast<PrepPlanPage *>(window.pageFor(SessionStep::FocusAndPlan));
        REQUIRE(plan != nullptr);
        QTest::keyClicks(plan->focusEdit(), QStringLiteral("Three new logos"));
    }
    fixture.reopen();
    CHECK(fixture.store->sessions().find(sessionId)->focus == "Three new logos");
}
