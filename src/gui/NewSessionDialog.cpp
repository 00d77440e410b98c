#include "gui/NewSessionDialog.h"
#include "ui_NewSessionDialog.h"

#include "gui/Preferences.h"
#include "gui/QtConvert.h"

#include <QPushButton>

#include <algorithm>

namespace reins::gui {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

Date plusDays(Date date, int count)
{
    return Date{sys_days{date} + days{count}};
}

Date lastDayOfMonth(Date date)
{
    return Date{
        std::chrono::year_month_day_last{date.year(), std::chrono::month_day_last{date.month()}}};
}

// The day a period starting on `start` ends for the cadence.
Date periodEndFrom(Date start, Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return plusDays(start, 6);
    case Cadence::Fortnightly:
        return plusDays(start, 13);
    case Cadence::Monthly:
        if (start.day() == std::chrono::day{1})
            return lastDayOfMonth(start);
        break;
    }
    // A month from a day within the month: 15 Oct to 14 Nov (clamped at short months).
    const auto nextMonth =
        std::chrono::year_month{start.year(), start.month()} + std::chrono::months{1};
    const Date sameDay{nextMonth.year(), nextMonth.month(), start.day()};
    const Date target =
        sameDay.ok() ? sameDay
                     : Date{std::chrono::year_month_day_last{
                           nextMonth.year(), std::chrono::month_day_last{nextMonth.month()}}};
    return plusDays(target, -1);
}

// The last full period that ended before the meeting.
PeriodSuggestion lastFullPeriodBefore(Date meetingDate, Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return {plusDays(meetingDate, -7), plusDays(meetingDate, -1)};
    case Cadence::Fortnightly:
        return {plusDays(meetingDate, -14), plusDays(meetingDate, -1)};
    case Cadence::Monthly:
        break;
    }
    const auto previousMonth =
        std::chrono::year_month{meetingDate.year(), meetingDate.month()} - std::chrono::months{1};
    const Date start{previousMonth.year(), previousMonth.month(), std::chrono::day{1}};
    return {start, lastDayOfMonth(start)};
}

Date oneCadenceAfter(Date date, Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return plusDays(date, 7);
    case Cadence::Fortnightly:
        return plusDays(date, 14);
    case Cadence::Monthly:
        break;
    }
    return plusDays(periodEndFrom(date, Cadence::Monthly), 1);
}

} // namespace

PeriodSuggestion suggestPeriod(Cadence cadence, Date meetingDate,
                               const std::optional<Session> &previous)
{
    const PeriodSuggestion lastFull = lastFullPeriodBefore(meetingDate, cadence);
    if (!previous || !previous->periodEnd.ok() || previous->periodEnd >= meetingDate)
        return lastFull;
    const Date start = plusDays(previous->periodEnd, 1);
    const Date end = lastFull.end >= start ? lastFull.end : periodEndFrom(start, cadence);
    return {start, end};
}

Date suggestMeetingDate(Date today, const std::optional<Session> &latest)
{
    if (!latest || latest->meetingDate < today)
        return today;
    return oneCadenceAfter(latest->meetingDate, latest->cadence);
}

NewSessionDialog::NewSessionDialog(Person salesperson, std::vector<Person> managers,
                                   std::vector<Session> sessions, Date today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewSessionDialog>())
    , m_salesperson(std::move(salesperson))
    , m_sessions(std::move(sessions))
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    setWindowTitle(tr("New session with %1").arg(toQString(m_salesperson.name)));
    m_ui->salespersonName->setText(toQString(m_salesperson.name));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create session"));

    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const Session &a, const Session &b) { return a.meetingDate > b.meetingDate; });
    const std::optional<Session> latest =
        m_sessions.empty() ? std::nullopt : std::optional<Session>(m_sessions.front());

    for (const Cadence cadence : {Cadence::Weekly, Cadence::Fortnightly, Cadence::Monthly})
        m_ui->cadenceCombo->addItem(cadenceName(cadence), static_cast<int>(cadence));
    // A first session proposes this machine's usual cadence; later ones keep the last one's.
    const Cadence cadence = latest ? latest->cadence : loadPreferences().defaultCadence;
    m_ui->cadenceCombo->setCurrentIndex(m_ui->cadenceCombo->findData(static_cast<int>(cadence)));

    m_ui->managerCombo->addItem(tr("No manager"), QVariant());
    for (const Person &manager : managers) {
        if (manager.role != Role::Manager)
            continue;
        m_ui->managerCombo->addItem(toQString(manager.name),
                                    QVariant::fromValue<qlonglong>(manager.id));
    }
    if (m_salesperson.managerId) {
        const int index =
            m_ui->managerCombo->findData(QVariant::fromValue<qlonglong>(*m_salesperson.managerId));
        if (index >= 0)
            m_ui->managerCombo->setCurrentIndex(index);
    }

    for (QDateEdit *edit : {m_ui->meetingDateEdit, m_ui->periodStartEdit, m_ui->periodEndEdit})
        edit->setDisplayFormat(dateFormat());
    m_ui->meetingDateEdit->setDate(toQDate(suggestMeetingDate(today, latest)));
    suggestPeriodIfUntouched();

    connect(m_ui->meetingDateEdit, &QDateEdit::dateChanged, this, [this] {
        suggestPeriodIfUntouched();
        validate();
    });
    connect(m_ui->cadenceCombo, &QComboBox::currentIndexChanged, this, [this] {
        suggestPeriodIfUntouched();
        validate();
    });
    for (QDateEdit *edit : {m_ui->periodStartEdit, m_ui->periodEndEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_suggesting)
                m_periodEditedByHand = true;
            validate();
        });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    validate();
    m_ui->meetingDateEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

NewSessionDialog::~NewSessionDialog() = default;

std::optional<Session> NewSessionDialog::previousSessionFor(Date meetingDate) const
{
    // m_sessions is sorted newest first.
    for (const Session &session : m_sessions) {
        if (session.meetingDate <= meetingDate)
            return session;
    }
    return std::nullopt;
}

void NewSessionDialog::suggestPeriodIfUntouched()
{
    const Date meetingDate = toDate(m_ui->meetingDateEdit->date());
    const auto previous = previousSessionFor(meetingDate);
    if (previous) {
        m_ui->hintLabel->setText(
            tr("The period follows on from the session of %1 (%2).")
                .arg(formatDate(previous->meetingDate),
                     formatPeriod(previous->periodStart, previous->periodEnd)));
    } else {
        m_ui->hintLabel->setText(
            tr("This is the first session with %1. After it is created, %1 prepares it: "
               "results, self-audit, gaps and a plan.")
                .arg(toQString(m_salesperson.name)));
    }
    if (m_periodEditedByHand)
        return;
    const auto cadence = static_cast<Cadence>(m_ui->cadenceCombo->currentData().toInt());
    const PeriodSuggestion period = suggestPeriod(cadence, meetingDate, previous);
    m_suggesting = true;
    m_ui->periodStartEdit->setDate(toQDate(period.start));
    m_ui->periodEndEdit->setDate(toQDate(period.end));
    m_suggesting = false;
}

void NewSessionDialog::validate()
{
    const QDate meeting = m_ui->meetingDateEdit->date();
    const QDate start = m_ui->periodStartEdit->date();
    const QDate end = m_ui->periodEndEdit->date();

    QString problem;
    bool blocking = false;
    if (end < start) {
        problem = tr("The period ends before it starts. Choose an end date on or after %1.")
                      .arg(formatDate(toDate(start)));
        blocking = true;
    } else if (std::any_of(m_sessions.begin(), m_sessions.end(), [&](const Session &session) {
                   return toQDate(session.meetingDate) == meeting;
               })) {
        problem = tr("Note: %1 already has a session on %2.")
                      .arg(toQString(m_salesperson.name), formatDate(toDate(meeting)));
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->setVisible(!problem.isEmpty());
    m_ui->messageLabel->setStyleSheet(blocking ? QStringLiteral("color: #b23b3b;")
                                               : QStringLiteral("color: #7a4d07;"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

Session NewSessionDialog::session() const
{
    Session session;
    session.salespersonId = m_salesperson.id;
    const QVariant manager = m_ui->managerCombo->currentData();
    if (manager.isValid())
        session.managerId = manager.toLongLong();
    session.meetingDate = toDate(m_ui->meetingDateEdit->date());
    session.periodStart = toDate(m_ui->periodStartEdit->date());
    session.periodEnd = toDate(m_ui->periodEndEdit->date());
    session.cadence = static_cast<Cadence>(m_ui->cadenceCombo->currentData().toInt());
    session.stage = Stage::Draft;
    return session;
}

} // namespace reins::gui
