// The Help menu: the user guide opened with F1 (text and screenshots from the compiled-in
// resources), the keyboard shortcuts read from the actions themselves, and About.

#include "GuiTestSupport.h"

#include "gui/BackupSupport.h"
#include "gui/HelpBrowser.h"
#include "gui/HelpMenu.h"
#include "gui/HelpWindow.h"
#include "gui/MainWindow.h"
#include "gui/ShortcutsDialog.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

using namespace reins;
using namespace reins::gui;

namespace {

struct HelpFixture {
    test::TempDir dir;
    std::unique_ptr<MainWindow> window;

    explicit HelpFixture(bool sampleTeam)
    {
        const auto path = dir.file("reins.db");
        {
            auto store = storage::SqliteDataStore::open(path);
            if (sampleTeam)
                (void)writeSampleTeam(*store, {2, 3}, todayUtc());
        }
        window = std::make_unique<MainWindow>(storage::SqliteDataStore::open(path), toQPath(path));
        window->show();
    }

    [[nodiscard]] HelpMenu &help() const
    {
        auto *menu = window->findChild<HelpMenu *>();
        REQUIRE(menu);
        return *menu;
    }
};

// The menu bar's command a person reads as `text`.
QAction *menuCommand(const QMainWindow &window, const QString &text)
{
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (test::withoutMnemonic(action->text()) == text)
                return action;
        }
    }
    return nullptr;
}

// The names of the images the document shows.
QStringList imageNames(const QTextDocument &document)
{
    QStringList names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names << format.toImageFormat().name();
        }
    }
    return names;
}

bool listed(const std::vector<ShortcutRow> &rows, const QString &where, const QString &command,
            const QString &keys)
{
    return std::any_of(rows.begin(), rows.end(), [&](const ShortcutRow &row) {
        return row.where == where && row.command == command && row.keys == keys;
    });
}

} // namespace

TEST_CASE("F1 opens the user guide at its first heading with its screenshots")
{
    HelpFixture fixture(false);
    MainWindow &window = *fixture.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);

    HelpWindow *guide = fixture.help().helpWindow();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->isModal());
    const QTextDocument &document = *guide->browser()->document();
    const QTextBlock first = document.firstBlock();
    CHECK(first.text() == QStringLiteral("Reins user guide"));
    CHECK(first.blockFormat().headingLevel() == 1);
    CHECK(document.toPlainText().contains(QStringLiteral("Keyboard shortcuts")));

    const QStringList images = imageNames(document);
    REQUIRE_FALSE(images.isEmpty());
    CHECK(images.contains(QStringLiteral("main-window.png")));
    for (const QString &name : images) {
        INFO(name.toStdString());
        // A screenshot still being made for the guide is not in the resources yet.
        if (name != QStringLiteral("main-window.png") &&
            !QFile::exists(QStringLiteral(":/help/") + name))
            continue;
        const QVariant image =
            guide->browser()->document()->resource(QTextDocument::ImageResource, QUrl(name));
        REQUIRE_FALSE(image.isNull());
        // Wide screenshots are scaled to the reading column.
        CHECK(image.value<QImage>().width() <= HelpBrowser::maxImageWidth);
    }

    // A second F1 brings the same window forward rather than opening another.
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(fixture.help().helpWindow() == guide);
    guide->close();
}

TEST_CASE("The user guide goes back and forward like a browser")
{
    HelpFixture fixture(false);
    HelpWindow *guide = fixture.help().showUserGuide();
    HelpBrowser *browser = guide->browser();
    auto *back = test::buttonWithText<QToolButton>(guide, QStringLiteral("Back"));
    auto *forward = test::buttonWithText<QToolButton>(guide, QStringLiteral("Forward"));
    REQUIRE(back);
    REQUIRE(forward);
    CHECK_FALSE(back->isEnabled());
    browser->setSource(QUrl(QStringLiteral("qrc:/help/user-guide.md#where-your-data-lives")),
                       QTextDocument::MarkdownResource);
    CHECK(back->isEnabled());
    back->click();
    CHECK(forward->isEnabled());
    CHECK(browser->source() == HelpWindow::guideUrl());
    guide->close();
}

TEST_CASE("The shortcuts dialog lists each key as the actions really have it")
{
    HelpFixture fixture(true);
    MainWindow &window = *fixture.window;
    REQUIRE(window.selectedSession());
    QAction *shortcutsCommand = menuCommand(window, QStringLiteral("Keyboard shortcuts"));
    REQUIRE(shortcutsCommand);
    shortcutsCommand->trigger();
    ShortcutsDialog *dialog = window.findChild<ShortcutsDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isModal());

    const auto &rows = dialog->rows();
    const QString newSessionKeys = window.action(MainWindow::Command::NewSession)
                                       ->shortcut()
                                       .toString(QKeySequence::NativeText);
    CHECK_FALSE(newSessionKeys.isEmpty());
    CHECK(
        listed(rows, QStringLiteral("Main window"), QStringLiteral("New session"), newSessionKeys));
    CHECK(listed(rows, QStringLiteral("Main window"), QStringLiteral("User guide"),
                 QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    // The session window's own keys, and those the main window gives it, with no session
    // window open.
    CHECK(listed(rows, QStringLiteral("Session window"), QStringLiteral("Next step"),
                 QKeySequence(Qt::CTRL | Qt::Key_PageDown).toString(QKeySequence::NativeText)));
    CHECK(listed(rows, QStringLiteral("Session window"), QStringLiteral("Export summary"),
                 QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)));
    CHECK(listed(
        rows, QStringLiteral("Session window"), QStringLiteral("Salesperson at the keyboard"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText)));
    CHECK(window.sessionWindow(window.selectedSession()->id) == nullptr);

    // The table a person reads says the same.
    QTableWidget *table = dialog->table();
    bool shown = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == QStringLiteral("New session"))
            shown = table->item(row, 2)->text() == newSessionKeys;
    }
    CHECK(shown);

    // A changed key shows the next time the dialog opens.
    window.action(MainWindow::Command::NewSession)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    fixture.help().showShortcuts();
    CHECK(listed(dialog->rows(), QStringLiteral("Main window"), QStringLiteral("New session"),
                 QKeySequence(Qt::CTRL | Qt::Key_J).toString(QKeySequence::NativeText)));
    dialog->close();
}

TEST_CASE("About shows the version and the licence")
{
    HelpFixture fixture(false);
    QAction *about = menuCommand(*fixture.window, QStringLiteral("About Reins"));
    REQUIRE(about);
    QString text;
    QString informative;
    QString details;
    test::ModalDriver driver;
    driver.thenMessageBox([&](QMessageBox *box) {
        text = box->text();
        informative = box->informativeText();
        details = box->detailedText();
        box->reject();
    });
    about->trigger();
    CHECK(driver.allHandled());
    CHECK(text.contains(QStringLiteral(REINS_VERSION)));
    CHECK(informative.contains(QStringLiteral("MIT licence")));
    CHECK(details.contains(QStringLiteral("Permission is hereby granted")));
}

TEST_CASE("Listing the shortcuts leaves a new session as it is stored")
{
    HelpFixture fixture(true);
    MainWindow &window = *fixture.window;
    // A new draft after the newest session: its Results page would prefill it on opening.
    const Person salesperson = *window.selectedPerson();
    const Session newest =
        window.store().sessions().listForSalesperson(salesperson.id).front().session;
    Session next = newest;
    next.id = 0;
    next.stage = Stage::Draft;
    next.periodStart = addDays(newest.periodEnd, 1);
    next.periodEnd = addDays(newest.periodEnd, 30);
    next.meetingDate = addDays(newest.periodEnd, 33);
    next.createdAt = nowUtc();
    next.updatedAt = next.createdAt;
    const Id created = window.store().sessions().create(next);
    REQUIRE_FALSE(window.store().sessions().loadPrep(newest.id).results.empty());
    // Selecting someone else and back reads the list again.
    for (const Person &person : window.store().people().listAll()) {
        if (person.id != salesperson.id) {
            window.selectPerson(person.id);
            break;
        }
    }
    window.selectPerson(salesperson.id);
    window.selectSession(created);
    REQUIRE(window.selectedSession());
    REQUIRE(window.selectedSession()->id == created);

    QAction *shortcutsCommand = menuCommand(window, QStringLiteral("Keyboard shortcuts"));
    REQUIRE(shortcutsCommand);
    shortcutsCommand->trigger();
    REQUIRE(window.findChild<ShortcutsDialog *>());
    CHECK(window.store().sessions().loadPrep(created).results.empty());
}
