// Comparing sessions from the main window: select two sessions with Ctrl+click, press
// Compare, and read the changes as a manager would.

#include "ReviewTestSupport.h"

#include "gui/CompareChooserDialog.h"
#include "gui/CompareWindow.h"
#include "gui/ComparisonModel.h"
#include "gui/SessionTableModel.h"
#include "reins/Comparison.h"
#include "reins/ResultAnalysis.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <cmath>

using namespace reins;
using namespace reins::gui;

namespace {

QTableView *sessionView(const MainWindow &window)
{
    return window.findChild<QTableView *>();
}

void clickSessionRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

std::optional<Amount> revenueOf(DataStore &store, Id sessionId)
{
    for (const Result &result : store.sessions().loadPrep(sessionId).results) {
        if (result.metric == Metric::Revenue)
            return result.actual;
    }
    return std::nullopt;
}

// The change in permille, rounded half away from zero, worked out here from the figures.
std::int64_t changePermille(std::int64_t now, std::int64_t then)
{
    const double exact = static_cast<double>(now - then) * 1000.0 / static_cast<double>(then);
    return static_cast<std::int64_t>(std::llround(exact));
}

} // namespace

TEST_CASE("Two sessions selected with Ctrl+click compare with the revenue change",
          "[gui][review][compare]")
{
    QSettings().remove(QStringLiteral("CompareWindow/hideUnchanged"));
    test::ReviewFixture fixture;
    auto window = fixture.openMainWindow();
    ReviewMenu &review = test::ReviewFixture::reviewMenu(*window);
    const Person person = test::ReviewFixture::firstSalesperson(window->store());
    window->selectPerson(person.id);

    QTableView *view = sessionView(*window);
    REQUIRE(view->model()->rowCount() >= 2);
    // Newest first: row 0 is the latest session, row 1 the one before it.
    clickSessionRow(view, 0, Qt::NoModifier);
    clickSessionRow(view, 1, Qt::ControlModifier);
    const std::vector<Id> selected = review.selectedSessionIds();
    REQUIRE(selected.size() == 2);
    const Id newer = selected[0];
    const Id older = selected[1];

    auto *compareButton =
        test::buttonWithText<QToolButton>(window.get(), QStringLiteral("Compare"));
    REQUIRE(compareButton);
    QTest::mouseClick(compareButton, Qt::LeftButton);
    CompareWindow *compare = review.compareWindow();
    REQUIRE(compare);
    REQUIRE(compare->isVisible());
    ComparisonModel *model = compare->model();
    REQUIRE(model->columnCount() == 3);

    test::ModelTesterMessages messages;
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);

    // The older session is the first column; the revenue's delta sits beside the newer one.
    const auto then = revenueOf(window->store(), older);
    const auto now = revenueOf(window->store(), newer);
    REQUIRE(then);
    REQUIRE(now);
    REQUIRE(then->hundredths > 0);
    const std::string expectedDelta =
        formatChange(changePermille(now->hundredths, then->hundredths));
    const QModelIndex revenue = model->indexOfPart(QStringLiteral("Revenue"), 2);
    REQUIRE(revenue.isValid());
    CHECK(revenue.data(ComparisonModel::DeltaRole).toString() ==
          QString::fromStdString(expectedDelta));
    CHECK(revenue.data(Qt::DisplayRole).toString().contains(QString::fromStdString(expectedDelta)));
    if (now->hundredths != then->hundredths) {
        const bool up = now->hundredths > then->hundredths;
        CHECK(revenue.data(ComparisonModel::ChangeRole).toInt() ==
              static_cast<int>(up ? Change::Up : Change::Down));
        CHECK(revenue.data(Qt::DisplayRole)
                  .toString()
                  .contains(up ? QStringLiteral("\u2191") : QStringLiteral("\u2193")));
        CHECK(revenue.data(Qt::BackgroundRole).isValid());
    }
    // The first column compares with nothing.
    CHECK(model->indexOfPart(QStringLiteral("Revenue"), 1)
              .data(ComparisonModel::DeltaRole)
              .toString()
              .isEmpty());

    // An unchanged row, present in both sessions, folds away with "Hide unchanged rows".
    QString unchanged;
    for (const ComparisonRow &row : model->comparison().rows) {
        if (!row.differs() && row.section != ComparisonSection::Overview && row.cells[0].text &&
            row.cells[1].text) {
            unchanged = QString::fromStdString(row.label);
            break;
        }
    }
    REQUIRE_FALSE(unchanged.isEmpty());
    CHECK(model->indexOfPart(unchanged).isValid());
    const int sectionsBefore = model->rowCount();
    QTest::mouseClick(compare->hideUnchangedBox(), Qt::LeftButton, {},
                      QPoint(8, compare->hideUnchangedBox()->height() / 2));
    REQUIRE(compare->hideUnchangedBox()->isChecked());
    CHECK_FALSE(model->indexOfPart(unchanged).isValid());
    CHECK(model->rowCount() <= sectionsBefore);
    // What changed stays.
    if (now->hundredths != then->hundredths)
        CHECK(model->indexOfPart(QStringLiteral("Revenue"), 2).isValid());
    compare->hideUnchangedBox()->setChecked(false);
    CHECK(model->indexOfPart(unchanged).isValid());
    CHECK(messages.messages().isEmpty());
    QSettings().remove(QStringLiteral("CompareWindow/hideUnchanged"));
}

TEST_CASE("Compare with one selected session says to select two or more", "[gui][review][compare]")
{
    test::ReviewFixture fixture;
    auto window = fixture.openMainWindow();
    ReviewMenu &review = test::ReviewFixture::reviewMenu(*window);
    window->selectPerson(test::ReviewFixture::firstSalesperson(window->store()).id);
    clickSessionRow(sessionView(*window), 0, Qt::NoModifier);

    QString said;
    test::ModalDriver driver;
    driver.thenMessageBox([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    review.compareSelectedAction()->trigger();
    REQUIRE(driver.allHandled());
    CHECK(said.contains(QStringLiteral("at least two")));
    CHECK(review.compareWindow() == nullptr);

    // Five are too many.
    driver.thenMessageBox([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    CHECK(review.compare({1, 2, 3, 4, 5}) == nullptr);
    REQUIRE(driver.allHandled());
    CHECK(said.contains(QStringLiteral("at most 4")));
}

TEST_CASE("The compare chooser takes sessions of two salespeople", "[gui][review][compare]")
{
    test::ReviewFixture fixture;
    auto window = fixture.openMainWindow();
    ReviewMenu &review = test::ReviewFixture::reviewMenu(*window);
    DataStore &store = window->store();
    std::vector<Id> picks;
    QStringList names;
    for (const Person &person : store.people().listAll()) {
        if (person.role != Role::Salesperson || picks.size() == 2)
            continue;
        picks.push_back(store.sessions().listForSalesperson(person.id).front().session.id);
        names << QString::fromStdString(person.name);
    }
    REQUIRE(picks.size() == 2);

    test::ModalDriver driver;
    driver.then([&](QWidget *modal) {
        auto *dialog = qobject_cast<CompareChooserDialog *>(modal);
        CHECK(dialog);
        if (!dialog)
            return;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->setSessionChecked(picks[0], true);
        CHECK_FALSE(ok->isEnabled()); // one is not enough
        dialog->setSessionChecked(picks[1], true);
        CHECK(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    review.compareChooserAction()->trigger();
    REQUIRE(driver.allHandled());
    CompareWindow *compare = review.compareWindow();
    REQUIRE(compare);
    REQUIRE(compare->model()->columnCount() == 3);
    const QString titles =
        compare->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() +
        compare->model()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString();
    CHECK(titles.contains(names[0]));
    CHECK(titles.contains(names[1]));
}
