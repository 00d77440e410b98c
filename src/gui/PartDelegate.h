#pragma once

#include <QStyledItemDelegate>

namespace reins::gui {

// Editors for the cells of a PartTableModel: a combo box for choices, a date field whose
// lowest value means "no date", a checked line edit for amounts, a line edit otherwise.
class PartDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// The "no date" value of the date editor, below any real due date.
[[nodiscard]] QDate noDateSentinel();

} // namespace reins::gui
