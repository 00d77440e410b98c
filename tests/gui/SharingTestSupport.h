#pragma once

// Helpers for the sharing tests: a team in a database of its own, its main window, and
// answers for the file dialogs the sharing commands open.

#include "GuiTestSupport.h"

#include "gui/MainWindow.h"
#include "gui/SharingMenu.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QFile>
#include <QFileDialog>
#include <QSettings>

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace reins::test {

inline QString qPath(const std::filesystem::path &path)
{
    return QString::fromStdString(path.string());
}

inline std::string readBytes(const std::filesystem::path &path)
{
    QFile file(qPath(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

// Points backup/folder at a folder of the test for as long as it lives.
class BackupFolderSetting {
public:
    explicit BackupFolderSetting(const std::filesystem::path &folder)
    {
        QSettings().setValue(QStringLiteral("backup/folder"), qPath(folder));
    }
    ~BackupFolderSetting() { QSettings().remove(QStringLiteral("backup/folder")); }
    BackupFolderSetting(const BackupFolderSetting &) = delete;
    BackupFolderSetting &operator=(const BackupFolderSetting &) = delete;
};

// A main window over a database holding a small sample team.
struct SharingWindow {
    explicit SharingWindow(const std::filesystem::path &databasePath, bool withTeam = true)
        : path(databasePath)
    {
        auto store = storage::SqliteDataStore::open(path);
        if (withTeam)
            writeSampleTeam(*store, {2, 3}, todayUtc());
        window = std::make_unique<gui::MainWindow>(std::move(store), qPath(path));
        window->show();
        sharing = window->findChild<gui::SharingMenu *>();
    }

    // The first salesperson and their newest session, selected as a person would.
    std::pair<Person, Session> selectNewestSession()
    {
        Person salesperson;
        for (const Person &person : window->store().people().listAll()) {
            if (person.role == Role::Salesperson) {
                salesperson = person;
                break;
            }
        }
        const Session newest =
            window->store().sessions().listForSalesperson(salesperson.id).front().session;
        window->selectPerson(salesperson.id);
        window->selectSession(newest.id);
        return {salesperson, newest};
    }

    std::filesystem::path path;
    std::unique_ptr<gui::MainWindow> window;
    gui::SharingMenu *sharing = nullptr;
};

// Answers a file dialog with `file`, as if typed and confirmed.
inline std::function<void(QWidget *)> chooseFile(const std::filesystem::path &file)
{
    return [file](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        CHECK(dialog);
        if (!dialog)
            return;
        dialog->selectFile(qPath(file));
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    };
}

} // namespace reins::test
