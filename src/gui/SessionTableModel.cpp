#include "gui/SessionTableModel.h"

#include "gui/QtConvert.h"
#include "reins/ResultAnalysis.h"

#include <QGuiApplication>
#include <QPalette>

namespace reins::gui {

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionTableModel::setSessions(std::vector<SessionOverview> sessions)
{
    beginResetModel();
    m_rows = std::move(sessions);
    endResetModel();
}

void SessionTableModel::clear()
{
    setSessions({});
}

std::optional<Session> SessionTableModel::sessionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(index.row())].session;
}

QModelIndex SessionTableModel::indexOfSession(Id sessionId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].session.id == sessionId)
            return index(static_cast<int>(row), 0);
    }
    return {};
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::headlineText(const SessionOverview &overview)
{
    if (!overview.headlineResult)
        return tr("No results yet");
    const Result &result = *overview.headlineResult;
    const ResultReading reading = readResult(result, overview.session.cadence);
    const QString metric = metricName(result);
    if (reading.changePermille)
        return tr("%1 %2").arg(metric, toQString(formatChange(*reading.changePermille)));
    if (reading.attainmentPercent)
        return tr("%1 %2% of target").arg(metric, QString::number(*reading.attainmentPercent));
    if (result.actual)
        return tr("%1 %2").arg(metric, amountText(*result.actual, result.unit));
    return metric;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionOverview &row = m_rows[static_cast<std::size_t>(index.row())];
    const Session &session = row.session;

    if (role == SessionIdRole)
        return QVariant::fromValue<qlonglong>(session.id);

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case MeetingDate:
            return formatDate(session.meetingDate);
        case Period:
            return formatPeriod(session.periodStart, session.periodEnd);
        case CadenceColumn:
            return cadenceName(session.cadence);
        case StageColumn:
            return stageName(session.stage);
        case HeadlineResult:
            return headlineText(row);
        case OpenActions:
            return row.openActions;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == HeadlineResult && row.headlineResult) {
        const std::string sentence = readResult(*row.headlineResult, session.cadence).sentence;
        return sentence.empty() ? QVariant() : QVariant(toQString(sentence));
    }
    if (role == Qt::TextAlignmentRole && index.column() == OpenActions)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == HeadlineResult && !row.headlineResult)
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == OpenActions)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MeetingDate:
        return tr("Meeting");
    case Period:
        return tr("Period");
    case CadenceColumn:
        return tr("Cadence");
    case StageColumn:
        return tr("Stage");
    case HeadlineResult:
        return tr("Headline result");
    case OpenActions:
        return tr("Open actions");
    default:
        return {};
    }
}

} // namespace reins::gui
