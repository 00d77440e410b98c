#include "gui/ShortcutsDialog.h"
#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

#include <algorithm>

namespace reins::gui {

namespace {

// Menu order first: a person finds a key where they know the command.
void collectFromMenu(const QMenu *menu, std::vector<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (const QMenu *submenu = action->menu())
            collectFromMenu(submenu, actions);
        else
            actions.push_back(action);
    }
}

QString commandName(const QAction &action)
{
    QString text = action.text();
    text.remove(QLatin1Char('&'));
    for (const QString &ellipsis : {QStringLiteral("\u2026"), QStringLiteral("...")}) {
        if (text.endsWith(ellipsis))
            text.chop(ellipsis.size());
    }
    return text.trimmed();
}

QString keysOf(const QAction &action)
{
    QStringList keys;
    // A platform's standard keys may name the same key twice (Close is Ctrl+W and Ctrl+W).
    for (const QKeySequence &key : action.shortcuts()) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (!keys.contains(text))
            keys << text;
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

std::vector<ShortcutRow> shortcutRowsOf(const QWidget &window, const QString &where,
                                        const QString &insideWhere)
{
    std::vector<QAction *> actions;
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(&window)) {
        for (QAction *menuAction : mainWindow->menuBar()->actions()) {
            if (const QMenu *menu = menuAction->menu())
                collectFromMenu(menu, actions);
        }
    }
    for (QAction *action : window.actions())
        actions.push_back(action);
    for (QAction *action : window.findChildren<QAction *>())
        actions.push_back(action);

    std::vector<ShortcutRow> rows;
    std::vector<const QAction *> seen;
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->shortcuts().isEmpty() ||
            std::find(seen.begin(), seen.end(), action) != seen.end())
            continue;
        seen.push_back(action);
        ShortcutRow row{action->shortcutContext() == Qt::WidgetShortcut ? insideWhere : where,
                        commandName(*action), keysOf(*action)};
        const bool listed = std::any_of(rows.begin(), rows.end(), [&](const ShortcutRow &other) {
            return other.where == row.where && other.command == row.command &&
                   other.keys == row.keys;
        });
        if (!listed && !row.command.isEmpty())
            rows.push_back(std::move(row));
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->shortcutTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QTableWidget *ShortcutsDialog::table() const
{
    return m_ui->shortcutTable;
}

void ShortcutsDialog::setRows(std::vector<ShortcutRow> rows)
{
    m_rows = std::move(rows);
    QTableWidget *table = m_ui->shortcutTable;
    table->setRowCount(static_cast<int>(m_rows.size()));
    QFont keyFont = table->font();
    keyFont.setWeight(QFont::DemiBold);
    for (int row = 0; row < table->rowCount(); ++row) {
        const ShortcutRow &shortcut = m_rows[static_cast<std::size_t>(row)];
        // A group's name only on its first row reads like a list of sections.
        const bool firstOfGroup =
            row == 0 || m_rows[static_cast<std::size_t>(row) - 1].where != shortcut.where;
        auto *where = new QTableWidgetItem(firstOfGroup ? shortcut.where : QString());
        where->setToolTip(shortcut.where);
        auto *keys = new QTableWidgetItem(shortcut.keys);
        keys->setFont(keyFont);
        table->setItem(row, 0, where);
        table->setItem(row, 1, new QTableWidgetItem(shortcut.command));
        table->setItem(row, 2, keys);
    }
    table->resizeRowsToContents();
    table->setCurrentItem(nullptr);
}

} // namespace reins::gui
