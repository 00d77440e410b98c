// Renders the sharing dialogs and a summary PDF for the user guide and for a person to look
// at. Hidden: run with `reins_gui_tests "[screenshots]"`; the pictures go to
// $REINS_SCREENSHOT_DIR (default: the system temp folder).

#include "SharingTestSupport.h"

#include "gui/CsvExportDialog.h"
#include "gui/PrepImportDialog.h"
#include "gui/QtConvert.h"
#include "gui/RestoreBackupDialog.h"
#include "gui/SummaryExport.h"
#include "gui/SummaryOptionsDialog.h"
#include "reins/AtomicFile.h"
#include "reins/PrepImport.h"
#include "reins/PrepPackage.h"
#include "reins/SessionSummary.h"
#include "reins/storage/Backup.h"

#include <QDir>
#include <QRadioButton>
#include <QTest>

using namespace reins;
using namespace reins::gui;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("REINS_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

void render(QWidget &widget, const QString &name, QSize size = {})
{
    if (size.isValid())
        widget.resize(size);
    widget.show();
    QApplication::processEvents();
    QTest::qWait(50);
    CHECK(widget.grab().save(QDir(screenshotDir()).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("Screenshots of the sharing dialogs and a summary PDF", "[.][screenshots]")
{
    test::TempDir dir;
    test::SharingWindow open(dir.file("reins.db"));
    DataStore &store = open.window->store();
    const auto [salesperson, session] = open.selectNewestSession();
    const SessionRecord record = loadSessionRecord(store, session.id);

    // The salesperson's package differs from the manager's copy in three parts.
    PrepPackage package = packageFromRecord(record, nowUtc());
    package.results.front().comment = "Two renewals slipped into next month";
    package.factors.push_back({0, "The new pricing sheet made quoting faster",
                               FactorOrigin::Internal, FactorEffect::Helped, true});
    package.focus = "Win back the renewals that slipped, and book two new demos a week";
    SessionPrep edited = record.prep;
    edited.gaps.clear();
    store.sessions().savePrep(session.id, edited);
    const PrepImportPlan plan = planPrepImport(store, package);
    PrepImportDialog importDialog(package, plan, loadSessionRecord(store, session.id));
    if (importDialog.takeButton(PrepPart::Results))
        importDialog.takeButton(PrepPart::Results)->setChecked(true);
    render(importDialog, QStringLiteral("prep-import"), {820, 640});

    SummaryOptionsDialog options(
        SummaryOptionsDialog::Purpose::Export,
        QStringLiteral("%1 — meeting on %2")
            .arg(toQString(salesperson.name), formatDate(session.meetingDate)));
    render(options, QStringLiteral("summary-options"));

    CsvExportDialog csv(toQString(salesperson.name), 3);
    render(csv, QStringLiteral("csv-export"));

    const auto backups = dir.file("backups");
    std::filesystem::create_directories(backups);
    auto &database = dynamic_cast<storage::SqliteDataStore &>(store).database();
    for (int daysAgo : {0, 1, 2, 9})
        storage::backupTo(database,
                          storage::backupPathFor(backups, nowUtc() - std::chrono::days(daysAgo) -
                                                              std::chrono::hours(daysAgo * 3)));
    RestoreBackupDialog restore(storage::listBackups(backups), test::qPath(backups));
    render(restore, QStringLiteral("restore-backup"));

    const QByteArray pdf =
        summaryPdf(toQString(renderSummaryMarkdown(loadSessionRecord(store, session.id),
                                                   Audience::Salesperson)),
                   QStringLiteral("Session summary"));
    writeFileAtomically(QDir(screenshotDir()).filePath(QStringLiteral("summary.pdf")).toStdString(),
                        std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())));
}
