#include "gui/GuiLauncher.h"

#include "gui/MainWindow.h"
#include "gui/QtConvert.h"
#include "reins/Errors.h"
#include "reins/storage/SqliteDataStore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <filesystem>
#include <memory>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initReinsResources()
{
    Q_INIT_RESOURCE(reins);
}

namespace reins::gui {

void initResources()
{
    static const bool initialised = [] {
        initReinsResources();
        return true;
    }();
    (void)initialised;
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("reins.db"));
}

namespace {

// Asks for another database file; empty when the person chose Quit.
QString askForAnotherDatabase(const QString &path, const QString &problem)
{
    QMessageBox box(QMessageBox::Warning, QApplication::translate("reins::gui", "Reins"),
                    QApplication::translate("reins::gui", "Reins could not open its database."));
    QString details = QApplication::translate("reins::gui", "%1\n\nFile: %2")
                          .arg(problem, QDir::toNativeSeparators(path));
    // Storage's messages usually say so already; the promise matters enough to make sure.
    if (!problem.contains(QStringLiteral("nothing"), Qt::CaseInsensitive))
        details += QApplication::translate("reins::gui", "\n\nNothing was written to the file.");
    box.setInformativeText(details);
    QPushButton *openAnother = box.addButton(
        QApplication::translate("reins::gui", "&Open another file…"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(QMessageBox::Close);
    quit->setText(QApplication::translate("reins::gui", "&Quit"));
    box.setDefaultButton(openAnother);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() != openAnother)
        return {};

    QFileDialog dialog(nullptr, QApplication::translate("reins::gui", "Open or create a database"),
                       QFileInfo(path).absolutePath());
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile); // a new name creates a new database
    dialog.setNameFilters({QApplication::translate("reins::gui", "Reins databases (*.db)"),
                           QApplication::translate("reins::gui", "All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

int runReins(const QString &databasePath)
{
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reins.svg")));

    QString path = databasePath;
    std::unique_ptr<storage::SqliteDataStore> store;
    while (!store) {
        try {
            store = storage::SqliteDataStore::open(std::filesystem::path(path.toStdU16String()));
        } catch (const DatabaseOpenError &error) {
            path = askForAnotherDatabase(path, toQString(error.what()));
            if (path.isEmpty())
                return 1;
        }
    }

    MainWindow window(std::move(store), path);
    window.show();
    return QApplication::exec();
}

} // namespace reins::gui
