// The meeting inside the session window: the meeting steps show the meeting pages, the
// header carries the "salesperson at the keyboard" switch, and the summary ends the list.

#include "MeetingTestSupport.h"

#include "gui/MeetingTimerBar.h"
#include "gui/SessionSummaryView.h"
#include "gui/SessionWindow.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace reins;
using namespace reins::gui;
using namespace std::chrono_literals;

namespace {

const QString privateMarker = QStringLiteral("PRIVATE-c41e77-window");

QTreeWidgetItem *stepItem(const SessionWindow &window, const QString &title)
{
    const QTreeWidget *list = window.stepList();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        QTreeWidgetItem *top = list->topLevelItem(group);
        if (top->text(0) == title)
            return top;
        for (int child = 0; child < top->childCount(); ++child) {
            if (top->child(child)->text(0) == title)
                return top->child(child);
        }
    }
    return nullptr;
}

void clickStep(SessionWindow &window, const QString &title)
{
    QTreeWidgetItem *item = stepItem(window, title);
    REQUIRE(item);
    QTreeWidget *list = window.stepList();
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

std::int64_t secondsIn(const MeetingRecord &meeting, MeetingStage stage)
{
    std::int64_t total = 0;
    for (const StageTime &time : meeting.stageTimes)
        total += time.stage == stage ? time.seconds : 0;
    return total;
}

} // namespace

TEST_CASE("The session window runs the meeting from its meeting steps", "[gui][meeting][window]")
{
    test::MeetingDatabase database(Stage::Ready);
    MeetingRecord planted = database.store->sessions().loadMeeting(database.sessionId);
    MeetingNote secret;
    secret.stage = MeetingStage::Explore;
    secret.text = privateMarker.toStdString();
    secret.isPrivate = true;
    planted.notes.push_back(secret);
    database.store->sessions().saveMeeting(database.sessionId, planted);
    ManualClock clock;
    {
        SessionWindow window(*database.store, database.sessionId, nullptr, &clock);
        window.resize(1400, 880);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));

        // A meeting step shows the meeting, with its timer.
        clickStep(window, QStringLiteral("Acknowledge"));
        REQUIRE(window.currentPage() == window.meetingWorkspace());
        CHECK(window.meetingWorkspace()->currentPage() == MeetingPage::Acknowledge);
        MeetingTimerBar *bar = window.meetingWorkspace()->timerBar();
        QTest::mouseClick(bar->startButton(), Qt::LeftButton);
        CHECK(window.document().state().session.stage == Stage::InMeeting);
        clock.advance(3min);
        window.meeting().tick();

        // Moving down the steps moves the timer with the manager.
        clickStep(window, QStringLiteral("Plan"));
        CHECK(window.meetingWorkspace()->currentPage() == MeetingPage::Plan);
        CHECK(window.meeting().shownStage() == MeetingStage::Plan);
        CHECK(stepItem(window, QStringLiteral("Acknowledge"))->text(1) == u"✓");
        clock.advance(2min);

        // The switch in the header hides private notes everywhere in the window, counts too.
        CHECK(stepItem(window, QStringLiteral("Explore why"))->text(1) == u"1");
        CHECK(test::anyContains(test::everythingShown(&window), privateMarker));
        auto *keyboard = test::buttonWithText<QToolButton>(
            &window, QStringLiteral("Salesperson at the keyboard"));
        REQUIRE(keyboard);
        QTest::mouseClick(keyboard, Qt::LeftButton);
        REQUIRE(window.meeting().salespersonAtKeyboard());
        CHECK(stepItem(window, QStringLiteral("Explore why"))->text(1) == u"empty");
        clickStep(window, QStringLiteral("Explore why"));
        CHECK_FALSE(test::anyContains(test::everythingShown(&window), privateMarker));

        // The summary ends the step list; only the salesperson's version while they type.
        clickStep(window, QStringLiteral("Session summary"));
        CHECK(window.isSummaryShown());
        SessionSummaryView *summary = window.summaryView();
        CHECK(summary->audience() == Audience::Salesperson);
        CHECK_FALSE(summary->markdown().contains(privateMarker));
        CHECK_FALSE(test::anyContains(test::everythingShown(&window), privateMarker));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK_FALSE(window.meeting().salespersonAtKeyboard());
        summary->setAudience(Audience::Manager);
        CHECK(summary->markdown().contains(privateMarker));

        // The wrap-up's summary button leads there too.
        window.showStep(SessionStep::WrapUp);
        CHECK_FALSE(window.isSummaryShown());
        QTest::mouseClick(test::buttonWithText(&window, QStringLiteral("Session summary")),
                          Qt::LeftButton);
        CHECK(window.isSummaryShown());

        // Closing the window mid-meeting stops the clock and saves its time.
        CHECK(window.meeting().isTimerRunning());
        window.close();
        CHECK_FALSE(window.meeting().isTimerRunning());
    }
    database.close();
    database.reopen();
    const MeetingRecord stored = database.store->sessions().loadMeeting(database.sessionId);
    CHECK(secondsIn(stored, MeetingStage::Acknowledge) == 180);
    CHECK(secondsIn(stored, MeetingStage::Plan) == 120);
    CHECK(database.store->sessions().find(database.sessionId)->stage == Stage::InMeeting);
}
