// The Pareto panel: the sentence, the ranked table and the chart follow the core breakdown.

#include "GuiTestSupport.h"

#include "gui/ParetoPanel.h"
#include "reins/Domain.h"
#include "reins/Pareto.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace reins;
using namespace reins::gui;
using reins::test::buttonWithText;

namespace {

SalesRecord sale(const char *account, const char *product, const char *activity, std::int64_t euros,
                 unsigned day = 1)
{
    SalesRecord record;
    record.salespersonId = 1;
    record.date = Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{day}};
    record.account = account;
    record.product = product;
    record.activity = activity;
    record.amount = Amount::fromWhole(euros);
    record.currency = "EUR";
    record.stage = "won";
    return record;
}

// Five accounts, Fischer clearly first; products ranked differently from accounts.
std::vector<SalesRecord> fiveAccounts()
{
    return {
        sale("Fischer Logistik GmbH", "Support Plan", "Renewal", 40000, 2),
        sale("Fischer Logistik GmbH", "Fleet Tracker", "Order", 12000, 3),
        sale("Nordlicht AG", "Support Plan", "Renewal", 21000, 4),
        sale("Brandt & Söhne KG", "Route Planner", "Order", 9000, 5),
        sale("Alpen Bau GmbH", "Route Planner", "Upsell", 5000, 6),
        sale("Hansa Medical", "Onboarding", "Order", 3000, 7),
        sale("Hansa Medical", "Onboarding", "Order", -500, 8), // a refund
    };
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

TEST_CASE("The ranking starts with the largest account and marks the vital few", "[gui][pareto]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ParetoPanel panel;
    panel.resize(900, 700);
    panel.show();
    const auto records = fiveAccounts();
    panel.setRecords(records);

    const ParetoBreakdown core = paretoBreakdown(records, ParetoDimension::Account);
    CHECK_FALSE(panel.isShowingEmptyState());
    CHECK(panel.summaryText().toStdString() == core.sentence(ParetoDimension::Account));
    CHECK(panel.summaryText() == u"2 of 5 accounts (40%) make 80% of the amount.");

    const ParetoTableModel *model = panel.rankingModel();
    REQUIRE(model->rowCount() == 5);
    CHECK(model->headerData(ParetoTableModel::Label, Qt::Horizontal).toString() == u"Account");
    CHECK(cell(model, 0, ParetoTableModel::Rank) == u"1");
    CHECK(cell(model, 0, ParetoTableModel::Label) == u"Fischer Logistik GmbH");
    CHECK(cell(model, 0, ParetoTableModel::Amount) == u"52,000.00 EUR");
    CHECK(cell(model, 0, ParetoTableModel::Sales) == u"2");
    CHECK(cell(model, 0, ParetoTableModel::Share) == u"58.1%");
    CHECK(cell(model, 1, ParetoTableModel::Cumulative) == u"81.6%");
    CHECK(cell(model, 4, ParetoTableModel::Amount) == u"2,500.00 EUR");
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO("row " << row);
        CHECK(model->data(model->index(row, 0), ParetoTableModel::VitalFewRole).toBool() ==
              core.entries[static_cast<std::size_t>(row)].vitalFew);
        CHECK(cell(model, row, ParetoTableModel::Label).toStdString() ==
              core.entries[static_cast<std::size_t>(row)].label);
    }
    // Vital rows look different from the rest.
    CHECK(model->data(model->index(0, 1), Qt::BackgroundRole).isValid());
    CHECK_FALSE(model->data(model->index(3, 1), Qt::BackgroundRole).isValid());

    SECTION("switching to products ranks products")
    {
        auto *products = buttonWithText<QPushButton>(&panel, QStringLiteral("Products"));
        REQUIRE(products != nullptr);
        QTest::mouseClick(products, Qt::LeftButton);
        CHECK(panel.dimension() == ParetoDimension::Product);
        const ParetoBreakdown byProduct = paretoBreakdown(records, ParetoDimension::Product);
        CHECK(panel.summaryText().toStdString() == byProduct.sentence(ParetoDimension::Product));
        CHECK(model->headerData(ParetoTableModel::Label, Qt::Horizontal).toString() == u"Product");
        REQUIRE(model->rowCount() == 4);
        CHECK(cell(model, 0, ParetoTableModel::Label) == u"Support Plan");
        CHECK(cell(model, 0, ParetoTableModel::Amount) == u"61,000.00 EUR");
        CHECK(cell(model, 3, ParetoTableModel::Label) == u"Onboarding");
    }
    SECTION("activities, chosen from code, rank activities")
    {
        panel.setDimension(ParetoDimension::Activity);
        CHECK(buttonWithText<QPushButton>(&panel, QStringLiteral("Activities"))->isChecked());
        CHECK(cell(model, 0, ParetoTableModel::Label) == u"Renewal");
    }
}

TEST_CASE("No records shows the empty state", "[gui][pareto]")
{
    ParetoPanel panel;
    panel.setRecords({});
    CHECK(panel.isShowingEmptyState());
    CHECK(panel.summaryText() ==
          u"Import sales data to see which accounts make most of your results.");
    CHECK(panel.rankingModel()->rowCount() == 0);

    panel.setRecords(fiveAccounts());
    CHECK_FALSE(panel.isShowingEmptyState());
    panel.setRecords({});
    CHECK(panel.isShowingEmptyState());
    CHECK(panel.chart()->series().isEmpty());
}

TEST_CASE("The chart draws the top entries and gathers the rest as Others", "[gui][pareto]")
{
    std::vector<SalesRecord> records;
    std::vector<std::string> names;
    for (int account = 0; account < 40; ++account)
        names.push_back("Account " + std::to_string(account + 1));
    for (int account = 0; account < 40; ++account)
        records.push_back(sale(names[static_cast<std::size_t>(account)].c_str(), "P", "Order",
                               100000 / (account + 1)));
    ParetoPanel panel;
    panel.setRecords(records);

    const auto axes = panel.chart()->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    const auto *categories = qobject_cast<QBarCategoryAxis *>(axes.front());
    REQUIRE(categories != nullptr);
    REQUIRE(categories->count() == ParetoPanel::chartEntries + 1);
    CHECK(categories->at(0) == u"Account 1");
    CHECK(categories->at(ParetoPanel::chartEntries) == u"Others (25)");
    // Bars, cumulative line and the 80% reference.
    CHECK(panel.chart()->series().size() == 3);
    // The table still ranks every account.
    CHECK(panel.rankingModel()->rowCount() == 40);
}

TEST_CASE("Mixed currencies are pointed out", "[gui][pareto]")
{
    auto records = fiveAccounts();
    records.back().currency = "USD";
    ParetoPanel panel;
    panel.setRecords(records);
    const auto labels = panel.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text().contains(u"several currencies (EUR, USD)");
    }));
    // Amounts then carry no currency, rather than a wrong one.
    CHECK(cell(panel.rankingModel(), 0, ParetoTableModel::Amount) == u"52,000.00");
}

TEST_CASE("The ranking model passes the model tester", "[gui][pareto]")
{
    reins::test::ModelTesterMessages messages;
    ParetoPanel panel;
    QAbstractItemModelTester tester(panel.rankingModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    panel.setRecords(fiveAccounts());
    panel.setDimension(ParetoDimension::Product);
    panel.setDimension(ParetoDimension::Activity);
    panel.setRecords({});
    CHECK(messages.messages().isEmpty());
}

// Not run by default: renders the panel with a sample salesperson's year of sales, for the
// user guide. REINS_SCREENSHOT_DIR names the folder (default: the temp folder).
TEST_CASE("Pareto panel screenshot", "[.screenshot][pareto]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    reins::test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("sample.db"));
    const Date today{std::chrono::year{2026}, std::chrono::November, std::chrono::day{2}};
    (void)writeSampleTeam(*store, {}, today);
    Id salesperson = 0;
    for (const Person &person : store->people().listAll()) {
        if (person.role == Role::Salesperson) {
            salesperson = person.id;
            break;
        }
    }
    const auto records = store->salesRecords().listFor(salesperson, addDays(today, -365), today);
    REQUIRE_FALSE(records.empty());

    const QString folder = qEnvironmentVariableIsEmpty("REINS_SCREENSHOT_DIR")
                               ? QDir::tempPath()
                               : qEnvironmentVariable("REINS_SCREENSHOT_DIR");
    // Framed as a page of the session window would frame it.
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *panel = new ParetoPanel(&page);
    layout->addWidget(panel);
    page.resize(960, 760);
    panel->setRecords(records);
    page.show();
    QTest::qWait(50);
    CHECK(page.grab().save(folder + QStringLiteral("/pareto-accounts.png")));
    panel->setDimension(ParetoDimension::Product);
    QTest::qWait(50);
    CHECK(page.grab().save(folder + QStringLiteral("/pareto-products.png")));
    // The whole team: more accounts than the chart draws one by one.
    std::vector<SalesRecord> team;
    for (const Person &person : store->people().listAll()) {
        const auto theirs = store->salesRecords().listFor(person.id, addDays(today, -365), today);
        team.insert(team.end(), theirs.begin(), theirs.end());
    }
    panel->setDimension(ParetoDimension::Account);
    panel->setRecords(team);
    QTest::qWait(50);
    CHECK(page.grab().save(folder + QStringLiteral("/pareto-team.png")));
    panel->setRecords({});
    QTest::qWait(50);
    CHECK(page.grab().save(folder + QStringLiteral("/pareto-empty.png")));
}
