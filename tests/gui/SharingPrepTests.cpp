// Prep packages through the main window: exported on one laptop, imported on another
// through the file dialog, the same-person question and the per-part choice.

#include "SharingTestSupport.h"

#include "gui/PrepImportDialog.h"
#include "reins/PrepPackage.h"
#include "reins/storage/Backup.h"
#include "reins/storage/Database.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QTest>

using namespace reins;
using namespace reins::gui;
using Command = SharingMenu::Command;

namespace {

template <typename Item>
std::vector<std::string> texts(const std::vector<Item> &items, std::string (*text)(const Item &))
{
    std::vector<std::string> result;
    for (const Item &item : items)
        result.push_back(text(item));
    return result;
}

std::string resultComment(const Result &result)
{
    return result.comment;
}

} // namespace

TEST_CASE("A prep package goes from one database to another through the dialogs",
          "[gui][sharing][prep]")
{
    test::TempDir dir;
    test::BackupFolderSetting backups(dir.file("backups"));

    // The salesperson's laptop.
    test::SharingWindow laptop(dir.file("salesperson.db"));
    const auto [salesperson, session] = laptop.selectNewestSession();
    const SessionPrep original = laptop.window->store().sessions().loadPrep(session.id);
    REQUIRE_FALSE(original.results.empty());
    REQUIRE_FALSE(original.factors.empty());

    // The manager's laptop holds the same session, with its own edits to two parts and
    // the salesperson under another email address.
    storage::backupTo(dynamic_cast<storage::SqliteDataStore &>(laptop.window->store()).database(),
                      dir.file("manager.db"));
    {
        auto store = storage::SqliteDataStore::open(dir.file("manager.db"));
        SessionPrep edited = store->sessions().loadPrep(session.id);
        edited.results.front().comment = "The manager's own comment";
        edited.factors.front().description = "A factor only the manager wrote down";
        store->sessions().savePrep(session.id, edited);
        Person renamed = *store->people().find(salesperson.id);
        renamed.email = "old-address@example.com";
        store->people().update(renamed);
    }

    // Export on the salesperson's laptop, as a person would: File > Export preparation…
    const auto package = dir.file("handover.reinsprep");
    {
        test::ModalDriver driver;
        driver.then(test::chooseFile(package));
        laptop.sharing->action(Command::ExportPreparation)->trigger();
        CHECK(driver.allHandled());
    }
    REQUIRE(std::filesystem::exists(package));
    const PrepPackage written = readPrepPackage(test::readBytes(package));
    CHECK(written.salespersonName == salesperson.name);
    CHECK(written.results == [&] {
        auto results = original.results;
        for (Result &result : results)
            result.id = 0;
        return results;
    }());

    // Import on the manager's laptop.
    test::SharingWindow office(dir.file("manager.db"), false);
    const auto backupsBefore = storage::listBackups(dir.file("backups")).size();
    QString sameNameQuestion;
    QStringList previews;
    {
        test::ModalDriver driver;
        driver.then(test::chooseFile(package))
            .thenMessageBox([&](QMessageBox *box) {
                sameNameQuestion = box->text() + QLatin1Char(' ') + box->informativeText();
                auto *same = test::buttonWithText(box, QStringLiteral("Same person, import"));
                CHECK(same);
                if (same)
                    same->click();
            })
            .then([&](QWidget *modal) {
                auto *dialog = qobject_cast<PrepImportDialog *>(modal);
                CHECK(dialog);
                if (!dialog)
                    return;
                // Only the two edited parts differ; each is offered with both sides.
                CHECK(dialog->takeButton(PrepPart::Results));
                CHECK(dialog->takeButton(PrepPart::Factors));
                CHECK_FALSE(dialog->takeButton(PrepPart::Gaps));
                for (QLabel *label : dialog->findChildren<QLabel *>())
                    previews << label->text();
                if (dialog->takeButton(PrepPart::Results) &&
                    dialog->keepButton(PrepPart::Factors)) {
                    CHECK(dialog->keepButton(PrepPart::Results)->isChecked()); // the default
                    QTest::mouseClick(dialog->takeButton(PrepPart::Results), Qt::LeftButton);
                    QTest::mouseClick(dialog->keepButton(PrepPart::Factors), Qt::LeftButton);
                }
                CHECK(dialog->partsToTake() == std::set<PrepPart>{PrepPart::Results});
                auto *import = test::buttonWithText(dialog, QStringLiteral("Import"));
                CHECK(import);
                if (import)
                    import->click();
            });
        office.sharing->action(Command::ImportPreparation)->trigger();
        CHECK(driver.allHandled());
    }
    CHECK(sameNameQuestion.contains(QStringLiteral("old-address@example.com")));
    CHECK(previews.join(QLatin1Char('\n'))
              .contains(QStringLiteral("A factor only the manager wrote down")));

    const SessionPrep imported = office.window->store().sessions().loadPrep(session.id);
    // Results were taken from the package; the manager kept their factors.
    CHECK(texts(imported.results, resultComment) == texts(original.results, resultComment));
    CHECK(imported.factors.front().description == "A factor only the manager wrote down");
    // The window shows the imported session, and a backup was taken first.
    REQUIRE(office.window->selectedSession());
    CHECK(office.window->selectedSession()->id == session.id);
    CHECK(storage::listBackups(dir.file("backups")).size() == backupsBefore + 1);
}

TEST_CASE("A package with an unknown field is refused, naming the field", "[gui][sharing][prep]")
{
    test::TempDir dir;
    test::BackupFolderSetting backups(dir.file("backups"));
    test::SharingWindow office(dir.file("manager.db"));
    const int sessionsBefore = office.window->store().sessions().countAll();

    // A real package with one field added by hand.
    const auto [salesperson, session] = office.selectNewestSession();
    std::string text = writePrepPackage(
        packageFromRecord(loadSessionRecord(office.window->store(), session.id), nowUtc()));
    const auto brace = text.find('{');
    REQUIRE(brace != std::string::npos);
    text.insert(brace + 1, "\"managerSecret\": \"x\",");
    const auto package = dir.file("tampered.reinsprep");
    QFile file(test::qPath(package));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.data(), static_cast<qint64>(text.size()));
    file.close();

    QString message;
    test::ModalDriver driver;
    driver.then(test::chooseFile(package)).thenMessageBox([&](QMessageBox *box) {
        message = box->text() + QLatin1Char(' ') + box->informativeText();
        box->accept();
    });
    office.sharing->action(Command::ImportPreparation)->trigger();
    CHECK(driver.allHandled());
    CHECK(message.contains(QStringLiteral("managerSecret")));
    CHECK(message.contains(QStringLiteral("Nothing was imported")));
    CHECK(office.window->store().sessions().countAll() == sessionsBefore);
    CHECK(storage::listBackups(dir.file("backups")).empty());
}
