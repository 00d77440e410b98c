// The trends window draws one point per session for each series the core's trends hold.

#include "ReviewTestSupport.h"

#include "gui/TrendsWindow.h"
#include "reins/Trends.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace reins;
using namespace reins::gui;

namespace {

QLineSeries *lineNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

int pointsWithValue(const std::vector<TrendPoint> &points)
{
    return static_cast<int>(std::count_if(points.begin(), points.end(),
                                          [](const TrendPoint &point) { return point.value; }));
}

} // namespace

TEST_CASE("The trends window draws every session's point in each chart", "[gui][review][trends]")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("trends.reins"));
    (void)writeSampleTeam(*store, {2, 7}, todayUtc());
    const Person person = test::ReviewFixture::firstSalesperson(*store);
    const SalespersonTrends trends = trendsFor(*store, person.id, TrendsWindow::radarSessionsBack);

    TrendsWindow window(*store);
    window.showSalesperson(person.id);
    window.show();
    REQUIRE_FALSE(window.showsEmptyState());

    // Results: the chosen metric's actuals and targets, one point per session.
    REQUIRE(window.metricCombo()->count() == static_cast<int>(trends.results.size()));
    const QString metric = window.metricCombo()->currentText();
    CHECK(metric == QStringLiteral("Revenue"));
    const auto &revenue = trends.results.at(metric.toStdString());
    QChart *results = window.chart(TrendChart::Results);
    REQUIRE(results);
    QLineSeries *actual = lineNamed(results, QStringLiteral("Actual"));
    QLineSeries *target = lineNamed(results, QStringLiteral("Target"));
    REQUIRE(actual);
    REQUIRE(target);
    CHECK(actual->count() == pointsWithValue(revenue));
    CHECK(actual->count() == 7);
    CHECK(target->pen().style() == Qt::DashLine);

    // Another metric redraws the chart for it.
    if (window.metricCombo()->count() > 1) {
        const int other = window.metricCombo()->currentIndex() == 0 ? 1 : 0;
        window.metricCombo()->setCurrentIndex(other);
        const auto &points = trends.results.at(window.metricCombo()->currentText().toStdString());
        QLineSeries *otherActual =
            lineNamed(window.chart(TrendChart::Results), QStringLiteral("Actual"));
        REQUIRE(otherActual);
        CHECK(otherActual->count() == pointsWithValue(points));
    }

    // Self-audit: four groups.
    QChart *skills = window.chart(TrendChart::SkillGroups);
    REQUIRE(skills->series().size() == 4);
    for (std::size_t group = 0; group < 4; ++group) {
        auto *line = qobject_cast<QLineSeries *>(skills->series()[static_cast<int>(group)]);
        REQUIRE(line);
        CHECK(line->count() == pointsWithValue(trends.skillGroups[group]));
    }

    // The radar: two closed rings around the rated skills.
    QChart *radar = window.chart(TrendChart::Radar);
    REQUIRE(radar->chartType() == QChart::ChartTypePolar);
    REQUIRE(radar->series().size() == 2);
    const auto rated =
        std::count_if(trends.skillsThen.begin(), trends.skillsThen.end(),
                      [](const auto &skill) { return skill.latest || skill.earlier; });
    for (QAbstractSeries *series : radar->series())
        CHECK(qobject_cast<QLineSeries *>(series)->count() == static_cast<int>(rated) + 1);

    // Actions done: one bar per session with a plan.
    QChart *completion = window.chart(TrendChart::ActionCompletion);
    REQUIRE(completion->series().size() == 1);
    auto *bars = qobject_cast<QBarSeries *>(completion->series().front());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    CHECK(bars->barSets().front()->count() == static_cast<int>(trends.actionCompletion.size()));

    // Coaching balance with its 90% goal line.
    QChart *balance = window.chart(TrendChart::Balance);
    QLineSeries *share = lineNamed(balance, QStringLiteral("Time on solutions"));
    QLineSeries *goal = lineNamed(balance, QStringLiteral("Goal 90%"));
    REQUIRE(share);
    REQUIRE(goal);
    CHECK(share->count() == static_cast<int>(trends.solutionShare.size()));
    CHECK(goal->at(0).y() == 90.0);
}

TEST_CASE("The trends window has an empty state for a salesperson without sessions",
          "[gui][review][trends]")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("trends.reins"));
    Person newcomer;
    newcomer.name = "Nora New";
    newcomer.role = Role::Salesperson;
    const Id id = store->people().add(newcomer);

    TrendsWindow window(*store);
    window.showSalesperson(id);
    CHECK(window.showsEmptyState());
    CHECK(window.windowTitle().contains(QStringLiteral("Nora New")));
}
