#include "gui/RestoreBackupDialog.h"
#include "ui_RestoreBackupDialog.h"

#include "gui/BackupSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

#include <algorithm>

namespace reins::gui {

namespace {

constexpr int pathRole = Qt::UserRole + 1;

} // namespace

QString backupTimeText(const std::filesystem::path &backup)
{
    const QString name = toQPath(backup.filename());
    static const QString prefix = QStringLiteral("reins-");
    if (!name.startsWith(prefix))
        return {};
    QDateTime taken = QDateTime::fromString(name.mid(prefix.size(), 18),
                                            QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
    if (!taken.isValid())
        return {};
    taken.setTimeZone(QTimeZone::utc());
    return QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat);
}

RestoreBackupDialog::RestoreBackupDialog(const std::vector<std::filesystem::path> &backups,
                                         const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreBackupDialog>())
{
    m_ui->setupUi(this);
    QTreeWidget *list = m_ui->backupList;
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);

    std::vector<std::filesystem::path> newestFirst = backups;
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
    for (const auto &backup : newestFirst) {
        const QFileInfo info(toQPath(backup));
        QString when = backupTimeText(backup);
        if (when.isEmpty())
            when = info.fileName();
        auto *item = new QTreeWidgetItem(list, {when, QLocale().formattedDataSize(info.size())});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(info.filePath()));
        item->setData(0, pathRole, info.filePath());
    }
    m_ui->folderLabel->setText(
        newestFirst.empty()
            ? tr("There are no backups in %1 yet.").arg(QDir::toNativeSeparators(folder))
            : tr("Backups in %1").arg(QDir::toNativeSeparators(folder)));
    m_ui->folderLabel->setForegroundRole(QPalette::PlaceholderText);
    if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));

    QPushButton *restore = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    restore->setText(tr("&Restore"));
    restore->setEnabled(list->currentItem() != nullptr);
    QPushButton *other =
        m_ui->buttonBox->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setToolTip(tr("Restore a backup saved elsewhere, such as one made with Back up now."));
    connect(list, &QTreeWidget::currentItemChanged, this,
            [restore](QTreeWidgetItem *current) { restore->setEnabled(current != nullptr); });
    connect(list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(other, &QPushButton::clicked, this, [this] { chooseOtherFile(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

QTreeWidget *RestoreBackupDialog::backupList() const
{
    return m_ui->backupList;
}

std::optional<std::filesystem::path> RestoreBackupDialog::selectedBackup() const
{
    if (m_otherFile)
        return m_otherFile;
    const QTreeWidgetItem *current = m_ui->backupList->currentItem();
    if (!current)
        return std::nullopt;
    return toPath(current->data(0, pathRole).toString());
}

void RestoreBackupDialog::chooseOtherFile()
{
    QFileDialog dialog(this, tr("Restore from a backup file"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Reins databases (*.db)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_otherFile = toPath(dialog.selectedFiles().constFirst());
    accept();
}

} // namespace reins::gui
