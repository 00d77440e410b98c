// The reminders on start and the calendar export, driven like a person: reading the
// banner, pressing Open and "Don't remind me today", saving a session as an .ics file.

#include "GuiTestSupport.h"

#include "gui/BackupSupport.h"
#include "gui/CalendarExport.h"
#include "gui/MainWindow.h"
#include "gui/QtConvert.h"
#include "gui/ReminderPanel.h"
#include "gui/SessionDocument.h"
#include "gui/SessionWindow.h"
#include "reins/Calendar.h"
#include "reins/Repositories.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

using namespace reins;
using namespace reins::gui;

namespace {

// The calendar export asks for sessions from the computer's today: the fixture lives there.
Date localToday()
{
    return toDate(QDate::currentDate());
}

struct ReminderFixture {
    test::TempDir dir;
    std::filesystem::path databasePath = dir.file("reins.db");
    Id tom = 0;
    Id ana = 0;
    Id draftSoon = 0;      // Tom, in 5 days, Draft
    Id readySoon = 0;      // Tom, in 3 days, Ready
    Id draftLater = 0;     // Tom, in 3 weeks, Draft
    Id anaClosedToday = 0; // Ana, today, Closed

    ReminderFixture()
    {
        // Settings outlive a test inside one test process; each test starts undismissed.
        QSettings().remove(QStringLiteral("Reminders"));
        auto store = storage::SqliteDataStore::open(databasePath);
        const Id manager = store->people().add({0, "Maria Lopez", "", Role::Manager, {}});
        tom = store->people().add({0, "Tom Becker", "", Role::Salesperson, manager});
        ana = store->people().add({0, "Ana Silva", "", Role::Salesperson, manager});
        const Date today = localToday();
        draftSoon = addSession(*store, tom, addDays(today, 5), Stage::Draft);
        readySoon = addSession(*store, tom, addDays(today, 3), Stage::Ready);
        draftLater = addSession(*store, tom, addDays(today, 21), Stage::Draft);
        anaClosedToday = addSession(*store, ana, today, Stage::Closed);
    }

    static Id addSession(DataStore &store, Id salesperson, Date meeting, Stage stage)
    {
        Session session;
        session.salespersonId = salesperson;
        session.meetingDate = meeting;
        session.periodStart = addDays(meeting, -31);
        session.periodEnd = addDays(meeting, -4);
        session.stage = stage;
        session.createdAt = nowUtc();
        session.updatedAt = session.createdAt;
        return store.sessions().create(session);
    }

    [[nodiscard]] std::unique_ptr<MainWindow> openWindow() const
    {
        auto window = std::make_unique<MainWindow>(storage::SqliteDataStore::open(databasePath),
                                                   toQPath(databasePath));
        window->show();
        return window;
    }
};

ReminderPanel *remindersOf(const MainWindow &window)
{
    return window.findChild<ReminderPanel *>();
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

// Answers the save dialog with `file`.
std::function<void(QWidget *)> saveAs(const std::filesystem::path &file)
{
    return [file](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        CHECK(dialog);
        if (!dialog)
            return;
        dialog->selectFile(toQPath(file));
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    };
}

std::string withoutStamp(std::string text)
{
    const auto start = text.find("DTSTAMP:");
    if (start != std::string::npos)
        text.erase(start, text.find("\r\n", start) + 2 - start);
    return text;
}

} // namespace

TEST_CASE(
    "Reminders list a draft session within two weeks but not a ready one or one three weeks away")
{
    ReminderFixture fixture;
    auto window = fixture.openWindow();
    ReminderPanel *reminders = remindersOf(*window);
    REQUIRE(reminders);
    CHECK_FALSE(reminders->isVisible()); // nothing is asked before Reins is up

    reminders->check(localToday());
    CHECK(reminders->isVisible());
    REQUIRE(reminders->sessions().size() == 1);
    CHECK(reminders->sessions().front().session.id == fixture.draftSoon);
    CHECK(reminders->sessions().front().salespersonName == "Tom Becker");
    CHECK(reminders->openButtonFor(fixture.readySoon) == nullptr);
    CHECK(reminders->openButtonFor(fixture.draftLater) == nullptr);
    // The empty prep says what is still to do, step by step.
    const QString missing = reminders->missingTextFor(fixture.draftSoon);
    CHECK(missing.contains(QStringLiteral("Results")));
    CHECK(missing.contains(QStringLiteral("Focus and plan")));
    // A person reads the name and the day on the banner.
    QStringList texts;
    for (const QLabel *label : reminders->findChildren<QLabel *>())
        texts << label->text();
    CHECK(texts.contains(QStringLiteral("Tom Becker")));
    CHECK(texts.join(QLatin1Char('|'))
              .contains(formatDate(addDays(localToday(), 5)) + QStringLiteral(" (in 5 days)")));

    // Three weeks ahead is outside the two weeks the reminders look at.
    reminders->check(addDays(localToday(), 8));
    REQUIRE(reminders->sessions().size() == 1);
    CHECK(reminders->sessions().front().session.id == fixture.draftLater);
}

TEST_CASE("Open in a reminder opens the session's window")
{
    ReminderFixture fixture;
    auto window = fixture.openWindow();
    ReminderPanel *reminders = remindersOf(*window);
    reminders->check(localToday());
    QAbstractButton *open = reminders->openButtonFor(fixture.draftSoon);
    REQUIRE(open);
    CHECK(window->sessionWindow(fixture.draftSoon) == nullptr);
    open->click();
    SessionWindow *sessionWindow = window->sessionWindow(fixture.draftSoon);
    REQUIRE(sessionWindow);
    CHECK(sessionWindow->isVisible());
    CHECK(sessionWindow->sessionId() == fixture.draftSoon);
    // The main window shows whose session it is.
    REQUIRE(window->selectedPerson());
    CHECK(window->selectedPerson()->id == fixture.tom);

    // Prepared and saved, the session leaves the reminders at once.
    REQUIRE(reminders->isVisible());
    SessionDocument &document = sessionWindow->document();
    document.edit(QStringLiteral("Mark ready"),
                  [](SessionState &state) { state.session.stage = Stage::Ready; });
    REQUIRE(document.saveNow());
    CHECK(reminders->openButtonFor(fixture.draftSoon) == nullptr);
    CHECK_FALSE(reminders->lists(fixture.draftSoon));
}

TEST_CASE("Don't remind me today keeps the reminders away after a restart the same day")
{
    ReminderFixture fixture;
    const Date today = localToday();
    {
        auto window = fixture.openWindow();
        ReminderPanel *reminders = remindersOf(*window);
        reminders->check(today);
        REQUIRE(reminders->isVisible());
        reminders->dismissTodayButton()->click();
        CHECK_FALSE(reminders->isVisible());
    }
    {
        auto window = fixture.openWindow();
        ReminderPanel *reminders = remindersOf(*window);
        reminders->check(today);
        CHECK_FALSE(reminders->isVisible());
        CHECK(reminders->sessions().empty());
    }
    // The next day they are back.
    auto window = fixture.openWindow();
    ReminderPanel *reminders = remindersOf(*window);
    reminders->check(addDays(today, 1));
    CHECK(reminders->isVisible());
    CHECK(reminders->sessions().size() == 1);
}

TEST_CASE("Add next session to calendar writes the salesperson's next session as an event")
{
    ReminderFixture fixture;
    auto window = fixture.openWindow();
    window->selectPerson(fixture.tom);
    auto *calendar = window->findChild<CalendarExport *>();
    REQUIRE(calendar);
    const auto file = fixture.dir.file("tom.ics");

    // As a person does it: open the File menu, choose the command.
    QMenu *fileMenu = nullptr;
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (menuAction->menu() &&
            menuAction->menu()->actions().contains(calendar->nextSessionAction()))
            fileMenu = menuAction->menu();
    }
    REQUIRE(fileMenu);
    fileMenu->popup(window->mapToGlobal(QPoint(10, 10)));
    REQUIRE(calendar->nextSessionAction()->isEnabled());
    test::ModalDriver driver;
    driver.then(saveAs(file));
    fileMenu->hide();
    calendar->nextSessionAction()->trigger();
    CHECK(driver.allHandled());
    REQUIRE(std::filesystem::exists(file));

    const std::string text = readFile(file);
    // The next session that is not closed is the ready one in three days, not the draft.
    std::string day = toIsoDate(addDays(localToday(), 3));
    std::erase(day, '-');
    CHECK_THAT(text, Catch::Contains("DTSTART;VALUE=DATE:" + day + "\r\n"));
    CHECK_THAT(text, Catch::Contains("SUMMARY:One-on-one: Tom Becker\r\n"));
    CHECK(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(text.ends_with("END:VCALENDAR\r\n"));
    // Exactly what core renders for that session, apart from when it was made.
    const Session session = *window->store().sessions().find(fixture.readySoon);
    const Person tom = *window->store().people().find(fixture.tom);
    CHECK(withoutStamp(text) ==
          withoutStamp(toICalendar(calendarEventFor(session, tom, nowUtc()))));
    // Lines end in CRLF and fit in 75 octets.
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        start = end + 2;
    }
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("Tom Becker")));
}

TEST_CASE("Add next session to calendar says so when there is no session coming up")
{
    ReminderFixture fixture;
    auto window = fixture.openWindow();
    window->selectPerson(fixture.ana); // only a closed session, today
    auto *calendar = window->findChild<CalendarExport *>();
    QString said;
    test::ModalDriver driver;
    driver.thenMessageBox([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    CHECK(calendar->exportNextSessionOfSelected().isEmpty());
    CHECK(driver.allHandled());
    CHECK(said.contains(QStringLiteral("Ana Silva has no session coming up")));
    CHECK(said.contains(window->action(MainWindow::Command::NewSession)
                            ->shortcut()
                            .toString(QKeySequence::NativeText)));
}

TEST_CASE("A session window exports its own session to the calendar")
{
    ReminderFixture fixture;
    auto window = fixture.openWindow();
    SessionWindow *sessionWindow = window->openSession(fixture.draftLater);
    REQUIRE(sessionWindow);
    QAction *export_ = nullptr;
    for (QAction *action : sessionWindow->actions()) {
        if (test::withoutMnemonic(action->text()) == QStringLiteral("Export to calendar…"))
            export_ = action;
    }
    REQUIRE(export_);
    const auto file = fixture.dir.file("later.ics");
    test::ModalDriver driver;
    driver.then(saveAs(file));
    export_->trigger();
    CHECK(driver.allHandled());
    std::string day = toIsoDate(addDays(localToday(), 21));
    std::erase(day, '-');
    CHECK_THAT(readFile(file), Catch::Contains("DTSTART;VALUE=DATE:" + day + "\r\n"));
}

TEST_CASE("A reminded session that is deleted leaves the reminders")
{
    ReminderFixture fixture;
    auto window = fixture.openWindow();
    ReminderPanel *reminders = remindersOf(*window);
    reminders->check(localToday());
    REQUIRE(reminders->lists(fixture.draftSoon));

    window->selectPerson(fixture.tom);
    window->selectSession(fixture.draftSoon);
    REQUIRE(window->selectedSession());
    test::ModalDriver driver;
    driver.thenMessageBox([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    window->action(MainWindow::Command::DeleteSession)->trigger();
    REQUIRE(driver.allHandled());
    REQUIRE_FALSE(window->store().sessions().find(fixture.draftSoon).has_value());
    CHECK_FALSE(reminders->lists(fixture.draftSoon));
    CHECK(reminders->openButtonFor(fixture.draftSoon) == nullptr);
}
