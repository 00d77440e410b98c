#include "gui/MeetingNotesPanel.h"
#include "ui_MeetingNotesPanel.h"

#include "gui/MeetingController.h"
#include "gui/MeetingNotesModel.h"
#include "gui/QtConvert.h"
#include "gui/QuestionBankDialog.h"
#include "gui/QuestionBankSettings.h"
#include "gui/SessionDocument.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

#include <algorithm>

#include <utility>

namespace reins::gui {

namespace {

// The merge-key columns of a note's fields: typing in one field is one undo step.
enum NoteField { PromptField, TextField };

// A note as a small card: the question it answers in small teal letters above the answer,
// a lock and a tint when it is private.
class NoteDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const bool isPrivate = index.data(MeetingNotesModel::PrivateRole).toBool();
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        // The background (selection or private tint) as the style draws it, without text.
        base.text.clear();
        base.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

        const Layout layout = layoutFor(option, index);
        painter->save();
        painter->translate(option.rect.topLeft());
        if (isPrivate)
            lockIcon().paint(painter, layout.icon);
        const QPalette &palette = option.palette;
        painter->setFont(promptFont(option.font));
        painter->setPen(selected ? palette.color(QPalette::HighlightedText) : promptColour());
        painter->drawText(layout.prompt, Qt::TextWordWrap, promptOf(index));
        QFont textFont = option.font;
        const QString text = index.data(MeetingNotesModel::TextRole).toString();
        textFont.setItalic(text.isEmpty());
        painter->setFont(textFont);
        painter->setPen(selected         ? palette.color(QPalette::HighlightedText)
                        : text.isEmpty() ? palette.color(QPalette::PlaceholderText)
                                         : palette.color(QPalette::Text));
        painter->drawText(layout.text, Qt::TextWordWrap, textOf(index));
        painter->restore();
    }

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override
    {
        const Layout layout = layoutFor(option, index);
        return {layout.width, layout.text.bottom() + 1 + padding};
    }

private:
    static constexpr int padding = 5;
    static constexpr int iconSize = 16;

    struct Layout {
        int width = 0;
        QRect icon;
        QRect prompt;
        QRect text;
    };

    static QIcon lockIcon()
    {
        static const QIcon icon(QStringLiteral(":/meeting/lock.svg"));
        return icon;
    }
    static QColor promptColour() { return {0x2e, 0x6b, 0x5e}; }
    static QFont promptFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setWeight(QFont::DemiBold);
        return font;
    }
    static QString promptOf(const QModelIndex &index)
    {
        const QString prompt = index.data(MeetingNotesModel::PromptRole).toString();
        return prompt.isEmpty() ? MeetingNotesPanel::tr("Free note") : prompt;
    }
    static QString textOf(const QModelIndex &index)
    {
        const QString text = index.data(MeetingNotesModel::TextRole).toString();
        return text.isEmpty() ? MeetingNotesPanel::tr("(no answer yet)") : text;
    }

    // Where the parts of a card go, from its top left corner, in the width the list gives it.
    static Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        const int width =
            std::max(120, view ? view->viewport()->width() - 2 * 2 : option.rect.width());
        const QPoint origin(0, 0);
        Layout layout;
        layout.width = width;
        const bool isPrivate = index.data(MeetingNotesModel::PrivateRole).toBool();
        const int left = padding + (isPrivate ? iconSize + padding : 0);
        const int textWidth = width - left - padding;
        layout.icon = QRect(origin + QPoint(padding, padding), QSize(iconSize, iconSize));
        const QFontMetrics promptMetrics(promptFont(option.font));
        const QRect prompt = promptMetrics.boundingRect(QRect(0, 0, textWidth, 10000),
                                                        Qt::TextWordWrap, promptOf(index));
        layout.prompt = QRect(origin + QPoint(left, padding), QSize(textWidth, prompt.height()));
        QFont textFont = option.font;
        textFont.setItalic(index.data(MeetingNotesModel::TextRole).toString().isEmpty());
        const QRect text = QFontMetrics(textFont).boundingRect(QRect(0, 0, textWidth, 100000),
                                                               Qt::TextWordWrap, textOf(index));
        layout.text = QRect(QPoint(origin.x() + left, layout.prompt.bottom() + 3),
                            QSize(textWidth, text.height()));
        return layout;
    }
};

} // namespace

MeetingNotesPanel::MeetingNotesPanel(SessionDocument &document, MeetingController &meeting,
                                     MeetingStage stage, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingNotesPanel>())
    , m_document(document)
    , m_meeting(meeting)
    , m_stage(stage)
    , m_model(new MeetingNotesModel(document, stage, this))
{
    m_ui->setupUi(this);
    m_ui->noteList->setModel(m_model);
    m_ui->noteList->setItemDelegate(new NoteDelegate(m_ui->noteList));
    m_ui->noteList->setIconSize(QSize(16, 16));
    m_ui->noteList->setUniformItemSizes(false);
    m_ui->addPrivateButton->setIcon(QIcon(QStringLiteral(":/meeting/lock.svg")));
    m_ui->privateCheck->setIcon(QIcon(QStringLiteral(":/meeting/lock.svg")));
    m_ui->promptEdit->lineEdit()->setPlaceholderText(tr("A question from the list, or your own"));
    m_ui->noteText->setPlaceholderText(tr("What was said"));
    m_ui->questionsLabel->setTextFormat(Qt::RichText);
    m_ui->notesLabel->setTextFormat(Qt::RichText);

    connect(m_ui->addButton, &QPushButton::clicked, this,
            [this] { addNote(selectedQuestion(), false); });
    connect(m_ui->addPrivateButton, &QPushButton::clicked, this,
            [this] { addNote(selectedQuestion(), true); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeCurrentNote(); });
    m_ui->editQuestionsButton->setIcon(QIcon(QStringLiteral(":/meeting/questions.svg")));
    connect(m_ui->editQuestionsButton, &QToolButton::clicked, this, [this] { editQuestions(); });
    connect(m_ui->questionList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { addNote(item->text(), false); });
    connect(m_ui->questionList, &QListWidget::currentItemChanged, this,
            [this] { updateButtons(); });

    auto *removeAction = new QAction(tr("Remove note"), m_ui->noteList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, [this] { removeCurrentNote(); });
    m_ui->noteList->addAction(removeAction);

    connect(m_ui->noteList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateEditor();
        updateButtons();
    });
    // A reset (a note added or removed, private notes hidden) keeps the note that was
    // selected when it is still shown.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_noteBeforeReset = currentNote(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectNote(m_noteBeforeReset);
        updateEditor();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateEditor(); });

    connect(m_ui->promptEdit, &QComboBox::editTextChanged, this, [this](const QString &text) {
        editCurrent(tr("Edit note question"), PromptField,
                    [&](MeetingNote &note) { note.prompt = toStdString(text.trimmed()); });
    });
    connect(m_ui->noteText, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ui->noteText->toPlainText();
        editCurrent(tr("Edit note"), TextField,
                    [&](MeetingNote &note) { note.text = toStdString(text); });
    });
    connect(m_ui->privateCheck, &QCheckBox::toggled, this, [this](bool on) {
        editCurrent(on ? tr("Make note private") : tr("Share note"), -1,
                    [&](MeetingNote &note) { note.isPrivate = on; });
    });

    connect(&m_meeting, &MeetingController::questionBankChanged, this, [this] { fillQuestions(); });
    connect(&m_meeting, &MeetingController::salespersonAtKeyboardChanged, this,
            [this] { applyPrivacy(); });

    fillQuestions();
    applyPrivacy();
    updateEditor();
    updateButtons();
}

MeetingNotesPanel::~MeetingNotesPanel() = default;

QListView *MeetingNotesPanel::noteList() const
{
    return m_ui->noteList;
}

void MeetingNotesPanel::fillQuestions()
{
    const QStringList questions = questionsOf(m_meeting.questionBank(), m_stage);
    m_ui->questionList->clear();
    m_ui->questionList->addItems(questions);
    const bool updating = std::exchange(m_updatingEditor, true);
    const QString prompt = m_ui->promptEdit->currentText();
    m_ui->promptEdit->clear();
    m_ui->promptEdit->addItems(questions);
    m_ui->promptEdit->setEditText(prompt);
    m_updatingEditor = updating;
    m_ui->questionsLabel->setVisible(!questions.isEmpty());
    m_ui->questionList->setVisible(!questions.isEmpty());
    // As tall as its questions, up to a point: the notes need the room more.
    QListWidget *list = m_ui->questionList;
    const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 2);
    const int rows = std::clamp(static_cast<int>(questions.size()), 2, 6);
    list->setMaximumHeight(rows * rowHeight + rowHeight / 2 + 2 * list->frameWidth());
}

void MeetingNotesPanel::editQuestions()
{
    QuestionBankDialog dialog(m_meeting.questionBank(), this);
    dialog.showStage(m_stage);
    if (dialog.exec() == QDialog::Accepted)
        m_meeting.setQuestionBank(dialog.bank());
}

void MeetingNotesPanel::applyPrivacy()
{
    // Hiding the rows is what keeps private notes off the screen: the editor only ever
    // shows the selected row, and a hidden note cannot be selected.
    m_model->setHidePrivateNotes(m_meeting.salespersonAtKeyboard());
    updateEditor();
    updateButtons();
}

QString MeetingNotesPanel::selectedQuestion() const
{
    const QListWidgetItem *item = m_ui->questionList->currentItem();
    return item && item->isSelected() ? item->text() : QString();
}

int MeetingNotesPanel::addNote(const QString &prompt, bool isPrivate)
{
    if (isPrivate && m_meeting.salespersonAtKeyboard())
        return -1;
    const int noteIndex = static_cast<int>(m_document.state().meeting.notes.size());
    m_document.edit(isPrivate ? tr("Add private note") : tr("Add note"), [&](SessionState &state) {
        MeetingNote note;
        note.stage = m_stage;
        note.prompt = toStdString(prompt.trimmed());
        note.isPrivate = isPrivate;
        state.meeting.notes.push_back(std::move(note));
    });
    selectNote(noteIndex);
    m_ui->noteText->setFocus(Qt::OtherFocusReason);
    return noteIndex;
}

void MeetingNotesPanel::removeCurrentNote()
{
    const int noteIndex = currentNote();
    if (noteIndex < 0)
        return;
    const int row = m_ui->noteList->currentIndex().row();
    m_document.edit(tr("Remove note"), [&](SessionState &state) {
        state.meeting.notes.erase(state.meeting.notes.begin() + noteIndex);
    });
    // Stay in the list, on the note that took its place.
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_ui->noteList->setCurrentIndex(m_model->index(std::min(row, rows - 1)));
}

int MeetingNotesPanel::currentNote() const
{
    const QModelIndex current = m_ui->noteList->currentIndex();
    return current.isValid() ? m_model->noteIndexAt(current.row()) : -1;
}

void MeetingNotesPanel::selectNote(int noteIndex)
{
    const int row = m_model->rowOfNote(noteIndex);
    if (row >= 0) {
        m_ui->noteList->setCurrentIndex(m_model->index(row));
        m_ui->noteList->scrollTo(m_model->index(row));
    } else {
        m_ui->noteList->setCurrentIndex({});
    }
}

void MeetingNotesPanel::editCurrent(const QString &text, int column,
                                    const std::function<void(MeetingNote &)> &change)
{
    const int noteIndex = currentNote();
    if (m_updatingEditor || noteIndex < 0)
        return;
    m_document.edit(
        text,
        [&](SessionState &state) {
            change(state.meeting.notes.at(static_cast<std::size_t>(noteIndex)));
        },
        column < 0 ? -1 : mergeKeyFor(EditedPart::MeetingNotes, noteIndex, column));
}

void MeetingNotesPanel::updateEditor()
{
    const int noteIndex = currentNote();
    const auto &notes = m_document.state().meeting.notes;
    const bool shown = noteIndex >= 0 && noteIndex < static_cast<int>(notes.size());
    const bool updating = std::exchange(m_updatingEditor, true);
    m_ui->editorFrame->setEnabled(shown);
    if (!shown) {
        m_ui->promptEdit->setEditText({});
        m_ui->noteText->clear();
        m_ui->privateCheck->setChecked(false);
    } else {
        const MeetingNote &note = notes[static_cast<std::size_t>(noteIndex)];
        const QString prompt = toQString(note.prompt);
        if (m_ui->promptEdit->currentText().trimmed() != prompt) {
            m_ui->promptEdit->setEditText(prompt);
            m_ui->promptEdit->lineEdit()->setCursorPosition(0);
        }
        const QString text = toQString(note.text);
        if (m_ui->noteText->toPlainText() != text) {
            m_ui->noteText->setPlainText(text);
            m_ui->noteText->moveCursor(QTextCursor::End);
        }
        m_ui->privateCheck->setChecked(note.isPrivate);
        m_ui->editorFrame->setStyleSheet(
            note.isPrivate ? QStringLiteral("#editorFrame { background: #f6ecee; }") : QString());
    }
    if (!shown)
        m_ui->editorFrame->setStyleSheet({});
    m_updatingEditor = updating;
}

void MeetingNotesPanel::updateButtons()
{
    const bool keyboard = m_meeting.salespersonAtKeyboard();
    const bool selected = currentNote() >= 0;
    m_ui->removeButton->setEnabled(selected);
    m_ui->addPrivateButton->setEnabled(!keyboard);
    m_ui->addPrivateButton->setToolTip(
        keyboard ? tr("Turn off \u201cSalesperson at the keyboard\u201d to add a private note")
                 : tr("Add a note only you will see"));
    // Making a note private now would hide it under the salesperson's eyes.
    m_ui->privateCheck->setEnabled(!keyboard);
    m_ui->notesLabel->setText(
        m_model->rowCount() == 0
            ? tr("<b>Your notes</b> · none yet: double-click a question, or add a note")
            : tr("<b>Your notes</b> · %1").arg(m_model->rowCount()));
    const QString question = selectedQuestion();
    m_ui->addButton->setToolTip(
        question.isEmpty()
            ? tr("Add a note shared with the salesperson")
            : tr("Add a note shared with the salesperson, answering \u201c%1\u201d").arg(question));
}

} // namespace reins::gui
