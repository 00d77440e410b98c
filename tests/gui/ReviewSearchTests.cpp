// Search as a person types: a planted word is found and highlighted, a private note only in
// the manager's view, and a result opens the session at its part.

#include "ReviewTestSupport.h"

#include "gui/SearchHitDelegate.h"
#include "gui/SearchResultsModel.h"
#include "gui/SearchWindow.h"
#include "gui/SessionWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace reins;
using namespace reins::gui;

namespace {

// Types the words like a person and waits for the search that runs when the typing pauses.
bool typeAndWait(SearchWindow &search, const QString &words, int expectedRows)
{
    search.searchField()->clear();
    QSignalSpy searched(search.model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(search.searchField(), words);
    return QTest::qWaitFor(
        [&] { return searched.count() > 0 && search.model()->rowCount() == expectedRows; },
        SearchWindow::typingPauseMs * 8);
}

} // namespace

TEST_CASE("Search finds a planted word, hides private notes outside the manager's view and "
          "opens the session at the part",
          "[gui][review][search]")
{
    QSettings().setValue(QStringLiteral("machine/role"), QStringLiteral("manager"));
    test::ReviewFixture fixture;
    Id gapSession = 0;
    Id noteSession = 0;
    std::string salesperson;
    {
        auto store = storage::SqliteDataStore::open(fixture.path);
        const Person person = test::ReviewFixture::firstSalesperson(*store);
        salesperson = person.name;
        const auto sessions = store->sessions().listForSalesperson(person.id);
        REQUIRE(sessions.size() >= 2);
        gapSession = sessions[1].session.id;
        SessionPrep prep = store->sessions().loadPrep(gapSession);
        prep.gaps.push_back(
            {0, "Objection handling with zanzibarish procurement teams", {}, Priority::High});
        store->sessions().savePrep(gapSession, prep);
        noteSession = sessions[0].session.id;
        MeetingRecord meeting = store->sessions().loadMeeting(noteSession);
        meeting.notes.push_back({0, MeetingStage::Explore, "Private",
                                 "Seems tired; ask about the quokkaword workload", true});
        store->sessions().saveMeeting(noteSession, meeting);
    }
    auto window = fixture.openMainWindow();
    ReviewMenu &review = test::ReviewFixture::reviewMenu(*window);
    REQUIRE(review.managersViewAction()->isCheckable());
    REQUIRE(review.managersViewAction()->isChecked()); // the role is manager

    review.searchAction()->trigger();
    SearchWindow *search = review.searchWindow();
    REQUIRE(search);
    test::ModelTesterMessages messages;
    QAbstractItemModelTester tester(search->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    // Found as the word is typed, named and highlighted.
    REQUIRE(typeAndWait(*search, QStringLiteral("zanzibar"), 1));
    const QModelIndex hit = search->model()->index(0);
    const QString heading = hit.data(SearchResultsModel::HeadingRole).toString();
    CHECK(heading.contains(QString::fromStdString(salesperson)));
    CHECK(heading.contains(QStringLiteral("Gap")));
    const QString html = hit.data(SearchResultsModel::SnippetHtmlRole).toString();
    CHECK(html.contains(QStringLiteral("zanzibarish</b>")));
    CHECK(html.contains(QStringLiteral("<b ")));
    CHECK_FALSE(html.contains(QChar(0x02)));
    CHECK(SearchHitDelegate::hitHtml(hit).contains(QStringLiteral("zanzibarish</b>")));
    CHECK(hit.data(SearchResultsModel::StepRole).toInt() == static_cast<int>(SessionStep::Gaps));

    // The private note: found in the manager's view, not without it.
    REQUIRE(typeAndWait(*search, QStringLiteral("quokkaword"), 1));
    CHECK(search->model()->index(0).data(SearchResultsModel::PrivateRole).toBool());
    review.managersViewAction()->trigger(); // off
    CHECK_FALSE(search->managersView());
    CHECK(search->model()->rowCount() == 0);
    review.managersViewAction()->trigger(); // on again
    CHECK(search->model()->rowCount() == 1);

    // Opening a result shows its session at the part it was found in.
    REQUIRE(typeAndWait(*search, QStringLiteral("zanzibarish procurement"), 1));
    QListView *view = search->resultView();
    const QModelIndex first = search->model()->index(0);
    // A double-click is a press and release, then the second press.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    SessionWindow *session = window->sessionWindow(gapSession);
    REQUIRE(session);
    CHECK(session->currentStep() == SessionStep::Gaps);

    // The meeting note opens on its meeting stage.
    REQUIRE(typeAndWait(*search, QStringLiteral("quokkaword"), 1));
    emit view->activated(search->model()->index(0));
    SessionWindow *noteWindow = window->sessionWindow(noteSession);
    REQUIRE(noteWindow);
    CHECK(noteWindow->currentStep() == SessionStep::Explore);
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("The manager's view starts off on a salesperson's machine", "[gui][review][search]")
{
    QSettings().setValue(QStringLiteral("machine/role"), QStringLiteral("salesperson"));
    test::ReviewFixture fixture({1, 2});
    auto window = fixture.openMainWindow();
    CHECK_FALSE(test::ReviewFixture::reviewMenu(*window).managersViewAction()->isChecked());
    QSettings().remove(QStringLiteral("machine/role"));
}

TEST_CASE("Search parts map to the session window's steps", "[gui][review][search]")
{
    CHECK(stepForSearchPart("meeting note:plan") == SessionStep::Plan);
    CHECK(stepForSearchPart("action") == SessionStep::FocusAndPlan);
    CHECK(stepForSearchPart("self-audit") == SessionStep::SelfAudit);
    CHECK(stepForSearchPart("action review") == SessionStep::LastTime);
    CHECK_FALSE(stepForSearchPart("something else").has_value());
    CHECK(snippetHtml("a <b> \x02word\x03 & more") ==
          QStringLiteral("a &lt;b&gt; <b style=\"background-color:#ffe98a; "
                         "color:#1a1a1a\">word</b> &amp; more"));
}
