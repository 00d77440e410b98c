#include "gui/PartDelegate.h"

#include "gui/PartTableModel.h"
#include "gui/QtConvert.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace reins::gui {

namespace {

const PartColumn *columnOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const PartTableModel *>(index.model());
    return model ? &model->column(index.column()) : nullptr;
}

} // namespace

QDate noDateSentinel()
{
    return {2000, 1, 1};
}

QWidget *PartDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const auto *column = columnOf(index);
    if (!column)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (column->editor) {
    case CellEditor::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItems(column->choices);
        combo->setAccessibleName(column->title);
        // A choice is made in one go: write it as soon as it is picked.
        connect(combo, &QComboBox::activated, this,
                [this, combo] { emit const_cast<PartDelegate *>(this)->commitData(combo); });
        return combo;
    }
    case CellEditor::OptionalDate: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setMinimumDate(noDateSentinel());
        date->setSpecialValueText(tr("No date"));
        date->setDisplayFormat(dateFormat());
        date->setAccessibleName(column->title);
        return date;
    }
    case CellEditor::Amount: {
        auto *line = new QLineEdit(parent);
        // Digits with an optional sign, group separators and up to two decimals.
        line->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral(R"(^\s*-?[\d., ]*\s*$)")), line));
        line->setPlaceholderText(tr("empty"));
        line->setAccessibleName(column->title);
        return line;
    }
    default: {
        auto *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(column->title);
        return editor;
    }
    }
}

void PartDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const auto value = index.data(Qt::EditRole).toDate();
        date->setDate(value.isValid() ? value : noDateSentinel());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PartDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex(), Qt::EditRole);
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const auto value = date->date();
        model->setData(index, value == noDateSentinel() ? QVariant(QDate()) : QVariant(value),
                       Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace reins::gui
