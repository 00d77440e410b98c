#include "gui/MeetingWrapUpPage.h"
#include "ui_MeetingWrapUpPage.h"

#include "gui/MeetingBalanceMeter.h"
#include "gui/MeetingController.h"
#include "gui/PrepPageSupport.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <QIcon>
#include <QMessageBox>

#include <algorithm>

namespace reins::gui {

namespace {

QString ratingMeaning(int score)
{
    switch (score) {
    case 1:
        return MeetingWrapUpPage::tr("Not useful");
    case 2:
        return MeetingWrapUpPage::tr("A little useful");
    case 3:
        return MeetingWrapUpPage::tr("Useful");
    case 4:
        return MeetingWrapUpPage::tr("Very useful");
    case 5:
        return MeetingWrapUpPage::tr("Extremely useful");
    default:
        return {};
    }
}

// The rating is one field of the session: changing it twice in a row is one undo step.
constexpr int ratingMergeColumn = 60;

} // namespace

MeetingWrapUpPage::MeetingWrapUpPage(SessionDocument &document, MeetingController &meeting,
                                     QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingWrapUpPage>())
    , m_document(document)
    , m_meeting(meeting)
{
    initMeetingResources();
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Wrap-up"));
    setUpPageTitle(m_ui->titleLabel);
    m_ui->guidanceLabel->setText(
        tr("Agree on what happens next, ask %1 how useful the session was, and close it. A "
           "closed session is the record of the meeting.")
            .arg(meeting.salespersonName()));
    setUpGuidance(m_ui->guidanceLabel);
    m_ui->ratingQuestionLabel->setText(
        tr("%1, how useful was this session for you? Optional, and only you choose.")
            .arg(meeting.salespersonName()));

    for (int score = 1; score <= 5; ++score) {
        QAbstractButton *button = ratingButton(score);
        button->setToolTip(tr("%1 of 5: %2").arg(score).arg(ratingMeaning(score)));
        button->setAccessibleName(tr("Rate %1 of 5").arg(score));
        button->setMinimumSize(36, 30);
        button->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid #b8c2c7; border-radius: 4px; padding: 4px 10px; "
            "background: palette(button); }"
            "QToolButton:hover { border-color: #2e8b74; }"
            "QToolButton:checked { background: #2e8b74; color: white; border-color: #2e8b74; "
            "font-weight: 600; }"));
        connect(button, &QAbstractButton::clicked, this, [this, score] { setRating(score); });
    }
    connect(m_ui->clearRatingButton, &QPushButton::clicked, this,
            [this] { setRating(std::nullopt); });

    m_ui->closeLabel->setText(
        tr("Closing ends the meeting and stops the timer. The session becomes a record: its "
           "content can still be corrected, but it cannot be reopened."));
    m_ui->closeButton->setIcon(QIcon(QStringLiteral(":/meeting/close-session.svg")));
    m_ui->summaryButton->setIcon(QIcon(QStringLiteral(":/meeting/summary.svg")));
    m_ui->hintLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4d07; }"));
    m_ui->closeMessageLabel->hide();
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] { closeSession(); });
    connect(m_ui->summaryButton, &QPushButton::clicked, this, [this] { emit summaryRequested(); });

    refreshWhenShown(this, m_document, [this] { refresh(); });
    connect(&m_meeting, &MeetingController::timerChanged, this, [this] { refreshBalance(); });
    connect(&m_meeting, &MeetingController::salespersonAtKeyboardChanged, this,
            [this] { refresh(); });
    refresh();
}

MeetingWrapUpPage::~MeetingWrapUpPage() = default;

QAbstractButton *MeetingWrapUpPage::ratingButton(int score) const
{
    switch (score) {
    case 1:
        return m_ui->rating1Button;
    case 2:
        return m_ui->rating2Button;
    case 3:
        return m_ui->rating3Button;
    case 4:
        return m_ui->rating4Button;
    default:
        return m_ui->rating5Button;
    }
}

QPushButton *MeetingWrapUpPage::closeButton() const
{
    return m_ui->closeButton;
}

QString MeetingWrapUpPage::balanceText() const
{
    return m_ui->balanceLabel->text();
}

QString MeetingWrapUpPage::closeMessage() const
{
    return m_ui->closeMessageLabel->isVisibleTo(this) ? m_ui->closeMessageLabel->text() : QString();
}

void MeetingWrapUpPage::setRating(std::optional<int> rating)
{
    m_document.edit(
        rating ? tr("Rate the session") : tr("Clear the rating"),
        [&](SessionState &state) { state.session.rating = rating; },
        mergeKeyFor(EditedPart::SessionFields, 0, ratingMergeColumn));
    refresh();
}

void MeetingWrapUpPage::closeSession()
{
    const Stage stage = m_document.state().session.stage;
    const auto showMessage = [this](const QString &message) {
        m_ui->closeMessageLabel->setText(message);
        m_ui->closeMessageLabel->setVisible(!message.isEmpty());
    };
    if (const auto refusal = stageChangeRefusal(stage, Stage::Closed)) {
        showMessage(translatedCoreText("reins::stages", *refusal));
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Close the session"),
                        tr("Close the session with %1?").arg(m_meeting.salespersonName()),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(
        tr("The meeting ends and the timer stops. The content can still be corrected, but the "
           "session cannot be reopened."));
    QPushButton *close = confirm.addButton(tr("Close the session"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(close);
    confirm.exec();
    if (confirm.clickedButton() != close)
        return;
    const auto refused = m_meeting.closeSession();
    showMessage(refused.value_or(QString()));
}

void MeetingWrapUpPage::refresh()
{
    const Session &session = m_document.state().session;
    for (int score = 1; score <= 5; ++score)
        ratingButton(score)->setChecked(session.rating == score);
    m_ui->clearRatingButton->setEnabled(session.rating.has_value());
    m_ui->ratingLabel->setText(
        session.rating
            ? tr("Rated %1 of 5: %2.").arg(*session.rating).arg(ratingMeaning(*session.rating))
            : tr("Not rated."));

    const bool closed = session.stage == Stage::Closed;
    m_ui->closeButton->setEnabled(!closed);
    m_ui->closeButton->setText(closed ? tr("Session closed") : tr("&Close the session"));
    if (closed) {
        m_ui->closeMessageLabel->setText(tr("This session is closed: it is the record of the "
                                            "meeting."));
        m_ui->closeMessageLabel->show();
    }

    // The plan read back before closing: the salesperson's actions, then the manager's.
    const SessionState &state = m_document.state();
    const auto actionLine = [](const Action &action) {
        QString line = toQString(action.description).toHtmlEscaped();
        if (action.vitalFew)
            line = QStringLiteral("\u2605 <b>%1</b>").arg(line);
        if (action.dueDate)
            line += QStringLiteral(" <span style=\"color: #5b6870;\">· %1</span>")
                        .arg(tr("due %1").arg(formatDate(*action.dueDate)));
        return QStringLiteral("<li>%1</li>").arg(line);
    };
    QString actions;
    QString commitments;
    for (const Action &action : state.plan)
        (action.owner == ActionOwner::Manager ? commitments : actions) += actionLine(action);
    const auto list = [](const QString &items, const QString &none) {
        return items.isEmpty()
                   ? QStringLiteral("<p style=\"color: #5b6870;\">%1</p>").arg(none)
                   : QStringLiteral("<ul style=\"margin-left: -24px;\">%1</ul>").arg(items);
    };
    const bool keyboard = m_meeting.salespersonAtKeyboard();
    int shared = 0;
    int hidden = 0;
    for (const MeetingNote &note : state.meeting.notes)
        ++(note.isPrivate ? hidden : shared);
    QString text = QStringLiteral("<b>%1</b>")
                       .arg(tr("%1's actions").arg(m_meeting.salespersonName().toHtmlEscaped())) +
                   list(actions, tr("No actions planned.")) +
                   QStringLiteral("<b>%1</b>").arg(tr("Your commitments")) +
                   list(commitments, tr("No commitments of yours."));
    QString notes = tr("%n shared note(s)", nullptr, shared);
    // While the salesperson is at the keyboard, not even the count of private notes shows.
    if (!keyboard && hidden > 0)
        notes += tr(" and %n private note(s)", nullptr, hidden);
    text += QStringLiteral("<p>%1</p>").arg(tr("%1 taken.").arg(notes));
    m_ui->agreedLabel->setText(text);
    refreshBalance();
}

void MeetingWrapUpPage::refreshBalance()
{
    const CoachingBalance balance = m_meeting.balance();
    m_ui->meter->setBalance(balance);
    const auto percent = balance.solutionPercent();
    QString text;
    if (!percent) {
        text = tr("No meeting time recorded yet. The model asks for at least %1% of the time on "
                  "solutions: plan and support.")
                   .arg(solutionGoalPercent);
    } else if (balance.meetsGoal()) {
        text = tr("<b style=\"color: #1e7a46;\">%1% on solutions.</b> The meeting meets the "
                  "model's %2%.")
                   .arg(*percent)
                   .arg(solutionGoalPercent);
    } else {
        text = tr("<b style=\"color: #b23b3b;\">%1% on solutions.</b> The model asks for at "
                  "least %2%.")
                   .arg(*percent)
                   .arg(solutionGoalPercent);
    }
    m_ui->balanceLabel->setText(text);
    m_ui->acknowledgeTime->setText(formatDuration(m_meeting.secondsIn(MeetingStage::Acknowledge)));
    m_ui->exploreTime->setText(formatDuration(m_meeting.secondsIn(MeetingStage::Explore)));
    m_ui->planTime->setText(formatDuration(m_meeting.secondsIn(MeetingStage::Plan)));
    m_ui->supportTime->setText(formatDuration(m_meeting.secondsIn(MeetingStage::Support)));
    m_ui->totalTime->setText(
        QStringLiteral("<b>%1</b>").arg(formatDuration(m_meeting.totalSeconds())));
    const QString hint = balanceHint(balance, m_document.state().session.stage == Stage::Closed);
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

} // namespace reins::gui
