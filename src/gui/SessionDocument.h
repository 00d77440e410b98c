#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>
#include <vector>
#endif

#include <QObject>
#include <QString>

class QTimer;
class QUndoStack;

namespace reins {
class DataStore;
}

namespace reins::gui {

// Everything of one session that the Prepare and Meeting flows edit. Undo and redo move
// between snapshots of it.
struct SessionState {
    Session session;
    SessionPrep prep;
    // Actions planned in this session. Actions added since the last save carry a negative
    // id until the store gives them a real one, so snapshots stay valid across saves.
    std::vector<Action> plan;
    // This session's reviews of actions planned in earlier sessions.
    std::vector<ActionReview> reviews;
    MeetingRecord meeting;

    bool operator==(const SessionState &) const = default;
};

// What earlier sessions hand to this one: read once when the document opens.
struct EarlierContext {
    std::optional<Session> previousSession;
    SessionPrep previousPrep;
    // Open actions planned before this session, and those this session already reviewed.
    std::vector<Action> carriedActions;
    std::vector<Skill> skills; // the catalogue, retired skills included for old ratings
};

// What a save writes: the state, what the store holds (the state last saved), and which
// plan ids map to which stored actions.
struct SaveJob {
    SessionState state;
    SessionState saved;
    std::map<Id, Id> storedIds;
    std::set<Id> deletedIds;
};

// One open session: its state, its undo stack, and debounced autosave to the store.
// Every edit goes through edit(), so it can be undone and is saved without a Save button.
// The autosave writes through a second connection on a thread of its own, so typing never
// waits for the disk; saveNow() writes at once, after any autosave still under way.
class SessionDocument final : public QObject {
    Q_OBJECT

public:
    // Loads the session; throws StorageError when it cannot. The store must outlive it.
    SessionDocument(DataStore &store, Id sessionId, QObject *parent = nullptr);
    ~SessionDocument() override;

    [[nodiscard]] const SessionState &state() const { return m_state; }
    [[nodiscard]] const EarlierContext &earlier() const { return m_earlier; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] DataStore &store() const { return m_store; }
    [[nodiscard]] Id sessionId() const { return m_state.session.id; }

    // Applies `change` as one undoable edit called `text`. Consecutive edits with the same
    // non-negative mergeKey become one undo step, so typing a word is undone at once.
    void edit(const QString &text, const std::function<void(SessionState &)> &change,
              int mergeKey = -1);

    // A fresh negative id for an action added to the plan.
    [[nodiscard]] Id newLocalActionId();

    // Records the meeting's time per stage. Times are measured, not edited: this autosaves
    // but is no undo step, undo and redo leave the times as they are, and it emits
    // stageTimesChanged instead of changed, so a running meeting never disturbs an editor.
    void setStageTimes(const std::vector<StageTime> &times);

    // Writes what changed since the last save, on this thread. Returns false (and emits
    // saveFailed) when the store refuses; the edit stays on screen and the next save tries
    // again.
    bool saveNow();
    // Forgets every edit not yet saved, so nothing more is written: for a window that was
    // only built to be read, never shown to a person.
    void discardUnsavedChanges();
    // True while an autosave is being written on its thread.
    [[nodiscard]] bool isSaving() const { return m_saving.joinable(); }
    [[nodiscard]] bool hasUnsavedChanges() const { return !(m_state == m_saved); }
    void setAutosaveDelay(int milliseconds);

    // Called by undo commands: replaces the state and schedules a save.
    void restoreState(const SessionState &state);

signals:
    void changed();
    void saved();
    void saveFailed(const QString &message);
    void stageTimesChanged();

private:
    void loadEarlierContext();
    void startBackgroundSave();
    void finishBackgroundSave();
    [[nodiscard]] SaveJob nextSaveJob() const;
    void acceptSave(SaveJob &&written);

    DataStore &m_store;
    SessionState m_state;
    SessionState m_saved;
    EarlierContext m_earlier;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_autosave = nullptr;
    Id m_nextLocalId = -1;
    // Plan id -> id in the store, where they differ: actions added since opening (negative
    // plan ids) and saved actions that were deleted and then brought back by undo.
    std::map<Id, Id> m_storedIds;
    // Plan ids of loaded actions whose stored row this document deleted.
    std::set<Id> m_deletedIds;

    // The autosave under way: its thread, its job (ids updated by the thread), the error
    // it met, and the connection it writes through (opened by the first autosave).
    std::thread m_saving;
    SaveJob m_savingJob;
    std::optional<std::string> m_savingError;
    std::unique_ptr<DataStore> m_backgroundStore;
    bool m_saveAgain = false;
    int m_saveGeneration = 0;
};

// Merge keys for edit(): one per field, so typing in one field merges and moving to
// another starts a new undo step.
enum class EditedPart {
    SessionFields,
    Results,
    SkillRatings,
    Gaps,
    Factors,
    Upskilling,
    Strategies,
    Plan,
    Reviews,
    MeetingNotes,
    StageTimes,
    ManagerCommitments
};
[[nodiscard]] int mergeKeyFor(EditedPart part, int row, int column);

} // namespace reins::gui
