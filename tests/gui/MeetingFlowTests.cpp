// A whole one-on-one run by clicking and typing: start the timer, take notes in every stage
// (one of them private), add a factor, an action and a manager's commitment, rate, close —
// then open the database again and find it all there.

#include "MeetingTestSupport.h"

#include "gui/MeetingAcknowledgePage.h"
#include "gui/MeetingExplorePage.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/MeetingPlanPage.h"
#include "gui/MeetingSupportPage.h"
#include "gui/MeetingTimerBar.h"
#include "gui/MeetingWrapUpPage.h"
#include "gui/PartEditor.h"
#include "gui/PrepParts.h"
#include "reins/PrepRules.h"

#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace reins;
using namespace reins::gui;
using namespace std::chrono_literals;

namespace {

// Double-clicks the question in `row` of the panel's question list, as a person would to
// note the answer to it, then types the answer.
void answerQuestion(MeetingNotesPanel *panel, int row, const QString &answer)
{
    auto *questions = panel->findChild<QListWidget *>();
    REQUIRE(questions);
    REQUIRE(row < questions->count());
    const QRect rect = questions->visualItemRect(questions->item(row));
    QTest::mouseClick(questions->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(questions->viewport(), Qt::LeftButton, {}, rect.center());
    auto *text = panel->findChild<QPlainTextEdit *>();
    REQUIRE(text);
    QTest::keyClicks(text, answer);
}

// Types into the cell editor a PartEditor opened on its new row, and commits it.
void typeIntoOpenCell(PartEditor *editor, const QString &text)
{
    auto *line = editor->view()->viewport()->findChild<QLineEdit *>();
    REQUIRE(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits the editor's text queued
}

const MeetingNote *noteWithText(const MeetingRecord &meeting, const std::string &text)
{
    const auto found = std::find_if(meeting.notes.begin(), meeting.notes.end(),
                                    [&](const MeetingNote &note) { return note.text == text; });
    return found == meeting.notes.end() ? nullptr : &*found;
}

} // namespace

TEST_CASE("A manager runs a whole meeting by clicking and typing", "[gui][meeting][flow]")
{
    test::MeetingDatabase database(Stage::Ready);
    const std::size_t notesBefore =
        database.store->sessions().loadMeeting(database.sessionId).notes.size();
    const std::size_t factorsBefore =
        database.store->sessions().loadPrep(database.sessionId).factors.size();
    ManualClock clock;
    {
        test::OpenMeeting open(*database.store, database.sessionId, clock);
        MeetingWorkspace &workspace = open.workspace;
        workspace.show();
        workspace.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&workspace));

        // Start: the session moves into the meeting and the clock runs.
        QTest::mouseClick(workspace.timerBar()->startButton(), Qt::LeftButton);
        REQUIRE(open.document.state().session.stage == Stage::InMeeting);

        // 1. Acknowledge: the results in plain words, then a note.
        MeetingAcknowledgePage *acknowledge = workspace.acknowledgePage();
        REQUIRE(acknowledge->resultTable()->rowCount() > 0);
        CHECK(acknowledge->resultTable()->item(0, 0)->text().startsWith(
            QStringLiteral("I can see ")));
        answerQuestion(acknowledge->notesPanel(), 0, QStringLiteral("Proud of the Q3 renewals"));
        clock.advance(2min);

        // 2. Explore why: a note, a private note and a factor found together.
        workspace.showPage(MeetingPage::Explore);
        MeetingExplorePage *explore = workspace.explorePage();
        answerQuestion(explore->notesPanel(), 1, QStringLiteral("Two deals slipped to next month"));
        QTest::mouseClick(
            test::buttonWithText(explore->notesPanel(), QStringLiteral("Add private note")),
            Qt::LeftButton);
        QTest::keyClicks(explore->notesPanel()->findChild<QPlainTextEdit *>(),
                         QStringLiteral("Mentions stress at home; check in next week"));
        QTest::mouseClick(explore->factorEditor()->addButton(), Qt::LeftButton);
        typeIntoOpenCell(explore->factorEditor(), QStringLiteral("Procurement freeze at Acme"));
        clock.advance(2min);

        // 3. Plan: an action, marked vital few, and a note.
        workspace.showPage(MeetingPage::Plan);
        MeetingPlanPage *plan = workspace.planPage();
        QTest::mouseClick(plan->planEditor()->addButton(), Qt::LeftButton);
        typeIntoOpenCell(plan->planEditor(), QStringLiteral("Call the five stalled accounts"));
        const int actionRow = plan->planEditor()->model()->rowCount() - 1;
        QTableView *planTable = plan->planEditor()->view();
        const QModelIndex vital =
            plan->planEditor()->model()->index(actionRow, planColumn::VitalFew);
        const bool wasVital = vital.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        if (!wasVital) {
            // Space toggles the check box of the current cell.
            planTable->setCurrentIndex(vital);
            planTable->setFocus();
            QTest::keyClick(planTable, Qt::Key_Space);
        }
        CHECK(vital.data(Qt::CheckStateRole).toInt() == Qt::Checked);
        CHECK(plan->withinList()
                  ->findItems(QStringLiteral("Call the five stalled accounts"), Qt::MatchContains)
                  .size() == 1);
        CHECK(plan->vitalFewText() ==
              (vitalFewProblem(open.document.state().plan)
                   ? QStringLiteral("\u26a0 ") +
                         QString::fromStdString(*vitalFewProblem(open.document.state().plan))
                   : plan->vitalFewText()));
        answerQuestion(plan->notesPanel(), 1, QStringLiteral("The stalled accounts are the 20%"));
        clock.advance(12min);

        // 4. Support: the manager commits to help, with a due date.
        workspace.showPage(MeetingPage::Support);
        MeetingSupportPage *support = workspace.supportPage();
        QTest::mouseClick(support->commitmentEditor()->addButton(), Qt::LeftButton);
        typeIntoOpenCell(support->commitmentEditor(),
                         QStringLiteral("Introduce Sam to the Acme CFO"));
        answerQuestion(support->notesPanel(), 0,
                       QStringLiteral("Wants help with pricing approval"));
        clock.advance(6min);

        // 5. Wrap-up: the salesperson rates the session; the manager closes it.
        workspace.showPage(MeetingPage::WrapUp);
        MeetingWrapUpPage *wrapUp = workspace.wrapUpPage();
        QTest::mouseClick(wrapUp->ratingButton(4), Qt::LeftButton);
        CHECK(wrapUp->ratingButton(4)->isChecked());
        test::ModalDriver driver;
        driver.then([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            CHECK(box);
            if (QAbstractButton *close =
                    box ? test::buttonWithText(box, QStringLiteral("Close the session")) : nullptr)
                close->click();
        });
        QTest::mouseClick(wrapUp->closeButton(), Qt::LeftButton);
        CHECK(driver.allHandled());
        CHECK(open.document.state().session.stage == Stage::Closed);
        CHECK(wrapUp->balanceText().contains(QStringLiteral("81% on solutions.")));
    }

    // A later run of the app finds the whole meeting.
    database.close();
    database.reopen();
    DataStore &store = *database.store;
    const Session session = *store.sessions().find(database.sessionId);
    CHECK(session.stage == Stage::Closed);
    CHECK(session.rating == 4);

    const MeetingRecord meeting = store.sessions().loadMeeting(database.sessionId);
    CHECK(meeting.notes.size() == notesBefore + 5);
    const auto *pleased = noteWithText(meeting, "Proud of the Q3 renewals");
    REQUIRE(pleased);
    CHECK(pleased->stage == MeetingStage::Acknowledge);
    CHECK(pleased->prompt == defaultQuestionBank().forStage(MeetingStage::Acknowledge).at(0));
    CHECK_FALSE(pleased->isPrivate);
    const auto *slipped = noteWithText(meeting, "Two deals slipped to next month");
    REQUIRE(slipped);
    CHECK(slipped->stage == MeetingStage::Explore);
    CHECK(slipped->prompt == defaultQuestionBank().forStage(MeetingStage::Explore).at(1));
    const auto *privateNote = noteWithText(meeting, "Mentions stress at home; check in next week");
    REQUIRE(privateNote);
    CHECK(privateNote->isPrivate);
    CHECK(privateNote->stage == MeetingStage::Explore);
    const auto *twenty = noteWithText(meeting, "The stalled accounts are the 20%");
    REQUIRE(twenty);
    CHECK(twenty->stage == MeetingStage::Plan);
    const auto *pricing = noteWithText(meeting, "Wants help with pricing approval");
    REQUIRE(pricing);
    CHECK(pricing->stage == MeetingStage::Support);

    const auto seconds = [&](MeetingStage stage) {
        std::int64_t total = 0;
        for (const StageTime &time : meeting.stageTimes)
            total += time.stage == stage ? time.seconds : 0;
        return total;
    };
    CHECK(seconds(MeetingStage::Acknowledge) == 120);
    CHECK(seconds(MeetingStage::Explore) == 120);
    CHECK(seconds(MeetingStage::Plan) == 720);
    CHECK(seconds(MeetingStage::Support) == 360);

    const SessionPrep prep = store.sessions().loadPrep(database.sessionId);
    CHECK(prep.factors.size() == factorsBefore + 1);
    CHECK(prep.factors.back().description == "Procurement freeze at Acme");

    const std::vector<Action> actions = store.actions().listCreatedIn(database.sessionId);
    const auto action = std::find_if(actions.begin(), actions.end(), [](const Action &a) {
        return a.description == "Call the five stalled accounts";
    });
    REQUIRE(action != actions.end());
    CHECK(action->vitalFew);
    CHECK(action->owner == ActionOwner::Salesperson);
    const auto commitment = std::find_if(actions.begin(), actions.end(), [](const Action &a) {
        return a.description == "Introduce Sam to the Acme CFO";
    });
    REQUIRE(commitment != actions.end());
    CHECK(commitment->owner == ActionOwner::Manager);
    CHECK(commitment->status == ActionStatus::Open);
    REQUIRE(commitment->dueDate);
    CHECK(daysBetween(session.meetingDate, *commitment->dueDate) >= 28);

    // An open commitment carries forward like any action.
    const auto open = store.actions().listOpenFor(session.salespersonId);
    CHECK(std::any_of(open.begin(), open.end(),
                      [&](const Action &a) { return a.id == commitment->id; }));
}
