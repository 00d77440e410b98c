#include "gui/SharingMenu.h"

#include "gui/BackupSupport.h"
#include "gui/CsvExportDialog.h"
#include "gui/MainWindow.h"
#include "gui/PrepImportDialog.h"
#include "gui/QtConvert.h"
#include "gui/RestoreBackupDialog.h"
#include "gui/SessionDocument.h"
#include "gui/SessionWindow.h"
#include "gui/SummaryExport.h"
#include "gui/SummaryOptionsDialog.h"
#include "reins/AtomicFile.h"
#include "reins/Errors.h"
#include "reins/PrepImport.h"
#include "reins/PrepPackage.h"
#include "reins/Repositories.h"
#include "reins/SessionSummary.h"
#include "reins/storage/Backup.h"
#include "reins/storage/SqliteDataStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>
#include <exception>

namespace reins::gui {

namespace {

const QString lastFolderKey = QStringLiteral("sharing/lastFolder");

QString lastFolder()
{
    return QSettings()
        .value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString &file)
{
    QSettings().setValue(lastFolderKey, QFileInfo(file).absolutePath());
}

// A name that every file system accepts.
QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    }
    return name.trimmed();
}

// "Dana Smith 2026-10-12"
QString sessionFileStem(const SessionRecord &record)
{
    return safeFileName(QStringLiteral("%1 %2").arg(
        toQString(record.salesperson.name), toQString(toIsoDate(record.session.meetingDate))));
}

QString sessionText(const SessionRecord &record)
{
    return QCoreApplication::translate("reins::gui", "%1 — meeting on %2")
        .arg(toQString(record.salesperson.name), formatDate(record.session.meetingDate));
}

QString askForSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                       const QStringList &filters, const QString &suffix)
{
    QFileDialog dialog(parent, title, QDir(lastFolder()).filePath(suggestedName));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString file = dialog.selectedFiles().constFirst();
    rememberFolder(file);
    return file;
}

QString askForOpenFile(QWidget *parent, const QString &title, const QStringList &filters)
{
    QFileDialog dialog(parent, title, lastFolder());
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(filters);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString file = dialog.selectedFiles().constFirst();
    rememberFolder(file);
    return file;
}

void warn(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    box.exec();
}

// The session as on screen (open windows save first), or nothing after saying why not.
std::optional<SessionRecord> readSession(DataStore &store, Id sessionId, QWidget *parent,
                                         const QString &title)
{
    saveAllOpenSessions();
    try {
        return loadSessionRecord(store, sessionId);
    } catch (const StorageError &error) {
        warn(parent, title, SharingMenu::tr("The session could not be read."),
             toQString(error.what()));
        return std::nullopt;
    }
}

// Writes the whole file or nothing; says what went wrong. Returns whether it was written.
bool writeFile(QWidget *parent, const QString &title, const QString &path, std::string_view bytes)
{
    try {
        writeFileAtomically(toPath(path), bytes);
        return true;
    } catch (const FileWriteError &error) {
        warn(parent, title,
             QCoreApplication::translate("reins::gui", "\u201c%1\u201d was not written.")
                 .arg(QDir::toNativeSeparators(path)),
             QCoreApplication::translate("reins::gui",
                                         "%1\n\nAny earlier file of that name is unchanged.")
                 .arg(toQString(error.what())));
        return false;
    }
}

QString partList(const std::vector<PrepPart> &parts)
{
    QStringList names;
    for (const PrepPart part : parts)
        names << prepPartName(part).toLower();
    return QLocale().createSeparatedList(names);
}

} // namespace

SharingMenu::SharingMenu(MainWindow &window, QMenu *fileMenu, const QString &databasePath)
    : QObject(&window)
    , m_window(window)
    , m_databasePath(databasePath)
    , m_automaticBackup(new AutomaticBackup(this))
{
    const auto add = [this](Command command, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setStatusTip(tip);
        m_actions[command] = action;
        return action;
    };
    add(Command::ExportPreparation, tr("&Export preparation…"),
        tr("Write the selected session's preparation to a file for the other laptop"));
    add(Command::ImportPreparation, tr("&Import preparation…"),
        tr("Bring in a preparation written on another laptop"));
    add(Command::ExportSummary, tr("Export s&ummary…"),
        tr("Write the selected session's summary as PDF or Markdown"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    add(Command::PrintSummary, tr("&Print summary…"), tr("Print the selected session's summary"))
        ->setShortcut(QKeySequence::Print);
    add(Command::ExportCsv, tr("Export to &CSV…"),
        tr("Write the selected salesperson's results, actions or scores for a spreadsheet"));
    add(Command::BackUpNow, tr("&Back up now…"), tr("Write a checked copy of the database"));
    add(Command::RestoreBackup, tr("&Restore from backup…"),
        tr("Go back to a backup; the current database is kept aside"));

    connect(action(Command::ExportPreparation), &QAction::triggered, this, [this] {
        if (const auto session = m_window.selectedSession())
            exportPreparation(session->id, &m_window);
    });
    connect(action(Command::ImportPreparation), &QAction::triggered, this,
            [this] { importPreparation(); });
    connect(action(Command::ExportSummary), &QAction::triggered, this, [this] {
        if (const auto session = m_window.selectedSession())
            exportSummary(session->id, &m_window);
    });
    connect(action(Command::PrintSummary), &QAction::triggered, this, [this] {
        if (const auto session = m_window.selectedSession())
            printSummary(session->id, &m_window);
    });
    connect(action(Command::ExportCsv), &QAction::triggered, this, [this] { exportCsv(); });
    connect(action(Command::BackUpNow), &QAction::triggered, this, [this] { backUpNow(); });
    connect(action(Command::RestoreBackup), &QAction::triggered, this,
            [this] { restoreFromBackup(); });

    // Before the last group of the menu (Quit), in three groups of their own.
    QAction *before = nullptr;
    const QList<QAction *> existing = fileMenu->actions();
    for (auto it = existing.rbegin(); it != existing.rend(); ++it) {
        if ((*it)->isSeparator()) {
            before = *it;
            break;
        }
    }
    fileMenu->insertSeparator(before);
    fileMenu->insertActions(
        before, {action(Command::ExportPreparation), action(Command::ImportPreparation)});
    fileMenu->insertSeparator(before);
    fileMenu->insertActions(before, {action(Command::ExportSummary), action(Command::PrintSummary),
                                     action(Command::ExportCsv)});
    fileMenu->insertSeparator(before);
    fileMenu->insertActions(before, {action(Command::BackUpNow), action(Command::RestoreBackup)});
    connect(fileMenu, &QMenu::aboutToShow, this, [this] { updateActions(); });

    connect(
        m_automaticBackup, &AutomaticBackup::finished, this,
        [this](const QString &backupPath, const QString &error) {
            if (!error.isEmpty())
                showStatus(tr("The automatic backup failed: %1").arg(error));
            else if (!backupPath.isEmpty())
                showStatus(
                    tr("Backed up the database to %1.").arg(QDir::toNativeSeparators(backupPath)));
        });
}

SharingMenu::~SharingMenu() = default;

QAction *SharingMenu::action(Command command) const
{
    const auto found = m_actions.find(command);
    return found == m_actions.end() ? nullptr : found->second;
}

void SharingMenu::updateActions()
{
    const bool session = m_window.selectedSession().has_value();
    const auto person = m_window.selectedPerson();
    const bool backups = dynamic_cast<storage::SqliteDataStore *>(&m_window.store()) != nullptr;
    action(Command::ExportPreparation)->setEnabled(session);
    action(Command::ExportSummary)->setEnabled(session);
    action(Command::PrintSummary)->setEnabled(session);
    action(Command::ExportCsv)->setEnabled(person && person->role == Role::Salesperson);
    action(Command::BackUpNow)->setEnabled(backups);
    action(Command::RestoreBackup)->setEnabled(backups);
}

QMenu *SharingMenu::addTo(SessionWindow *window)
{
    const Id sessionId = window->sessionId();
    auto *menu = new QMenu(window);
    const auto add = [&](const QString &text, const QKeySequence &shortcut,
                         void (SharingMenu::*work)(Id, QWidget *)) {
        auto *sessionAction = menu->addAction(text);
        sessionAction->setShortcut(shortcut);
        sessionAction->setShortcutContext(Qt::WindowShortcut);
        window->addAction(sessionAction);
        connect(sessionAction, &QAction::triggered, this,
                [this, sessionId, window, work] { (this->*work)(sessionId, window); });
    };
    add(tr("&Export preparation…"), {}, &SharingMenu::exportPreparation);
    add(tr("Export s&ummary…"), QKeySequence(Qt::CTRL | Qt::Key_E), &SharingMenu::exportSummary);
    add(tr("&Print summary…"), QKeySequence::Print, &SharingMenu::printSummary);
    window->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(window, &QWidget::customContextMenuRequested, menu,
            [window, menu](const QPoint &pos) { menu->popup(window->mapToGlobal(pos)); });
    return menu;
}

void SharingMenu::showStatus(const QString &message)
{
    m_window.statusBar()->showMessage(message, 12000);
}

std::filesystem::path SharingMenu::backupFolder() const
{
    return toPath(backupSettings().folder);
}

void SharingMenu::startAutomaticBackup()
{
    m_automaticBackup->start(m_databasePath, backupSettings());
}

void SharingMenu::exportPreparation(Id sessionId, QWidget *parent)
{
    const QString title = tr("Export preparation");
    const std::optional<SessionRecord> read =
        readSession(m_window.store(), sessionId, parent, title);
    if (!read)
        return;
    const SessionRecord &record = *read;
    const QString path =
        askForSaveFile(parent, title, sessionFileStem(record) + QStringLiteral(".reinsprep"),
                       {tr("Reins preparation (*.reinsprep)")}, QStringLiteral("reinsprep"));
    if (path.isEmpty())
        return;
    if (!writeFile(parent, title, path, writePrepPackage(packageFromRecord(record, nowUtc()))))
        return;
    showStatus(tr("Wrote %1's preparation to %2. It holds nothing manager-only.")
                   .arg(toQString(record.salesperson.name), QDir::toNativeSeparators(path)));
}

bool SharingMenu::backUpBeforeImport(QString &problem)
{
    auto *sqlite = dynamic_cast<storage::SqliteDataStore *>(&m_window.store());
    if (!sqlite)
        return true; // no file of its own to back up
    try {
        const auto folder = backupFolder();
        std::filesystem::create_directories(folder);
        storage::backupTo(sqlite->database(), storage::backupPathFor(folder, nowUtc()));
        return true;
    } catch (const std::exception &error) {
        problem = toQString(error.what());
        return false;
    }
}

void SharingMenu::importPreparation()
{
    const QString title = tr("Import preparation");
    const QString path = askForOpenFile(
        &m_window, title, {tr("Reins preparation (*.reinsprep)"), tr("All files (*)")});
    if (path.isEmpty())
        return;
    const QString fileName = QFileInfo(path).fileName();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(&m_window, title, tr("\u201c%1\u201d could not be read.").arg(fileName),
             file.errorString());
        return;
    }
    // One byte over the limit is enough for the reader to refuse the size.
    const QByteArray bytes = file.read(static_cast<qint64>(prepPackageMaxBytes) + 1);
    PrepPackage package;
    PrepImportPlan plan;
    try {
        package = readPrepPackage(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        plan = planPrepImport(m_window.store(), package);
    } catch (const PackageError &error) {
        warn(&m_window, title,
             tr("\u201c%1\u201d is not a preparation Reins can import.").arg(fileName),
             tr("%1\n\nNothing was imported.").arg(toQString(error.what())));
        return;
    } catch (const StorageError &error) {
        warn(&m_window, title, tr("Nothing was imported."), toQString(error.what()));
        return;
    }

    const QString packageName = toQString(package.salespersonName);
    if (plan.match != SalespersonMatch::ByEmail) {
        QMessageBox question(QMessageBox::Question, title, QString(), QMessageBox::NoButton,
                             &m_window);
        QPushButton *go = nullptr;
        if (plan.match == SalespersonMatch::ByName && plan.salesperson) {
            question.setText(tr("Is this the same %1?").arg(packageName));
            question.setInformativeText(
                tr("The preparation comes from %1 (%2). The team has a %3 with another email "
                   "address (%4).")
                    .arg(packageName, toQString(package.salespersonEmail),
                         toQString(plan.salesperson->name),
                         plan.salesperson->email.empty() ? tr("none")
                                                         : toQString(plan.salesperson->email)));
            go = question.addButton(tr("&Same person, import"), QMessageBox::AcceptRole);
        } else {
            question.setText(tr("%1 is not in the team yet.").arg(packageName));
            question.setInformativeText(
                tr("Add %1 (%2) as a salesperson and import the preparation?")
                    .arg(packageName, toQString(package.salespersonEmail)));
            go = question.addButton(tr("&Add and import"), QMessageBox::AcceptRole);
        }
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(go);
        question.exec();
        if (question.clickedButton() != go)
            return;
    }

    std::set<PrepPart> take;
    if (plan.session && !plan.differingParts.empty()) {
        SessionRecord current;
        try {
            current = loadSessionRecord(m_window.store(), plan.session->id);
        } catch (const StorageError &error) {
            warn(&m_window, title, tr("Nothing was imported."), toQString(error.what()));
            return;
        }
        PrepImportDialog dialog(package, plan, current, &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        take = dialog.partsToTake();
    }

    // An open window of the session would later save its older copy over the import.
    if (plan.session) {
        if (SessionWindow *open = m_window.sessionWindow(plan.session->id); open && !open->close())
            return;
    }

    QString problem;
    if (!backUpBeforeImport(problem)) {
        warn(&m_window, title, tr("The backup before the import failed, so nothing was imported."),
             problem);
        return;
    }
    PrepImportOutcome outcome;
    try {
        outcome = applyPrepImport(m_window.store(), package, plan, take);
    } catch (const std::exception &error) {
        warn(&m_window, title, tr("Nothing was imported; the database is unchanged."),
             toQString(error.what()));
        return;
    }
    m_window.refresh(outcome.salespersonId);
    m_window.selectSession(outcome.sessionId);
    showStatus(
        outcome.written.empty()
            ? tr("Kept this database's preparation for %1's meeting on %2.")
                  .arg(packageName, formatDate(package.meetingDate))
            : tr("Imported %1's %2 for the meeting on %3.")
                  .arg(packageName, partList(outcome.written), formatDate(package.meetingDate)));
}

void SharingMenu::exportSummary(Id sessionId, QWidget *parent)
{
    const QString title = tr("Export summary");
    const std::optional<SessionRecord> read =
        readSession(m_window.store(), sessionId, parent, title);
    if (!read)
        return;
    const SessionRecord &record = *read;
    SummaryOptionsDialog options(SummaryOptionsDialog::Purpose::Export, sessionText(record),
                                 parent);
    if (options.exec() != QDialog::Accepted)
        return;
    const Audience audience = options.audience();
    const bool pdf = options.format() == SummaryOptionsDialog::Format::Pdf;
    const QString stem = sessionFileStem(record) +
                         (audience == Audience::Manager ? tr(" manager's record") : tr(" summary"));
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("md");
    const QString path =
        askForSaveFile(parent, title, stem + QLatin1Char('.') + suffix,
                       {pdf ? tr("PDF documents (*.pdf)") : tr("Markdown text (*.md)")}, suffix);
    if (path.isEmpty())
        return;
    const std::string markdown = renderSummaryMarkdown(record, audience);
    bool written = false;
    if (pdf) {
        const QByteArray bytes =
            summaryPdf(toQString(markdown), tr("Session summary: %1").arg(sessionText(record)));
        written =
            writeFile(parent, title, path,
                      std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } else {
        written = writeFile(parent, title, path, markdown);
    }
    if (written)
        showStatus(tr("Wrote the summary to %1.").arg(QDir::toNativeSeparators(path)));
}

void SharingMenu::printSummary(Id sessionId, QWidget *parent)
{
    const std::optional<SessionRecord> read =
        readSession(m_window.store(), sessionId, parent, tr("Print summary"));
    if (!read)
        return;
    const SessionRecord &record = *read;
    SummaryOptionsDialog options(SummaryOptionsDialog::Purpose::Print, sessionText(record), parent);
    if (options.exec() != QDialog::Accepted)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(pageSizeFor(QLocale())));
    printer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    printer.setDocName(tr("Session summary: %1").arg(sessionText(record)));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printSummaryOn(printer, toQString(renderSummaryMarkdown(record, options.audience())));
    showStatus(tr("Sent the summary to the printer."));
}

void SharingMenu::exportCsv()
{
    const QString title = tr("Export to CSV");
    const auto person = m_window.selectedPerson();
    if (!person || person->role != Role::Salesperson) {
        QMessageBox::information(&m_window, title,
                                 tr("Select a salesperson first: the export holds their "
                                    "sessions."));
        return;
    }
    saveAllOpenSessions();
    std::vector<SessionRecord> records;
    try {
        auto sessions = m_window.store().sessions().listForSalesperson(person->id);
        // Oldest first reads like a history in a spreadsheet.
        std::reverse(sessions.begin(), sessions.end());
        for (const SessionOverview &overview : sessions)
            records.push_back(loadSessionRecord(m_window.store(), overview.session.id));
    } catch (const StorageError &error) {
        warn(&m_window, title, tr("The sessions could not be read."), toQString(error.what()));
        return;
    }
    CsvExportDialog dialog(toQString(person->name), static_cast<int>(records.size()), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CsvExportKind kind = dialog.kind();
    const QString what = kind == CsvExportKind::Results   ? tr("results")
                         : kind == CsvExportKind::Actions ? tr("actions")
                                                          : tr("self-audit scores");
    const QString path = askForSaveFile(
        &m_window, title,
        safeFileName(toQString(person->name) + QLatin1Char(' ') + what) + QStringLiteral(".csv"),
        {tr("CSV files (*.csv)")}, QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    if (writeFile(&m_window, title, path, reins::exportCsv(records, kind)))
        showStatus(tr("Wrote %1's %2 to %3.")
                       .arg(toQString(person->name), what, QDir::toNativeSeparators(path)));
}

void SharingMenu::backUpNow()
{
    const QString title = tr("Back up now");
    auto *sqlite = dynamic_cast<storage::SqliteDataStore *>(&m_window.store());
    if (!sqlite)
        return;
    const QString suggested = tr("Reins backup %1.db").arg(toQString(toIsoDate(todayUtc())));
    const QString path = askForSaveFile(&m_window, title, suggested, {tr("Reins databases (*.db)")},
                                        QStringLiteral("db"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath()) {
        warn(&m_window, title, tr("That is the database itself."),
             tr("Choose another file for the backup."));
        return;
    }
    saveAllOpenSessions();
    try {
        storage::backupTo(sqlite->database(), toPath(path));
    } catch (const StorageError &error) {
        warn(&m_window, title, tr("The backup was not written."), toQString(error.what()));
        return;
    }
    showStatus(tr("Backed up to %1 and checked it.").arg(QDir::toNativeSeparators(path)));
}

void SharingMenu::restoreFromBackup()
{
    const QString title = tr("Restore from backup");
    const auto folder = backupFolder();
    RestoreBackupDialog dialog(storage::listBackups(folder), toQPath(folder), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto backup = dialog.selectedBackup();
    if (!backup)
        return;

    m_automaticBackup->wait();
    std::unique_ptr<DataStore> store = m_window.releaseStore();
    if (!store)
        return;    // a session window with unsaved changes stayed open
    store.reset(); // closes the file, so it can be moved aside

    const auto databasePath = toPath(m_databasePath);
    std::filesystem::path keptAside;
    QString problem;
    try {
        keptAside = storage::restoreBackup(*backup, databasePath, nowUtc());
    } catch (const StorageError &error) {
        problem = toQString(error.what());
    }

    std::unique_ptr<DataStore> reopened;
    QString openProblem;
    try {
        reopened = storage::SqliteDataStore::open(databasePath);
    } catch (const StorageError &error) {
        openProblem = toQString(error.what());
    }
    if (!reopened) {
        QMessageBox::critical(
            &m_window, title,
            tr("The database could not be opened again, so Reins will close.\n\n%1%2")
                .arg(openProblem, keptAside.empty()
                                      ? QString()
                                      : tr("\n\nThe database as it was before is kept at %1.")
                                            .arg(QDir::toNativeSeparators(toQPath(keptAside)))));
        m_window.close();
        return;
    }
    m_window.replaceStore(std::move(reopened));

    if (!problem.isEmpty()) {
        warn(&m_window, title, tr("Nothing was restored."), problem);
        return;
    }
    QString when = backupTimeText(*backup);
    if (when.isEmpty())
        when = toQPath(backup->filename());
    QMessageBox done(QMessageBox::Information, title, tr("Restored the backup of %1.").arg(when),
                     QMessageBox::Ok, &m_window);
    done.setInformativeText(
        tr("The database as it was before the restore is kept, not deleted, at:\n%1")
            .arg(QDir::toNativeSeparators(toQPath(keptAside))));
    done.exec();
    showStatus(tr("Restored the backup of %1.").arg(when));
}

} // namespace reins::gui
