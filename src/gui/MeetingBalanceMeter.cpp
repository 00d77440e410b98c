#include "gui/MeetingBalanceMeter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace reins::gui {

MeetingBalanceMeter::MeetingBalanceMeter(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Coaching balance"));
    setBalance({});
}

QColor MeetingBalanceMeter::solutionColour()
{
    return {0x2e, 0x8b, 0x74};
}

QColor MeetingBalanceMeter::problemColour()
{
    return {0xe0, 0x9a, 0x4f};
}

QString balanceText(const CoachingBalance &balance)
{
    const auto percent = balance.solutionPercent();
    if (!percent)
        return MeetingBalanceMeter::tr("No time recorded yet");
    return MeetingBalanceMeter::tr("%1% on solutions").arg(*percent);
}

QString balanceHint(const CoachingBalance &balance, bool meetingClosed)
{
    if (!balance.deservesHint())
        return {};
    const int problemPercent = 100 - balance.solutionPercent().value_or(0);
    if (meetingClosed)
        return MeetingBalanceMeter::tr("%1% of this meeting went on the problem. Next time, "
                                       "acknowledge the results, then move on sooner to what "
                                       "they can influence and what they will do about it.")
            .arg(problemPercent);
    return MeetingBalanceMeter::tr("%1% of the meeting so far went on the problem. Acknowledge, "
                                   "then move on: ask what they can influence and what they "
                                   "will do about it.")
        .arg(problemPercent);
}

QString clockText(std::int64_t seconds)
{
    const std::int64_t hours = seconds / 3600;
    const std::int64_t minutes = seconds / 60 % 60;
    const std::int64_t rest = seconds % 60;
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

void MeetingBalanceMeter::setBalance(const CoachingBalance &balance)
{
    m_balance = balance;
    const auto percent = balance.solutionPercent();
    const QString text =
        percent ? tr("Solutions (plan and support): %1%. Problem (acknowledge and explore): "
                     "%2%. The goal is at least %3% on solutions.")
                      .arg(*percent)
                      .arg(100 - *percent)
                      .arg(solutionGoalPercent)
                : tr("No meeting time recorded yet. The goal is at least %1% of the time on "
                     "solutions (plan and support).")
                      .arg(solutionGoalPercent);
    setToolTip(text);
    setAccessibleDescription(text);
    update();
}

QSize MeetingBalanceMeter::sizeHint() const
{
    return {240, fontMetrics().height() + 10};
}

QSize MeetingBalanceMeter::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 10};
}

void MeetingBalanceMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(1, 3, -1, -3);
    const qreal radius = 4;
    QPainterPath outline;
    outline.addRoundedRect(bar, radius, radius);
    painter.fillPath(outline, QColor(0xe7, 0xea, 0xec));

    const auto total = m_balance.totalSeconds();
    if (total > 0) {
        painter.save();
        painter.setClipPath(outline);
        const qreal solutionWidth =
            bar.width() * static_cast<qreal>(m_balance.solutionSeconds) / static_cast<qreal>(total);
        painter.fillRect(QRectF(bar.left(), bar.top(), solutionWidth, bar.height()),
                         solutionColour());
        painter.fillRect(QRectF(bar.left() + solutionWidth, bar.top(), bar.width() - solutionWidth,
                                bar.height()),
                         problemColour());
        painter.restore();
    }

    // The goal: at least 90% of the bar on solutions.
    const qreal goalX = bar.left() + bar.width() * solutionGoalPercent / 100.0;
    painter.setPen(QPen(QColor(0x26, 0x32, 0x38), 2));
    painter.drawLine(QPointF(goalX, rect().top()), QPointF(goalX, rect().bottom()));

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const auto percent = m_balance.solutionPercent();
    const QColor dark(0x26, 0x32, 0x38);
    if (percent) {
        const QString text = tr("Solutions %1%").arg(*percent);
        const qreal solutionWidth = bar.width() * static_cast<qreal>(m_balance.solutionSeconds) /
                                    static_cast<qreal>(std::max<std::int64_t>(total, 1));
        // White on the green part when it has room for the words, dark on the amber otherwise.
        const bool onSolutions = solutionWidth >= QFontMetricsF(small).horizontalAdvance(text) + 12;
        painter.setPen(onSolutions ? QColor(Qt::white) : dark);
        const QRectF textRect(bar.left() + 6, bar.top(), goalX - bar.left() - 10, bar.height());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    } else {
        painter.setPen(QColor(0x5b, 0x68, 0x70));
        painter.drawText(bar.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Not started"));
    }
    // The goal's label sits right of its line, or left of it when the bar is too short.
    const QString goal = tr("%1%").arg(solutionGoalPercent);
    const qreal goalWidth = QFontMetricsF(small).horizontalAdvance(goal);
    if (bar.right() - goalX - 3 >= goalWidth) {
        painter.setPen(dark);
        painter.drawText(QRectF(goalX + 3, bar.top(), bar.right() - goalX - 3, bar.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, goal);
    } else if (!percent) {
        painter.setPen(dark);
        painter.drawText(QRectF(goalX - goalWidth - 4, bar.top(), goalWidth + 1, bar.height()),
                         Qt::AlignRight | Qt::AlignVCenter, goal);
    }
    painter.setPen(QColor(0xc8, 0xce, 0xd2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
}

} // namespace reins::gui
