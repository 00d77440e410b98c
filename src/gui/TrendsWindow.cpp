#include "gui/TrendsWindow.h"
#include "ui_TrendsWindow.h"

#include "gui/QtConvert.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/Trends.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMessageBox>
#include <QPen>
#include <QPolarChart>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace reins::gui {

namespace {

const QColor actualColour(0x1f, 0x6f, 0xb5);
const QColor targetColour(0x8a, 0x8f, 0x98);
const QColor goalColour(0x2e, 0x9e, 0x5b);
const QColor earlierColour(0xb0, 0xb6, 0xc0);
const QColor groupColours[4] = {
    {0x1f, 0x6f, 0xb5}, {0xe0, 0x8a, 0x1e}, {0x2e, 0x9e, 0x5b}, {0x9b, 0x4d, 0xca}};

// The legend has room for a word per group; the tooltips name the group in full.
QString shortGroupName(std::size_t group)
{
    switch (group) {
    case 0:
        return QObject::tr("Knowledge");
    case 1:
        return QObject::tr("Preparation");
    case 2:
        return QObject::tr("Conversation");
    default:
        return QObject::tr("Pipeline");
    }
}

qreal msecs(Date date)
{
    return static_cast<qreal>(QDateTime(toQDate(date), QTime(12, 0)).toMSecsSinceEpoch());
}

QString shortDate(Date date)
{
    return QLocale().toString(toQDate(date), QStringLiteral("MMM yy"));
}

QString number(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return QLocale().toString(rounded, 'f',
                              std::fabs(rounded - std::round(rounded)) < 0.005 ? 0 : 1);
}

// A clean chart: no drop shadow, a small bold title, the legend below.
QChart *prepare(QChartView *view, QChart *chart, const QString &title)
{
    chart->setTitle(title);
    // A screen reader cannot read the title drawn inside the chart.
    view->setAccessibleName(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(view->font().pointSizeF() * 1.05);
    chart->setTitleFont(titleFont);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = view->chart();
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    if (old && old != chart)
        delete old;
    return chart;
}

QDateTimeAxis *dateAxis(Date first, Date last)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("MMM yy"));
    // A little room either side, so the first and the last point are not cut in half.
    axis->setRange(QDateTime(toQDate(addDays(first, -12)), QTime(0, 0)),
                   QDateTime(toQDate(addDays(last, 12)), QTime(0, 0)));
    const int days = daysBetween(first, last);
    axis->setTickCount(std::clamp(days / 45 + 2, 2, 7));
    return axis;
}

QValueAxis *valueAxis(double min, double max, int ticks, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTickCount(ticks);
    axis->setLabelFormat(format);
    return axis;
}

// Tooltips with the value of the point nearest the pointer.
void showHoverValues(QXYSeries *series, std::function<QString(int)> describe)
{
    QObject::connect(series, &QXYSeries::hovered, series,
                     [series, describe](const QPointF &point, bool state) {
                         if (!state) {
                             QToolTip::hideText();
                             return;
                         }
                         int nearest = -1;
                         qreal distance = 0;
                         const auto points = series->points();
                         for (int i = 0; i < points.size(); ++i) {
                             const qreal d = std::fabs(points[i].x() - point.x());
                             if (nearest < 0 || d < distance) {
                                 nearest = i;
                                 distance = d;
                             }
                         }
                         if (nearest >= 0)
                             QToolTip::showText(QCursor::pos(), describe(nearest));
                     });
}

} // namespace

struct TrendsWindow::Data {
    std::optional<Id> salespersonId;
    QString salespersonName;
    SalespersonTrends trends;
    int sessionCount = 0;
    std::optional<Date> radarEarlier;
    std::optional<Date> radarLatest;
};

TrendsWindow::TrendsWindow(DataStore &store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::TrendsWindow>())
    , m_data(std::make_unique<Data>())
    , m_store(store)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->summaryLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_ui->emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_ui->emptyLabel->setFont(emptyFont);

    try {
        for (const Person &person : m_store.people().listAll()) {
            if (person.role == Role::Salesperson)
                m_ui->salespersonCombo->addItem(toQString(person.name),
                                                QVariant::fromValue<qint64>(person.id));
        }
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Could not read the team"), toQString(error.what()));
    }
    connect(m_ui->salespersonCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showSalesperson(m_ui->salespersonCombo->itemData(index).toLongLong());
    });
    connect(m_ui->metricCombo, &QComboBox::currentIndexChanged, this, [this] { showResults(); });
    resize(1280, 820);
}

TrendsWindow::~TrendsWindow() = default;

std::optional<Id> TrendsWindow::salespersonId() const
{
    return m_data->salespersonId;
}

bool TrendsWindow::showsEmptyState() const
{
    return m_ui->pages->currentWidget() == m_ui->emptyPage;
}

QComboBox *TrendsWindow::metricCombo() const
{
    return m_ui->metricCombo;
}

QComboBox *TrendsWindow::salespersonCombo() const
{
    return m_ui->salespersonCombo;
}

QChart *TrendsWindow::chart(TrendChart which) const
{
    switch (which) {
    case TrendChart::Results:
        return m_ui->resultsChartView->chart();
    case TrendChart::SkillGroups:
        return m_ui->skillChartView->chart();
    case TrendChart::Radar:
        return m_ui->radarChartView->chart();
    case TrendChart::ActionCompletion:
        return m_ui->completionChartView->chart();
    case TrendChart::Balance:
        return m_ui->balanceChartView->chart();
    }
    return nullptr;
}

void TrendsWindow::showSalesperson(Id salespersonId)
{
    m_data->salespersonId = salespersonId;
    {
        const QSignalBlocker block(m_ui->salespersonCombo);
        m_ui->salespersonCombo->setCurrentIndex(
            m_ui->salespersonCombo->findData(QVariant::fromValue<qint64>(salespersonId)));
    }
    reload();
}

void TrendsWindow::reload()
{
    Data &data = *m_data;
    data.trends = {};
    data.sessionCount = 0;
    data.radarEarlier.reset();
    data.radarLatest.reset();
    data.salespersonName.clear();
    if (data.salespersonId) {
        try {
            if (const auto person = m_store.people().find(*data.salespersonId))
                data.salespersonName = toQString(person->name);
            auto sessions = m_store.sessions().listForSalesperson(*data.salespersonId);
            std::reverse(sessions.begin(), sessions.end()); // oldest first
            data.sessionCount = static_cast<int>(sessions.size());
            data.trends = trendsFor(m_store, *data.salespersonId, radarSessionsBack);
            if (!sessions.empty()) {
                const auto latest = sessions.size() - 1;
                const auto back = static_cast<std::size_t>(radarSessionsBack);
                data.radarLatest = sessions[latest].session.meetingDate;
                data.radarEarlier =
                    sessions[latest >= back ? latest - back : 0].session.meetingDate;
            }
        } catch (const StorageError &error) {
            QMessageBox::warning(this, tr("Could not read the trends"), toQString(error.what()));
        }
    }

    setWindowTitle(data.salespersonName.isEmpty()
                       ? tr("Trends")
                       : tr("Trends \u2013 %1").arg(data.salespersonName));
    m_ui->titleLabel->setText(data.salespersonName.isEmpty()
                                  ? tr("Trends")
                                  : tr("%1's trends").arg(data.salespersonName));
    if (data.sessionCount == 0) {
        m_ui->summaryLabel->clear();
        m_ui->emptyLabel->setText(
            data.salespersonName.isEmpty()
                ? tr("Choose a salesperson to see their trends.")
                : tr("No sessions with %1 yet.\n\nTrends appear here once %1 has prepared "
                     "a session or two: results against target, the self-audit, actions done "
                     "and the coaching balance.")
                      .arg(data.salespersonName));
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->summaryLabel->setText((data.sessionCount == 1
                                     ? tr("One session so far.")
                                     : tr("Over %1 sessions.").arg(data.sessionCount)) +
                                QLatin1Char(' ') + tr("Hover a point for its value."));
    m_ui->pages->setCurrentWidget(m_ui->chartsPage);

    // The metric list, keeping the choice (revenue first when it is there).
    const QString chosen = m_ui->metricCombo->currentText();
    {
        const QSignalBlocker block(m_ui->metricCombo);
        m_ui->metricCombo->clear();
        for (const auto &[label, points] : data.trends.results)
            m_ui->metricCombo->addItem(toQString(label));
        int index = m_ui->metricCombo->findText(chosen);
        if (index < 0)
            index = m_ui->metricCombo->findText(tr("Revenue"));
        if (index < 0)
            index = m_ui->metricCombo->findText(QStringLiteral("Revenue"));
        m_ui->metricCombo->setCurrentIndex(std::max(index, 0));
    }
    showResults();
    buildSkillGroups();
    buildRadar();
    buildCompletion();
    buildBalance();
}

void TrendsWindow::showResults()
{
    const QString metric = m_ui->metricCombo->currentText();
    auto *chart = prepare(m_ui->resultsChartView, new QChart,
                          tr("%1 against target").arg(metric.isEmpty() ? tr("Results") : metric));
    const auto found = m_data->trends.results.find(toStdString(metric));
    if (found == m_data->trends.results.end() || found->second.empty())
        return;
    const std::vector<TrendPoint> points = found->second;

    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    actual->setPen(QPen(actualColour, 2.5));
    actual->setPointsVisible(true);
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    QPen dashed(targetColour, 2, Qt::DashLine);
    target->setPen(dashed);
    double high = 0;
    std::vector<const TrendPoint *> actualPoints;
    std::vector<const TrendPoint *> targetPoints;
    for (const TrendPoint &point : points) {
        if (point.value) {
            actual->append(msecs(point.date), *point.value);
            actualPoints.push_back(&point);
            high = std::max(high, *point.value);
        }
        if (point.target) {
            target->append(msecs(point.date), *point.target);
            targetPoints.push_back(&point);
            high = std::max(high, *point.target);
        }
    }
    chart->addSeries(target);
    chart->addSeries(actual);
    auto *xAxis = dateAxis(points.front().date, points.back().date);
    auto *yAxis = valueAxis(0, high > 0 ? high * 1.12 : 1, 5, QStringLiteral("%.0f"));
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QXYSeries *series : {static_cast<QXYSeries *>(actual), static_cast<QXYSeries *>(target)}) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    const auto describe = [metric](const TrendPoint &point) {
        QString text = QStringLiteral("%1 \u00b7 %2").arg(formatDate(point.date), metric);
        if (point.value)
            text += QLatin1Char('\n') + tr("Actual: %1").arg(number(*point.value));
        if (point.target)
            text += QLatin1Char('\n') + tr("Target: %1").arg(number(*point.target));
        if (point.value && point.target && *point.target > 0)
            text += QLatin1Char('\n') +
                    tr("%1% of target").arg(std::lround(100.0 * *point.value / *point.target));
        return text;
    };
    showHoverValues(actual,
                    [=](int i) { return describe(*actualPoints[static_cast<std::size_t>(i)]); });
    showHoverValues(target,
                    [=](int i) { return describe(*targetPoints[static_cast<std::size_t>(i)]); });
}

void TrendsWindow::buildSkillGroups()
{
    auto *chart = prepare(m_ui->skillChartView, new QChart, tr("Self-audit per skill group"));
    const auto &groups = m_data->trends.skillGroups;
    std::optional<Date> first;
    std::optional<Date> last;
    std::vector<QLineSeries *> lines;
    for (std::size_t group = 0; group < groups.size(); ++group) {
        auto *series = new QLineSeries;
        const QString name = skillGroupName(static_cast<SkillGroup>(group));
        series->setName(shortGroupName(group));
        series->setPen(QPen(groupColours[group], 2));
        series->setPointsVisible(true);
        std::vector<TrendPoint> shown;
        for (const TrendPoint &point : groups[group]) {
            if (!point.value)
                continue;
            series->append(msecs(point.date), *point.value);
            shown.push_back(point);
            first = first ? std::min(*first, point.date) : point.date;
            last = last ? std::max(*last, point.date) : point.date;
        }
        showHoverValues(series, [name, shown](int i) {
            const TrendPoint &point = shown[static_cast<std::size_t>(i)];
            return tr("%1 \u00b7 %2\nAverage self-audit: %3 / 5")
                .arg(formatDate(point.date), name, QLocale().toString(*point.value, 'f', 1));
        });
        chart->addSeries(series);
        lines.push_back(series);
    }
    if (!first)
        return;
    auto *xAxis = dateAxis(*first, *last);
    auto *yAxis = valueAxis(1, 5, 5, QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *series : lines) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
}

void TrendsWindow::buildRadar()
{
    const Data &data = *m_data;
    auto *chart = new QPolarChart;
    prepare(m_ui->radarChartView, chart,
            data.radarEarlier && data.radarLatest
                ? tr("Self-audit: %1 against %2")
                      .arg(shortDate(*data.radarLatest), shortDate(*data.radarEarlier))
                : tr("Self-audit then and now"));
    std::vector<const SalespersonTrends::SkillSnapshot *> skills;
    for (const auto &skill : data.trends.skillsThen) {
        if (skill.latest || skill.earlier)
            skills.push_back(&skill);
    }
    if (skills.size() < 3)
        return;
    const auto count = static_cast<int>(skills.size());

    auto *angular = new QCategoryAxis;
    angular->setRange(0, count);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QFont small = angular->labelsFont();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
    angular->setLabelsFont(small);
    for (int i = 0; i < count; ++i) {
        QString name = toQString(skills[static_cast<std::size_t>(i)]->skill);
        if (name.size() > 18)
            name = name.left(16).trimmed() + QStringLiteral("\u2026");
        // Category labels must be unique.
        while (angular->categoriesLabels().contains(name))
            name += QLatin1Char(' ');
        angular->append(name, i);
    }
    auto *radial = valueAxis(0, 5, 6, QStringLiteral("%.0f"));
    radial->setLabelsVisible(false);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    const auto addRing = [&](const QString &name, const QColor &colour, qreal width, bool latest) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPen(QPen(colour, width));
        series->setPointsVisible(true);
        for (int i = 0; i <= count; ++i) {
            const auto *skill = skills[static_cast<std::size_t>(i % count)];
            const auto score = latest ? skill->latest : skill->earlier;
            series->append(i, score ? *score : 0);
        }
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        showHoverValues(series, [skills, count, latest, name](int i) {
            const auto *skill = skills[static_cast<std::size_t>(i % count)];
            const auto score = latest ? skill->latest : skill->earlier;
            return tr("%1 \u00b7 %2\n%3")
                .arg(toQString(skill->skill), name,
                     score ? tr("%1 / 5").arg(*score) : tr("not rated"));
        });
    };
    addRing(data.radarEarlier ? formatDate(*data.radarEarlier) : tr("Earlier"), earlierColour, 2,
            false);
    addRing(data.radarLatest ? formatDate(*data.radarLatest) : tr("Latest"), actualColour, 2.5,
            true);
}

void TrendsWindow::buildCompletion()
{
    auto *chart = prepare(m_ui->completionChartView, new QChart, tr("Planned actions done"));
    const auto &points = m_data->trends.actionCompletion;
    if (points.empty())
        return;
    auto *set = new QBarSet(tr("Done (% of the plan)"));
    set->setColor(actualColour);
    set->setBorderColor(actualColour);
    QStringList months;
    for (const TrendPoint &point : points) {
        *set << point.value.value_or(0);
        months << QLocale().toString(toQDate(point.date), QStringLiteral("MMM"));
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(months);
    if (points.size() > 8) {
        QFont small = xAxis->labelsFont();
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
        xAxis->setLabelsFont(small);
    }
    auto *yAxis = valueAxis(0, 100, 5, QStringLiteral("%.0f%"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    chart->legend()->hide();
    connect(set, &QBarSet::hovered, set, [points](bool status, int index) {
        if (!status || index < 0 || index >= static_cast<int>(points.size())) {
            QToolTip::hideText();
            return;
        }
        const TrendPoint &point = points[static_cast<std::size_t>(index)];
        QToolTip::showText(QCursor::pos(), tr("Planned on %1\n%2% of the actions done")
                                               .arg(formatDate(point.date))
                                               .arg(std::lround(point.value.value_or(0))));
    });
}

void TrendsWindow::buildBalance()
{
    auto *chart = prepare(m_ui->balanceChartView, new QChart, tr("Coaching balance"));
    const auto &points = m_data->trends.solutionShare;
    if (points.empty())
        return;
    auto *share = new QLineSeries;
    share->setName(tr("Time on solutions"));
    share->setPen(QPen(actualColour, 2.5));
    share->setPointsVisible(true);
    for (const TrendPoint &point : points)
        share->append(msecs(point.date), point.value.value_or(0));
    auto *goal = new QLineSeries;
    goal->setName(tr("Goal 90%"));
    goal->setPen(QPen(goalColour, 2, Qt::DashLine));
    goal->append(msecs(addDays(points.front().date, -12)), 90);
    goal->append(msecs(addDays(points.back().date, 12)), 90);
    chart->addSeries(goal);
    chart->addSeries(share);
    double low = 100;
    for (const TrendPoint &point : points)
        low = std::min(low, point.value.value_or(0));
    auto *xAxis = dateAxis(points.front().date, points.back().date);
    // Whole tens, so the ticks read 70%, 80%, 90% and the goal sits on one of them.
    double bottom = std::max(0.0, std::floor((low - 5) / 10) * 10);
    double step = 10;
    if (100 - bottom > 50) { // a wide range ticks in twenties
        step = 20;
        bottom = std::floor(bottom / 20) * 20;
    }
    auto *yAxis = valueAxis(bottom, 100, static_cast<int>((100 - bottom) / step) + 1,
                            QStringLiteral("%.0f%"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *series : {share, goal}) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    showHoverValues(share, [points](int i) {
        const TrendPoint &point = points[static_cast<std::size_t>(i)];
        const auto percent = std::lround(point.value.value_or(0));
        return tr("%1\n%2% of the meeting on solutions (goal 90%)")
            .arg(formatDate(point.date))
            .arg(percent);
    });
}

} // namespace reins::gui
