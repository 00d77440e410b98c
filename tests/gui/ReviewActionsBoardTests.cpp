// The open actions board: owner filter, overdue first, and a double-click that opens the
// session on its Focus-and-plan step.

#include "ReviewTestSupport.h"

#include "gui/ActionsBoard.h"
#include "gui/ActionsBoardModel.h"
#include "gui/SessionWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace reins;
using namespace reins::gui;

namespace {

Id plantAction(DataStore &store, const Session &session, const std::string &text, ActionOwner owner,
               std::optional<Date> due)
{
    Action action;
    action.salespersonId = session.salespersonId;
    action.originSessionId = session.id;
    action.description = text;
    action.owner = owner;
    action.dueDate = due;
    return store.actions().add(action);
}

// The board's rows as the model shows them.
std::vector<OpenActionRow> shown(const ActionsBoard &board)
{
    return board.model()->shownRows();
}

} // namespace

TEST_CASE("The actions board filters by owner and puts overdue actions first",
          "[gui][review][actions]")
{
    test::ReviewFixture fixture;
    auto window = fixture.openMainWindow();
    DataStore &store = window->store();
    const Date today = todayUtc();
    const Person person = test::ReviewFixture::firstSalesperson(store);
    const Session latest = store.sessions().listForSalesperson(person.id).front().session;
    plantAction(store, latest, "Call back the Harbour account", ActionOwner::Manager,
                addDays(today, 9));
    plantAction(store, latest, "Send the overdue pricing sheet", ActionOwner::Manager,
                addDays(today, -3));
    plantAction(store, latest, "Someday: tidy the CRM tags", ActionOwner::Salesperson,
                std::nullopt);

    ReviewMenu &review = test::ReviewFixture::reviewMenu(*window);
    review.actionsBoardAction()->trigger();
    ActionsBoard *board = review.actionsBoard();
    REQUIRE(board);
    test::ModelTesterMessages messages;
    QAbstractItemModelTester tester(board->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    // The whole team: every open action, overdue ones first, the undated last.
    const auto all = store.actions().listAllOpen();
    REQUIRE(board->model()->rowCount() == static_cast<int>(all.size()));
    auto rows = shown(*board);
    REQUIRE(board->model()->overdueCount() >= 1);
    bool pastOverdue = false;
    for (const OpenActionRow &row : rows) {
        const bool overdue = row.action.dueDate && *row.action.dueDate < today;
        if (!overdue)
            pastOverdue = true;
        CHECK_FALSE((overdue && pastOverdue));
    }
    CHECK(board->model()
              ->index(0, ActionsBoardModel::Due)
              .data(ActionsBoardModel::OverdueRole)
              .toBool());
    CHECK(board->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(rows.back().action.dueDate.has_value());

    // Manager commitments only.
    board->ownerCombo()->setCurrentIndex(
        board->ownerCombo()->findText(QStringLiteral("Manager commitments")));
    rows = shown(*board);
    const auto managers = std::count_if(all.begin(), all.end(), [](const Action &action) {
        return action.owner == ActionOwner::Manager;
    });
    CHECK(static_cast<long>(rows.size()) == managers);
    for (const OpenActionRow &row : rows)
        CHECK(row.action.owner == ActionOwner::Manager);
    const auto overdueRow = std::find_if(rows.begin(), rows.end(), [](const OpenActionRow &row) {
        return row.action.description == "Send the overdue pricing sheet";
    });
    REQUIRE(overdueRow != rows.end());
    CHECK(overdueRow == rows.begin()); // three days late: nothing of the manager's is later

    // The salesperson's own, for one salesperson.
    board->ownerCombo()->setCurrentIndex(
        board->ownerCombo()->findText(QStringLiteral("Salesperson's actions")));
    board->showSalesperson(person.id);
    rows = shown(*board);
    REQUIRE_FALSE(rows.empty());
    for (const OpenActionRow &row : rows) {
        CHECK(row.action.owner == ActionOwner::Salesperson);
        CHECK(row.action.salespersonId == person.id);
    }
    CHECK(board->view()->isColumnHidden(ActionsBoardModel::Salesperson));

    // A double-click opens the planning session on Focus and plan.
    board->ownerCombo()->setCurrentIndex(0);
    QTableView *view = board->view();
    const QModelIndex first = board->model()->index(0, ActionsBoardModel::Description);
    const Id sessionId = board->model()->rowAt(first)->action.originSessionId;
    // A double-click is a press and release, then the second press.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    SessionWindow *session = window->sessionWindow(sessionId);
    REQUIRE(session);
    CHECK(session->currentStep() == SessionStep::FocusAndPlan);
    CHECK(messages.messages().isEmpty());
}
