#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <functional>
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class MeetingNotesPanel;
}

class QListView;

namespace reins::gui {

class MeetingController;
class MeetingNotesModel;
class SessionDocument;

// The manager's side of one meeting stage: the questions to ask and the notes taken, each
// answering a question (or none) and each shared or private. Every change is an undoable
// edit of the document.
class MeetingNotesPanel final : public QWidget {
    Q_OBJECT

public:
    MeetingNotesPanel(SessionDocument &document, MeetingController &meeting, MeetingStage stage,
                      QWidget *parent = nullptr);
    ~MeetingNotesPanel() override;

    [[nodiscard]] MeetingStage stage() const { return m_stage; }
    [[nodiscard]] MeetingNotesModel *model() const { return m_model; }
    [[nodiscard]] QListView *noteList() const;

    // Adds a note answering `prompt` (empty for a free note), selects it and puts the cursor
    // in its text. Returns its position in the meeting's notes, or -1 when refused (a
    // private note while the salesperson is at the keyboard).
    int addNote(const QString &prompt, bool isPrivate);
    void removeCurrentNote();
    // The position in the meeting's notes of the selected note, or -1.
    [[nodiscard]] int currentNote() const;
    void selectNote(int noteIndex);
    // Opens the question bank; what is saved there is offered in every stage at once.
    void editQuestions();

private:
    void fillQuestions();
    void updateEditor();
    void updateButtons();
    void applyPrivacy();
    void editCurrent(const QString &text, int column,
                     const std::function<void(MeetingNote &)> &change);
    [[nodiscard]] QString selectedQuestion() const;

    std::unique_ptr<Ui::MeetingNotesPanel> m_ui;
    SessionDocument &m_document;
    MeetingController &m_meeting;
    MeetingStage m_stage;
    MeetingNotesModel *m_model = nullptr;
    int m_noteBeforeReset = -1;
    bool m_updatingEditor = false;
};

} // namespace reins::gui
