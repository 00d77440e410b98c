#include "gui/QtConvert.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace reins::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reins::gui::QtConvert", text);
}

bool isCurrencyCode(const std::string &unit)
{
    if (unit.size() != 3)
        return false;
    for (const char c : unit) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

} // namespace

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStdString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return {utf8.constData(), static_cast<std::size_t>(utf8.size())};
}

QDate toQDate(Date date)
{
    if (!date.ok())
        return {};
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

Date toDate(QDate date)
{
    return Date{std::chrono::year{date.year()},
                std::chrono::month{static_cast<unsigned>(date.month())},
                std::chrono::day{static_cast<unsigned>(date.day())}};
}

QString formatDate(Date date)
{
    const QDate qdate = toQDate(date);
    if (!qdate.isValid())
        return tr("no date");
    return QLocale().toString(qdate, QStringLiteral("d MMM yyyy"));
}

QString formatPeriod(Date start, Date end)
{
    const QDate from = toQDate(start);
    const QDate to = toQDate(end);
    if (!from.isValid() || !to.isValid())
        return tr("no period");
    const QLocale locale;
    const QString fromText = from.year() == to.year()
                                 ? locale.toString(from, QStringLiteral("d MMM"))
                                 : locale.toString(from, QStringLiteral("d MMM yyyy"));
    return QStringLiteral("%1 – %2").arg(fromText,
                                         locale.toString(to, QStringLiteral("d MMM yyyy")));
}

QString amountText(Amount amount, const std::string &unit)
{
    const QLocale locale;
    const bool negative = amount.hundredths < 0;
    const std::int64_t magnitude = negative ? -amount.hundredths : amount.hundredths;
    QString text = locale.toString(static_cast<qlonglong>(magnitude / 100));
    const auto cents = static_cast<int>(magnitude % 100);
    if (cents != 0) {
        QString fraction = QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
        if (!isCurrencyCode(unit) && fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += locale.decimalPoint() + fraction;
    }
    if (negative)
        text.prepend(locale.negativeSign());
    if (unit.empty())
        return text;
    if (unit == "%")
        return text + locale.percent();
    return text + QLatin1Char(' ') + toQString(unit);
}

QString optionalAmountText(const std::optional<Amount> &amount, const std::string &unit)
{
    return amount ? amountText(*amount, unit) : QStringLiteral("—");
}

QString formatDuration(std::int64_t seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const std::int64_t minutes = seconds / 60;
    if (minutes < 60) {
        const std::int64_t rest = seconds % 60;
        return rest == 0 ? tr("%1 min").arg(minutes) : tr("%1 min %2 s").arg(minutes).arg(rest);
    }
    const std::int64_t rest = minutes % 60;
    return rest == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 h %2 min").arg(minutes / 60).arg(rest);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Salesperson:
        return tr("Salesperson");
    case Role::Manager:
        return tr("Manager");
    }
    return {};
}

QString cadenceName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return tr("Weekly");
    case Cadence::Fortnightly:
        return tr("Fortnightly");
    case Cadence::Monthly:
        return tr("Monthly");
    }
    return {};
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Draft:
        return tr("Draft");
    case Stage::Ready:
        return tr("Ready");
    case Stage::InMeeting:
        return tr("In meeting");
    case Stage::Closed:
        return tr("Closed");
    }
    return {};
}

QString metricName(const Result &result)
{
    switch (result.metric) {
    case Metric::Revenue:
        return tr("Revenue");
    case Metric::Units:
        return tr("Units");
    case Metric::Calls:
        return tr("Calls");
    case Metric::Meetings:
        return tr("Meetings");
    case Metric::Proposals:
        return tr("Proposals");
    case Metric::WinRate:
        return tr("Win rate");
    case Metric::Custom:
        return result.customName.empty() ? tr("Custom") : toQString(result.customName);
    }
    return {};
}

QString skillGroupName(SkillGroup group)
{
    switch (group) {
    case SkillGroup::Knowledge:
        return tr("Knowledge");
    case SkillGroup::Preparation:
        return tr("Preparation");
    case SkillGroup::Conversation:
        return tr("The sales conversation");
    case SkillGroup::PipelineAndSelfManagement:
        return tr("Pipeline and self-management");
    }
    return {};
}

QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Medium:
        return tr("Medium");
    case Priority::High:
        return tr("High");
    }
    return {};
}

QString factorOriginName(FactorOrigin origin)
{
    return origin == FactorOrigin::Internal ? tr("Internal") : tr("External");
}

QString factorEffectName(FactorEffect effect)
{
    return effect == FactorEffect::Helped ? tr("Helped") : tr("Hurt");
}

QString upskillingKindName(UpskillingKind kind)
{
    switch (kind) {
    case UpskillingKind::Reading:
        return tr("Reading");
    case UpskillingKind::Webinar:
        return tr("Webinar");
    case UpskillingKind::CompetitorResearch:
        return tr("Competitor research");
    case UpskillingKind::TechniqueTried:
        return tr("Technique tried");
    case UpskillingKind::Course:
        return tr("Course");
    case UpskillingKind::Other:
        return tr("Other");
    }
    return {};
}

QString strategyChoiceName(StrategyChoice choice)
{
    switch (choice) {
    case StrategyChoice::Keep:
        return tr("Keep");
    case StrategyChoice::Drop:
        return tr("Drop");
    case StrategyChoice::Create:
        return tr("Create");
    }
    return {};
}

QString actionStatusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString impactName(Impact impact)
{
    switch (impact) {
    case Impact::Low:
        return tr("Low");
    case Impact::Medium:
        return tr("Medium");
    case Impact::High:
        return tr("High");
    }
    return {};
}

QString meetingStageName(MeetingStage stage)
{
    switch (stage) {
    case MeetingStage::Acknowledge:
        return tr("Acknowledge");
    case MeetingStage::Explore:
        return tr("Explore why");
    case MeetingStage::Plan:
        return tr("Plan");
    case MeetingStage::Support:
        return tr("Support");
    }
    return {};
}

} // namespace reins::gui
