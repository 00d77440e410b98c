// Summaries, CSV and packages leave the manager's laptop without a private note: the
// salesperson's PDF and Markdown, the prep package and every CSV are checked for a
// planted marker. The manager's record keeps it.

#include "SharingTestSupport.h"

#include "gui/CsvExportDialog.h"
#include "gui/QtConvert.h"
#include "gui/SummaryExport.h"
#include "gui/SummaryOptionsDialog.h"
#include "reins/SessionSummary.h"

#include <QAction>
#include <QPageSize>
#include <QRadioButton>
#include <QTextDocument>

#include <algorithm>

using namespace reins;
using namespace reins::gui;
using Command = SharingMenu::Command;

namespace {

const std::string privateMarker = "PRIVATE-4c1e8b-kept-by-the-manager";

void plantPrivateNote(DataStore &store, Id sessionId)
{
    MeetingRecord meeting = store.sessions().loadMeeting(sessionId);
    MeetingNote secret;
    secret.stage = MeetingStage::Explore;
    secret.prompt = "Personal";
    secret.text = "Worried about the move; " + privateMarker;
    secret.isPrivate = true;
    meeting.notes.push_back(secret);
    store.sessions().saveMeeting(sessionId, meeting);
}

// Exports the selected session's summary through the options and file dialogs.
void exportSummary(test::SharingWindow &open, const std::filesystem::path &file, Audience audience,
                   SummaryOptionsDialog::Format format)
{
    test::ModalDriver driver;
    driver
        .then([&](QWidget *modal) {
            auto *options = qobject_cast<SummaryOptionsDialog *>(modal);
            CHECK(options);
            if (!options)
                return;
            CHECK(options->audience() == Audience::Salesperson); // the default
            options->setAudience(audience);
            options->setFormat(format);
            options->accept();
        })
        .then(test::chooseFile(file));
    open.sharing->action(Command::ExportSummary)->trigger();
    CHECK(driver.allHandled());
}

void exportCsv(test::SharingWindow &open, const std::filesystem::path &file, CsvExportKind kind)
{
    test::ModalDriver driver;
    driver
        .then([&](QWidget *modal) {
            auto *dialog = qobject_cast<CsvExportDialog *>(modal);
            CHECK(dialog);
            if (!dialog)
                return;
            dialog->setKind(kind);
            dialog->accept();
        })
        .then(test::chooseFile(file));
    open.sharing->action(Command::ExportCsv)->trigger();
    CHECK(driver.allHandled());
}

} // namespace

TEST_CASE("Nothing meant for the salesperson carries a private note", "[gui][sharing][private]")
{
    test::TempDir dir;
    test::SharingWindow open(dir.file("reins.db"));
    const auto [salesperson, session] = open.selectNewestSession();
    plantPrivateNote(open.window->store(), session.id);
    const SessionRecord record = loadSessionRecord(open.window->store(), session.id);

    SECTION("The salesperson's PDF, and the document it is laid out from")
    {
        exportSummary(open, dir.file("summary.pdf"), Audience::Salesperson,
                      SummaryOptionsDialog::Format::Pdf);
        const std::string pdf = test::readBytes(dir.file("summary.pdf"));
        REQUIRE(pdf.size() > 1000);
        CHECK(pdf.rfind("%PDF", 0) == 0);
        CHECK(pdf.find(privateMarker) == std::string::npos);

        QTextDocument forSalesperson;
        setUpSummaryDocument(forSalesperson,
                             toQString(renderSummaryMarkdown(record, Audience::Salesperson)));
        CHECK_FALSE(forSalesperson.toPlainText().contains(toQString(privateMarker)));
        CHECK(forSalesperson.toPlainText().contains(toQString(salesperson.name)));
        // The marker would show if it were there: the manager's record has it.
        QTextDocument forManager;
        setUpSummaryDocument(forManager,
                             toQString(renderSummaryMarkdown(record, Audience::Manager)));
        CHECK(forManager.toPlainText().contains(toQString(privateMarker)));
    }

    SECTION("Markdown for the salesperson leaves it out, the manager's record keeps it")
    {
        exportSummary(open, dir.file("summary.md"), Audience::Salesperson,
                      SummaryOptionsDialog::Format::Markdown);
        const std::string forSalesperson = test::readBytes(dir.file("summary.md"));
        CHECK(forSalesperson == renderSummaryMarkdown(record, Audience::Salesperson));
        CHECK(forSalesperson.find(privateMarker) == std::string::npos);

        exportSummary(open, dir.file("record.md"), Audience::Manager,
                      SummaryOptionsDialog::Format::Markdown);
        CHECK(test::readBytes(dir.file("record.md")).find(privateMarker) != std::string::npos);
    }

    SECTION("The prep package")
    {
        test::ModalDriver driver;
        driver.then(test::chooseFile(dir.file("prep.reinsprep")));
        open.sharing->action(Command::ExportPreparation)->trigger();
        CHECK(driver.allHandled());
        const std::string package = test::readBytes(dir.file("prep.reinsprep"));
        REQUIRE_FALSE(package.empty());
        CHECK(package.find(privateMarker) == std::string::npos);
        CHECK(package.find("Worried about the move") == std::string::npos);
    }

    SECTION("Each CSV export")
    {
        const std::pair<CsvExportKind, const char *> kinds[] = {
            {CsvExportKind::Results, "results.csv"},
            {CsvExportKind::Actions, "actions.csv"},
            {CsvExportKind::SkillScores, "scores.csv"}};
        for (const auto &[kind, name] : kinds) {
            exportCsv(open, dir.file(name), kind);
            const std::string csv = test::readBytes(dir.file(name));
            INFO(name);
            CHECK(std::count(csv.begin(), csv.end(), '\n') > 1); // a header and rows
            CHECK(csv.find(privateMarker) == std::string::npos);
        }
    }
}

TEST_CASE("Summaries are printed on the paper of the locale", "[gui][sharing][summary]")
{
    CHECK(pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)) == QPageSize::Letter);
    CHECK(pageSizeFor(QLocale(QLocale::French, QLocale::Canada)) == QPageSize::Letter);
    CHECK(pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)) == QPageSize::A4);
    CHECK(pageSizeFor(QLocale(QLocale::German, QLocale::Germany)) == QPageSize::A4);
}
