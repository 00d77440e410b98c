// The main window driven like a person: typing in dialogs, clicking buttons, answering
// the questions it asks, then opening the same file again.

#include "GuiTestSupport.h"

#include "gui/MainWindow.h"
#include "gui/NewSessionDialog.h"
#include "gui/PersonDialog.h"
#include "gui/QtConvert.h"
#include "gui/SessionTableModel.h"
#include "gui/TeamModel.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <memory>

using namespace reins;
using namespace reins::gui;
using Command = MainWindow::Command;

namespace {

std::unique_ptr<MainWindow> openWindow(const std::filesystem::path &path)
{
    auto window = std::make_unique<MainWindow>(storage::SqliteDataStore::open(path),
                                               QString::fromStdString(path.string()));
    window->show();
    return window;
}

QTreeView *teamView(const MainWindow &window)
{
    return window.findChild<QTreeView *>();
}

QTableView *sessionView(const MainWindow &window)
{
    return window.findChild<QTableView *>();
}

// Every name the team list shows, top level and nested.
QStringList teamNames(const MainWindow &window)
{
    QStringList names;
    const QAbstractItemModel *model = teamView(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex top = model->index(row, 0);
        names << top.data().toString();
        for (int child = 0; child < model->rowCount(top); ++child)
            names << model->index(child, 0, top).data().toString();
    }
    return names;
}

QModelIndex teamIndexOf(const MainWindow &window, const QString &name)
{
    const QAbstractItemModel *model = teamView(window)->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

void clickPerson(MainWindow &window, const QString &name)
{
    const QModelIndex index = teamIndexOf(window, name);
    REQUIRE(index.isValid());
    QTreeView *view = teamView(window);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    REQUIRE(view->currentIndex() == index);
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

// Every dialog the driver expected was shown and answered.
void requireAllHandled(const test::ModalDriver &driver, const char *what)
{
    INFO(what);
    REQUIRE(driver.allHandled());
}

Id firstSalespersonWithSessions(DataStore &store)
{
    for (const Person &person : store.people().listAll()) {
        if (person.role == Role::Salesperson &&
            !store.sessions().listForSalesperson(person.id).empty())
            return person.id;
    }
    return 0;
}

} // namespace

TEST_CASE("A salesperson and a session added by hand are there after reopening", "[gui][main]")
{
    test::TempDir dir;
    const auto path = dir.file("team.db");
    QString typedEmailProblem;
    {
        auto window = openWindow(path);
        REQUIRE(window->showsEmptyState());

        // A manager first, through the Team menu.
        test::ModalDriver driver;
        driver.then([](QWidget *modal) {
            auto *dialog = qobject_cast<PersonDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Morgan Lee"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        window->action(Command::AddManager)->trigger();
        requireAllHandled(driver, "AddManager line 143");
        CHECK_FALSE(window->showsEmptyState());
        CHECK(teamNames(*window) == QStringList{QStringLiteral("Morgan Lee")});

        // Then a salesperson, typed field by field.
        driver.then([&](QWidget *modal) {
            auto *dialog = qobject_cast<PersonDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            QPushButton *ok = okButton(dialog);
            CHECK_FALSE(ok->isEnabled()); // no name yet
            QLabel *message = nullptr;
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(QStringLiteral("name")))
                    message = label;
            }
            CHECK(message);

            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Dana Fox"));
            CHECK(ok->isEnabled());
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("dana@example"));
            CHECK_FALSE(ok->isEnabled()); // not an address yet
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(QStringLiteral("email")))
                    typedEmailProblem = label->text();
            }
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral(".com"));
            CHECK(ok->isEnabled());

            // Morgan, the only manager, is already chosen.
            QComboBox *manager = nullptr;
            for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
                if (combo->findText(QStringLiteral("Morgan Lee")) >= 0)
                    manager = combo;
            }
            CHECK(manager);
            if (manager)
                CHECK(manager->currentText() == u"Morgan Lee");
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        });
        window->action(Command::AddSalesperson)->trigger();
        requireAllHandled(driver, "AddSalesperson line 186");
        CHECK_FALSE(typedEmailProblem.isEmpty());

        // Dana is listed under Morgan and selected.
        const QModelIndex dana = teamIndexOf(*window, QStringLiteral("Dana Fox"));
        REQUIRE(dana.isValid());
        CHECK(dana.parent().data().toString() == u"Morgan Lee");
        REQUIRE(window->selectedPerson());
        CHECK(window->selectedPerson()->name == "Dana Fox");
        CHECK(window->selectedPerson()->email == "dana@example.com");

        // A session through the New session dialog, accepting what it suggests.
        driver.then([](QWidget *modal) {
            auto *dialog = qobject_cast<NewSessionDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            const Session suggested = dialog->session();
            CHECK(suggested.meetingDate == todayUtc());
            CHECK(suggested.cadence == Cadence::Monthly);
            CHECK(suggested.periodEnd < suggested.meetingDate);
            CHECK(suggested.managerId.has_value());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        // Ctrl+N, as a person would.
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        requireAllHandled(driver, "NewSession line 211");
        CHECK(sessionView(*window)->model()->rowCount() == 1);
        CHECK(window->statusBar()->findChildren<QLabel *>().size() >= 2);
    }

    // A new window on the same file finds both.
    auto window = openWindow(path);
    CHECK_FALSE(window->showsEmptyState());
    CHECK(teamNames(*window).contains(QStringLiteral("Dana Fox")));
    clickPerson(*window, QStringLiteral("Dana Fox"));
    QAbstractItemModel *sessions = sessionView(*window)->model();
    REQUIRE(sessions->rowCount() == 1);
    CHECK(sessions->index(0, SessionTableModel::MeetingDate).data().toString() ==
          formatDate(todayUtc()));
    CHECK(sessions->index(0, SessionTableModel::StageColumn).data().toString() == u"Draft");
}

TEST_CASE("An empty database shows the welcome and the sample team fills the list", "[gui][main]")
{
    test::TempDir dir;
    auto window = openWindow(dir.file("empty.db"));
    REQUIRE(window->showsEmptyState());
    CHECK(teamNames(*window).isEmpty());

    auto *stack = window->findChild<QStackedWidget *>();
    REQUIRE(stack);
    QPushButton *load = test::buttonWithText<QPushButton>(stack->currentWidget(),
                                                          QStringLiteral("Load the sample team"));
    REQUIRE(load);
    CHECK(test::buttonWithText<QPushButton>(stack->currentWidget(),
                                            QStringLiteral("Add your first salesperson")));
    QTest::mouseClick(load, Qt::LeftButton);

    CHECK_FALSE(window->showsEmptyState());
    const QStringList names = teamNames(*window);
    int salespeople = 0;
    for (const Person &person : window->store().people().listAll()) {
        CHECK(names.contains(reins::gui::toQString(person.name)));
        salespeople += person.role == Role::Salesperson ? 1 : 0;
    }
    CHECK(salespeople == 6);
    // A salesperson is selected and their sessions are listed.
    REQUIRE(window->selectedPerson());
    CHECK(window->selectedPerson()->role == Role::Salesperson);
    CHECK(sessionView(*window)->model()->rowCount() == 12);

    bool countsShown = false;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
        countsShown = countsShown || label->text() == u"6 salespeople · 72 sessions";
    CHECK(countsShown);
}

TEST_CASE("Deleting a session asks first", "[gui][main]")
{
    test::TempDir dir;
    const auto path = dir.file("sample.db");
    {
        auto store = storage::SqliteDataStore::open(path);
        writeSampleTeam(*store, {2, 4}, todayUtc());
    }
    auto window = openWindow(path);
    const Id salesperson = firstSalespersonWithSessions(window->store());
    window->selectPerson(salesperson);
    QTableView *view = sessionView(*window);
    REQUIRE(view->model()->rowCount() == 4);
    const int storedBefore = window->store().sessions().countAll();

    // The newest session: nothing depends on it.
    view->setFocus();
    view->selectRow(0);
    const Id newest = window->selectedSession()->id;
    QString question;
    test::ModalDriver driver;
    driver.thenMessageBox([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    window->action(Command::DeleteSession)->trigger();
    requireAllHandled(driver, "DeleteSession line 293");
    CHECK(question.startsWith(QStringLiteral("Delete the session")));
    CHECK(view->model()->rowCount() == 4);
    CHECK(window->store().sessions().find(newest).has_value());
    CHECK(window->store().sessions().countAll() == storedBefore);

    // Asked again and confirmed, it goes.
    driver.thenMessageBox(
        [&](QMessageBox *box) { buttonWithRole(box, QMessageBox::DestructiveRole)->click(); });
    window->action(Command::DeleteSession)->trigger();
    requireAllHandled(driver, "DeleteSession line 307");
    CHECK(view->model()->rowCount() == 3);
    CHECK_FALSE(window->store().sessions().find(newest).has_value());

    // The oldest session's actions were carried into later ones: the refusal is shown.
    view->selectRow(view->model()->rowCount() - 1);
    const Id oldest = window->selectedSession()->id;
    QString refusal;
    driver
        .thenMessageBox(
            [&](QMessageBox *box) { buttonWithRole(box, QMessageBox::DestructiveRole)->click(); })
        .thenMessageBox([&](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
    window->action(Command::DeleteSession)->trigger();
    requireAllHandled(driver, "DeleteSession line 331");
    CHECK_FALSE(refusal.isEmpty());
    CHECK(window->store().sessions().find(oldest).has_value());
    CHECK(view->model()->rowCount() == 3);
}

TEST_CASE("Removing a person with sessions is refused with the reason", "[gui][main]")
{
    test::TempDir dir;
    const auto path = dir.file("sample.db");
    {
        auto store = storage::SqliteDataStore::open(path);
        writeSampleTeam(*store, {2, 3}, todayUtc());
    }
    auto window = openWindow(path);
    const Id salesperson = firstSalespersonWithSessions(window->store());
    const auto person = window->store().people().find(salesperson);
    REQUIRE(person);
    clickPerson(*window, toQString(person->name));

    QString question;
    QString refusal;
    test::ModalDriver driver;
    driver
        .thenMessageBox([&](QMessageBox *box) {
            question = box->text();
            buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        })
        .thenMessageBox([&](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
    window->action(Command::RemovePerson)->trigger();
    requireAllHandled(driver, "RemovePerson line 372");
    CHECK(question.contains(toQString(person->name)));
    CHECK_FALSE(refusal.isEmpty());
    CHECK(window->store().people().find(salesperson).has_value());
    CHECK(teamNames(*window).contains(toQString(person->name)));

    // Someone without sessions goes after the same question.
    Person newcomer;
    newcomer.name = "Noa Quinn";
    const Id newcomerId = window->store().people().add(newcomer);
    window->close();
    window.reset();
    window = openWindow(path);
    clickPerson(*window, QStringLiteral("Noa Quinn"));
    driver.then([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            buttonWithRole(box, QMessageBox::DestructiveRole)->click();
    });
    window->action(Command::RemovePerson)->trigger();
    requireAllHandled(driver, "RemovePerson line 391");
    CHECK_FALSE(window->store().people().find(newcomerId).has_value());
    CHECK_FALSE(teamNames(*window).contains(QStringLiteral("Noa Quinn")));
}

TEST_CASE("The person dialog keeps OK disabled until the entry is usable", "[gui][person]")
{
    Person existing;
    existing.id = 7;
    existing.name = "Ari Cole";
    existing.email = "ari@example.com";
    Person adding;
    PersonDialog dialog(adding, {existing});
    dialog.show();
    auto *ok = okButton(&dialog);
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled());

    QLineEdit *name = qobject_cast<QLineEdit *>(dialog.focusWidget());
    REQUIRE(name);
    QTest::keyClicks(name, QStringLiteral("   "));
    CHECK_FALSE(ok->isEnabled()); // spaces are no name
    QTest::keyClicks(name, QStringLiteral("Sam Reed"));
    CHECK(ok->isEnabled());
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("ARI@example.com"));
    CHECK_FALSE(ok->isEnabled()); // Ari already uses it
    CHECK(dialog.person().name == "Sam Reed");
}
