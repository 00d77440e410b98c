// Not a test: renders each meeting page with sample data into PNGs for the user guide.
// Hidden from normal runs; run it with
//   REINS_SCREENSHOT_DIR=docs reins_gui_tests "[.meeting-screenshots]"

#include "MeetingTestSupport.h"

#include "gui/MeetingAcknowledgePage.h"
#include "gui/MeetingExplorePage.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/MeetingPlanPage.h"
#include "gui/MeetingSupportPage.h"
#include "gui/MeetingTimerBar.h"
#include "gui/MeetingWrapUpPage.h"
#include "gui/PartEditor.h"
#include "gui/QuestionBankDialog.h"
#include "gui/SessionSummaryView.h"
#include "gui/SessionWindow.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QTest>

using namespace reins;
using namespace reins::gui;
using namespace std::chrono_literals;

namespace {

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("REINS_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

void note(MeetingNotesPanel *panel, const QString &prompt, const QString &text, bool isPrivate)
{
    panel->addNote(prompt, isPrivate);
    panel->findChild<QPlainTextEdit *>()->setPlainText(text);
}

void save(QWidget *widget, const QString &name)
{
    // Let the layouts settle: some pages measure their tables after a resize.
    QTest::qWait(30);
    QTest::qWait(30);
    CHECK(widget->grab().save(screenshotPath(name)));
}

} // namespace

TEST_CASE("Screenshots of the meeting pages", "[.meeting-screenshots]")
{
    test::MeetingDatabase database(Stage::Ready);
    ManualClock clock;
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    MeetingWorkspace &workspace = open.workspace;
    workspace.resize(1180, 760);
    workspace.show();
    const auto question = [&](MeetingStage stage, std::size_t index) {
        return QString::fromStdString(open.meeting.questionBank().forStage(stage).at(index));
    };

    REQUIRE_FALSE(open.meeting.startMeeting());
    note(workspace.acknowledgePage()->notesPanel(), question(MeetingStage::Acknowledge, 0),
         QStringLiteral("The two renewals she saved at the end of the month."), false);
    note(workspace.acknowledgePage()->notesPanel(), question(MeetingStage::Acknowledge, 2),
         QStringLiteral("Surprised the call count dropped while meetings held up."), false);
    clock.advance(2min + 40s);
    open.meeting.tick();
    save(&workspace, QStringLiteral("meeting-acknowledge.png"));

    workspace.showPage(MeetingPage::Explore);
    note(workspace.explorePage()->notesPanel(), question(MeetingStage::Explore, 0),
         QStringLiteral("Two deals slipped when procurement froze budgets."), false);
    note(workspace.explorePage()->notesPanel(), QStringLiteral("For me"),
         QStringLiteral("Seemed tired; ask about workload next week."), true);
    clock.advance(1min + 50s);
    open.meeting.tick();
    save(&workspace, QStringLiteral("meeting-explore.png"));

    workspace.showPage(MeetingPage::Plan);
    note(workspace.planPage()->notesPanel(), question(MeetingStage::Plan, 1),
         QStringLiteral("The five stalled accounts: call each before Friday."), false);
    clock.advance(14min);
    open.meeting.tick();
    save(&workspace, QStringLiteral("meeting-plan.png"));

    workspace.showPage(MeetingPage::Support);
    workspace.supportPage()->commitmentEditor()->model()->appendRow();
    open.document.edit(QStringLiteral("Describe"), [](SessionState &state) {
        state.plan.back().description = "Introduce her to the CFO at the largest stalled account";
    });
    note(workspace.supportPage()->notesPanel(), question(MeetingStage::Support, 1),
         QStringLiteral("Pricing approval takes too long; I will speed it up."), false);
    clock.advance(7min + 30s);
    open.meeting.tick();
    save(&workspace, QStringLiteral("meeting-support.png"));

    workspace.showPage(MeetingPage::WrapUp);
    workspace.wrapUpPage()->ratingButton(4)->click();
    save(&workspace, QStringLiteral("meeting-wrap-up.png"));

    open.meeting.setSalespersonAtKeyboard(true);
    workspace.showPage(MeetingPage::Explore);
    save(&workspace, QStringLiteral("meeting-salesperson-at-keyboard.png"));
    open.meeting.setSalespersonAtKeyboard(false);

    SessionSummaryView summary(open.document, open.meeting);
    summary.resize(820, 760);
    summary.show();
    summary.refresh();
    save(&summary, QStringLiteral("meeting-summary.png"));

    QuestionBankDialog dialog(open.meeting.questionBank());
    dialog.showStage(MeetingStage::Explore);
    dialog.show();
    save(&dialog, QStringLiteral("meeting-question-bank.png"));
}

TEST_CASE("Screenshot of the meeting in the session window", "[.meeting-screenshots]")
{
    test::MeetingDatabase database(Stage::Ready);
    ManualClock clock;
    SessionWindow window(*database.store, database.sessionId, nullptr, &clock);
    window.resize(1400, 820);
    window.show();
    window.showStep(SessionStep::Acknowledge);
    REQUIRE_FALSE(window.meeting().startMeeting());
    clock.advance(3min);
    window.showStep(SessionStep::Explore);
    clock.advance(2min);
    window.showStep(SessionStep::Plan);
    clock.advance(11min + 20s);
    window.meeting().tick();
    save(&window, QStringLiteral("meeting-session-window.png"));
    // The window's default size, to see that nothing is cut off there.
    window.resize(1000, 700);
    window.showStep(SessionStep::Acknowledge);
    save(&window, QStringLiteral("meeting-small-acknowledge.png"));
    window.showStep(SessionStep::Plan);
    save(&window, QStringLiteral("meeting-small-plan.png"));
    window.showStep(SessionStep::WrapUp);
    save(&window, QStringLiteral("meeting-small-wrap-up.png"));
}
