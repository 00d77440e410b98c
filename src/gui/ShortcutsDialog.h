#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#include <vector>
#endif

#include <QDialog>
#include <QString>

namespace Ui {
class ShortcutsDialog;
}

class QTableWidget;

namespace reins::gui {

// One key of the app: where it works, what it does, and the keys as a person types them.
struct ShortcutRow {
    QString where;
    QString command;
    QString keys;
};

// The rows of every action of `window` that has a key, in the order of its menus, then of
// the window's own actions. Keys that only work inside one table or list are marked with
// `insideWhere` instead of `where`.
[[nodiscard]] std::vector<ShortcutRow> shortcutRowsOf(const QWidget &window, const QString &where,
                                                      const QString &insideWhere);

// "Keyboard shortcuts" of the Help menu: a table of every key, generated from the actions
// themselves so that it always matches them.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    void setRows(std::vector<ShortcutRow> rows);
    [[nodiscard]] const std::vector<ShortcutRow> &rows() const { return m_rows; }
    [[nodiscard]] QTableWidget *table() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    std::vector<ShortcutRow> m_rows;
};

} // namespace reins::gui
