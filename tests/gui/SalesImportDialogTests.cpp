// The sales import dialog, driven as a person would: type a path, look at the preview,
// choose options in the combos, press Import, read the result or the problem list.

#include "GuiTestSupport.h"

#include "gui/Preferences.h"
#include "gui/SalesImportDialog.h"
#include "gui/SalesImportJob.h"
#include "gui/SalesImportPreviewModel.h"
#include "reins/Domain.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace reins;
using namespace reins::gui;
using reins::test::buttonWithText;
using reins::test::withoutMnemonic;

namespace {

std::filesystem::path dataFile(const char *name)
{
    return std::filesystem::path(__FILE__).parent_path().parent_path() / "data" / name;
}

QString toQString(const std::filesystem::path &path)
{
    return QString::fromStdString(path.string());
}

// A real database with one salesperson, and no remembered import settings.
struct ImportFixture {
    ImportFixture()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().remove(QStringLiteral("salesImport"));
        // Files without a currency column are in the preferred currency, whatever the
        // locale would suggest.
        gui::Preferences preferences = gui::loadPreferences();
        preferences.currency = QStringLiteral("EUR");
        gui::savePreferences(preferences);
        store = storage::SqliteDataStore::open(dir.file("reins.db"));
        Person dana;
        dana.name = "Dana Fischer";
        dana.role = Role::Salesperson;
        salesperson = store->people().add(dana);
    }

    [[nodiscard]] int stored() const { return store->salesRecords().countFor(salesperson); }

    reins::test::TempDir dir;
    std::unique_ptr<storage::SqliteDataStore> store;
    Id salesperson = 0;
};

// The field a label names, the way a person finds it: by the label's text.
template <typename Widget>
Widget *fieldLabelled(const QWidget *root, const QString &labelText)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (withoutMnemonic(label->text()) == labelText)
            return qobject_cast<Widget *>(label->buddy());
    }
    return nullptr;
}

QComboBox *combo(const QWidget *root, const QString &labelText)
{
    auto *found = fieldLabelled<QComboBox>(root, labelText);
    REQUIRE(found != nullptr);
    return found;
}

void choose(QComboBox *box, const QString &itemText)
{
    const int index = box->findText(itemText);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

void typePath(SalesImportDialog &dialog, const QString &path)
{
    auto *edit = fieldLabelled<QLineEdit>(&dialog, QStringLiteral("File:"));
    REQUIRE(edit != nullptr);
    edit->clear();
    QTest::keyClicks(edit, path);
}

QPushButton *importButton(const SalesImportDialog &dialog)
{
    auto *button = buttonWithText<QPushButton>(&dialog, QStringLiteral("Import"));
    REQUIRE(button != nullptr);
    return button;
}

void clickImportAndWait(SalesImportDialog &dialog)
{
    QPushButton *button = importButton(dialog);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, 60000));
}

} // namespace

TEST_CASE("A well-formed CSV imports once, and the second time nothing is new", "[gui][import]")
{
    ImportFixture fixture;
    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    CHECK(dialog.windowTitle() == u"Import sales data for Dana Fischer");
    CHECK_FALSE(importButton(dialog)->isEnabled());

    typePath(dialog, toQString(dataFile("sales-import-crm.csv")));
    CHECK(dialog.fileStatusText() ==
          u"36 rows of sales data in 6 columns separated by commas (detected).");
    // The header names are recognised, and the preview shows them as column titles.
    CHECK(combo(&dialog, "Date:")->currentText() == u"Date");
    CHECK(combo(&dialog, "Amount:")->currentText() == u"Amount");
    CHECK(combo(&dialog, "Account:")->currentText() == u"Account");
    auto *preview = dialog.findChild<QTableView *>();
    REQUIRE(preview != nullptr);
    CHECK(preview->model()->rowCount() == 20);
    CHECK(preview->model()->headerData(1, Qt::Horizontal).toString().startsWith(u"Account"));
    CHECK(preview->model()->headerData(0, Qt::Vertical).toInt() == 2); // the file's line

    QSignalSpy imported(&dialog, &SalesImportDialog::salesImported);
    clickImportAndWait(dialog);
    CHECK(dialog.problemTexts().isEmpty());
    CHECK(dialog.resultText() == u"Imported 36 new sales records.");
    CHECK(fixture.stored() == 36);
    REQUIRE(imported.count() == 1);
    CHECK(imported.front().front().toInt() == 36);

    const auto records = fixture.store->salesRecords().listFor(
        fixture.salesperson,
        Date{std::chrono::year{2026}, std::chrono::January, std::chrono::day{1}},
        Date{std::chrono::year{2026}, std::chrono::December, std::chrono::day{31}});
    REQUIRE(records.size() == 36);
    CHECK(records.front().account == "Fischer Logistik GmbH");
    CHECK(records.front().amount.hundredths == 120099);
    CHECK(records.front().currency == "EUR");

    SECTION("the same file again adds nothing, and says so")
    {
        clickImportAndWait(dialog);
        CHECK(dialog.resultText() ==
              u"No new sales records: all 36 records in the file were already there.");
        CHECK(fixture.stored() == 36);
        CHECK(imported.count() == 1);
    }
    SECTION("closing after an import that stored records accepts the dialog")
    {
        dialog.reject();
        CHECK(dialog.result() == QDialog::Accepted);
    }
}

TEST_CASE("A malformed CSV lists every problem by line and stores nothing", "[gui][import]")
{
    ImportFixture fixture;
    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    typePath(dialog, toQString(dataFile("sales-import-malformed.csv")));

    // The preview already marks the short row.
    auto *preview = dialog.findChild<QTableView *>()->model();
    CHECK(preview->data(preview->index(1, 0), Qt::ToolTipRole).toString() ==
          u"Line 3 has 4 fields but the header has 6.");

    clickImportAndWait(dialog);
    const QStringList problems = dialog.problemTexts();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == u"Line 3: the row has 4 fields but the header has 6");
    CHECK(problems[1].startsWith(u"Line 5: the date “2026-13-05” is not a date"));
    CHECK(dialog.resultText().isEmpty());
    CHECK(fixture.stored() == 0);

    SECTION("changing an option clears the list of the last attempt")
    {
        choose(combo(&dialog, "Stage:"), QString::fromUtf8("— not in the file —"));
        CHECK(dialog.problemTexts().isEmpty());
    }
}

TEST_CASE("Semicolons, decimal commas and DD.MM.YYYY dates import once chosen", "[gui][import]")
{
    ImportFixture fixture;
    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    typePath(dialog, toQString(dataFile("sales-import-de.csv")));

    choose(combo(&dialog, "Separator:"), "Semicolon");
    choose(combo(&dialog, "Decimal separator:"), "Comma (1.234,56)");
    choose(combo(&dialog, "Date format:"), "DD.MM.YYYY");
    // German header names are recognised.
    CHECK(combo(&dialog, "Date:")->currentText() == u"Datum");
    CHECK(combo(&dialog, "Account:")->currentText() == u"Kunde");
    CHECK(combo(&dialog, "Amount:")->currentText() == u"Betrag");
    CHECK(combo(&dialog, "Activity:")->currentText() == QString::fromUtf8("Aktivität"));

    clickImportAndWait(dialog);
    CHECK(dialog.problemTexts().isEmpty());
    CHECK(dialog.resultText() == u"Imported 5 new sales records.");
    const auto records = fixture.store->salesRecords().listFor(
        fixture.salesperson, Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{1}},
        Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{31}});
    REQUIRE(records.size() == 5);
    CHECK(records[0].date ==
          Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{2}});
    CHECK(records[0].account == "Müller KG");
    CHECK(records[0].amount.hundredths == 123456);
    CHECK(records[1].account == "Nordlicht; Nord AG");
    CHECK(records[2].amount.hundredths == 1250000);
    CHECK(records[3].amount.hundredths == -15050);
    CHECK(records[3].stage == "storniert");
}

TEST_CASE("Without a remembered layout, separator and number formats are guessed from the file",
          "[gui][import]")
{
    ImportFixture fixture;
    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    typePath(dialog, toQString(dataFile("sales-import-de.csv")));
    CHECK(combo(&dialog, "Separator:")->currentText() == u"Detect (found: semicolon)");
    CHECK(combo(&dialog, "Decimal separator:")->currentText() == u"Comma (1.234,56)");
    CHECK(combo(&dialog, "Date format:")->currentText() == u"DD.MM.YYYY");

    SECTION("a wrong choice is flagged on the preview before importing")
    {
        choose(combo(&dialog, "Date format:"), "MM/DD/YYYY");
        const auto labels = dialog.findChildren<QLabel *>();
        const bool warned = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->isVisible() &&
                   label->text().contains(u"5 of the 5 rows shown have a date that is not in "
                                          u"the format MM/DD/YYYY");
        });
        CHECK(warned);
    }
    SECTION("choosing another separator splits the preview anew")
    {
        choose(combo(&dialog, "Separator:"), "Comma");
        CHECK(dialog.fileStatusText() ==
              u"Only one column was found. Choose the separator the file uses.");
        CHECK(dialog.findChild<QTableView *>()->model()->columnCount() <= 2);
        choose(combo(&dialog, "Separator:"), "Semicolon");
        CHECK(dialog.findChild<QTableView *>()->model()->columnCount() == 6);
    }
}

TEST_CASE("The mapping chosen for a header layout comes back next time", "[gui][import]")
{
    ImportFixture fixture;
    const QString bankFile = toQString(dataFile("sales-import-bank.csv"));
    {
        SalesImportDialog dialog(*fixture.store, fixture.salesperson);
        dialog.show();
        typePath(dialog, bankFile);
        // Nothing in this bank's header is recognised, so Import waits for a choice.
        CHECK(combo(&dialog, "Date:")->currentIndex() == 0);
        CHECK_FALSE(importButton(dialog)->isEnabled());
        choose(combo(&dialog, "Date:"), "Buchungstag");
        choose(combo(&dialog, "Amount:"), "Umsatz netto");
        choose(combo(&dialog, "Account:"), "Auftraggeber");
        choose(combo(&dialog, "Product:"), "Verwendungszweck");
        choose(combo(&dialog, "Currency:"), "CHF");
        clickImportAndWait(dialog);
        CHECK(dialog.resultText() == u"Imported 3 new sales records.");
    }

    // Another export of the same bank: same columns, other rows.
    const auto nextMonth = fixture.dir.file("bank-march.csv");
    {
        std::ofstream out(nextMonth, std::ios::binary);
        out << "buchungstag; Valuta ;Auftraggeber;Verwendungszweck;Umsatz netto;Waehrung\n"
               "03.03.2026;04.03.2026;Kaiser Foods;Rechnung 2026-0201;2.100,00;EUR\n";
    }
    SalesImportDialog again(*fixture.store, fixture.salesperson);
    again.show();
    typePath(again, toQString(nextMonth));
    CHECK(combo(&again, "Date:")->currentText() == u"buchungstag");
    CHECK(combo(&again, "Amount:")->currentText() == u"Umsatz netto");
    CHECK(combo(&again, "Account:")->currentText() == u"Auftraggeber");
    CHECK(combo(&again, "Product:")->currentText() == u"Verwendungszweck");
    CHECK(combo(&again, "Activity:")->currentIndex() == 0);
    CHECK(combo(&again, "Decimal separator:")->currentText() == u"Comma (1.234,56)");
    CHECK(combo(&again, "Date format:")->currentText() == u"DD.MM.YYYY");
    CHECK(combo(&again, "Currency:")->currentText() == u"CHF");
    clickImportAndWait(again);
    CHECK(again.resultText() == u"Imported 1 new sales record.");
    CHECK(fixture.stored() == 4);

    SECTION("a different layout does not get it")
    {
        typePath(again, toQString(dataFile("sales-import-crm.csv")));
        CHECK(combo(&again, "Date:")->currentText() == u"Date");
        CHECK(combo(&again, "Currency:")->currentText() == u"CHF"); // left as it was
    }
}

TEST_CASE("Cancelling the import of a large file stores nothing", "[gui][import]")
{
    ImportFixture fixture;
    const auto big = fixture.dir.file("big.csv");
    {
        std::ofstream out(big, std::ios::binary);
        out << "Date,Account,Product,Activity,Amount,Stage\n";
        for (int row = 0; row < 200000; ++row)
            out << "2026-0" << 1 + row % 9 << '-' << 10 + row % 18 << ",Account " << row % 500
                << ",Product " << row % 40 << ",Order," << 100 + row % 9000 << '.' << row % 90 + 10
                << ",won\n";
    }
    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    typePath(dialog, toQString(big));
    CHECK(dialog.fileStatusText().endsWith(u"the preview shows the first 20 rows."));

    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    REQUIRE(dialog.isImporting());
    auto *cancel = buttonWithText<QPushButton>(&dialog, QStringLiteral("Cancel"));
    REQUIRE(cancel != nullptr);
    CHECK_FALSE(importButton(dialog)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, 60000));
    CHECK(dialog.resultText() == u"The import was cancelled. Nothing was stored.");
    CHECK(fixture.stored() == 0);
    CHECK(importButton(dialog)->isEnabled());

    SECTION("without cancelling, the whole file is stored in one go")
    {
        clickImportAndWait(dialog);
        CHECK(dialog.resultText() == u"Imported 200,000 new sales records.");
        CHECK(fixture.stored() == 200000);
    }
}

TEST_CASE("Files that cannot be imported say why, and Import stays off", "[gui][import]")
{
    ImportFixture fixture;
    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    const auto write = [&](const char *name, const std::string &content) {
        const auto path = fixture.dir.file(name);
        std::ofstream(path, std::ios::binary) << content;
        return toQString(path);
    };

    SECTION("an empty file")
    {
        typePath(dialog, write("empty.csv", ""));
        CHECK(dialog.fileStatusText() ==
              u"“empty.csv” is empty. Choose a file with a header row and rows of sales data.");
    }
    SECTION("a header without rows")
    {
        typePath(dialog, write("header.csv", "Date,Account,Amount\r\n"));
        CHECK(dialog.fileStatusText() ==
              u"“header.csv” has a header row but no rows of sales data.");
    }
    SECTION("text that is not UTF-8")
    {
        typePath(dialog, write("latin1.csv", "Date,Account,Amount\n2026-03-02,M\xfcller KG,10\n"));
        CHECK(dialog.fileStatusText().startsWith(
            u"“latin1.csv” is not UTF-8 text (line 2 is the first that is not)."));
    }
    SECTION("a path that is no file")
    {
        typePath(dialog, toQString(fixture.dir.path() / "missing.csv"));
        CHECK(dialog.fileStatusText() == u"There is no file at this path.");
        typePath(dialog, toQString(fixture.dir.path()));
        CHECK(dialog.fileStatusText() == u"This is a folder. Choose a CSV file.");
    }
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(fixture.stored() == 0);
}

TEST_CASE("Text that is not UTF-8 after the preview is caught on import", "[gui][import]")
{
    ImportFixture fixture;
    const auto path = fixture.dir.file("late-latin1.csv");
    {
        std::ofstream out(path, std::ios::binary);
        out << "Date,Account,Amount\n";
        for (int row = 0; row < 4000; ++row)
            out << "2026-03-02,Account number " << row << ",100.00\n";
        out << "2026-03-03,M\xfcller KG,10.00\n"; // line 4002
    }
    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    dialog.setFilePath(toQString(path));
    clickImportAndWait(dialog);
    REQUIRE(dialog.problemTexts().size() == 1);
    CHECK(dialog.problemTexts().front().startsWith(u"Line 4002: the file is not UTF-8 text"));
    CHECK(fixture.stored() == 0);
}

TEST_CASE("The file's line of the first text that is not UTF-8", "[gui][import]")
{
    CHECK(firstLineNotUtf8("a,b\nc,d\n") == 0);
    CHECK(firstLineNotUtf8("a,b\nc,\xff\n") == 2);
    CHECK(firstLineNotUtf8("\xc3") == 1);
}

TEST_CASE("The preview model passes the model tester", "[gui][import]")
{
    reins::test::ModelTesterMessages messages;
    SalesImportPreviewModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setContent({"Date", "Account", "Amount"}, {{2, {"2026-03-02", "Fischer", "10"}},
                                                     {3, {"2026-03-03", "Short"}},
                                                     {4, {"2026-03-04", "Long", "1", "extra"}}});
    model.setColumnFields({"Date", QString(), "Amount"});
    CHECK(model.columnCount() == 4);
    CHECK(model.headerData(3, Qt::Horizontal).toString().startsWith(u"Column 4"));
    CHECK(model.headerData(0, Qt::Horizontal).toString() == u"Date\n→ Date");
    CHECK(model.headerData(2, Qt::Vertical).toInt() == 4);
    CHECK(model.data(model.index(1, 2)).toString().isEmpty());
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(messages.messages().isEmpty());
}

// Not run by default: renders the dialog with a CRM export, for the user guide.
// REINS_SCREENSHOT_DIR names the folder (default: the temp folder).
TEST_CASE("Sales import screenshots", "[.screenshot][import]")
{
    ImportFixture fixture;
    const QString folder = qEnvironmentVariableIsEmpty("REINS_SCREENSHOT_DIR")
                               ? QDir::tempPath()
                               : qEnvironmentVariable("REINS_SCREENSHOT_DIR");
    const auto path = fixture.dir.file("crm-opportunities-2026.csv");
    {
        const char *accounts[] = {
            "Fischer Logistik GmbH", "Nordlicht AG",  "Brandt & Söhne KG", "Alpen Bau GmbH",
            "Hansa Medical",         "Weber Elektro", "Kaiser Foods",      "Lindner IT Services"};
        const char *products[] = {"Fleet Tracker", "Route Planner", "Support Plan", "Onboarding",
                                  "Telematics Box"};
        const char *types[] = {"New business", "Renewal", "Upsell", "Cross-sell"};
        const char *owners[] = {"Dana Fischer", "Dana Fischer", "Dana Fischer", "Jonas Weber"};
        std::ofstream out(path, std::ios::binary);
        out << "Close Date,Opportunity,Customer,Product,Type,Net Value,Stage,Owner\n";
        for (int row = 0; row < 412; ++row) {
            const int account = (row * row + 3 * row) % 23 % 8;
            out << "2026-" << (row / 40 % 9 < 9 ? "0" : "") << 1 + row / 40 % 9 << '-'
                << (row % 28 + 1 < 10 ? "0" : "") << row % 28 + 1 << ",OPP-" << 4100 + row << ",\""
                << accounts[account] << "\"," << products[(row * 7) % 5] << ',' << types[row % 4]
                << ',' << 250 + (row * 733) % 9000 << '.' << (row * 37) % 90 + 10 << ','
                << (row % 9 == 0 ? "Closed Lost" : "Closed Won") << ',' << owners[row % 4] << '\n';
        }
    }

    SalesImportDialog dialog(*fixture.store, fixture.salesperson);
    dialog.show();
    dialog.setFilePath(toQString(path));
    choose(combo(&dialog, "Amount:"), "Net Value");
    QTest::qWait(50);
    CHECK(dialog.grab().save(folder + QStringLiteral("/import-preview.png")));
    clickImportAndWait(dialog);
    QTest::qWait(50);
    CHECK(dialog.grab().save(folder + QStringLiteral("/import-result.png")));

    // While importing: the progress row replaces nothing and the options are locked.
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    CHECK(dialog.grab().save(folder + QStringLiteral("/import-busy.png")));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, 60000));

    dialog.setFilePath(toQString(dataFile("sales-import-malformed.csv")));
    clickImportAndWait(dialog);
    QTest::qWait(50);
    CHECK(dialog.grab().save(folder + QStringLiteral("/import-problems.png")));
}
