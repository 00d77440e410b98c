// The session's stage as the meeting moves it: started from Ready, refused from Draft,
// closed at the end and never reopened.

#include "MeetingTestSupport.h"

#include "gui/MeetingTimerBar.h"
#include "gui/MeetingWrapUpPage.h"
#include "reins/Coaching.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace reins;
using namespace reins::gui;
using namespace std::chrono_literals;

namespace {

QString refusal(Stage from, Stage to)
{
    return QString::fromStdString(stageChangeRefusal(from, to).value());
}

// Answers the confirmation of "Close the session" with the button called `answer`.
void answerCloseConfirmation(test::ModalDriver &driver, const QString &answer)
{
    driver.then([answer](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        CHECK(box);
        if (!box)
            return;
        CHECK(box->text().contains(QStringLiteral("Close the session")));
        QAbstractButton *button = test::buttonWithText(box, answer);
        CHECK(button);
        if (button)
            button->click();
        else
            box->reject();
    });
}

} // namespace

TEST_CASE("A meeting cannot start before the prep is ready", "[gui][meeting][stage]")
{
    test::MeetingDatabase database(Stage::Draft);
    ManualClock clock;
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    open.workspace.show();
    MeetingTimerBar *bar = open.workspace.timerBar();

    CHECK(bar->messageText().isEmpty());
    QTest::mouseClick(bar->startButton(), Qt::LeftButton);
    CHECK(bar->messageText() == refusal(Stage::Draft, Stage::InMeeting));
    CHECK(bar->messageText().contains(QStringLiteral("has not marked the preparation ready")));
    CHECK(open.document.state().session.stage == Stage::Draft);
    CHECK_FALSE(open.meeting.isTimerRunning());
    CHECK(open.document.undoStack()->count() == 0);

    // Marked ready together, the meeting starts and the message goes.
    open.document.edit(QStringLiteral("Mark ready"),
                       [](SessionState &state) { state.session.stage = Stage::Ready; });
    CHECK(bar->messageText().isEmpty());
    QTest::mouseClick(bar->startButton(), Qt::LeftButton);
    CHECK(open.document.state().session.stage == Stage::InMeeting);
    CHECK(open.meeting.isTimerRunning());
}

TEST_CASE("Start from Ready, close at the end, never reopen", "[gui][meeting][stage]")
{
    test::MeetingDatabase database(Stage::Ready);
    ManualClock clock;
    {
        test::OpenMeeting open(*database.store, database.sessionId, clock);
        open.workspace.show();
        MeetingTimerBar *bar = open.workspace.timerBar();
        MeetingWrapUpPage *wrapUp = open.workspace.wrapUpPage();

        // Closing a meeting that never started is refused.
        open.workspace.showPage(MeetingPage::WrapUp);
        QTest::mouseClick(wrapUp->closeButton(), Qt::LeftButton);
        CHECK(wrapUp->closeMessage() == refusal(Stage::Ready, Stage::Closed));
        CHECK(open.document.state().session.stage == Stage::Ready);

        open.workspace.showPage(MeetingPage::Acknowledge);
        QTest::mouseClick(bar->startButton(), Qt::LeftButton);
        CHECK(bar->messageText().isEmpty());
        CHECK(open.document.state().session.stage == Stage::InMeeting);
        REQUIRE(open.document.saveNow());
        CHECK(database.store->sessions().find(database.sessionId)->stage == Stage::InMeeting);

        // Undoing the start takes the session back to Ready and stops the clock.
        clock.advance(1min);
        open.document.undoStack()->undo();
        CHECK(open.document.state().session.stage == Stage::Ready);
        CHECK_FALSE(open.meeting.isTimerRunning());
        open.document.undoStack()->redo();
        CHECK(open.document.state().session.stage == Stage::InMeeting);
        QTest::mouseClick(bar->startButton(), Qt::LeftButton);
        CHECK(open.meeting.isTimerRunning());
        clock.advance(5min);

        // Cancelling the confirmation leaves the meeting as it was.
        open.workspace.showPage(MeetingPage::WrapUp);
        test::ModalDriver driver;
        answerCloseConfirmation(driver, QStringLiteral("Cancel"));
        QTest::mouseClick(wrapUp->closeButton(), Qt::LeftButton);
        CHECK(driver.allHandled());
        CHECK(open.document.state().session.stage == Stage::InMeeting);
        CHECK(open.meeting.isTimerRunning());

        answerCloseConfirmation(driver, QStringLiteral("Close the session"));
        QTest::mouseClick(wrapUp->closeButton(), Qt::LeftButton);
        CHECK(driver.allHandled());
        CHECK(open.document.state().session.stage == Stage::Closed);
        CHECK_FALSE(open.meeting.isTimerRunning());
        CHECK(open.meeting.totalSeconds() == 6 * 60);
        CHECK_FALSE(wrapUp->closeButton()->isEnabled());
        // Closing is a commit point: no undo takes the session back into the meeting.
        CHECK_FALSE(open.document.undoStack()->canUndo());

        // Reopening is refused, with the reason on screen.
        CHECK_FALSE(bar->startButton()->isEnabled());
        CHECK(bar->messageText() == refusal(Stage::Closed, Stage::InMeeting));
        CHECK(open.meeting.startMeeting() == refusal(Stage::Closed, Stage::InMeeting));
        CHECK(open.document.state().session.stage == Stage::Closed);
        CHECK_FALSE(open.meeting.isTimerRunning());
    }
    database.close();
    database.reopen();
    CHECK(database.store->sessions().find(database.sessionId)->stage == Stage::Closed);

    // Opened again later, the closed session stays closed.
    test::OpenMeeting again(*database.store, database.sessionId, clock);
    again.workspace.show();
    CHECK_FALSE(again.workspace.timerBar()->startButton()->isEnabled());
    CHECK(again.meeting.startMeeting() == refusal(Stage::Closed, Stage::InMeeting));
    CHECK(again.meeting.totalSeconds() == 6 * 60);
}
