#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <vector>
#endif

#include <QAbstractListModel>

namespace reins::gui {

class SessionDocument;

// The manager's notes of one meeting stage, one row each: the question it answers above the
// answer, private notes marked with a lock and a tint. While private notes are hidden ("the
// salesperson at the keyboard") they are not rows at all, so no view can show them.
class MeetingNotesModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { NoteIndexRole = Qt::UserRole + 1, PromptRole, TextRole, PrivateRole };

    MeetingNotesModel(SessionDocument &document, MeetingStage stage, QObject *parent = nullptr);

    [[nodiscard]] MeetingStage stage() const { return m_stage; }
    [[nodiscard]] bool hidesPrivateNotes() const { return m_hidePrivate; }
    void setHidePrivateNotes(bool hide);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    // The position in SessionState::meeting.notes of the note in `row`, or -1.
    [[nodiscard]] int noteIndexAt(int row) const;
    // The row that shows the note at `noteIndex`, or -1 when it is not shown here.
    [[nodiscard]] int rowOfNote(int noteIndex) const;

private:
    void refresh();
    [[nodiscard]] std::vector<int> shownNotes() const;

    SessionDocument &m_document;
    MeetingStage m_stage;
    bool m_hidePrivate = false;
    std::vector<int> m_rows;
};

} // namespace reins::gui
