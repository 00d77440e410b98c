// The coaching balance while a meeting runs: the timer bar's times, share and hint, driven
// by a clock the test moves.

#include "MeetingTestSupport.h"

#include "gui/MeetingAcknowledgePage.h"
#include "gui/MeetingBalanceMeter.h"
#include "gui/MeetingNotesModel.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/MeetingTimerBar.h"
#include "gui/MeetingWrapUpPage.h"

#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace reins;
using namespace reins::gui;
using namespace std::chrono_literals;

namespace {

std::int64_t storedSeconds(const SessionDocument &document, MeetingStage stage)
{
    for (const StageTime &time : document.state().meeting.stageTimes) {
        if (time.stage == stage)
            return time.seconds;
    }
    return 0;
}

} // namespace

TEST_CASE("The timer bar shows time per stage, the balance and a hint", "[gui][meeting]")
{
    test::MeetingDatabase database(Stage::Ready);
    ManualClock clock;
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    open.workspace.show();
    MeetingTimerBar *bar = open.workspace.timerBar();

    CHECK(bar->balanceText() == u"No time recorded yet");
    CHECK(bar->hintText().isEmpty());
    CHECK(bar->timesShown().last() == u"Total 0:00");

    QTest::mouseClick(bar->startButton(), Qt::LeftButton);
    REQUIRE(open.meeting.isTimerRunning());
    CHECK(test::withoutMnemonic(bar->startButton()->text()) == u"Pause");

    // Three minutes on acknowledging: all of it on the problem, and the hint says so.
    clock.advance(3min);
    open.meeting.tick();
    CHECK(bar->timesShown() ==
          QStringList({QStringLiteral("Acknowledge 3:00"), QStringLiteral("Explore why 0:00"),
                       QStringLiteral("Plan 0:00"), QStringLiteral("Support 0:00"),
                       QStringLiteral("Total 3:00")}));
    CHECK(bar->balanceText() == u"0% on solutions · goal 90%");
    CHECK(bar->hintText().startsWith(
        QStringLiteral("100% of the meeting so far went on the problem")));
    CHECK(bar->meter()->balance().problemSeconds == 180);

    // Showing another stage moves the timer there and records the time spent so far.
    open.workspace.showPage(MeetingPage::Explore);
    CHECK(storedSeconds(open.document, MeetingStage::Acknowledge) == 180);
    clock.advance(1min);
    open.workspace.showPage(MeetingPage::Plan);
    clock.advance(20min);
    open.meeting.tick();
    CHECK(bar->balanceText() == u"83% on solutions · goal 90%");
    CHECK(bar->hintText().startsWith(QStringLiteral("17% of the meeting")));

    // Plan and support bring it to the goal; the hint goes away.
    open.workspace.showPage(MeetingPage::Support);
    clock.advance(16min);
    open.meeting.tick();
    CHECK(bar->timesShown() ==
          QStringList({QStringLiteral("Acknowledge 3:00"), QStringLiteral("Explore why 1:00"),
                       QStringLiteral("Plan 20:00"), QStringLiteral("Support 16:00"),
                       QStringLiteral("Total 40:00")}));
    CHECK(bar->balanceText() == u"90% on solutions · goal met");
    CHECK(bar->hintText().isEmpty());
    CHECK(open.workspace.wrapUpPage()->balanceText().contains(QStringLiteral("90% on solutions.")));

    // The wrap-up is no stage of its own: its minutes count for the stage before it.
    open.workspace.showPage(MeetingPage::WrapUp);
    clock.advance(2min);
    QTest::mouseClick(bar->startButton(), Qt::LeftButton); // pause
    CHECK_FALSE(open.meeting.isTimerRunning());
    CHECK(test::withoutMnemonic(bar->startButton()->text()) == u"Resume");
    CHECK(storedSeconds(open.document, MeetingStage::Support) == 18 * 60);
    clock.advance(10min); // a break: paused time counts nowhere
    open.meeting.tick();
    CHECK(bar->timesShown().last() == u"Total 42:00");
}

TEST_CASE("Meeting time is no undo step and undo never turns it back", "[gui][meeting]")
{
    test::MeetingDatabase database(Stage::Ready);
    ManualClock clock;
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    open.workspace.show();

    REQUIRE_FALSE(open.meeting.startMeeting().has_value());
    const int stepsAfterStart = open.document.undoStack()->count();
    auto *notes = open.workspace.acknowledgePage()->notesPanel();
    const int rowsBefore = notes->model()->rowCount();
    notes->addNote(QStringLiteral("What are you most pleased with?"), false);
    const int stepsAfterNote = open.document.undoStack()->count();
    CHECK(stepsAfterNote == stepsAfterStart + 1);

    // A long-running meeting: ticks and checkpoints write times, but add no undo steps.
    for (int minute = 0; minute < 10; ++minute) {
        clock.advance(1min);
        open.meeting.tick();
    }
    CHECK(open.document.undoStack()->count() == stepsAfterNote);
    CHECK(storedSeconds(open.document, MeetingStage::Acknowledge) == 600);

    // Undoing the note keeps the ten minutes.
    open.document.undoStack()->undo();
    CHECK(notes->model()->rowCount() == rowsBefore);
    CHECK(storedSeconds(open.document, MeetingStage::Acknowledge) == 600);
    CHECK(open.meeting.secondsIn(MeetingStage::Acknowledge) == 600);

    // Written to the database with the rest of the session.
    REQUIRE(open.document.saveNow());
    const MeetingRecord stored = database.store->sessions().loadMeeting(database.sessionId);
    const bool found = std::any_of(stored.stageTimes.begin(), stored.stageTimes.end(), [](auto &t) {
        return t.stage == MeetingStage::Acknowledge && t.seconds == 600;
    });
    CHECK(found);
}

TEST_CASE("A resumed meeting starts from the times already recorded", "[gui][meeting]")
{
    test::MeetingDatabase database(Stage::InMeeting);
    MeetingRecord meeting = database.store->sessions().loadMeeting(database.sessionId);
    meeting.stageTimes = {{MeetingStage::Acknowledge, 120}, {MeetingStage::Plan, 600}};
    database.store->sessions().saveMeeting(database.sessionId, meeting);

    ManualClock clock;
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    open.workspace.show();
    MeetingTimerBar *bar = open.workspace.timerBar();
    CHECK(test::withoutMnemonic(bar->startButton()->text()) == u"Resume");
    CHECK(bar->timesShown().last() == u"Total 12:00");
    CHECK(bar->balanceText() == u"83% on solutions · goal 90%");

    open.workspace.showPage(MeetingPage::Plan);
    QTest::mouseClick(bar->startButton(), Qt::LeftButton);
    clock.advance(8min);
    open.meeting.tick();
    CHECK(bar->timesShown().at(2) == u"Plan 18:00");
    CHECK(bar->balanceText() == u"90% on solutions · goal met");
}

TEST_CASE("Once the meeting is closed the hint looks ahead to the next one", "[gui][meeting]")
{
    const CoachingBalance tooMuchProblem =
        balanceOf({{MeetingStage::Acknowledge, 600}, {MeetingStage::Plan, 600}});
    const QString during = balanceHint(tooMuchProblem, false);
    const QString after = balanceHint(tooMuchProblem, true);
    CHECK(during.startsWith(QStringLiteral("50% of the meeting so far went on the problem")));
    CHECK(after.startsWith(QStringLiteral("50% of this meeting went on the problem. Next time")));
    CHECK_FALSE(after.contains(QStringLiteral("so far")));
    // On the goal, nothing to say either way.
    const CoachingBalance onGoal =
        balanceOf({{MeetingStage::Acknowledge, 60}, {MeetingStage::Plan, 600}});
    CHECK(balanceHint(onGoal, false).isEmpty());
    CHECK(balanceHint(onGoal, true).isEmpty());
}
