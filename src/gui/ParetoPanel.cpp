#include "gui/ParetoPanel.h"
#include "ui_ParetoPanel.h"

#include "gui/QtConvert.h"
#include "reins/Domain.h"
#include "reins/Pareto.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QCursor>
#include <QDate>
#include <QFont>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <set>

namespace reins::gui {

namespace {

constexpr int thresholdPercent = 80;
constexpr int chartLabelLength = 18;

const QColor vitalColor(0x25, 0x63, 0xeb);
const QColor restColor(0x9c, 0xa3, 0xaf);
const QColor cumulativeColor(0xea, 0x58, 0x0c);
const QColor referenceColor(0x6b, 0x72, 0x80);
const QColor vitalRowBackground(0xdb, 0xea, 0xfe);
const QColor vitalRowText(0x1e, 0x3a, 0x8a);

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// "12,345.50 EUR": grouped by the locale, always two decimals, exact from the hundredths.
QString formatMoney(Amount amount, const QString &currency)
{
    const QLocale locale;
    const bool negative = amount.hundredths < 0;
    const std::int64_t magnitude = negative ? -amount.hundredths : amount.hundredths;
    QString text =
        locale.toString(static_cast<qlonglong>(magnitude / 100)) + locale.decimalPoint() +
        QStringLiteral("%1").arg(static_cast<int>(magnitude % 100), 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QString formatPercent(std::int64_t basisPoints)
{
    return percentText(QLocale().toString(static_cast<double>(basisPoints) / 100.0, 'f', 1));
}

QString dimensionLabel(ParetoDimension dimension)
{
    switch (dimension) {
    case ParetoDimension::Account:
        return ParetoTableModel::tr("Account");
    case ParetoDimension::Product:
        return ParetoTableModel::tr("Product");
    case ParetoDimension::Activity:
        return ParetoTableModel::tr("Activity");
    }
    return {};
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

double toUnits(std::int64_t hundredths)
{
    return static_cast<double>(hundredths) / 100.0; // for drawing only, never for sums
}

} // namespace

// ---------------------------------------------------------------- ParetoTableModel

ParetoTableModel::ParetoTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_breakdown(std::make_unique<ParetoBreakdown>())
{}

ParetoTableModel::~ParetoTableModel() = default;

void ParetoTableModel::setBreakdown(const ParetoBreakdown &breakdown, ParetoDimension dimension,
                                    const QString &currency)
{
    beginResetModel();
    *m_breakdown = breakdown;
    m_dimension = static_cast<int>(dimension);
    m_currency = currency;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Label, Label);
}

int ParetoTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_breakdown->entries.size());
}

int ParetoTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParetoTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParetoEntry &entry = m_breakdown->entries[static_cast<std::size_t>(index.row())];
    const bool ranked = entry.amount.hundredths > 0; // refunds have no share
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Label:
            return fromUtf8(entry.label);
        case Amount:
            return formatMoney(entry.amount, m_currency);
        case Sales:
            return QLocale().toString(entry.records);
        case Share:
            return ranked ? formatPercent(entry.shareBasisPoints) : QStringLiteral("—");
        case Cumulative:
            return ranked ? formatPercent(entry.cumulativeBasisPoints) : QStringLiteral("—");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Label)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return entry.vitalFew ? QVariant(QBrush(vitalRowBackground)) : QVariant();
    case Qt::ForegroundRole:
        return entry.vitalFew ? QVariant(QBrush(vitalRowText)) : QVariant();
    case Qt::FontRole:
        if (entry.vitalFew && index.column() == Label) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (entry.vitalFew)
            return tr("One of the vital few: together they make %1% of the amount.")
                .arg(thresholdPercent);
        if (!ranked)
            return tr("No positive amount (refunds or cancellations), so no share.");
        return {};
    case VitalFewRole:
        return entry.vitalFew;
    default:
        return {};
    }
}

QVariant ParetoTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Label ? Qt::AlignLeft : Qt::AlignRight) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Label:
        return dimensionLabel(static_cast<ParetoDimension>(m_dimension));
    case Amount:
        return tr("Amount");
    case Sales:
        return tr("Sales");
    case Share:
        return tr("Share");
    case Cumulative:
        return tr("Cumulative");
    default:
        return {};
    }
}

// ---------------------------------------------------------------- ParetoPanel

struct ParetoPanel::Data {
    std::vector<SalesRecord> records;
    ParetoDimension dimension = ParetoDimension::Account;
    QString currency;       // the records' currency, empty when they mix currencies
    QStringList currencies; // every currency the records use
};

ParetoPanel::ParetoPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ParetoPanel>())
    , m_data(std::make_unique<Data>())
{
    m_ui->setupUi(this);

    m_model = new ParetoTableModel(this);
    m_ui->rankingView->setModel(m_model);
    m_ui->rankingView->verticalHeader()->hide();
    m_ui->rankingView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_ui->rankingView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ParetoTableModel::Label, QHeaderView::Stretch);

    QFont sentenceFont = m_ui->sentenceLabel->font();
    sentenceFont.setPointSizeF(sentenceFont.pointSizeF() * 1.25);
    sentenceFont.setBold(true);
    m_ui->sentenceLabel->setFont(sentenceFont);

    QFont emptyFont = m_ui->emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_ui->emptyLabel->setFont(emptyFont);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->detailLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_ui->chartView->setChart(chart);
    m_ui->chartView->setRenderHint(QPainter::Antialiasing);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    const auto connectDimension = [this](QPushButton *button, ParetoDimension dimension) {
        connect(button, &QPushButton::toggled, this, [this, dimension](bool checked) {
            if (checked)
                setDimension(dimension);
        });
    };
    connectDimension(m_ui->accountsButton, ParetoDimension::Account);
    connectDimension(m_ui->productsButton, ParetoDimension::Product);
    connectDimension(m_ui->activitiesButton, ParetoDimension::Activity);

    rebuild();
}

ParetoPanel::~ParetoPanel() = default;

void ParetoPanel::setRecords(const std::vector<SalesRecord> &records)
{
    m_data->records = records;
    std::set<std::string> currencies;
    for (const SalesRecord &record : records)
        currencies.insert(record.currency);
    m_data->currencies.clear();
    for (const std::string &currency : currencies)
        m_data->currencies << fromUtf8(currency);
    m_data->currency = m_data->currencies.size() == 1 ? m_data->currencies.front() : QString();
    rebuild();
}

void ParetoPanel::setDimension(ParetoDimension dimension)
{
    QPushButton *button = dimension == ParetoDimension::Product    ? m_ui->productsButton
                          : dimension == ParetoDimension::Activity ? m_ui->activitiesButton
                                                                   : m_ui->accountsButton;
    if (!button->isChecked())
        button->setChecked(true); // comes back here through toggled
    if (m_data->dimension == dimension)
        return;
    m_data->dimension = dimension;
    rebuild();
}

ParetoDimension ParetoPanel::dimension() const
{
    return m_data->dimension;
}

QString ParetoPanel::summaryText() const
{
    return isShowingEmptyState() ? m_ui->emptyLabel->text() : m_ui->sentenceLabel->text();
}

bool ParetoPanel::isShowingEmptyState() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyPage;
}

QChart *ParetoPanel::chart() const
{
    return m_ui->chartView->chart();
}

void ParetoPanel::rebuild()
{
    const auto &records = m_data->records;
    const ParetoBreakdown breakdown = paretoBreakdown(records, m_data->dimension, thresholdPercent);
    m_model->setBreakdown(breakdown, m_data->dimension, m_data->currency);
    rebuildChart(breakdown);
    if (records.empty()) {
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->stack->setCurrentWidget(m_ui->contentPage);
    m_ui->sentenceLabel->setText(fromUtf8(breakdown.sentence(m_data->dimension, thresholdPercent)));

    const auto [first, last] = std::minmax_element(
        records.begin(), records.end(),
        [](const SalesRecord &a, const SalesRecord &b) { return a.date < b.date; });
    const QLocale locale;
    QString detail = tr("%1 in total from %2 sales records, %3 – %4.")
                         .arg(formatMoney(breakdown.positiveTotal, m_data->currency),
                              locale.toString(static_cast<qlonglong>(records.size())),
                              formatDate(first->date), formatDate(last->date));
    if (m_data->currencies.size() > 1)
        detail += QLatin1Char(' ') +
                  tr("The records are in several currencies (%1); their amounts are added up "
                     "as if they were one.")
                      .arg(m_data->currencies.join(QStringLiteral(", ")));
    m_ui->detailLabel->setText(detail);
}

void ParetoPanel::rebuildChart(const ParetoBreakdown &breakdown)
{
    QChart *chart = m_ui->chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const auto &entries = breakdown.entries;
    if (entries.empty())
        return;

    // The top entries each get a bar; the long tail shares one, so the chart stays readable.
    const auto total = static_cast<int>(entries.size());
    const int ownBars = total > chartEntries + 1 ? chartEntries : total;

    QStringList categories;
    QStringList tooltips;
    auto *vitalSet = new QBarSet(tr("Vital few (%1%)").arg(thresholdPercent));
    auto *restSet = new QBarSet(tr("The rest"));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    std::int64_t lowest = 0;
    std::int64_t highest = 0;
    double lastCumulative = 0.0;
    for (int index = 0; index < ownBars; ++index) {
        const ParetoEntry &entry = entries[static_cast<std::size_t>(index)];
        const QString label = fromUtf8(entry.label);
        categories << elided(label, chartLabelLength);
        tooltips << tr("%1: %2").arg(label, formatMoney(entry.amount, m_data->currency));
        *vitalSet << (entry.vitalFew ? toUnits(entry.amount.hundredths) : 0.0);
        *restSet << (entry.vitalFew ? 0.0 : toUnits(entry.amount.hundredths));
        if (entry.amount.hundredths > 0)
            lastCumulative = static_cast<double>(entry.cumulativeBasisPoints) / 100.0;
        cumulative->append(index, lastCumulative);
        lowest = std::min(lowest, entry.amount.hundredths);
        highest = std::max(highest, entry.amount.hundredths);
    }
    if (ownBars < total) {
        std::int64_t vital = 0;
        std::int64_t rest = 0;
        for (int index = ownBars; index < total; ++index) {
            const ParetoEntry &entry = entries[static_cast<std::size_t>(index)];
            (entry.vitalFew ? vital : rest) += entry.amount.hundredths;
            if (entry.amount.hundredths > 0)
                lastCumulative = static_cast<double>(entry.cumulativeBasisPoints) / 100.0;
        }
        categories << tr("Others (%1)").arg(total - ownBars);
        tooltips << tr("%1 others: %2")
                        .arg(total - ownBars)
                        .arg(formatMoney(reins::Amount{vital + rest}, m_data->currency));
        *vitalSet << toUnits(vital);
        *restSet << toUnits(rest);
        cumulative->append(ownBars, lastCumulative);
        lowest = std::min({lowest, vital, rest, vital + rest});
        highest =
            std::max(highest, std::max<std::int64_t>(vital, 0) + std::max<std::int64_t>(rest, 0));
    }
    vitalSet->setColor(vitalColor);
    vitalSet->setBorderColor(vitalColor);
    restSet->setColor(restColor);
    restSet->setBorderColor(restColor);

    auto *bars = new QStackedBarSeries;
    bars->append(vitalSet);
    bars->append(restSet);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    connect(bars, &QStackedBarSeries::hovered, this, [tooltips](bool status, int index, QBarSet *) {
        if (status && index >= 0 && index < tooltips.size())
            QToolTip::showText(QCursor::pos(), tooltips.at(index));
        else
            QToolTip::hideText();
    });

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    axisX->setTruncateLabels(false); // they are elided to a readable length above
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);

    auto *axisAmount = new QValueAxis;
    axisAmount->setRange(toUnits(lowest), toUnits(highest) * 1.05);
    axisAmount->setLabelFormat(QStringLiteral("%.0f"));
    axisAmount->applyNiceNumbers();
    axisAmount->setTitleText(m_data->currency.isEmpty() ? tr("Amount") : m_data->currency);
    chart->addAxis(axisAmount, Qt::AlignLeft);
    bars->attachAxis(axisAmount);

    auto *axisPercent = new QValueAxis;
    axisPercent->setRange(0, 100);
    axisPercent->setTickCount(6);
    axisPercent->setLabelFormat(QStringLiteral("%.0f%"));
    axisPercent->setGridLineVisible(false);
    axisPercent->setTitleText(tr("Cumulative share"));
    chart->addAxis(axisPercent, Qt::AlignRight);

    cumulative->setColor(cumulativeColor);
    QPen cumulativePen(cumulativeColor, 2.5);
    cumulative->setPen(cumulativePen);
    cumulative->setPointsVisible(true);
    chart->addSeries(cumulative);
    cumulative->attachAxis(axisX);
    cumulative->attachAxis(axisPercent);

    auto *reference = new QLineSeries;
    reference->setName(tr("%1% line").arg(thresholdPercent));
    reference->append(-0.5, thresholdPercent);
    reference->append(static_cast<double>(categories.size()) - 0.5, thresholdPercent);
    QPen referencePen(referenceColor, 1.5, Qt::DashLine);
    reference->setPen(referencePen);
    chart->addSeries(reference);
    reference->attachAxis(axisX);
    reference->attachAxis(axisPercent);

    axisX->setLabelsAngle(categories.size() > 6 ? -90 : 0);
}

} // namespace reins::gui
