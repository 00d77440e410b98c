#include "gui/SessionSummaryView.h"
#include "ui_SessionSummaryView.h"

#include "gui/MeetingController.h"
#include "gui/QtConvert.h"
#include "gui/SessionDocument.h"

#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace reins::gui {

SessionSummaryView::SessionSummaryView(SessionDocument &document, MeetingController &meeting,
                                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionSummaryView>())
    , m_document(document)
    , m_meeting(meeting)
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->browser->document()->setDocumentMargin(16);
    m_ui->audienceNote->setForegroundRole(QPalette::PlaceholderText);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });

    connect(m_ui->salespersonButton, &QRadioButton::toggled, this, [this] { refresh(); });
    connect(&m_document, &SessionDocument::changed, this, [this] { scheduleRefresh(); });
    connect(&m_document, &SessionDocument::stageTimesChanged, this, [this] { scheduleRefresh(); });
    connect(&m_meeting, &MeetingController::salespersonAtKeyboardChanged, this,
            [this] { applyPrivacy(); });
    applyPrivacy();
}

SessionSummaryView::~SessionSummaryView() = default;

QTextBrowser *SessionSummaryView::browser() const
{
    return m_ui->browser;
}

Audience SessionSummaryView::audience() const
{
    return m_ui->managerButton->isChecked() ? Audience::Manager : Audience::Salesperson;
}

void SessionSummaryView::setAudience(Audience audience)
{
    if (audience == Audience::Manager && m_meeting.salespersonAtKeyboard())
        return;
    (audience == Audience::Manager ? m_ui->managerButton : m_ui->salespersonButton)
        ->setChecked(true);
}

void SessionSummaryView::applyPrivacy()
{
    const bool keyboard = m_meeting.salespersonAtKeyboard();
    // Switch to the salesperson's version before anything else is drawn.
    if (keyboard)
        m_ui->salespersonButton->setChecked(true);
    m_ui->managerButton->setEnabled(!keyboard);
    m_ui->audienceNote->setText(
        keyboard ? tr("The salesperson is at the keyboard: only their version is shown.")
                 : tr("The salesperson's version leaves out your private notes."));
    refresh();
}

void SessionSummaryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SessionSummaryView::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer->start();
}

void SessionSummaryView::refresh()
{
    m_refreshTimer->stop();
    // What is on screen, saved or not: the stored record, with the session's parts as they
    // are in the document and the meeting time as the timer has it now.
    SessionRecord record;
    try {
        record = loadSessionRecord(m_document.store(), m_document.sessionId());
    } catch (const std::exception &error) {
        m_markdown = tr("The session could not be read: %1").arg(QString::fromUtf8(error.what()));
        m_ui->browser->setPlainText(m_markdown);
        return;
    }
    const SessionState &state = m_document.state();
    record.session = state.session;
    record.prep = state.prep;
    record.plan = state.plan;
    record.reviews = state.reviews;
    record.meeting = state.meeting;
    record.meeting.stageTimes = m_meeting.stageTimes();
    for (const ActionReview &review : state.reviews) {
        const bool listed =
            std::any_of(record.reviewedActions.begin(), record.reviewedActions.end(),
                        [&](const Action &a) { return a.id == review.actionId; });
        if (listed)
            continue;
        const auto &carried = m_document.earlier().carriedActions;
        const auto found = std::find_if(carried.begin(), carried.end(),
                                        [&](const Action &a) { return a.id == review.actionId; });
        if (found != carried.end())
            record.reviewedActions.push_back(*found);
    }

    // Never the manager's record while the salesperson is at the keyboard.
    const Audience shown = m_meeting.salespersonAtKeyboard() ? Audience::Salesperson : audience();
    m_markdown = toQString(renderSummaryMarkdown(record, shown));
    QScrollBar *scroll = m_ui->browser->verticalScrollBar();
    const int position = scroll->value();
    m_ui->browser->setMarkdown(m_markdown);
    scroll->setValue(position);
}

} // namespace reins::gui
