// Private notes: hidden from every screen while the salesperson is at the keyboard, and
// never in anything meant for the salesperson.

#include "MeetingTestSupport.h"

#include "gui/MeetingExplorePage.h"
#include "gui/MeetingNotesModel.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/SessionSummaryView.h"
#include "reins/SessionSummary.h"

#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>

using namespace reins;
using namespace reins::gui;

namespace {

const QString privateMarker = QStringLiteral("PRIVATE-7f3a9c-only-for-the-manager");
const QString sharedMarker = QStringLiteral("SHARED-51d0e2-for-both");

void plantNotes(DataStore &store, Id sessionId)
{
    MeetingRecord meeting = store.sessions().loadMeeting(sessionId);
    MeetingNote shared;
    shared.stage = MeetingStage::Explore;
    shared.prompt = "What was different this period from the last?";
    shared.text = sharedMarker.toStdString();
    meeting.notes.push_back(shared);
    MeetingNote secret;
    secret.stage = MeetingStage::Explore;
    secret.prompt = "Personal";
    secret.text = "Seems tired; " + privateMarker.toStdString();
    secret.isPrivate = true;
    meeting.notes.push_back(secret);
    store.sessions().saveMeeting(sessionId, meeting);
}

} // namespace

TEST_CASE("Salesperson at the keyboard hides every private note", "[gui][meeting][private]")
{
    test::MeetingDatabase database(Stage::InMeeting);
    plantNotes(*database.store, database.sessionId);
    ManualClock clock;
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    SessionSummaryView summary(open.document, open.meeting, &open.workspace);
    open.workspace.showPage(MeetingPage::Explore);
    open.workspace.show();
    open.workspace.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&open.workspace));

    MeetingNotesPanel *notes = open.workspace.explorePage()->notesPanel();
    QPushButton *addPrivate =
        test::buttonWithText<QPushButton>(notes, QStringLiteral("Add private note"));
    REQUIRE(addPrivate);
    CHECK(addPrivate->isEnabled());

    // The manager sees the private note, and has it open in the editor.
    const int secret = static_cast<int>(open.document.state().meeting.notes.size()) - 1;
    notes->selectNote(secret);
    REQUIRE(notes->currentNote() == secret);
    CHECK(test::anyContains(test::everythingShown(&open.workspace), privateMarker));
    summary.setAudience(Audience::Manager);
    CHECK(summary.markdown().contains(privateMarker));

    // Ctrl+Shift+P: the salesperson takes the keyboard.
    QTest::keyClick(&open.workspace, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(open.meeting.salespersonAtKeyboard());
    const QStringList shown = test::everythingShown(&open.workspace);
    CHECK_FALSE(test::anyContains(shown, privateMarker));
    CHECK(test::anyContains(shown, sharedMarker));
    CHECK(notes->currentNote() == -1);
    CHECK_FALSE(addPrivate->isEnabled());
    CHECK(notes->addNote(QStringLiteral("Sneaky"), true) == -1);

    // The summary switches to the salesperson's version and cannot be switched back.
    CHECK(summary.audience() == Audience::Salesperson);
    CHECK_FALSE(summary.markdown().contains(privateMarker));
    CHECK(summary.markdown().contains(sharedMarker));
    summary.setAudience(Audience::Manager);
    CHECK(summary.audience() == Audience::Salesperson);
    auto *managerButton = summary.findChildren<QRadioButton *>().at(1);
    CHECK_FALSE(managerButton->isEnabled());
    CHECK_FALSE(test::anyContains(test::everythingShown(&summary), privateMarker));

    // Every stage's notes follow the switch, not just the one on screen.
    for (MeetingNotesModel *model : open.workspace.findChildren<MeetingNotesModel *>())
        CHECK(model->hidesPrivateNotes());

    // The manager has the screen back.
    QTest::keyClick(&open.workspace, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(open.meeting.salespersonAtKeyboard());
    CHECK(test::anyContains(test::everythingShown(&open.workspace), privateMarker));
    CHECK(addPrivate->isEnabled());
}

TEST_CASE("Private notes never reach the salesperson's summary", "[gui][meeting][private]")
{
    test::MeetingDatabase database(Stage::InMeeting);
    ManualClock clock;
    {
        test::OpenMeeting open(*database.store, database.sessionId, clock);
        open.workspace.showPage(MeetingPage::Explore);
        open.workspace.show();
        MeetingNotesPanel *notes = open.workspace.explorePage()->notesPanel();
        // A private note typed in the meeting.
        QTest::mouseClick(test::buttonWithText(notes, QStringLiteral("Add private note")),
                          Qt::LeftButton);
        auto *editor = notes->findChild<QPlainTextEdit *>();
        REQUIRE(editor);
        QTest::keyClicks(editor, privateMarker);
        CHECK(open.document.state().meeting.notes.back().isPrivate);
        CHECK(open.document.state().meeting.notes.back().text == privateMarker.toStdString());
        QTest::mouseClick(test::buttonWithText(notes, QStringLiteral("Add note")), Qt::LeftButton);
        QTest::keyClicks(editor, sharedMarker);
        REQUIRE(open.document.saveNow());
    }
    const SessionRecord record = loadSessionRecord(*database.store, database.sessionId);
    const QString forSalesperson =
        QString::fromStdString(renderSummaryMarkdown(record, Audience::Salesperson));
    const QString forManager =
        QString::fromStdString(renderSummaryMarkdown(record, Audience::Manager));
    CHECK_FALSE(forSalesperson.contains(privateMarker));
    CHECK(forSalesperson.contains(sharedMarker));
    CHECK(forManager.contains(privateMarker));

    // The summary view shows the salesperson's version by default.
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    SessionSummaryView summary(open.document, open.meeting);
    summary.show();
    CHECK(summary.audience() == Audience::Salesperson);
    CHECK_FALSE(summary.markdown().contains(privateMarker));
    CHECK_FALSE(summary.browser()->toPlainText().contains(privateMarker));
    CHECK(summary.browser()->toPlainText().contains(sharedMarker));
    summary.setAudience(Audience::Manager);
    CHECK(summary.browser()->toPlainText().contains(privateMarker));
}
