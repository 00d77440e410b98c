// The question bank: kept in the settings with defaults per stage, edited in its dialog, and
// offered on the meeting pages.

#include "MeetingTestSupport.h"

#include "gui/MeetingNotesPanel.h"
#include "gui/QuestionBankDialog.h"
#include "gui/QuestionBankSettings.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace reins;
using namespace reins::gui;

TEST_CASE("The question bank round-trips through the settings", "[gui][meeting][questions]")
{
    test::TempDir dir;
    const QString file = QString::fromStdString(dir.file("reins.ini").string());
    {
        const QSettings settings(file, QSettings::IniFormat);
        CHECK(loadQuestionBank(settings).questions == defaultQuestionBank().questions);
    }

    QuestionBank edited = defaultQuestionBank();
    setQuestionsOf(edited, MeetingStage::Explore,
                   {QStringLiteral("What surprised you, \"really\"?"),
                    QStringLiteral("Which customer, if any, said no — and why?"), QString(),
                    QStringLiteral("  Spaces are tidied  ")});
    setQuestionsOf(edited, MeetingStage::Support, {});
    {
        QSettings settings(file, QSettings::IniFormat);
        saveQuestionBank(settings, edited);
        // An unedited stage is not stored, so better defaults later reach it.
        CHECK_FALSE(settings.contains(questionBankKey(MeetingStage::Acknowledge)));
        CHECK(settings.contains(questionBankKey(MeetingStage::Explore)));
        CHECK(questionBankKey(MeetingStage::Explore) == u"meeting/questions/explore");
    }
    {
        const QSettings settings(file, QSettings::IniFormat);
        const QuestionBank loaded = loadQuestionBank(settings);
        CHECK(questionsOf(loaded, MeetingStage::Explore) ==
              QStringList({QStringLiteral("What surprised you, \"really\"?"),
                           QStringLiteral("Which customer, if any, said no — and why?"),
                           QStringLiteral("Spaces are tidied")}));
        CHECK(loaded.forStage(MeetingStage::Support).empty()); // emptied on purpose, stays so
        CHECK(loaded.forStage(MeetingStage::Plan) ==
              defaultQuestionBank().forStage(MeetingStage::Plan));
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        resetQuestionBank(settings);
    }
    {
        const QSettings settings(file, QSettings::IniFormat);
        CHECK(loadQuestionBank(settings).questions == defaultQuestionBank().questions);
    }
    {
        // A bank stored by a newer Reins is not guessed at.
        QSettings settings(file, QSettings::IniFormat);
        saveQuestionBank(settings, edited);
        settings.setValue(QStringLiteral("meeting/questions/version"), 99);
    }
    const QSettings settings(file, QSettings::IniFormat);
    CHECK(loadQuestionBank(settings).questions == defaultQuestionBank().questions);
}

TEST_CASE("The question bank dialog adds, edits, removes and restores questions",
          "[gui][meeting][questions]")
{
    QuestionBankDialog dialog(defaultQuestionBank());
    dialog.show();
    dialog.showStage(MeetingStage::Plan);
    QListWidget *plan = dialog.listFor(MeetingStage::Plan);
    const int defaults = plan->count();
    REQUIRE(defaults > 1);

    // Add: a new question with its editor open; type over it.
    QTest::mouseClick(test::buttonWithText(&dialog, QStringLiteral("Add")), Qt::LeftButton);
    REQUIRE(plan->count() == defaults + 1);
    auto *editor = plan->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("What will you stop doing?"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits the editor's text queued
    CHECK(plan->item(defaults)->text() == u"What will you stop doing?");

    // Remove the first question.
    const QString first = plan->item(0)->text();
    plan->setCurrentRow(0);
    QTest::mouseClick(test::buttonWithText(&dialog, QStringLiteral("Remove")), Qt::LeftButton);
    CHECK(plan->count() == defaults);
    QStringList expected = questionsOf(defaultQuestionBank(), MeetingStage::Plan);
    expected.removeFirst();
    expected << QStringLiteral("What will you stop doing?");
    CHECK(questionsOf(dialog.bank(), MeetingStage::Plan) == expected);
    CHECK_FALSE(questionsOf(dialog.bank(), MeetingStage::Plan).contains(first));

    // Restore defaults puts every stage back.
    dialog.listFor(MeetingStage::Support)->clear();
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    CHECK(dialog.bank().questions == defaultQuestionBank().questions);
}

TEST_CASE("The meeting pages offer the question bank's questions", "[gui][meeting][questions]")
{
    test::MeetingDatabase database(Stage::Ready);
    ManualClock clock;
    test::OpenMeeting open(*database.store, database.sessionId, clock);
    open.workspace.show();
    auto panels = open.workspace.findChildren<MeetingNotesPanel *>();
    REQUIRE(panels.size() == meetingStageCount);
    const auto questionsShown = [](const MeetingNotesPanel *panel) {
        QStringList shown;
        const QListWidget *list = panel->findChild<QListWidget *>();
        for (int row = 0; row < list->count(); ++row)
            shown << list->item(row)->text();
        return shown;
    };
    for (const MeetingNotesPanel *panel : panels)
        CHECK(questionsShown(panel) == questionsOf(defaultQuestionBank(), panel->stage()));

    // Edited in the dialog from a page: every page offers the new questions at once.
    MeetingNotesPanel *explore = nullptr;
    for (MeetingNotesPanel *panel : panels)
        explore = panel->stage() == MeetingStage::Explore ? panel : explore;
    REQUIRE(explore);
    open.workspace.showPage(MeetingPage::Explore);
    test::ModalDriver driver;
    driver.then([](QWidget *dialog) {
        auto *bank = qobject_cast<QuestionBankDialog *>(dialog);
        CHECK(bank);
        if (!bank)
            return;
        // It opens on the stage of the page it came from.
        QListWidget *list = bank->listFor(MeetingStage::Explore);
        CHECK(list->isVisible());
        list->addItem(QStringLiteral("Who did you learn the most from this month?"));
        bank->accept();
    });
    QTest::mouseClick(test::buttonWithText(explore, QStringLiteral("Edit questions…")),
                      Qt::LeftButton);
    CHECK(driver.allHandled());
    CHECK(questionsShown(explore).contains(
        QStringLiteral("Who did you learn the most from this month?")));

    // The settings keep it for the next meeting; put the defaults back for other tests.
    CHECK(loadQuestionBank(QSettings()).forStage(MeetingStage::Explore).back() ==
          "Who did you learn the most from this month?");
    open.meeting.setQuestionBank(defaultQuestionBank());
    CHECK(loadQuestionBank(QSettings()).questions == defaultQuestionBank().questions);
}
