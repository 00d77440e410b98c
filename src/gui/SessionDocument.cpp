#include "gui/SessionDocument.h"

#include "reins/Errors.h"
#include "reins/Repositories.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace reins::gui {

namespace {

constexpr int defaultAutosaveMilliseconds = 600;

// An edit as the two snapshots around it. Cheap enough: a session's state is a few
// kilobytes, and typing merges into one command per field.
class SnapshotCommand final : public QUndoCommand {
public:
    SnapshotCommand(SessionDocument &document, const QString &text, SessionState before,
                    SessionState after, int mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {}

    void undo() override { m_document.restoreState(m_before); }
    void redo() override { m_document.restoreState(m_after); }
    [[nodiscard]] int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const SnapshotCommand *>(other);
        if (!next || next->m_mergeKey != m_mergeKey || m_mergeKey < 0)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    SessionDocument &m_document;
    SessionState m_before;
    SessionState m_after;
    int m_mergeKey;
};

} // namespace

int mergeKeyFor(EditedPart part, int row, int column)
{
    // Room for 4096 rows and 64 columns per part.
    return (static_cast<int>(part) << 18) | ((row & 0xFFF) << 6) | (column & 0x3F);
}

SessionDocument::SessionDocument(DataStore &store, Id sessionId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_autosave(new QTimer(this))
{
    const auto session = store.sessions().find(sessionId);
    if (!session)
        throw StorageError("This session is no longer in the database.");
    m_state.session = *session;
    m_state.prep = store.sessions().loadPrep(sessionId);
    m_state.plan = store.actions().listCreatedIn(sessionId);
    m_state.reviews = store.actions().reviewsIn(sessionId);
    m_state.meeting = store.sessions().loadMeeting(sessionId);
    m_saved = m_state;
    loadEarlierContext();

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(defaultAutosaveMilliseconds);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveNow(); });
}

SessionDocument::~SessionDocument()
{
    // Nothing typed is lost when a window closes before the autosave timer fires.
    if (hasUnsavedChanges())
        saveNow();
}

void SessionDocument::loadEarlierContext()
{
    const auto &session = m_state.session;
    m_earlier.previousSession = m_store.sessions().previousSession(session.id);
    if (m_earlier.previousSession)
        m_earlier.previousPrep = m_store.sessions().loadPrep(m_earlier.previousSession->id);
    m_earlier.skills = m_store.skills().listAll(true);

    std::map<Id, Date> meetingDates;
    auto plannedBefore = [&](const Action &action) {
        auto found = meetingDates.find(action.originSessionId);
        if (found == meetingDates.end()) {
            const auto origin = m_store.sessions().find(action.originSessionId);
            found = meetingDates
                        .emplace(action.originSessionId,
                                 origin ? origin->meetingDate : session.meetingDate)
                        .first;
        }
        return action.originSessionId != session.id && found->second <= session.meetingDate;
    };
    for (const auto &action : m_store.actions().listOpenFor(session.salespersonId))
        if (plannedBefore(action))
            m_earlier.carriedActions.push_back(action);
    for (const auto &review : m_state.reviews) {
        const bool listed =
            std::any_of(m_earlier.carriedActions.begin(), m_earlier.carriedActions.end(),
                        [&](const Action &action) { return action.id == review.actionId; });
        if (!listed)
            if (auto action = m_store.actions().find(review.actionId))
                m_earlier.carriedActions.push_back(*action);
    }
}

void SessionDocument::edit(const QString &text, const std::function<void(SessionState &)> &change,
                           int mergeKey)
{
    SessionState after = m_state;
    change(after);
    if (after == m_state)
        return;
    m_undoStack->push(new SnapshotCommand(*this, text, m_state, std::move(after), mergeKey));
}

Id SessionDocument::newLocalActionId()
{
    return m_nextLocalId--;
}

void SessionDocument::restoreState(const SessionState &state)
{
    // The stage times are measured, not edited: undo never turns the meeting clock back.
    auto stageTimes = std::move(m_state.meeting.stageTimes);
    m_state = state;
    m_state.meeting.stageTimes = std::move(stageTimes);
    m_autosave->start();
    emit changed();
}

void SessionDocument::setStageTimes(const std::vector<StageTime> &times)
{
    if (m_state.meeting.stageTimes == times)
        return;
    m_state.meeting.stageTimes = times;
    m_autosave->start();
    emit stageTimesChanged();
}

void SessionDocument::setAutosaveDelay(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

Id SessionDocument::storedIdOf(Id planId) const
{
    if (const auto found = m_storedIds.find(planId); found != m_storedIds.end())
        return found->second;
    return planId > 0 && !m_deletedIds.contains(planId) ? planId : 0;
}

bool SessionDocument::saveNow()
{
    m_autosave->stop();
    if (!hasUnsavedChanges())
        return true;
    auto storedIdsBefore = m_storedIds;
    auto deletedIdsBefore = m_deletedIds;
    try {
        m_store.inTransaction([&] {
            if (!(m_state.session == m_saved.session))
                m_store.sessions().update(m_state.session);
            if (!(m_state.prep == m_saved.prep))
                m_store.sessions().savePrep(m_state.session.id, m_state.prep);
            if (!(m_state.meeting == m_saved.meeting))
                m_store.sessions().saveMeeting(m_state.session.id, m_state.meeting);
            savePlan();
            saveReviews();
        });
    } catch (const std::exception &error) {
        // The ids handed out and the rows deleted inside the failed transaction were rolled
        // back with it.
        m_storedIds = std::move(storedIdsBefore);
        m_deletedIds = std::move(deletedIdsBefore);
        emit saveFailed(QString::fromUtf8(error.what()));
        return false;
    }
    m_saved = m_state;
    emit saved();
    return true;
}

void SessionDocument::savePlan()
{
    auto &actions = m_store.actions();
    for (const auto &action : m_state.plan) {
        const auto stored = std::find_if(m_saved.plan.begin(), m_saved.plan.end(),
                                         [&](const Action &a) { return a.id == action.id; });
        Action toStore = action;
        toStore.salespersonId = m_state.session.salespersonId;
        toStore.originSessionId = m_state.session.id;
        toStore.id = storedIdOf(action.id);
        if (toStore.id == 0) {
            m_storedIds[action.id] = actions.add(toStore);
        } else if (stored == m_saved.plan.end() || !(*stored == action)) {
            actions.update(toStore);
        }
    }
    for (const auto &action : m_saved.plan) {
        const bool kept = std::any_of(m_state.plan.begin(), m_state.plan.end(),
                                      [&](const Action &a) { return a.id == action.id; });
        if (!kept) {
            if (const Id id = storedIdOf(action.id); id != 0) {
                actions.remove(id);
                // Undo may bring the action back: it is then added again, under a new id.
                m_storedIds.erase(action.id);
                if (action.id > 0)
                    m_deletedIds.insert(action.id);
            }
        }
    }
}

void SessionDocument::saveReviews()
{
    auto &actions = m_store.actions();
    for (const auto &review : m_state.reviews) {
        const auto stored =
            std::find_if(m_saved.reviews.begin(), m_saved.reviews.end(),
                         [&](const ActionReview &r) { return r.actionId == review.actionId; });
        if (stored == m_saved.reviews.end() || !(*stored == review)) {
            ActionReview toStore = review;
            toStore.sessionId = m_state.session.id;
            (void)actions.setReview(toStore);
        }
    }
    for (const auto &review : m_saved.reviews) {
        const bool kept =
            std::any_of(m_state.reviews.begin(), m_state.reviews.end(),
                        [&](const ActionReview &r) { return r.actionId == review.actionId; });
        if (!kept)
            actions.removeReview(review.actionId, m_state.session.id);
    }
}

} // namespace reins::gui
