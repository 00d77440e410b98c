#pragma once

// The one place where Reins' core values (UTF-8 std::string, std::chrono dates, exact
// amounts) meet Qt's types, and where the GUI words the domain's values for people.

#include "reins/Amount.h"
#include "reins/Date.h"
#include "reins/Domain.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace reins::gui {

[[nodiscard]] QString toQString(std::string_view text);
// A fixed sentence of core's, marked there with REINS_TRANSLATE_NOOP(context, …), in the
// language Reins speaks.
[[nodiscard]] QString translatedCoreText(const char *context, const std::string &text);
[[nodiscard]] std::string toStdString(const QString &text);

[[nodiscard]] QDate toQDate(Date date);
[[nodiscard]] Date toDate(QDate date);

// The QDate::toString pattern of formatDate, "d MMM yyyy" in English.
[[nodiscard]] QString dateFormat();
// "12 Oct 2026"
[[nodiscard]] QString formatDate(Date date);
// "1 Oct – 31 Oct 2026", or with both years when the period spans a new year.
[[nodiscard]] QString formatPeriod(Date start, Date end);
// "12,345.50 EUR", "45.5%", "38 calls": grouped by the locale, trailing .00 dropped.
[[nodiscard]] QString amountText(Amount amount, const std::string &unit);
// "45.5%", or "45,5 %" in German: the number already worded by the locale.
[[nodiscard]] QString percentText(const QString &number);
[[nodiscard]] QString optionalAmountText(const std::optional<Amount> &amount,
                                         const std::string &unit);
// "6 min 30 s", "1 h 5 min", "0 s"
[[nodiscard]] QString formatDuration(std::int64_t seconds);

// Translated names of domain values.
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] QString cadenceName(Cadence cadence);
[[nodiscard]] QString stageName(Stage stage);
[[nodiscard]] QString metricName(const Result &result);
[[nodiscard]] QString skillGroupName(SkillGroup group);
[[nodiscard]] QString priorityName(Priority priority);
[[nodiscard]] QString factorOriginName(FactorOrigin origin);
[[nodiscard]] QString factorEffectName(FactorEffect effect);
[[nodiscard]] QString upskillingKindName(UpskillingKind kind);
[[nodiscard]] QString strategyChoiceName(StrategyChoice choice);
[[nodiscard]] QString actionStatusName(ActionStatus status);
[[nodiscard]] QString impactName(Impact impact);
[[nodiscard]] QString meetingStageName(MeetingStage stage);

} // namespace reins::gui
