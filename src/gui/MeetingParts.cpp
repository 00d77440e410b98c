#include "gui/MeetingParts.h"

#include "gui/QtConvert.h"
#include "reins/ResultAnalysis.h"

#include <QCoreApplication>
#include <QDate>
#include <QSplitter>

#include <algorithm>

namespace reins::gui {

namespace {

// lupdate files a tr() outside any class under its namespace, so that is the context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("reins::gui", text);
}

// "Revenue is down" -> "revenue is down", but "NPS is up" stays as it is.
QString lowerFirst(const QString &sentence)
{
    if (sentence.size() >= 2 && sentence.at(1).isUpper())
        return sentence;
    QString lowered = sentence;
    if (!lowered.isEmpty())
        lowered[0] = lowered.at(0).toLower();
    return lowered;
}

// Positions in the plan of the actions the manager owns.
std::vector<std::size_t> managerActions(const SessionState &state)
{
    std::vector<std::size_t> positions;
    for (std::size_t index = 0; index < state.plan.size(); ++index) {
        if (state.plan[index].owner == ActionOwner::Manager)
            positions.push_back(index);
    }
    return positions;
}

Action &commitmentAt(SessionState &state, int row)
{
    return state.plan.at(managerActions(state).at(static_cast<std::size_t>(row)));
}

const Action &commitmentAt(const SessionState &state, int row)
{
    return state.plan.at(managerActions(state).at(static_cast<std::size_t>(row)));
}

template <typename Read, typename Write>
PartColumn commitmentColumnOf(QString title, CellEditor editor, Read read, Write write,
                              QStringList choices = {})
{
    PartColumn spec;
    spec.title = std::move(title);
    spec.editor = editor;
    spec.choices = std::move(choices);
    spec.value = [read](const SessionState &state, int row) -> QVariant {
        return read(commitmentAt(state, row));
    };
    spec.setValue = [write](SessionState &state, int row, const QVariant &value) {
        write(commitmentAt(state, row), value);
    };
    return spec;
}

} // namespace

void setUpMeetingSplitter(QSplitter *splitter)
{
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The same split on every page, whatever each side would like to have.
    splitter->setSizes({600, 440});
}

QString acknowledgementOf(const Result &result, Cadence cadence)
{
    const QString sentence = toQString(readResult(result, cadence).sentence);
    if (!result.actual)
        return tr("I can see there is %1").arg(lowerFirst(sentence));
    return tr("I can see %1").arg(lowerFirst(sentence));
}

Date periodAheadEnd(const Session &session)
{
    switch (session.cadence) {
    case Cadence::Weekly:
        return addDays(session.meetingDate, 7);
    case Cadence::Fortnightly:
        return addDays(session.meetingDate, 14);
    case Cadence::Monthly:
        break;
    }
    return toDate(toQDate(session.meetingDate).addMonths(1));
}

PartDefinition managerCommitmentsPart()
{
    PartDefinition part;
    part.part = EditedPart::ManagerCommitments;
    part.itemName = tr("commitment");
    part.rowCount = [](const SessionState &state) {
        return static_cast<int>(managerActions(state).size());
    };
    part.appendRow = [](SessionState &state, SessionDocument &document) {
        Action action;
        action.id = document.newLocalActionId();
        action.salespersonId = state.session.salespersonId;
        action.originSessionId = state.session.id;
        action.owner = ActionOwner::Manager;
        action.withinInfluence = true;
        action.description = tr("How will you help?").toStdString();
        action.dueDate = periodAheadEnd(state.session);
        state.plan.push_back(std::move(action));
    };
    part.removeRow = [](SessionState &state, int row) {
        const auto position = managerActions(state).at(static_cast<std::size_t>(row));
        state.plan.erase(state.plan.begin() + static_cast<std::ptrdiff_t>(position));
    };
    part.swapWithNext = [](SessionState &state, int row) {
        const auto positions = managerActions(state);
        std::swap(state.plan.at(positions.at(static_cast<std::size_t>(row))),
                  state.plan.at(positions.at(static_cast<std::size_t>(row) + 1)));
    };

    auto description = commitmentColumnOf(
        tr("What I will do to help"), CellEditor::LongText,
        [](const Action &a) { return toQString(a.description); },
        [](Action &a, const QVariant &v) { a.description = toStdString(v.toString()); });
    part.columns.push_back(std::move(description));
    part.columns.push_back(commitmentColumnOf(
        tr("Due"), CellEditor::OptionalDate,
        [](const Action &a) { return a.dueDate ? toQDate(*a.dueDate) : QDate(); },
        [](Action &a, const QVariant &v) {
            const QDate date = v.toDate();
            a.dueDate = date.isValid() ? std::optional<Date>(toDate(date)) : std::nullopt;
        }));
    part.columns.push_back(commitmentColumnOf(
        tr("Status"), CellEditor::Choice,
        [](const Action &a) { return static_cast<int>(a.status); },
        [](Action &a, const QVariant &v) {
            a.status = static_cast<ActionStatus>(std::clamp(v.toInt(), 0, 2));
        },
        {actionStatusName(ActionStatus::Open), actionStatusName(ActionStatus::Done),
         actionStatusName(ActionStatus::Dropped)}));
    return part;
}

} // namespace reins::gui
