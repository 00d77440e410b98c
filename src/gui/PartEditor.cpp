#include "gui/PartEditor.h"
#include "ui_PartEditor.h"

#include "gui/PartDelegate.h"
#include "gui/PrepPageSupport.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace reins::gui {

PartEditor::PartEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PartEditor>())
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->table;
    table->setItemDelegate(new PartDelegate(table));
    table->horizontalHeader()->setHighlightSections(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    keepRowsFitted(table);

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeCurrentRow(); });
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });

    // Keys that work on the table itself, not inside an open cell editor.
    const auto addTableAction = [this, table](const QString &text, const QKeySequence &key,
                                              auto handler) {
        auto *action = new QAction(text, table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, handler);
        table->addAction(action);
    };
    addTableAction(tr("Remove row"), QKeySequence::Delete, [this] { removeCurrentRow(); });
    addTableAction(tr("Move row up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                   [this] { moveCurrentRow(-1); });
    addTableAction(tr("Move row down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                   [this] { moveCurrentRow(1); });
    updateButtons();
}

PartEditor::~PartEditor() = default;

QTableView *PartEditor::view() const
{
    return m_ui->table;
}

QPushButton *PartEditor::addButton() const
{
    return m_ui->addButton;
}

QPushButton *PartEditor::removeButton() const
{
    return m_ui->removeButton;
}

void PartEditor::setPart(SessionDocument &document, PartDefinition definition,
                         const QString &addText, int editColumnOnAdd)
{
    const bool movable = static_cast<bool>(definition.swapWithNext);
    delete m_model;
    m_model = new PartTableModel(document, std::move(definition), this);
    m_editColumnOnAdd = editColumnOnAdd;
    m_ui->table->setModel(m_model);
    m_ui->addButton->setText(addText);
    m_ui->addButton->setAccessibleName(QString(addText).remove(QLatin1Char('&')));
    m_ui->moveUpButton->setVisible(movable);
    m_ui->moveDownButton->setVisible(movable);
    m_ui->table->setAccessibleName(tr("%1 table").arg(m_model->definition().itemName));

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateButtons(); });
    sizeColumns();
    updateButtons();
}

void PartEditor::sizeColumns()
{
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics(font());
    bool anyStretched = false;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const PartColumn &spec = m_model->column(column);
        switch (spec.editor) {
        case CellEditor::LongText:
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            anyStretched = true;
            break;
        case CellEditor::Text:
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, std::max(metrics.horizontalAdvance(spec.title) + 32,
                                                   metrics.averageCharWidth() * 14));
            break;
        case CellEditor::Choice: {
            // Wide enough for the longest choice in its combo box.
            int widest = metrics.horizontalAdvance(spec.title);
            for (const QString &choice : spec.choices)
                widest = std::max(widest, metrics.horizontalAdvance(choice));
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, std::min(widest + 48, 260));
            break;
        }
        case CellEditor::OptionalDate:
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(
                column, std::max(metrics.horizontalAdvance(spec.title),
                                 metrics.horizontalAdvance(QStringLiteral("28 Sep 2026"))) +
                            56);
            break;
        default:
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, std::max(metrics.horizontalAdvance(spec.title) + 28,
                                                   metrics.averageCharWidth() * 10));
            break;
        }
    }
    if (!anyStretched)
        header->setStretchLastSection(true);
}

int PartEditor::addRow()
{
    if (!m_model)
        return -1;
    const int row = m_model->appendRow();
    editCell(row, m_editColumnOnAdd);
    return row;
}

void PartEditor::editCell(int row, int column)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, column);
    m_ui->table->setCurrentIndex(index);
    m_ui->table->scrollTo(index);
    m_ui->table->setFocus(Qt::OtherFocusReason);
    if (m_model->flags(index).testFlag(Qt::ItemIsEditable))
        m_ui->table->edit(index);
}

void PartEditor::removeCurrentRow()
{
    if (!m_model)
        return;
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid())
        return;
    const int column = current.column();
    m_model->removeRowAt(current.row());
    // Stay in the list, on the row that took its place.
    const int rows = m_model->rowCount();
    if (rows > 0) {
        m_ui->table->setCurrentIndex(m_model->index(std::min(current.row(), rows - 1), column));
    }
    updateButtons();
}

void PartEditor::moveCurrentRow(int delta)
{
    if (!m_model)
        return;
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid())
        return;
    const int target = current.row() + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    m_model->moveRowBy(current.row(), delta);
    m_ui->table->setCurrentIndex(m_model->index(target, current.column()));
    updateButtons();
}

void PartEditor::updateButtons()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const QModelIndex current = m_ui->table->currentIndex();
    const bool selected = current.isValid() && current.row() < rows;
    m_ui->addButton->setEnabled(m_model != nullptr);
    m_ui->removeButton->setEnabled(selected);
    m_ui->moveUpButton->setEnabled(selected && current.row() > 0);
    m_ui->moveDownButton->setEnabled(selected && current.row() + 1 < rows);
}

} // namespace reins::gui
