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

Id storedIdOf(const SaveJob &job, Id planId)
{
    if (const auto found = job.storedIds.find(planId); found != job.storedIds.end())
        return found->second;
    return planId > 0 && !job.deletedIds.contains(planId) ? planId : 0;
}

void writePlan(DataStore &store, SaveJob &job)
{
    auto &actions = store.actions();
    const SessionState &state = job.state;
    const SessionState &saved = job.saved;
    for (const auto &action : state.plan) {
        const auto stored = std::find_if(saved.plan.begin(), saved.plan.end(),
                                         [&](const Action &a) { return a.id == action.id; });
        Action toStore = action;
        toStore.salespersonId = state.session.salespersonId;
        toStore.originSessionId = state.session.id;
        toStore.id = storedIdOf(job, action.id);
        if (toStore.id == 0) {
            job.storedIds[action.id] = actions.add(toStore);
        } else if (stored == saved.plan.end() || !(*stored == action)) {
            actions.update(toStore);
        }
    }
    for (const auto &action : saved.plan) {
        const bool kept = std::any_of(state.plan.begin(), state.plan.end(),
                                      [&](const Action &a) { return a.id == action.id; });
        if (!kept) {
            if (const Id id = storedIdOf(job, action.id); id != 0) {
                actions.remove(id);
                // Undo may bring the action back: it is then added again, under a new id.
                job.storedIds.erase(action.id);
                if (action.id > 0)
                    job.deletedIds.insert(action.id);
            }
        }
    }
}

void writeReviews(DataStore &store, const SaveJob &job)
{
    auto &actions = store.actions();
    const SessionState &state = job.state;
    const SessionState &saved = job.saved;
    for (const auto &review : state.reviews) {
        const auto stored =
            std::find_if(saved.reviews.begin(), saved.reviews.end(),
                         [&](const ActionReview &r) { return r.actionId == review.actionId; });
        if (stored == saved.reviews.end() || !(*stored == review)) {
            ActionReview toStore = review;
            toStore.sessionId = state.session.id;
            (void)actions.setReview(toStore);
        }
    }
    for (const auto &review : saved.reviews) {
        const bool kept =
            std::any_of(state.reviews.begin(), state.reviews.end(),
                        [&](const ActionReview &r) { return r.actionId == review.actionId; });
        if (!kept)
            actions.removeReview(review.actionId, state.session.id);
    }
}

// Writes what differs between the job's state and what is stored, in one transaction.
// Throws when the store refuses; the job's ids are then as they were, like the store.
void writeChanges(DataStore &store, SaveJob &job)
{
    const auto storedIdsBefore = job.storedIds;
    const auto deletedIdsBefore = job.deletedIds;
    try {
        store.inTransaction([&] {
            const SessionState &state = job.state;
            if (!(state.session == job.saved.session))
                store.sessions().update(state.session);
            if (!(state.prep == job.saved.prep))
                store.sessions().savePrep(state.session.id, state.prep);
            if (!(state.meeting == job.saved.meeting))
                store.sessions().saveMeeting(state.session.id, state.meeting);
            writePlan(store, job);
            writeReviews(store, job);
        });
    } catch (...) {
        job.storedIds = storedIdsBefore;
        job.deletedIds = deletedIdsBefore;
        throw;
    }
}

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
    connect(m_autosave, &QTimer::timeout, this, [this] { startBackgroundSave(); });
}

SessionDocument::~SessionDocument()
{
    // Nothing typed is lost when a window closes before the autosave timer fires, and
    // the autosave under way finishes before its connection goes.
    finishBackgroundSave();
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

SaveJob SessionDocument::nextSaveJob() const
{
    return {m_state, m_saved, m_storedIds, m_deletedIds};
}

void SessionDocument::acceptSave(SaveJob &&written)
{
    m_saved = std::move(written.state);
    m_storedIds = std::move(written.storedIds);
    m_deletedIds = std::move(written.deletedIds);
}

bool SessionDocument::saveNow()
{
    m_autosave->stop();
    finishBackgroundSave();
    if (!hasUnsavedChanges())
        return true;
    SaveJob job = nextSaveJob();
    try {
        writeChanges(m_store, job);
    } catch (const std::exception &error) {
        emit saveFailed(QString::fromUtf8(error.what()));
        return false;
    }
    acceptSave(std::move(job));
    emit saved();
    return true;
}

void SessionDocument::discardUnsavedChanges()
{
    m_autosave->stop();
    finishBackgroundSave();
    m_undoStack->clear();
    m_state = m_saved;
}

void SessionDocument::startBackgroundSave()
{
    if (!hasUnsavedChanges())
        return;
    if (isSaving()) {
        m_saveAgain = true; // the edits since it started go in the next one
        return;
    }
    m_saveAgain = false;
    m_savingJob = nextSaveJob();
    m_savingError.reset();
    const int generation = ++m_saveGeneration;
    m_saving = std::thread([this, generation] {
        try {
            if (!m_backgroundStore)
                m_backgroundStore = m_store.openSecondConnection();
            writeChanges(*m_backgroundStore, m_savingJob);
        } catch (const std::exception &error) {
            m_savingError = error.what();
        }
        // This document waits for the thread before it goes, so the call can be posted to
        // it. A saveNow() may have taken the result already: the generation tells.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_saveGeneration || !isSaving())
                    return;
                finishBackgroundSave();
                if (m_saveAgain)
                    startBackgroundSave();
            },
            Qt::QueuedConnection);
    });
}

void SessionDocument::finishBackgroundSave()
{
    if (!m_saving.joinable())
        return;
    m_saving.join();
    if (m_savingError) {
        const QString message = QString::fromStdString(*m_savingError);
        m_savingError.reset();
        m_saveAgain = false;
        emit saveFailed(message);
        return;
    }
    acceptSave(std::move(m_savingJob));
    if (!hasUnsavedChanges())
        emit saved();
}

} // namespace reins::gui
