#include "gui/MeetingTimerBar.h"
#include "ui_MeetingTimerBar.h"

#include "gui/MeetingController.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <QIcon>

#include <algorithm>

namespace reins::gui {

namespace {

QLabel *timeLabel(Ui::MeetingTimerBar &ui, MeetingStage stage)
{
    switch (stage) {
    case MeetingStage::Acknowledge:
        return ui.acknowledgeTime;
    case MeetingStage::Explore:
        return ui.exploreTime;
    case MeetingStage::Plan:
        return ui.planTime;
    case MeetingStage::Support:
        return ui.supportTime;
    }
    return ui.acknowledgeTime;
}

} // namespace

MeetingTimerBar::MeetingTimerBar(MeetingController &meeting, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::MeetingTimerBar>())
    , m_meeting(meeting)
{
    initMeetingResources();
    m_ui->setupUi(this);
    m_ui->keyboardButton->setDefaultAction(meeting.salespersonAtKeyboardAction());
    m_ui->keyboardButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->messageLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fbeccd; color: #5e3b05; border-radius: 4px; padding: 4px 8px; }"));
    m_ui->hintLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4d07; }"));
    m_ui->balanceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->messageLabel->hide();
    m_ui->hintLabel->hide();
    // Wide enough for the stage's name and for an hour's time in bold, so the bar never moves.
    QFont bold = font();
    bold.setWeight(QFont::Bold);
    const int timeWidth = QFontMetrics(bold).horizontalAdvance(QStringLiteral("0:00:00"));
    for (int index = 0; index < meetingStageCount; ++index) {
        const auto stage = static_cast<MeetingStage>(index);
        QLabel *label = timeLabel(*m_ui, stage);
        label->setMinimumWidth(
            std::max(label->fontMetrics().horizontalAdvance(meetingStageName(stage)), timeWidth) +
            16);
        label->setToolTip(tr("Time spent in %1").arg(meetingStageName(stage)));
    }
    m_ui->totalTime->setMinimumWidth(timeWidth + 16);

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { startOrPause(); });
    connect(&m_meeting, &MeetingController::timerChanged, this, [this] { refresh(); });
    refreshWhenShown(this, m_meeting.document(), [this] { refresh(); });
    refresh();
}

MeetingTimerBar::~MeetingTimerBar() = default;

QPushButton *MeetingTimerBar::startButton() const
{
    return m_ui->startButton;
}

MeetingBalanceMeter *MeetingTimerBar::meter() const
{
    return m_ui->meter;
}

QString MeetingTimerBar::balanceText() const
{
    return m_ui->balanceLabel->text();
}

QString MeetingTimerBar::hintText() const
{
    return m_ui->hintLabel->isVisibleTo(this) ? m_ui->hintLabel->text() : QString();
}

QString MeetingTimerBar::messageText() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

QStringList MeetingTimerBar::timesShown() const
{
    QStringList shown;
    for (int index = 0; index < meetingStageCount; ++index)
        shown << timeLabel(*m_ui, static_cast<MeetingStage>(index))->accessibleName();
    shown << m_ui->totalTime->accessibleName();
    return shown;
}

void MeetingTimerBar::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void MeetingTimerBar::setKeyboardSwitchVisible(bool visible)
{
    m_ui->keyboardButton->setVisible(visible);
}

void MeetingTimerBar::startOrPause()
{
    if (m_meeting.isTimerRunning()) {
        m_meeting.pauseTimer();
        return;
    }
    const auto refusal = m_meeting.startMeeting();
    showMessage(refusal.value_or(QString()));
}

void MeetingTimerBar::refresh()
{
    const Stage stage = m_meeting.document().state().session.stage;
    const bool running = m_meeting.isTimerRunning();
    QPushButton *start = m_ui->startButton;
    start->setEnabled(stage != Stage::Closed);
    if (stage == Stage::Closed) {
        start->setText(tr("Meeting closed"));
        start->setIcon(QIcon(QStringLiteral(":/meeting/close-session.svg")));
        if (const auto refusal = stageChangeRefusal(Stage::Closed, Stage::InMeeting))
            showMessage(translatedCoreText("reins::stages", *refusal));
    } else {
        if (stage != Stage::Draft)
            showMessage({}); // a refusal from before the prep was ready no longer applies
        if (running) {
            start->setText(tr("Pause"));
            start->setIcon(QIcon(QStringLiteral(":/meeting/pause.svg")));
        } else {
            start->setText(stage == Stage::InMeeting ? tr("Resume") : tr("&Start meeting"));
            start->setIcon(QIcon(QStringLiteral(":/meeting/start.svg")));
        }
    }

    for (int index = 0; index < meetingStageCount; ++index) {
        const auto shown = static_cast<MeetingStage>(index);
        QLabel *label = timeLabel(*m_ui, shown);
        const QString time = clockText(m_meeting.secondsIn(shown));
        label->setText(QStringLiteral("<span style=\"font-size: small;\">%1</span><br><b>%2</b>")
                           .arg(meetingStageName(shown).toHtmlEscaped(), time));
        label->setAccessibleName(QStringLiteral("%1 %2").arg(meetingStageName(shown), time));
        const bool current = shown == m_meeting.shownStage();
        const char *colours = !current  ? "transparent; color: palette(text)"
                              : running ? "#d5eee7; color: #1f5c4f"
                                        : "#e7eaec; color: #3d4b53";
        label->setStyleSheet(
            QStringLiteral("QLabel { background: %1; border-radius: 6px; padding: 2px 6px; }")
                .arg(QLatin1String(colours)));
    }
    m_ui->totalTime->setText(
        QStringLiteral("<span style=\"font-size: small;\">%1</span><br><b>%2</b>")
            .arg(tr("Total"), clockText(m_meeting.totalSeconds())));
    m_ui->totalTime->setAccessibleName(tr("Total %1").arg(clockText(m_meeting.totalSeconds())));

    const CoachingBalance balance = m_meeting.balance();
    m_ui->meter->setBalance(balance);
    QString text = reins::gui::balanceText(balance);
    if (balance.totalSeconds() > 0)
        text +=
            balance.meetsGoal() ? tr(" · goal met") : tr(" · goal %1%").arg(solutionGoalPercent);
    m_ui->balanceLabel->setText(text);
    const QString hint =
        balanceHint(balance, m_meeting.document().state().session.stage == Stage::Closed);
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

} // namespace reins::gui
