#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "gui/SessionDocument.h"

#include <functional>
#include <vector>
#endif

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace reins::gui {

// How a column of a part is shown and edited.
enum class CellEditor {
    ReadOnly,
    Text,     // one line
    LongText, // several lines (evidence, reasons, what was learned)
    Choice,   // one of `choices`; the value is the index
    Check,    // a check box; the value is a bool
    Amount,   // an exact decimal ("1234.50"); empty means no value
    OptionalDate
};

struct PartColumn {
    QString title;
    CellEditor editor = CellEditor::Text;
    QStringList choices; // for CellEditor::Choice
    QString toolTip;
    // The value shown (Qt::DisplayRole) and edited (Qt::EditRole).
    std::function<QVariant(const SessionState &, int row)> value;
    // Writes an edited value; the model wraps it in one undoable edit.
    std::function<void(SessionState &, int row, const QVariant &)> setValue;
    // Optional: background or foreground colour, tool tip of a cell.
    std::function<QVariant(const SessionState &, int row, int role)> decoration;
    // Optional: whether the cell of `row` can be edited now (always, when not set).
    std::function<bool(const SessionState &, int row)> editable;
};

// One list of the session (results, gaps, factors, ...) as a table: which rows it has,
// how to add and remove one, and its columns.
struct PartDefinition {
    EditedPart part = EditedPart::Results;
    QString itemName; // "gap", used in undo texts: "Edit gap", "Add gap"
    std::function<int(const SessionState &)> rowCount;
    std::function<void(SessionState &, SessionDocument &)> appendRow;
    std::function<void(SessionState &, int row)> removeRow;
    // Optional: swaps rows `row` and `row + 1`.
    std::function<void(SessionState &, int row)> swapWithNext;
    std::vector<PartColumn> columns;
};

// A table model over one part of a SessionDocument. Edits go through the document, so they
// autosave and can be undone; undo and redo refresh the table.
class PartTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    PartTableModel(SessionDocument &document, PartDefinition definition, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    [[nodiscard]] const PartColumn &column(int column) const;
    [[nodiscard]] const PartDefinition &definition() const { return m_definition; }

    // Adds a row at the end and returns its index.
    int appendRow();
    void removeRowAt(int row);
    void moveRowBy(int row, int delta);

private:
    void refresh();

    SessionDocument &m_document;
    PartDefinition m_definition;
    int m_rows = 0;
};

} // namespace reins::gui
