#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Coaching.h"
#endif

#include <QWidget>

namespace reins::gui {

// The coaching balance as a two-colour bar: time on solutions (plan and support) from the
// left, time on the problem (acknowledge and explore) from the right, and a line at the
// goal of 90% on solutions.
class MeetingBalanceMeter final : public QWidget {
    Q_OBJECT

public:
    explicit MeetingBalanceMeter(QWidget *parent = nullptr);

    void setBalance(const CoachingBalance &balance);
    [[nodiscard]] const CoachingBalance &balance() const { return m_balance; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    [[nodiscard]] static QColor solutionColour();
    [[nodiscard]] static QColor problemColour();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CoachingBalance m_balance;
};

// "42% on solutions", or "No time recorded yet".
[[nodiscard]] QString balanceText(const CoachingBalance &balance);
// The nudge when too much time went to the problem, or empty when none is due. While the
// meeting runs it says what to do next; once it is closed, what to do next time.
[[nodiscard]] QString balanceHint(const CoachingBalance &balance, bool meetingClosed);
// "3:07", "1:02:03"
[[nodiscard]] QString clockText(std::int64_t seconds);

} // namespace reins::gui
