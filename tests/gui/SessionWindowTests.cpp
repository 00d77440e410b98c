// The session window: its steps, what each shows of the stored session, and the keys
// a person uses to move around it.

#include "GuiTestSupport.h"

#include "gui/MainWindow.h"
#include "gui/MeetingWorkspace.h"
#include "gui/PartEditor.h"
#include "gui/PrepGapsPage.h"
#include "gui/PrepLastTimePage.h"
#include "gui/PrepParts.h"
#include "gui/PrepResultsPage.h"
#include "gui/SessionSteps.h"
#include "gui/SessionWindow.h"
#include "reins/ResultAnalysis.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace reins;
using namespace reins::gui;
using Command = MainWindow::Command;

namespace {

// The step list as a person reads it: step title -> what is shown beside it.
std::map<QString, QString> stepsShown(const SessionWindow &window)
{
    std::map<QString, QString> shown;
    const QTreeWidget *list = window.stepList();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *groupItem = list->topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child)
            shown[groupItem->child(child)->text(0)] = groupItem->child(child)->text(1);
    }
    return shown;
}

QString countText(int count)
{
    return count > 0 ? QString::number(count) : QStringLiteral("empty");
}

} // namespace

TEST_CASE("Opening a session shows its steps with what is stored", "[gui][session]")
{
    test::TempDir dir;
    const auto path = dir.file("sample.db");
    {
        auto store = storage::SqliteDataStore::open(path);
        writeSampleTeam(*store, {2, 4}, todayUtc());
    }
    MainWindow window(storage::SqliteDataStore::open(path), QStringLiteral("sample.db"));
    window.show();
    REQUIRE(window.selectedPerson());
    auto *sessions = window.findChild<QTableView *>();
    REQUIRE(sessions->model()->rowCount() == 4);

    // The second newest session has a previous one and a full record.
    sessions->selectRow(1);
    const auto session = window.selectedSession();
    REQUIRE(session);
    // Enter on the selected session opens it.
    CHECK(window.action(Command::OpenSession)->isEnabled());
    sessions->setFocus();
    QTest::keyClick(sessions, Qt::Key_Return);
    SessionWindow *opened = window.sessionWindow(session->id);
    REQUIRE(opened);
    CHECK(opened->isVisible());
    CHECK(opened->isWindow());

    DataStore &store = window.store();
    const SessionPartCounts counts = store.sessions().partCounts(session->id);
    const auto shown = stepsShown(*opened);
    REQUIRE(shown.size() == allSessionSteps.size());
    CHECK(shown.at(QStringLiteral("Results")) == countText(counts.results));
    CHECK(shown.at(QStringLiteral("Self-audit")) == countText(counts.skillRatings));
    CHECK(shown.at(QStringLiteral("Gaps")) == countText(counts.gaps));
    CHECK(shown.at(QStringLiteral("Factors")) == countText(counts.factors));
    CHECK(shown.at(QStringLiteral("Upskilling")) == countText(counts.upskilling));
    CHECK(shown.at(QStringLiteral("Strategies")) == countText(counts.strategies));
    CHECK(shown.at(QStringLiteral("Last time")) == countText(counts.actionReviews));
    if (counts.actions > 0)
        CHECK(shown.at(QStringLiteral("Focus and plan")) == QString::number(counts.actions));
    const char *stages[] = {"Acknowledge", "Explore why", "Plan", "Support"};
    for (int stage = 0; stage < meetingStageCount; ++stage) {
        if (counts.meetingNotes[stage] > 0) {
            CHECK(shown.at(QString::fromLatin1(stages[stage])) ==
                  QString::number(counts.meetingNotes[stage]));
        }
    }
    CHECK(counts.results > 0); // the sample team prepared its sessions

    // The results page lists every stored result, with the sentence a manager would say.
    opened->showStep(SessionStep::Results);
    const SessionPrep prep = store.sessions().loadPrep(session->id);
    auto *resultsPage = qobject_cast<PrepResultsPage *>(opened->currentPage());
    REQUIRE(resultsPage != nullptr);
    const QAbstractItemModel *results = resultsPage->editor()->view()->model();
    REQUIRE(results->rowCount() == static_cast<int>(prep.results.size()));
    for (int row = 0; row < results->rowCount(); ++row) {
        const Result &result = prep.results.at(static_cast<std::size_t>(row));
        const QString metric = results->index(row, resultsColumn::Metric).data().toString();
        const QString name = results->index(row, resultsColumn::Name).data().toString();
        CHECK((metric == u"Custom" ? name : metric).toStdString() == metricLabel(result));
        CHECK(resultsPage->readingsText().contains(
            QString::fromStdString(readResult(result, session->cadence).sentence)));
    }

    // Reopening brings the same window forward instead of a second one.
    window.action(Command::OpenSession)->trigger();
    CHECK(window.sessionWindow(session->id) == opened);
    int sessionWindows = 0;
    for (QWidget *top : QApplication::topLevelWidgets())
        sessionWindows += qobject_cast<SessionWindow *>(top) && top->isVisible() ? 1 : 0;
    CHECK(sessionWindows == 1);

    // Ctrl+PgDown and Ctrl+PgUp move between steps; Ctrl+W closes.
    opened->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(opened));
    opened->showStep(SessionStep::Results);
    QTest::keyClick(opened, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(opened->currentStep() == SessionStep::SelfAudit);
    QTest::keyClick(opened, Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(opened, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(opened->currentStep() == SessionStep::LastTime);
    QTest::keyClick(opened, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(opened->currentStep() == SessionStep::WrapUp);
    QPointer<SessionWindow> closing = opened;
    QTest::keyClick(opened, Qt::Key_W, Qt::ControlModifier);
    CHECK(QTest::qWaitFor([&] { return closing.isNull(); }));
    CHECK(window.sessionWindow(session->id) == nullptr);
}

TEST_CASE("An empty session says who fills in each step", "[gui][session]")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("fresh.db"));
    Person manager;
    manager.name = "Morgan Lee";
    manager.role = Role::Manager;
    const Id managerId = store->people().add(manager);
    Person dana;
    dana.name = "Dana Fox";
    dana.managerId = managerId;
    const Id danaId = store->people().add(dana);
    Session session;
    session.salespersonId = danaId;
    session.managerId = managerId;
    session.meetingDate = todayUtc();
    session.periodStart = addDays(todayUtc(), -30);
    session.periodEnd = addDays(todayUtc(), -1);
    const Id sessionId = store->sessions().create(session);

    SessionWindow window(*store, sessionId);
    window.show();
    for (const auto &[step, shown] : stepsShown(window)) {
        if (step == u"Last time")
            CHECK(shown == u"first");
        else if (step == u"Ready")
            CHECK(shown == u"draft");
        else
            CHECK(shown == u"empty");
    }
    // The Prepare steps are the salesperson's pages, ready to be filled in.
    REQUIRE(qobject_cast<PrepLastTimePage *>(window.currentPage()) != nullptr);
    const auto labels = window.currentPage()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(u"This is the first session");
    }));
    window.showStep(SessionStep::Gaps);
    auto *gaps = qobject_cast<PrepGapsPage *>(window.currentPage());
    REQUIRE(gaps != nullptr);
    CHECK(gaps->isVisible());
    CHECK(gaps->editor()->view()->model()->rowCount() == 0);

    // The meeting steps are the manager's meeting pages, waiting for the meeting to start.
    window.showStep(SessionStep::Explore);
    REQUIRE(window.currentPage() == window.meetingWorkspace());
    CHECK(window.meetingWorkspace()->currentPage() == MeetingPage::Explore);
}
