// Each Prepare page on its own, driven as a salesperson would: click a cell, type, pick
// from a combo box, press a key; and what the page then shows and stores.

#include "PrepTestSupport.h"

#include "gui/ParetoPanel.h"
#include "gui/PartEditor.h"
#include "gui/PartTableModel.h"
#include "gui/PrepGapsPage.h"
#include "gui/PrepLastTimePage.h"
#include "gui/PrepParts.h"
#include "gui/PrepPlanPage.h"
#include "gui/PrepReadyPage.h"
#include "gui/PrepResultsPage.h"
#include "gui/PrepSelfAuditPage.h"
#include "gui/SalesImportDialog.h"
#include "gui/SessionDocument.h"
#include "gui/SessionSteps.h"
#include "reins/PrepRules.h"
#include "reins/ResultAnalysis.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace reins;
using namespace reins::gui;
using reins::test::buttonWithText;
using reins::test::cellText;
using reins::test::chooseInCell;
using reins::test::ModalDriver;
using reins::test::toggleCheckCell;
using reins::test::typeIntoCell;

namespace {

QPushButton *button(const QWidget *root, const char *text)
{
    auto *found = buttonWithText<QPushButton>(root, QString::fromUtf8(text));
    REQUIRE(found != nullptr);
    return found;
}

const Skill &skillWithId(const SessionDocument &document, Id id)
{
    const auto &skills = document.earlier().skills;
    const auto found =
        std::find_if(skills.begin(), skills.end(), [id](const Skill &s) { return s.id == id; });
    REQUIRE(found != skills.end());
    return *found;
}

SalesRecord sale(Id salesperson, Date date, const char *account, const char *activity,
                 std::int64_t euros)
{
    SalesRecord record;
    record.salespersonId = salesperson;
    record.date = date;
    record.account = account;
    record.product = "Fleet Tracker";
    record.activity = activity;
    record.amount = Amount::fromWhole(euros);
    record.currency = "EUR";
    record.stage = "won";
    return record;
}

} // namespace

TEST_CASE("Last time: an outcome chosen for an action is its review here, with a note",
          "[gui][prepare]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionDocument document(*fixture.store, sessionId);
    PrepLastTimePage page(document);
    page.show();
    test::ModelTesterMessages messages;
    QAbstractItemModelTester tester(page.actionsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    QTableView *view = page.actionsView();
    const auto &carried = document.earlier().carriedActions;
    REQUIRE(view->model()->rowCount() == static_cast<int>(carried.size()));
    REQUIRE(carried.size() >= 2);
    CHECK(cellText(view, 0, 0) == QString::fromStdString(carried[0].description));
    CHECK(cellText(view, 0, 3) == u"Not reviewed");
    // A note needs an outcome first.
    CHECK_FALSE(view->model()->index(0, 4).flags().testFlag(Qt::ItemIsEditable));

    chooseInCell(view, 0, 3, QStringLiteral("Done"));
    REQUIRE(document.state().reviews.size() == 1);
    CHECK(document.state().reviews.front().actionId == carried[0].id);
    CHECK(document.state().reviews.front().status == ActionStatus::Done);
    typeIntoCell(view, 0, 4, QStringLiteral("Signed on the 12th"));
    CHECK(document.state().reviews.front().note == "Signed on the 12th");

    view->setCurrentIndex(view->model()->index(0, 0));
    CHECK(page.historyText().contains(u"Planned in the session of"));
    CHECK(page.historyText().contains(u"This session: Done \u2014 Signed on the 12th"));

    chooseInCell(view, 1, 3, QStringLiteral("Carried forward"));
    CHECK(document.state().reviews.back().status == ActionStatus::Open);
    view->setCurrentIndex(view->model()->index(1, 0));
    CHECK(page.historyText().contains(u"This session: Carried forward"));

    SECTION("undo takes the note and then the review back")
    {
        QUndoStack *undo = document.undoStack();
        undo->undo(); // carried forward
        undo->undo(); // the note
        CHECK(document.state().reviews.front().note.empty());
        undo->undo(); // done
        CHECK(document.state().reviews.empty());
        CHECK(cellText(view, 0, 3) == u"Not reviewed");
    }
    SECTION("choosing Not reviewed leaves the action unreviewed, in the store too")
    {
        chooseInCell(view, 1, 3, QStringLiteral("Not reviewed"));
        REQUIRE(document.saveNow());
        const auto stored = fixture.store->actions().reviewsIn(sessionId);
        REQUIRE(stored.size() == 1);
        CHECK(stored.front().actionId == carried[0].id);
        CHECK(stored.front().note == "Signed on the 12th");
        CHECK(fixture.store->actions().find(carried[0].id)->status == ActionStatus::Done);
        CHECK(fixture.store->actions().find(carried[1].id)->status == ActionStatus::Open);
    }
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("Results: a new session starts from the previous session's metrics and targets",
          "[gui][prepare]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionDocument document(*fixture.store, sessionId);
    const auto previous = fixture.store->sessions().loadPrep(fixture.newest.id).results;
    REQUIRE_FALSE(previous.empty());

    PrepResultsPage page(document);
    page.show();
    const auto &results = document.state().prep.results;
    REQUIRE(results.size() == previous.size());
    CHECK(results.front().metric == previous.front().metric);
    CHECK(results.front().target == previous.front().target);
    CHECK(results.front().previous == previous.front().actual);
    CHECK_FALSE(results.front().actual.has_value());
    CHECK(page.messageText().contains(u"Undo with Ctrl+Z"));
    CHECK(document.undoStack()->count() == 1);
    CHECK(page.readingsText().contains(u"No figure yet for"));

    QTableView *view = page.editor()->view();
    typeIntoCell(view, 0, resultsColumn::Actual, QStringLiteral("48,250.50"));
    REQUIRE(results.front().actual.has_value());
    CHECK(results.front().actual->hundredths == 4825050);
    // The live sentence is the one a manager would say.
    const auto reading = readResult(results.front(), Cadence::Monthly);
    CHECK(page.readingsText().contains(QString::fromStdString(reading.sentence)));
    CHECK(cellText(view, 0, resultsColumn::Change) != u"\u2013");

    SECTION("undo and redo of the typed figure")
    {
        document.undoStack()->undo();
        CHECK_FALSE(results.front().actual.has_value());
        CHECK(cellText(view, 0, resultsColumn::Actual).isEmpty());
        document.undoStack()->redo();
        CHECK(cellText(view, 0, resultsColumn::Actual) == u"48,250.50");
        document.undoStack()->undo();
        document.undoStack()->undo();
        CHECK(results.empty());
        CHECK(page.readingsText().contains(u"Add your main metric"));
    }
    SECTION("Fill from previous session asks before replacing")
    {
        ModalDriver driver;
        driver
            .then([](QWidget *box) {
                auto *cancel = buttonWithText<QPushButton>(box, QStringLiteral("Cancel"));
                CHECK(cancel != nullptr);
                if (cancel)
                    cancel->click();
            })
            .then([](QWidget *box) {
                auto *yes = buttonWithText<QPushButton>(box, QStringLiteral("Yes"));
                CHECK(yes != nullptr);
                if (yes)
                    yes->click();
            });
        QTest::mouseClick(button(&page, "Fill from previous session"), Qt::LeftButton);
        CHECK(results.front().actual.has_value());
        QTest::mouseClick(button(&page, "Fill from previous session"), Qt::LeftButton);
        CHECK(driver.allHandled());
        CHECK_FALSE(results.front().actual.has_value());
        CHECK(results.size() == previous.size());
    }
    SECTION("Add metric opens the new row's target; Remove takes the row away")
    {
        const auto before = results.size();
        QTest::mouseClick(button(&page, "Add metric"), Qt::LeftButton);
        REQUIRE(results.size() == before + 1);
        auto *editor = test::openEditor<QLineEdit>(view);
        REQUIRE(editor != nullptr);
        QTest::keyClicks(editor, QStringLiteral("40"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        CHECK(results.back().target == Amount::fromWhole(40));
        view->setCurrentIndex(view->model()->index(static_cast<int>(before), 0));
        QTest::mouseClick(button(&page, "Remove"), Qt::LeftButton);
        CHECK(results.size() == before);
    }
}

TEST_CASE("Results: the period's sales records fill the actuals", "[gui][prepare]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    const Date start = fixture.nextSession.periodStart;
    const Id salesperson = fixture.salesperson.id;
    (void)fixture.store->salesRecords().addAll({
        sale(salesperson, addDays(start, 2), "Nordlicht AG", "Order", 12000),
        sale(salesperson, addDays(start, 5), "Alpen Bau GmbH", "Phone call", 0),
        sale(salesperson, addDays(start, 6), "Alpen Bau GmbH", "Order", 3000),
    });
    SessionDocument document(*fixture.store, sessionId);
    PrepResultsPage page(document);
    page.show();

    const auto revenueOf = [&]() -> std::optional<Amount> {
        for (const Result &result : document.state().prep.results) {
            if (result.metric == Metric::Revenue)
                return result.actual;
        }
        return std::nullopt;
    };
    // Prefilled on opening: the previous metrics, and the actuals the records give.
    CHECK(revenueOf() == Amount::fromWhole(15000));
    CHECK(page.messageText().contains(u"come from this period's sales records"));

    QTableView *view = page.editor()->view();
    int revenueRow = 0;
    while (document.state().prep.results.at(static_cast<std::size_t>(revenueRow)).metric !=
           Metric::Revenue)
        ++revenueRow;
    typeIntoCell(view, revenueRow, resultsColumn::Actual, QString());
    CHECK_FALSE(revenueOf().has_value());
    QTest::mouseClick(button(&page, "Fill from sales data"), Qt::LeftButton);
    CHECK(revenueOf() == Amount::fromWhole(15000));
    CHECK(page.messageText().startsWith(u"Filled 1 actual from 3 sales records"));
}

TEST_CASE("Results: sales imported from the page fill the period's actuals", "[gui][prepare]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().remove(QStringLiteral("salesImport"));
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("reins.db"));
    Person dana;
    dana.name = "Dana Fischer";
    const Id salesperson = store->people().add(dana);
    Session session;
    session.salespersonId = salesperson;
    session.periodStart = Date{std::chrono::year{2026}, std::chrono::January, std::chrono::day{1}};
    session.periodEnd = Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{31}};
    session.meetingDate = addDays(session.periodEnd, 3);
    session.createdAt = nowUtc();
    session.updatedAt = session.createdAt;
    const Id sessionId = store->sessions().create(session);

    SessionDocument document(*store, sessionId);
    PrepResultsPage page(document);
    page.show();
    CHECK(document.state().prep.results.empty()); // nothing to start from
    CHECK_FALSE(button(&page, "Fill from sales data")->isEnabled());

    const auto csv = std::filesystem::path(__FILE__).parent_path().parent_path() / "data" /
                     "sales-import-crm.csv";
    ModalDriver driver;
    driver.then([&](QWidget *modal) {
        auto *dialog = qobject_cast<SalesImportDialog *>(modal);
        CHECK(dialog != nullptr);
        if (!dialog)
            return;
        dialog->setFilePath(QString::fromStdString(csv.string()));
        auto *import = buttonWithText<QPushButton>(dialog, QStringLiteral("Import"));
        CHECK(import != nullptr);
        if (import && import->isEnabled()) {
            QTest::mouseClick(import, Qt::LeftButton);
            CHECK(QTest::qWaitFor([&] { return !dialog->isImporting(); }, 60000));
        }
        dialog->reject();
    });
    QTest::mouseClick(button(&page, "Import sales data\u2026"), Qt::LeftButton);
    CHECK(driver.allHandled());
    CHECK(page.messageText().startsWith(u"Imported 36 new sales records."));
    REQUIRE_FALSE(document.state().prep.results.empty());
    CHECK(document.state().prep.results.front().metric == Metric::Revenue);
    CHECK(document.state().prep.results.front().actual.has_value());
    CHECK(button(&page, "Fill from sales data")->isEnabled());
}

TEST_CASE("Self-audit: last session's score beside each skill, the levels while choosing",
          "[gui][prepare]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionDocument document(*fixture.store, sessionId);
    PrepSelfAuditPage page(document);
    page.show();

    const auto &previousRatings = document.earlier().previousPrep.skillRatings;
    REQUIRE_FALSE(previousRatings.empty());
    const SkillRating lastTime = previousRatings.front();
    const Skill &skill = skillWithId(document, lastTime.skillId);
    QTreeWidgetItem *item = page.itemFor(skill.id);
    REQUIRE(item != nullptr);
    CHECK(item->text(PrepSelfAuditPage::LastTimeColumn) == QString::number(lastTime.score));
    CHECK(item->text(PrepSelfAuditPage::ScoreColumn) == u"\u2014");

    // Clicking the skill shows its five levels.
    QTreeWidget *list = page.skillList();
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    REQUIRE(page.selectedSkillId() == skill.id);
    for (int level = 1; level <= 5; ++level) {
        CHECK(page.levelLabel(level)->isVisible());
        CHECK(page.levelLabel(level)->text().toStdString() ==
              skill.levels[static_cast<std::size_t>(level - 1)]);
    }
    CHECK(page.lastTimeText() == QStringLiteral("Last session: %1 of 5").arg(lastTime.score));
    CHECK_FALSE(page.evidenceEdit()->isEnabled());
    CHECK(page.highlightedLevel() == 0);

    // A key scores the skill: one up, green.
    const int higher = lastTime.score < 5 ? lastTime.score + 1 : 5;
    QTest::keyClick(list, static_cast<Qt::Key>(Qt::Key_0 + higher));
    REQUIRE(document.state().prep.skillRatings.size() == 1);
    CHECK(document.state().prep.skillRatings.front().score == higher);
    CHECK(page.highlightedLevel() == higher);
    CHECK(page.scoreButton(higher)->isChecked());
    if (higher > lastTime.score) {
        CHECK(item->text(PrepSelfAuditPage::ChangeColumn) == u"\u2191 +1");
        CHECK(item->foreground(PrepSelfAuditPage::ChangeColumn).color() ==
              QColor(0x1b, 0x7f, 0x3b));
        CHECK(page.lastTimeText().contains(u"\u2191 +1"));
    }
    // Clicking a lower level: down, red.
    QTest::mouseClick(page.scoreButton(1), Qt::LeftButton);
    CHECK(document.state().prep.skillRatings.front().score == 1);
    if (lastTime.score > 1) {
        CHECK(item->text(PrepSelfAuditPage::ChangeColumn) ==
              QStringLiteral("\u2193 \u2212%1").arg(lastTime.score - 1));
        CHECK(item->foreground(PrepSelfAuditPage::ChangeColumn).color() ==
              QColor(0xb0, 0x2a, 0x1e));
    }

    // Evidence typed for one skill is one undo step.
    REQUIRE(page.evidenceEdit()->isEnabled());
    const int steps = document.undoStack()->count();
    QTest::keyClicks(page.evidenceEdit(), QStringLiteral("Lost the Nordlicht renewal"));
    CHECK(document.state().prep.skillRatings.front().evidence == "Lost the Nordlicht renewal");
    CHECK(document.undoStack()->count() == steps + 1);
    document.undoStack()->undo();
    CHECK(document.state().prep.skillRatings.front().evidence.empty());
    CHECK(page.evidenceEdit()->toPlainText().isEmpty());
    document.undoStack()->redo();
    CHECK(page.evidenceEdit()->toPlainText() == u"Lost the Nordlicht renewal");

    QTest::mouseClick(button(&page, "Clear score"), Qt::LeftButton);
    CHECK(document.state().prep.skillRatings.empty());
    CHECK(item->text(PrepSelfAuditPage::ScoreColumn) == u"\u2014");
    CHECK_FALSE(page.scoreButton(1)->isChecked());
}

TEST_CASE("Gaps: the self-audit's lowest and most-dropped skills are offered", "[gui][prepare]")
{
    SECTION("the candidates")
    {
        SessionPrep previous;
        previous.skillRatings = {{0, 1, 4, "", {}}, {0, 2, 5, "", {}}, {0, 3, 3, "", {}}};
        SessionPrep prep;
        prep.skillRatings = {{0, 1, 3, "", {}},
                             {0, 2, 2, "", {}},
                             {0, 3, 4, "", {}},
                             {0, 4, 1, "", {}},
                             {0, 5, 5, "", {}}};
        auto candidates = gapCandidates(prep, previous);
        REQUIRE(candidates.size() == 3);
        CHECK(candidates[0].skillId == 2); // dropped by 3
        CHECK(candidates[1].skillId == 1); // dropped by 1
        CHECK(candidates[2].skillId == 4); // lowest
        prep.gaps.push_back({0, "Objections", Id{2}, Priority::High});
        candidates = gapCandidates(prep, previous);
        REQUIRE(candidates.size() == 2);
        CHECK(candidates[0].skillId == 1);
    }
    SECTION("adding a suggestion links the skill")
    {
        test::PrepFixture fixture;
        SessionDocument document(*fixture.store, fixture.createNextSession());
        const auto &previous = document.earlier().previousPrep.skillRatings;
        REQUIRE(previous.size() >= 2);
        const Id dropping = previous[0].skillId;
        const int droppedTo = std::max(1, previous[0].score - 2);
        document.edit(QStringLiteral("Score"), [&](SessionState &state) {
            state.prep.skillRatings.push_back({0, dropping, droppedTo, "", {}});
        });
        PrepGapsPage page(document);
        page.show();
        QListWidget *suggestions = page.suggestions();
        REQUIRE(suggestions->count() >= 1);
        CHECK(suggestions->item(0)->text().startsWith(
            QString::fromStdString(skillWithId(document, dropping).name)));

        suggestions->setCurrentRow(0);
        QTest::mouseClick(page.addSuggestionButton(), Qt::LeftButton);
        REQUIRE(document.state().prep.gaps.size() == 1);
        const Gap &gap = document.state().prep.gaps.front();
        CHECK(gap.skillId == dropping);
        CHECK(gap.description.starts_with(skillWithId(document, dropping).name));
        CHECK(cellText(page.editor()->view(), 0, 1) ==
              QString::fromStdString(skillWithId(document, dropping).name));
        // Linked now, so no longer suggested.
        for (int row = 0; row < suggestions->count(); ++row)
            CHECK_FALSE(suggestions->item(row)->text().startsWith(
                QString::fromStdString(skillWithId(document, dropping).name)));
    }
}

TEST_CASE("Plan: the focus for the cadence's period, and the vital-few check", "[gui][prepare]")
{
    test::PrepFixture fixture;
    SessionDocument document(*fixture.store, fixture.createNextSession());
    PrepPlanPage page(document);
    page.show();
    CHECK(page.focusLabelText() == u"Focus for the next month");

    const int steps = document.undoStack()->count();
    QTest::keyClicks(page.focusEdit(), QStringLiteral("Renewals before new logos"));
    CHECK(document.state().session.focus == "Renewals before new logos");
    CHECK(document.undoStack()->count() == steps + 1);

    QTableView *view = page.editor()->view();
    for (int action = 1; action <= 5; ++action) {
        QTest::mouseClick(button(&page, "Add action"), Qt::LeftButton);
        auto *editor = test::openEditor<QLineEdit>(view);
        REQUIRE(editor != nullptr);
        QTest::keyClicks(editor, QStringLiteral("Action %1").arg(action));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits on the next turn of the loop
    }
    REQUIRE(document.state().plan.size() == 5);
    CHECK(document.state().plan[4].description == "Action 5");
    // The first action starts as the vital one; one of five is within a fifth.
    CHECK(document.state().plan[0].vitalFew);
    CHECK(page.vitalFewWarning().isEmpty());

    toggleCheckCell(view, 2, planColumn::VitalFew);
    CHECK(document.state().plan[2].vitalFew);
    CHECK(page.vitalFewWarning().contains(u"2 of 5 actions are marked as vital few; at most 1"));
    auto *check = page.findChild<QLabel *>(QStringLiteral("vitalFewLabel"));
    REQUIRE(check != nullptr);
    CHECK(check->isVisible());
    CHECK(check->text().contains(u"at most 1 may be"));

    toggleCheckCell(view, 2, planColumn::VitalFew);
    CHECK(page.vitalFewWarning().isEmpty());
    toggleCheckCell(view, 0, planColumn::VitalFew);
    CHECK(page.vitalFewWarning().contains(u"Mark the one action"));

    // A session in the future has no sales yet: the Pareto panel says so.
    CHECK(page.paretoPanel()->isShowingEmptyState());
    SessionDocument newest(*fixture.store, fixture.newest.id);
    PrepPlanPage newestPage(newest);
    CHECK_FALSE(newestPage.paretoPanel()->isShowingEmptyState());
}

TEST_CASE("Ready: what is still empty, a way to each step, and the stage set to Ready",
          "[gui][prepare]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionDocument document(*fixture.store, sessionId);
    PrepReadyPage page(document);
    page.show();

    const QStringList lines = page.missingLines();
    CHECK(lines.contains(u"Results: No results yet: add at least your main metric."));
    CHECK(lines.contains(u"Self-audit: The self-audit has no scores yet."));
    CHECK(lines.contains(u"Focus and plan: The 80/20 plan has no actions."));
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(u"Last time: ") && line.contains(u"not reviewed yet");
    }));
    CHECK(page.stageText() == u"Draft");

    std::vector<SessionStep> requested;
    QObject::connect(&page, &PrepReadyPage::stepRequested,
                     [&](SessionStep step) { requested.push_back(step); });
    QTreeWidget *list = page.checklist();
    QTreeWidgetItem *resultsLine = nullptr;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        if (list->topLevelItem(group)->text(0) == u"Results")
            resultsLine = list->topLevelItem(group)->child(0);
    }
    REQUIRE(resultsLine != nullptr);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(resultsLine).center());
    REQUIRE(requested.size() == 1);
    CHECK(requested.front() == SessionStep::Results);

    // The list follows the document.
    document.edit(QStringLiteral("Focus"),
                  [](SessionState &state) { state.session.focus = "Renewals"; });
    CHECK_FALSE(
        page.missingLines().contains(u"Focus and plan: The focus for the period ahead is empty."));

    // It warns but does not block.
    QPushButton *ready = page.markReadyButton();
    REQUIRE(ready->isVisible());
    QTest::mouseClick(ready, Qt::LeftButton);
    CHECK(document.state().session.stage == Stage::Ready);
    CHECK(page.stageText() == u"Ready");
    CHECK_FALSE(ready->isVisible());
    REQUIRE(document.saveNow());
    CHECK(fixture.store->sessions().find(sessionId)->stage == Stage::Ready);

    document.undoStack()->undo();
    CHECK(document.state().session.stage == Stage::Draft);
    CHECK(ready->isVisible());
}
