#include "gui/PrepParts.h"

#include "gui/Preferences.h"
#include "gui/QtConvert.h"
#include "reins/ResultAnalysis.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace reins::gui {

namespace {

// lupdate files a tr() outside any class under its namespace, so that is the context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("reins::gui", text);
}

template <typename Item>
std::function<int(const SessionState &)> countOf(std::vector<Item> SessionPrep::*list)
{
    return
        [list](const SessionState &state) { return static_cast<int>((state.prep.*list).size()); };
}

template <typename Item>
std::function<void(SessionState &, int)> removeFrom(std::vector<Item> SessionPrep::*list)
{
    return [list](SessionState &state, int row) {
        auto &items = state.prep.*list;
        items.erase(items.begin() + row);
    };
}

template <typename Item>
std::function<void(SessionState &, int)> swapIn(std::vector<Item> SessionPrep::*list)
{
    return [list](SessionState &state, int row) {
        auto &items = state.prep.*list;
        std::swap(items[static_cast<std::size_t>(row)], items[static_cast<std::size_t>(row) + 1]);
    };
}

// A column over one field of a prep list item.
template <typename Item, typename Read, typename Write>
PartColumn column(std::vector<Item> SessionPrep::*list, QString title, CellEditor editor, Read read,
                  Write write, QStringList choices = {})
{
    PartColumn spec;
    spec.title = std::move(title);
    spec.editor = editor;
    spec.choices = std::move(choices);
    spec.value = [list, read](const SessionState &state, int row) {
        return read((state.prep.*list).at(static_cast<std::size_t>(row)));
    };
    spec.setValue = [list, write](SessionState &state, int row, const QVariant &value) {
        write((state.prep.*list).at(static_cast<std::size_t>(row)), value);
    };
    return spec;
}

template <typename Enum, typename Namer>
QStringList namesOf(std::initializer_list<Enum> values, Namer namer)
{
    QStringList names;
    for (auto value : values)
        names << namer(value);
    return names;
}

template <typename Enum>
Enum enumAt(const QVariant &value, int count)
{
    return static_cast<Enum>(std::clamp(value.toInt(), 0, count - 1));
}

QString textOf(const std::string &text)
{
    return toQString(text);
}

QStringList metricNames()
{
    QStringList names;
    for (auto metric : {Metric::Revenue, Metric::Units, Metric::Calls, Metric::Meetings,
                        Metric::Proposals, Metric::WinRate, Metric::Custom}) {
        Result result;
        result.metric = metric;
        names << (metric == Metric::Custom ? tr("Custom") : metricName(result));
    }
    return names;
}

// The unit a new metric starts with; a person can change it.
std::string defaultUnitFor(Metric metric)
{
    switch (metric) {
    case Metric::Revenue:
        return toStdString(loadPreferences().currency);
    case Metric::WinRate:
        return "%";
    case Metric::Units:
        return "units";
    case Metric::Calls:
        return "calls";
    case Metric::Meetings:
        return "meetings";
    case Metric::Proposals:
        return "proposals";
    case Metric::Custom:
        break;
    }
    return {};
}

QVariant directionColour(const ResultReading &reading, int role)
{
    if (role != Qt::ForegroundRole)
        return {};
    switch (reading.direction) {
    case Direction::Up:
        return QBrush(QColor(0x1b, 0x7f, 0x3b));
    case Direction::Down:
        return QBrush(QColor(0xb0, 0x2a, 0x1e));
    default:
        return {};
    }
}

} // namespace

std::optional<Amount> amountFromText(const QString &text)
{
    // Spaces group thousands in some locales (French uses a narrow no-break space).
    auto trimmed =
        text.trimmed().remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
    if (trimmed.isEmpty())
        return std::nullopt;
    const auto utf8 = trimmed.toStdString();
    // First as the locale writes it, so "46.000" is forty-six thousand in German; then by
    // guessing, for a figure pasted from elsewhere.
    const QLocale locale;
    if (locale.decimalPoint().size() == 1 && locale.groupSeparator().size() == 1 &&
        locale.decimalPoint().at(0).unicode() < 0x80 &&
        locale.groupSeparator().at(0).unicode() < 0x80) {
        if (auto amount = parseAmount(utf8, locale.decimalPoint().at(0).toLatin1(),
                                      locale.groupSeparator().at(0).toLatin1()))
            return amount;
    }
    // The last separator that is followed by at most two digits is the decimal one.
    const auto lastComma = utf8.rfind(',');
    const auto lastPoint = utf8.rfind('.');
    char decimal = '.';
    if (lastComma != std::string::npos &&
        (lastPoint == std::string::npos || lastComma > lastPoint) && utf8.size() - lastComma <= 3)
        decimal = ',';
    if (auto amount = parseAmount(utf8, decimal, decimal == ',' ? '.' : ','))
        return amount;
    return std::nullopt;
}

QString amountToText(const std::optional<Amount> &amount)
{
    return amount ? amountText(*amount, {}) : QString();
}

PartDefinition resultsPart()
{
    using List = std::vector<Result>;
    constexpr List SessionPrep::*list = &SessionPrep::results;
    PartDefinition part;
    part.part = EditedPart::Results;
    part.itemName = tr("result");
    part.rowCount = countOf(list);
    part.removeRow = removeFrom(list);
    part.swapWithNext = swapIn(list);
    part.appendRow = [](SessionState &state, SessionDocument &) {
        Result result;
        // The first result is revenue; the next ones start as the metrics still missing.
        for (auto metric : {Metric::Revenue, Metric::Calls, Metric::Meetings, Metric::Proposals,
                            Metric::WinRate, Metric::Units, Metric::Custom}) {
            const bool used = std::any_of(state.prep.results.begin(), state.prep.results.end(),
                                          [&](const Result &r) { return r.metric == metric; });
            if (!used || metric == Metric::Custom) {
                result.metric = metric;
                break;
            }
        }
        result.unit = defaultUnitFor(result.metric);
        if (result.metric == Metric::Custom)
            result.customName = tr("New metric").toStdString();
        state.prep.results.push_back(std::move(result));
    };

    part.columns.push_back(column(
        list, tr("Metric"), CellEditor::Choice,
        [](const Result &r) { return static_cast<int>(r.metric); },
        [](Result &r, const QVariant &v) {
            const auto metric = enumAt<Metric>(v, 7);
            if (metric == r.metric)
                return;
            if (r.unit.empty() || r.unit == defaultUnitFor(r.metric))
                r.unit = defaultUnitFor(metric);
            if (metric == Metric::Custom && r.customName.empty())
                r.customName = tr("New metric").toStdString();
            r.metric = metric;
        },
        metricNames()));
    auto name = column(
        list, tr("Name"), CellEditor::Text,
        [](const Result &r) {
            return r.metric == Metric::Custom ? textOf(r.customName) : QString();
        },
        [](Result &r, const QVariant &v) {
            const auto text = v.toString().trimmed();
            if (!text.isEmpty()) {
                r.customName = text.toStdString();
                r.metric = Metric::Custom;
            }
        });
    name.toolTip = tr("The name of a custom metric, such as “Demos booked”");
    part.columns.push_back(std::move(name));
    part.columns.push_back(column(
        list, tr("Unit"), CellEditor::Text, [](const Result &r) { return textOf(r.unit); },
        [](Result &r, const QVariant &v) { r.unit = v.toString().trimmed().toStdString(); }));
    auto amountColumn = [&](QString title, std::optional<Amount> Result::*field) {
        return column(
            list, std::move(title), CellEditor::Amount,
            [field](const Result &r) { return amountToText(r.*field); },
            [field](Result &r, const QVariant &v) { r.*field = amountFromText(v.toString()); });
    };
    part.columns.push_back(amountColumn(tr("Target"), &Result::target));
    part.columns.push_back(amountColumn(tr("Actual"), &Result::actual));
    part.columns.push_back(amountColumn(tr("Last period"), &Result::previous));

    PartColumn change;
    change.title = tr("Change");
    change.editor = CellEditor::ReadOnly;
    change.toolTip = tr("Change on the previous period");
    change.value = [](const SessionState &state, int row) -> QVariant {
        const auto reading =
            readResult(state.prep.results.at(static_cast<std::size_t>(row)), state.session.cadence);
        return reading.changePermille ? toQString(formatChange(*reading.changePermille))
                                      : QStringLiteral("\u2013");
    };
    change.decoration = [](const SessionState &state, int row, int role) -> QVariant {
        const auto reading =
            readResult(state.prep.results.at(static_cast<std::size_t>(row)), state.session.cadence);
        if (role == Qt::ToolTipRole)
            return toQString(reading.sentence);
        return directionColour(reading, role);
    };
    part.columns.push_back(std::move(change));

    PartColumn attainment;
    attainment.title = tr("Of target");
    attainment.editor = CellEditor::ReadOnly;
    attainment.value = [](const SessionState &state, int row) -> QVariant {
        const auto reading =
            readResult(state.prep.results.at(static_cast<std::size_t>(row)), state.session.cadence);
        return reading.attainmentPercent ? percentText(QLocale().toString(
                                               static_cast<qlonglong>(*reading.attainmentPercent)))
                                         : QStringLiteral("\u2013");
    };
    part.columns.push_back(std::move(attainment));

    part.columns.push_back(column(
        list, tr("My comment"), CellEditor::LongText,
        [](const Result &r) { return textOf(r.comment); },
        [](Result &r, const QVariant &v) { r.comment = v.toString().toStdString(); }));
    return part;
}

PartDefinition gapsPart(const std::vector<Skill> &skills)
{
    constexpr auto list = &SessionPrep::gaps;
    PartDefinition part;
    part.part = EditedPart::Gaps;
    part.itemName = tr("gap");
    part.rowCount = countOf(list);
    part.removeRow = removeFrom(list);
    part.swapWithNext = swapIn(list);
    part.appendRow = [](SessionState &state, SessionDocument &) {
        state.prep.gaps.push_back({0, tr("What is missing?").toStdString(), {}, Priority::Medium});
    };
    part.columns.push_back(column(
        list, tr("What is missing"), CellEditor::LongText,
        [](const Gap &g) { return textOf(g.description); },
        [](Gap &g, const QVariant &v) { g.description = v.toString().toStdString(); }));

    QStringList skillNames{tr("\u2014 no skill \u2014")};
    std::vector<Id> skillIds{0};
    for (const auto &skill : skills) {
        skillNames << toQString(skill.name);
        skillIds.push_back(skill.id);
    }
    part.columns.push_back(column(
        list, tr("Skill"), CellEditor::Choice,
        [skillIds](const Gap &g) {
            const auto found = std::find(skillIds.begin(), skillIds.end(), g.skillId.value_or(0));
            return found == skillIds.end() ? 0 : static_cast<int>(found - skillIds.begin());
        },
        [skillIds](Gap &g, const QVariant &v) {
            const auto index = static_cast<std::size_t>(
                std::clamp(v.toInt(), 0, static_cast<int>(skillIds.size()) - 1));
            g.skillId = skillIds[index] == 0 ? std::optional<Id>() : skillIds[index];
        },
        skillNames));
    part.columns.push_back(column(
        list, tr("Priority"), CellEditor::Choice,
        [](const Gap &g) { return static_cast<int>(g.priority); },
        [](Gap &g, const QVariant &v) { g.priority = enumAt<Priority>(v, 3); },
        namesOf({Priority::Low, Priority::Medium, Priority::High}, priorityName)));
    return part;
}

PartDefinition factorsPart()
{
    constexpr auto list = &SessionPrep::factors;
    PartDefinition part;
    part.part = EditedPart::Factors;
    part.itemName = tr("factor");
    part.rowCount = countOf(list);
    part.removeRow = removeFrom(list);
    part.swapWithNext = swapIn(list);
    part.appendRow = [](SessionState &state, SessionDocument &) {
        state.prep.factors.push_back({0, tr("What made a difference?").toStdString(),
                                      FactorOrigin::Internal, FactorEffect::Helped, true});
    };
    part.columns.push_back(column(
        list, tr("Factor"), CellEditor::LongText,
        [](const Factor &f) { return textOf(f.description); },
        [](Factor &f, const QVariant &v) { f.description = v.toString().toStdString(); }));
    part.columns.push_back(column(
        list, tr("Internal or external"), CellEditor::Choice,
        [](const Factor &f) { return static_cast<int>(f.origin); },
        [](Factor &f, const QVariant &v) { f.origin = enumAt<FactorOrigin>(v, 2); },
        namesOf({FactorOrigin::Internal, FactorOrigin::External}, factorOriginName)));
    part.columns.push_back(column(
        list, tr("Helped or hurt"), CellEditor::Choice,
        [](const Factor &f) { return static_cast<int>(f.effect); },
        [](Factor &f, const QVariant &v) { f.effect = enumAt<FactorEffect>(v, 2); },
        namesOf({FactorEffect::Helped, FactorEffect::Hurt}, factorEffectName)));
    part.columns.push_back(column(
        list, tr("Within my influence"), CellEditor::Check,
        [](const Factor &f) { return f.withinInfluence; },
        [](Factor &f, const QVariant &v) { f.withinInfluence = v.toBool(); }));
    return part;
}

PartDefinition upskillingPart()
{
    constexpr auto list = &SessionPrep::upskilling;
    PartDefinition part;
    part.part = EditedPart::Upskilling;
    part.itemName = tr("upskilling entry");
    part.rowCount = countOf(list);
    part.removeRow = removeFrom(list);
    part.swapWithNext = swapIn(list);
    part.appendRow = [](SessionState &state, SessionDocument &) {
        state.prep.upskilling.push_back(
            {0, UpskillingKind::Reading, tr("Title").toStdString(), std::string()});
    };
    part.columns.push_back(column(
        list, tr("Kind"), CellEditor::Choice,
        [](const Upskilling &u) { return static_cast<int>(u.kind); },
        [](Upskilling &u, const QVariant &v) { u.kind = enumAt<UpskillingKind>(v, 6); },
        namesOf({UpskillingKind::Reading, UpskillingKind::Webinar,
                 UpskillingKind::CompetitorResearch, UpskillingKind::TechniqueTried,
                 UpskillingKind::Course, UpskillingKind::Other},
                upskillingKindName)));
    part.columns.push_back(column(
        list, tr("Title"), CellEditor::Text, [](const Upskilling &u) { return textOf(u.title); },
        [](Upskilling &u, const QVariant &v) { u.title = v.toString().toStdString(); }));
    part.columns.push_back(column(
        list, tr("What I learned or what happened"), CellEditor::LongText,
        [](const Upskilling &u) { return textOf(u.learned); },
        [](Upskilling &u, const QVariant &v) { u.learned = v.toString().toStdString(); }));
    return part;
}

PartDefinition strategiesPart()
{
    constexpr auto list = &SessionPrep::strategies;
    PartDefinition part;
    part.part = EditedPart::Strategies;
    part.itemName = tr("strategy");
    part.rowCount = countOf(list);
    part.removeRow = removeFrom(list);
    part.swapWithNext = swapIn(list);
    part.appendRow = [](SessionState &state, SessionDocument &) {
        state.prep.strategies.push_back(
            {0, StrategyChoice::Create, tr("New strategy").toStdString(), std::string()});
    };
    part.columns.push_back(column(
        list, tr("Keep, drop or create"), CellEditor::Choice,
        [](const Strategy &s) { return static_cast<int>(s.choice); },
        [](Strategy &s, const QVariant &v) { s.choice = enumAt<StrategyChoice>(v, 3); },
        namesOf({StrategyChoice::Keep, StrategyChoice::Drop, StrategyChoice::Create},
                strategyChoiceName)));
    part.columns.push_back(column(
        list, tr("Strategy"), CellEditor::LongText,
        [](const Strategy &s) { return textOf(s.description); },
        [](Strategy &s, const QVariant &v) { s.description = v.toString().toStdString(); }));
    part.columns.push_back(column(
        list, tr("Reason"), CellEditor::LongText,
        [](const Strategy &s) { return textOf(s.reason); },
        [](Strategy &s, const QVariant &v) { s.reason = v.toString().toStdString(); }));
    return part;
}

PartDefinition planPart()
{
    PartDefinition part;
    part.part = EditedPart::Plan;
    part.itemName = tr("action");
    part.rowCount = [](const SessionState &state) { return static_cast<int>(state.plan.size()); };
    part.removeRow = [](SessionState &state, int row) {
        state.plan.erase(state.plan.begin() + row);
    };
    part.swapWithNext = [](SessionState &state, int row) {
        std::swap(state.plan[static_cast<std::size_t>(row)],
                  state.plan[static_cast<std::size_t>(row) + 1]);
    };
    part.appendRow = [](SessionState &state, SessionDocument &document) {
        Action action;
        action.id = document.newLocalActionId();
        action.salespersonId = state.session.salespersonId;
        action.originSessionId = state.session.id;
        action.description = tr("What will you do?").toStdString();
        action.vitalFew = state.plan.empty();
        state.plan.push_back(std::move(action));
    };
    auto planColumnOf = [](QString title, CellEditor editor, auto read, auto write,
                           QStringList choices = {}) {
        PartColumn spec;
        spec.title = std::move(title);
        spec.editor = editor;
        spec.choices = std::move(choices);
        spec.value = [read](const SessionState &state, int row) -> QVariant {
            return read(state.plan.at(static_cast<std::size_t>(row)));
        };
        spec.setValue = [write](SessionState &state, int row, const QVariant &value) {
            write(state.plan.at(static_cast<std::size_t>(row)), value);
        };
        return spec;
    };
    part.columns.push_back(planColumnOf(
        tr("Action"), CellEditor::LongText, [](const Action &a) { return textOf(a.description); },
        [](Action &a, const QVariant &v) {
            // An action must say what will be done; the store refuses a blank one, and the
            // refusal would hold back every other edit's autosave.
            if (!v.toString().trimmed().isEmpty())
                a.description = v.toString().toStdString();
        }));
    part.columns.push_back(planColumnOf(
        tr("Owner"), CellEditor::Choice, [](const Action &a) { return static_cast<int>(a.owner); },
        [](Action &a, const QVariant &v) { a.owner = enumAt<ActionOwner>(v, 2); },
        namesOf({ActionOwner::Salesperson, ActionOwner::Manager}, [](ActionOwner owner) {
            return owner == ActionOwner::Salesperson ? tr("Salesperson") : tr("Manager");
        })));
    part.columns.push_back(planColumnOf(
        tr("Within influence"), CellEditor::Check,
        [](const Action &a) { return a.withinInfluence; },
        [](Action &a, const QVariant &v) { a.withinInfluence = v.toBool(); }));
    part.columns.push_back(planColumnOf(
        tr("Impact"), CellEditor::Choice,
        [](const Action &a) { return static_cast<int>(a.expectedImpact); },
        [](Action &a, const QVariant &v) { a.expectedImpact = enumAt<Impact>(v, 3); },
        namesOf({Impact::Low, Impact::Medium, Impact::High}, impactName)));
    part.columns.push_back(planColumnOf(
        tr("Vital few"), CellEditor::Check, [](const Action &a) { return a.vitalFew; },
        [](Action &a, const QVariant &v) { a.vitalFew = v.toBool(); }));
    part.columns.push_back(planColumnOf(
        tr("Due"), CellEditor::OptionalDate,
        [](const Action &a) { return a.dueDate ? toQDate(*a.dueDate) : QDate(); },
        [](Action &a, const QVariant &v) {
            const auto date = v.toDate();
            a.dueDate = date.isValid() ? std::optional<Date>(toDate(date)) : std::nullopt;
        }));
    part.columns.push_back(planColumnOf(
        tr("Status"), CellEditor::Choice,
        [](const Action &a) { return static_cast<int>(a.status); },
        [](Action &a, const QVariant &v) { a.status = enumAt<ActionStatus>(v, 3); },
        namesOf({ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped},
                actionStatusName)));
    return part;
}

} // namespace reins::gui
