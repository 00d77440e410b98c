#include "gui/QtConvert.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace reins::gui {

namespace {

// The translation context of this file's words, as lupdate sees it.
class QtConvert {
    Q_DECLARE_TR_FUNCTIONS(QtConvert)
};

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

QString dateFormat()
{
    //: How dates are shown, as a QDate::toString pattern; month names follow the locale.
    return QtConvert::tr("d MMM yyyy");
}

QString formatDate(Date date)
{
    const QDate qdate = toQDate(date);
    if (!qdate.isValid())
        return QtConvert::tr("no date");
    return QLocale().toString(qdate, dateFormat());
}

QString formatPeriod(Date start, Date end)
{
    const QDate from = toQDate(start);
    const QDate to = toQDate(end);
    if (!from.isValid() || !to.isValid())
        return QtConvert::tr("no period");
    const QLocale locale;
    //: The start of a period within one year, as a QDate::toString pattern.
    const QString fromText = from.year() == to.year()
                                 ? locale.toString(from, QtConvert::tr("d MMM"))
                                 : locale.toString(from, dateFormat());
    return QStringLiteral("%1 – %2").arg(fromText, locale.toString(to, dateFormat()));
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
        return percentText(text);
    return text + QLatin1Char(' ') + toQString(unit);
}

QString percentText(const QString &number)
{
    //: A percentage; German puts a space before the sign.
    return QtConvert::tr("%1%").arg(number);
}

QString optionalAmountText(const std::optional<Amount> &amount, const std::string &unit)
{
    return amount ? amountText(*amount, unit) : QStringLiteral("—");
}

QString formatDuration(std::int64_t seconds)
{
    if (seconds < 60)
        return QtConvert::tr("%1 s").arg(seconds);
    const std::int64_t minutes = seconds / 60;
    if (minutes < 60) {
        const std::int64_t rest = seconds % 60;
        return rest == 0 ? QtConvert::tr("%1 min").arg(minutes)
                         : QtConvert::tr("%1 min %2 s").arg(minutes).arg(rest);
    }
    const std::int64_t rest = minutes % 60;
    return rest == 0 ? QtConvert::tr("%1 h").arg(minutes / 60)
                     : QtConvert::tr("%1 h %2 min").arg(minutes / 60).arg(rest);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Salesperson:
        return QtConvert::tr("Salesperson");
    case Role::Manager:
        return QtConvert::tr("Manager");
    }
    return {};
}

QString cadenceName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return QtConvert::tr("Weekly");
    case Cadence::Fortnightly:
        return QtConvert::tr("Fortnightly");
    case Cadence::Monthly:
        return QtConvert::tr("Monthly");
    }
    return {};
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Draft:
        return QtConvert::tr("Draft");
    case Stage::Ready:
        return QtConvert::tr("Ready");
    case Stage::InMeeting:
        return QtConvert::tr("In meeting");
    case Stage::Closed:
        return QtConvert::tr("Closed");
    }
    return {};
}

QString metricName(const Result &result)
{
    switch (result.metric) {
    case Metric::Revenue:
        return QtConvert::tr("Revenue");
    case Metric::Units:
        return QtConvert::tr("Units");
    case Metric::Calls:
        return QtConvert::tr("Calls");
    case Metric::Meetings:
        return QtConvert::tr("Meetings");
    case Metric::Proposals:
        return QtConvert::tr("Proposals");
    case Metric::WinRate:
        return QtConvert::tr("Win rate");
    case Metric::Custom:
        return result.customName.empty() ? QtConvert::tr("Custom") : toQString(result.customName);
    }
    return {};
}

QString skillGroupName(SkillGroup group)
{
    switch (group) {
    case SkillGroup::Knowledge:
        return QtConvert::tr("Knowledge");
    case SkillGroup::Preparation:
        return QtConvert::tr("Preparation");
    case SkillGroup::Conversation:
        return QtConvert::tr("The sales conversation");
    case SkillGroup::PipelineAndSelfManagement:
        return QtConvert::tr("Pipeline and self-management");
    }
    return {};
}

QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QtConvert::tr("Low");
    case Priority::Medium:
        return QtConvert::tr("Medium");
    case Priority::High:
        return QtConvert::tr("High");
    }
    return {};
}

QString factorOriginName(FactorOrigin origin)
{
    return origin == FactorOrigin::Internal ? QtConvert::tr("Internal") : QtConvert::tr("External");
}

QString factorEffectName(FactorEffect effect)
{
    return effect == FactorEffect::Helped ? QtConvert::tr("Helped") : QtConvert::tr("Hurt");
}

QString upskillingKindName(UpskillingKind kind)
{
    switch (kind) {
    case UpskillingKind::Reading:
        return QtConvert::tr("Reading");
    case UpskillingKind::Webinar:
        return QtConvert::tr("Webinar");
    case UpskillingKind::CompetitorResearch:
        return QtConvert::tr("Competitor research");
    case UpskillingKind::TechniqueTried:
        return QtConvert::tr("Technique tried");
    case UpskillingKind::Course:
        return QtConvert::tr("Course");
    case UpskillingKind::Other:
        return QtConvert::tr("Other");
    }
    return {};
}

QString strategyChoiceName(StrategyChoice choice)
{
    switch (choice) {
    case StrategyChoice::Keep:
        return QtConvert::tr("Keep");
    case StrategyChoice::Drop:
        return QtConvert::tr("Drop");
    case StrategyChoice::Create:
        return QtConvert::tr("Create");
    }
    return {};
}

QString actionStatusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QtConvert::tr("Open");
    case ActionStatus::Done:
        return QtConvert::tr("Done");
    case ActionStatus::Dropped:
        return QtConvert::tr("Dropped");
    }
    return {};
}

QString impactName(Impact impact)
{
    switch (impact) {
    case Impact::Low:
        return QtConvert::tr("Low");
    case Impact::Medium:
        return QtConvert::tr("Medium");
    case Impact::High:
        return QtConvert::tr("High");
    }
    return {};
}

QString meetingStageName(MeetingStage stage)
{
    switch (stage) {
    case MeetingStage::Acknowledge:
        return QtConvert::tr("Acknowledge");
    case MeetingStage::Explore:
        return QtConvert::tr("Explore why");
    case MeetingStage::Plan:
        return QtConvert::tr("Plan");
    case MeetingStage::Support:
        return QtConvert::tr("Support");
    }
    return {};
}

QString translatedCoreText(const char *context, const std::string &text)
{
    return QCoreApplication::translate(context, text.c_str());
}

} // namespace reins::gui
