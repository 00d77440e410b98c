#include "gui/ReminderPanel.h"
#include "ui_ReminderPanel.h"

#include "gui/MainWindow.h"
#include "gui/PrepPageSupport.h"
#include "gui/QtConvert.h"
#include "gui/SessionSteps.h"
#include "reins/Errors.h"
#include "reins/PrepRules.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace reins::gui {

namespace {

const QString dismissedOnKey = QStringLiteral("Reminders/dismissedOn");

// Rows shown before the list scrolls: the banner stays a banner, never the whole window.
constexpr int visibleRows = 4;

QString whenText(Date meeting, Date today)
{
    const int days = daysBetween(today, meeting);
    QString relative;
    if (days == 0)
        relative = ReminderPanel::tr("today");
    else if (days == 1)
        relative = ReminderPanel::tr("tomorrow");
    else
        relative = ReminderPanel::tr("in %1 days").arg(days);
    return ReminderPanel::tr("%1 (%2)").arg(formatDate(meeting), relative);
}

} // namespace

ReminderPanel::ReminderPanel(MainWindow &window)
    : QFrame(&window)
    , m_ui(std::make_unique<Ui::ReminderPanel>())
    , m_window(window)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ReminderPanel"));
    // A quiet information bar under the menu: a tint, not an alarm.
    setStyleSheet(QStringLiteral("QFrame#ReminderPanel { background: #eef4f8; border: none; "
                                 "border-bottom: 1px solid #c9d8e2; }"
                                 "QScrollArea, QWidget#rowsWidget { background: transparent; }"));
    m_ui->rowsArea->viewport()->setAutoFillBackground(false);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->moreLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->rowsLayout->setColumnStretch(2, 1);
    // As tall as its rows, never more: the team and sessions below keep the window's height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_ui->hideButton, &QAbstractButton::clicked, this, &QWidget::hide);
    connect(m_ui->dismissTodayButton, &QAbstractButton::clicked, this,
            [this] { dismissFor(m_today); });

    if (auto *layout = qobject_cast<QBoxLayout *>(window.centralWidget()->layout()))
        layout->insertWidget(0, this);
    hide();
}

ReminderPanel::~ReminderPanel() = default;

void ReminderPanel::checkSoon()
{
    m_window.installEventFilter(this);
}

bool ReminderPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Paint) {
        m_window.removeEventFilter(this);
        // Queued, so the rest of the window paints first.
        QTimer::singleShot(0, this, [this] { check(); });
    }
    return QFrame::eventFilter(watched, event);
}

void ReminderPanel::check()
{
    check(toDate(QDate::currentDate()));
}

void ReminderPanel::check(Date today)
{
    m_today = today;
    clearRows();
    if (QSettings().value(dismissedOnKey).toString() == toQString(toIsoDate(today))) {
        hide();
        return;
    }

    std::vector<UpcomingSession> upcoming;
    std::vector<QString> missing;
    try {
        DataStore &store = m_window.store();
        // One more than shown tells whether there are more.
        upcoming = store.sessions().listDraftsMeetingBetween(today, addDays(today, daysAhead - 1),
                                                             listedAtMost + 1);
        const auto skills = store.skills().listAll();
        const auto skillsOnOffer = static_cast<int>(skills.size());
        const std::size_t shown = std::min<std::size_t>(upcoming.size(), listedAtMost);
        for (std::size_t i = 0; i < shown; ++i)
            missing.push_back(whatIsMissing(upcoming[i].session, skillsOnOffer));
    } catch (const StorageError &error) {
        // A reminder is a courtesy: a failure says so quietly and never stands in the way.
        m_window.statusBar()->showMessage(
            tr("Could not look for sessions coming up: %1").arg(toQString(error.what())), 12000);
        hide();
        return;
    }

    const bool more = upcoming.size() > static_cast<std::size_t>(listedAtMost);
    if (more)
        upcoming.resize(listedAtMost);
    m_sessions = std::move(upcoming);
    m_missing = std::move(missing);
    if (m_sessions.empty()) {
        hide();
        return;
    }

    m_ui->titleLabel->setText(
        m_sessions.size() == 1
            ? tr("A session in the next %1 days is not prepared yet").arg(daysAhead)
            : tr("%1 sessions in the next %2 days are not prepared yet")
                  .arg(m_sessions.size())
                  .arg(daysAhead));
    for (std::size_t i = 0; i < m_sessions.size(); ++i)
        addRow(static_cast<int>(i), m_sessions[i], m_missing[i], today);
    m_ui->moreLabel->setText(more ? tr("More sessions are coming up unprepared; each "
                                       "salesperson's list shows them all.")
                                  : QString());
    m_ui->moreLabel->setVisible(more);

    // Tall enough for a few rows; more scroll.
    const int rows = std::min(static_cast<int>(m_sessions.size()), visibleRows);
    const int rowHeight = m_openButtons.front()->sizeHint().height();
    const int height = rows * rowHeight + (rows - 1) * m_ui->rowsLayout->verticalSpacing();
    m_ui->rowsArea->setFixedHeight(height + 2);
    show();
}

QString ReminderPanel::whatIsMissing(const Session &session, int skillsOnOffer) const
{
    DataStore &store = m_window.store();
    const SessionPrep prep = store.sessions().loadPrep(session.id);
    const std::vector<Action> plan = store.actions().listCreatedIn(session.id);
    QStringList steps;
    for (const PrepGap &gap : missingPrepParts(session, prep, plan, skillsOnOffer)) {
        const QString title = stepTitle(stepNamed(gap.step).value_or(SessionStep::FocusAndPlan));
        if (!steps.contains(title))
            steps << title;
    }
    if (steps.isEmpty())
        return tr("Everything is filled in; not marked ready yet");
    return tr("Still to do: %1").arg(steps.join(QStringLiteral(", ")));
}

void ReminderPanel::clearRows()
{
    m_openButtons.clear();
    m_sessions.clear();
    m_missing.clear();
    while (QLayoutItem *item = m_ui->rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ReminderPanel::addRow(int row, const UpcomingSession &upcoming, const QString &missing,
                           Date today)
{
    auto *name = new QLabel(toQString(upcoming.salespersonName), m_ui->rowsWidget);
    name->setTextFormat(Qt::PlainText);
    QFont nameFont = name->font();
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);
    auto *when = new QLabel(whenText(upcoming.session.meetingDate, today), m_ui->rowsWidget);
    when->setTextFormat(Qt::PlainText);
    auto *what = new QLabel(missing, m_ui->rowsWidget);
    what->setTextFormat(Qt::PlainText);
    what->setForegroundRole(QPalette::PlaceholderText);
    auto *open = new QPushButton(tr("Open"), m_ui->rowsWidget);
    open->setToolTip(
        tr("Open the session with %1 to prepare it").arg(toQString(upcoming.salespersonName)));
    open->setAccessibleName(
        tr("Open the session with %1 on %2")
            .arg(toQString(upcoming.salespersonName), formatDate(upcoming.session.meetingDate)));
    const Id sessionId = upcoming.session.id;
    const Id salespersonId = upcoming.session.salespersonId;
    connect(open, &QAbstractButton::clicked, this, [this, sessionId, salespersonId] {
        m_window.selectPerson(salespersonId);
        m_window.selectSession(sessionId);
        m_window.openSession(sessionId);
    });
    m_ui->rowsLayout->addWidget(name, row, 0);
    m_ui->rowsLayout->addWidget(when, row, 1);
    m_ui->rowsLayout->addWidget(what, row, 2);
    m_ui->rowsLayout->addWidget(open, row, 3);
    m_openButtons.push_back(open);
}

void ReminderPanel::refresh()
{
    check(std::max(m_today, toDate(QDate::currentDate())));
}

bool ReminderPanel::lists(Id sessionId) const
{
    return std::any_of(m_sessions.begin(), m_sessions.end(), [&](const UpcomingSession &listed) {
        return listed.session.id == sessionId;
    });
}

QAbstractButton *ReminderPanel::openButtonFor(Id sessionId) const
{
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].session.id == sessionId)
            return m_openButtons[i];
    }
    return nullptr;
}

QAbstractButton *ReminderPanel::dismissTodayButton() const
{
    return m_ui->dismissTodayButton;
}

QString ReminderPanel::missingTextFor(Id sessionId) const
{
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].session.id == sessionId)
            return m_missing[i];
    }
    return {};
}

void ReminderPanel::dismissFor(Date today)
{
    QSettings().setValue(dismissedOnKey, toQString(toIsoDate(today)));
    hide();
}

} // namespace reins::gui
