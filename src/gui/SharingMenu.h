#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <filesystem>
#include <map>
#endif

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace reins::gui {

class AutomaticBackup;
class MainWindow;
class SessionWindow;

// The File menu's commands for moving and keeping data: prep packages, summaries (PDF,
// Markdown, print), CSV export, backups and restore. The main window creates it with its
// File menu; each command asks what it needs in dialogs and reports in the status bar.
class SharingMenu final : public QObject {
    Q_OBJECT

public:
    enum class Command {
        ExportPreparation,
        ImportPreparation,
        ExportSummary,
        PrintSummary,
        ExportCsv,
        BackUpNow,
        RestoreBackup,
    };

    // Adds the commands to `fileMenu`, before its last group (Quit).
    SharingMenu(MainWindow &window, QMenu *fileMenu, const QString &databasePath);
    ~SharingMenu() override;

    [[nodiscard]] QAction *action(Command command) const;

    // Gives a session window the session's own commands (export preparation, export and
    // print the summary) in its context menu and as shortcuts. Returns that menu, for the
    // window's further commands.
    QMenu *addTo(SessionWindow *window);

    // Starts the automatic backup when the newest one is older than a day; the status
    // bar says when it is done.
    void startAutomaticBackup();

    void exportPreparation(Id sessionId, QWidget *parent);
    void importPreparation();
    void exportSummary(Id sessionId, QWidget *parent);
    void printSummary(Id sessionId, QWidget *parent);
    void exportCsv();
    void backUpNow();
    void restoreFromBackup();

private:
    void updateActions();
    void showStatus(const QString &message);
    [[nodiscard]] std::filesystem::path backupFolder() const;
    // Saves an open session window's pending edits, so exports show what is on screen.
    void saveOpenSession(Id sessionId);
    // Takes a backup into the backup folder before an import; false when it failed.
    [[nodiscard]] bool backUpBeforeImport(QString &problem);

    MainWindow &m_window;
    QString m_databasePath;
    std::map<Command, QAction *> m_actions;
    AutomaticBackup *m_automaticBackup = nullptr;
};

} // namespace reins::gui
