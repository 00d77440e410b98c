#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>
#endif

#include <QDialog>

namespace Ui {
class RestoreBackupDialog;
}

class QTreeWidget;

namespace reins::gui {

// Lists the backups in a folder with when each was taken and its size, newest first, and
// lets the person pick one (or another backup file) to restore.
class RestoreBackupDialog final : public QDialog {
    Q_OBJECT

public:
    RestoreBackupDialog(const std::vector<std::filesystem::path> &backups, const QString &folder,
                        QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    [[nodiscard]] std::optional<std::filesystem::path> selectedBackup() const;
    [[nodiscard]] QTreeWidget *backupList() const;

private:
    void chooseOtherFile();

    std::unique_ptr<Ui::RestoreBackupDialog> m_ui;
    std::optional<std::filesystem::path> m_otherFile;
};

// "12 Oct 2026 08:30" from a name like reins-2026-10-12T083000Z.db, in local time; empty
// when the name does not say.
[[nodiscard]] QString backupTimeText(const std::filesystem::path &backup);

} // namespace reins::gui
