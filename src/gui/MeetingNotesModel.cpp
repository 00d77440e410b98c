#include "gui/MeetingNotesModel.h"

#include "gui/MeetingController.h"
#include "gui/QtConvert.h"
#include "gui/SessionDocument.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

#include <algorithm>

namespace reins::gui {

MeetingNotesModel::MeetingNotesModel(SessionDocument &document, MeetingStage stage, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_stage(stage)
{
    initMeetingResources();
    m_rows = shownNotes();
    connect(&m_document, &SessionDocument::changed, this, &MeetingNotesModel::refresh);
}

std::vector<int> MeetingNotesModel::shownNotes() const
{
    std::vector<int> rows;
    const auto &notes = m_document.state().meeting.notes;
    for (std::size_t index = 0; index < notes.size(); ++index) {
        if (notes[index].stage == m_stage && !(m_hidePrivate && notes[index].isPrivate))
            rows.push_back(static_cast<int>(index));
    }
    return rows;
}

void MeetingNotesModel::refresh()
{
    auto rows = shownNotes();
    if (rows == m_rows) {
        // Same notes in the same places: repaint, keep the selection.
        if (!m_rows.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void MeetingNotesModel::setHidePrivateNotes(bool hide)
{
    if (hide == m_hidePrivate)
        return;
    m_hidePrivate = hide;
    refresh();
}

int MeetingNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingNotesModel::noteIndexAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)] : -1;
}

int MeetingNotesModel::rowOfNote(int noteIndex) const
{
    const auto found = std::find(m_rows.begin(), m_rows.end(), noteIndex);
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

QVariant MeetingNotesModel::data(const QModelIndex &index, int role) const
{
    const int noteIndex = index.isValid() ? noteIndexAt(index.row()) : -1;
    const auto &notes = m_document.state().meeting.notes;
    if (noteIndex < 0 || noteIndex >= static_cast<int>(notes.size()))
        return {};
    const MeetingNote &note = notes[static_cast<std::size_t>(noteIndex)];
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = note.text.empty() ? tr("(no answer yet)") : toQString(note.text);
        return note.prompt.empty() ? text : toQString(note.prompt) + QLatin1Char('\n') + text;
    }
    case Qt::DecorationRole:
        return note.isPrivate ? QIcon(QStringLiteral(":/meeting/lock.svg")) : QVariant();
    case Qt::BackgroundRole:
        return note.isPrivate ? QBrush(QColor(0xf6, 0xec, 0xee)) : QVariant();
    case Qt::ToolTipRole:
        return note.isPrivate ? tr("Private: only in your view, never shared with the salesperson")
                              : tr("Shared with the salesperson");
    case Qt::AccessibleDescriptionRole:
        return note.isPrivate ? tr("Private note") : tr("Shared note");
    case NoteIndexRole:
        return noteIndex;
    case PromptRole:
        return toQString(note.prompt);
    case TextRole:
        return toQString(note.text);
    case PrivateRole:
        return note.isPrivate;
    default:
        return {};
    }
}

} // namespace reins::gui
