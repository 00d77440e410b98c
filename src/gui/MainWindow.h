#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <map>
#include <memory>
#include <optional>
#endif

#include <QMainWindow>
#include <QPointer>

namespace Ui {
class MainWindow;
}

namespace reins {
class DataStore;
}

class QLabel;

namespace reins::gui {

class CalendarExport;
class SessionTableModel;
class SessionWindow;
class SharingMenu;
class TeamModel;

// The team on the left, the selected salesperson's sessions on the right; an empty-state
// page with a short welcome while the database holds nobody.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class Command {
        NewSession,
        OpenSession,
        DeleteSession,
        LoadSampleTeam,
        AddSalesperson,
        AddManager,
        EditPerson,
        RemovePerson,
        Preferences,
    };

    // Takes the open store; `databasePath` is shown in the status bar.
    MainWindow(std::unique_ptr<DataStore> store, const QString &databasePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QAction *action(Command command) const;
    [[nodiscard]] DataStore &store() { return *m_store; }
    // False only while a backup is being restored in place of the database.
    [[nodiscard]] bool hasStore() const { return m_store != nullptr; }

    [[nodiscard]] bool showsEmptyState() const;
    [[nodiscard]] std::optional<Person> selectedPerson() const;
    [[nodiscard]] std::optional<Session> selectedSession() const;
    void selectPerson(Id personId);
    void selectSession(Id sessionId);
    // Opens the session's window, or brings the open one to the front.
    SessionWindow *openSession(Id sessionId);
    [[nodiscard]] SessionWindow *sessionWindow(Id sessionId) const;
    // Gives a session window the commands the main window offers on a session (exports,
    // printing, calendar) in its menu and as its shortcuts.
    void addSessionCommands(SessionWindow *window);

    // Reads the team and sessions again (after an import) and selects the person.
    void refresh(std::optional<Id> selectPersonId = std::nullopt);
    // For a restore: closes the session windows and hands the store over; null when a
    // window stayed open. Nothing may use the window until replaceStore gives it a store.
    [[nodiscard]] std::unique_ptr<DataStore> releaseStore();
    void replaceStore(std::unique_ptr<DataStore> store);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void reloadTeam(std::optional<Id> selectPersonId = std::nullopt);
    void reloadSessions(std::optional<Id> selectSessionId = std::nullopt);
    void showSelectedPerson();
    void updateActions();
    void updateStatusCounts();
    // Reads the reminders again when they list the session, which changed or went.
    void refreshRemindersAbout(Id sessionId);

    void addPerson(Role role);
    void editSelectedPerson();
    void removeSelectedPerson();
    void createSession();
    void openSelectedSession();
    void deleteSelectedSession();
    void loadSampleTeam(bool askFirst);
    void showAbout();

    // Runs a change against the store; a StorageError or ValidationError is shown as a
    // message titled `failedTitle`. Returns whether the change went through.
    template <typename Work>
    bool attempt(const QString &failedTitle, Work &&work);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DataStore> m_store;
    TeamModel *m_teamModel = nullptr;
    SessionTableModel *m_sessionModel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    std::map<Id, QPointer<SessionWindow>> m_sessionWindows;
    SharingMenu *m_sharing = nullptr;
    CalendarExport *m_calendar = nullptr;
};

} // namespace reins::gui
