#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "gui/PartTableModel.h"

#include <memory>
#endif

#include <QWidget>

class QPushButton;
class QTableView;

namespace Ui {
class PartEditor;
}

namespace reins::gui {

class SessionDocument;

// One list of the session as an editable table with Add, Remove and Move buttons: the
// common body of the Prepare pages. Every change goes through the document, so it can be
// undone and autosaves.
class PartEditor final : public QWidget {
    Q_OBJECT

public:
    explicit PartEditor(QWidget *parent = nullptr);
    ~PartEditor() override;

    // Shows `definition` of `document`. `addText` labels the add button ("&Add metric");
    // `editColumnOnAdd` is the column whose editor opens on a new row.
    void setPart(SessionDocument &document, PartDefinition definition, const QString &addText,
                 int editColumnOnAdd = 0);

    [[nodiscard]] QTableView *view() const;
    [[nodiscard]] PartTableModel *model() const { return m_model; }
    [[nodiscard]] QPushButton *addButton() const;
    [[nodiscard]] QPushButton *removeButton() const;

    // Adds a row, selects it and opens the editor of the add column. Returns the row.
    int addRow();
    void removeCurrentRow();
    // Selects `row` and opens the editor of `column`.
    void editCell(int row, int column);

private:
    void moveCurrentRow(int delta);
    void updateButtons();
    void sizeColumns();

    std::unique_ptr<Ui::PartEditor> m_ui;
    PartTableModel *m_model = nullptr;
    int m_editColumnOnAdd = 0;
};

} // namespace reins::gui
