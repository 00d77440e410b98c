#include "gui/CalendarExport.h"

#include "gui/BackupSupport.h"
#include "gui/MainWindow.h"
#include "gui/QtConvert.h"
#include "gui/SessionWindow.h"
#include "reins/AtomicFile.h"
#include "reins/Calendar.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace reins::gui {

namespace {

const QString lastFolderKey = QStringLiteral("calendar/lastFolder");

// Characters no file system of a calendar user's computer accepts in a name.
QString withoutForbiddenCharacters(QString name)
{
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    }
    return name;
}

QString askWhereToSave(QWidget *parent, const QString &suggestedName)
{
    const QString folder =
        QSettings()
            .value(lastFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QFileDialog dialog(parent, CalendarExport::tr("Export to calendar"),
                       QDir(folder).filePath(suggestedName));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({CalendarExport::tr("Calendar events (*.ics)")});
    dialog.setDefaultSuffix(QStringLiteral("ics"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString file = dialog.selectedFiles().constFirst();
    QSettings().setValue(lastFolderKey, QFileInfo(file).absolutePath());
    return file;
}

} // namespace

CalendarExport::CalendarExport(MainWindow &window, QMenu *fileMenu, QAction *after)
    : QObject(&window)
    , m_window(window)
    , m_nextSession(new QAction(tr("Add next session &to calendar…"), this))
{
    m_nextSession->setStatusTip(
        tr("Write the selected salesperson's next session as an event for your calendar"));
    connect(m_nextSession, &QAction::triggered, this, [this] { exportNextSessionOfSelected(); });

    const QList<QAction *> actions = fileMenu->actions();
    const qsizetype at = actions.indexOf(after);
    QAction *before = at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
    fileMenu->insertAction(before, m_nextSession);
    connect(fileMenu, &QMenu::aboutToShow, this, [this] { updateAction(); });
    updateAction();
}

CalendarExport::~CalendarExport() = default;

void CalendarExport::updateAction()
{
    const auto person = m_window.selectedPerson();
    m_nextSession->setEnabled(person && person->role == Role::Salesperson);
}

void CalendarExport::addTo(SessionWindow *window, QMenu *sessionMenu)
{
    auto *action = new QAction(tr("Export to &calendar…"), window);
    action->setStatusTip(tr("Write this session as an event for your calendar"));
    const Id sessionId = window->sessionId();
    connect(action, &QAction::triggered, this,
            [this, sessionId, window] { exportSession(sessionId, window); });
    window->addAction(action);
    if (sessionMenu)
        sessionMenu->addAction(action);
}

QString CalendarExport::exportNextSessionOfSelected()
{
    const QString title = tr("Add next session to calendar");
    const auto person = m_window.selectedPerson();
    if (!person || person->role != Role::Salesperson) {
        QMessageBox::information(&m_window, title,
                                 tr("Select a salesperson first: their next session goes into "
                                    "the calendar."));
        return {};
    }
    std::optional<Session> next;
    try {
        next = m_window.store().sessions().nextSessionOf(person->id, toDate(QDate::currentDate()));
    } catch (const StorageError &error) {
        QMessageBox::warning(&m_window, title, toQString(error.what()));
        return {};
    }
    if (!next) {
        const QString newSession = m_window.action(MainWindow::Command::NewSession)
                                       ->shortcut()
                                       .toString(QKeySequence::NativeText);
        QMessageBox::information(
            &m_window, title,
            tr("%1 has no session coming up.\n\nCreate one with New session (%2); then it can "
               "go into the calendar.")
                .arg(toQString(person->name), newSession));
        return {};
    }
    return exportSession(next->id, &m_window);
}

QString CalendarExport::exportSession(Id sessionId, QWidget *parent)
{
    const QString title = tr("Export to calendar");
    std::optional<Session> session;
    std::optional<Person> salesperson;
    try {
        session = m_window.store().sessions().find(sessionId);
        if (session)
            salesperson = m_window.store().people().find(session->salespersonId);
    } catch (const StorageError &error) {
        QMessageBox::warning(parent, title, toQString(error.what()));
        return {};
    }
    if (!session || !salesperson) {
        QMessageBox::warning(parent, title, tr("This session is no longer in the database."));
        return {};
    }

    const QString name = toQString(salesperson->name);
    const QString path = askWhereToSave(
        parent,
        withoutForbiddenCharacters(
            tr("One-on-one %1 %2.ics").arg(name, toQString(toIsoDate(session->meetingDate))))
            .trimmed());
    if (path.isEmpty())
        return {};
    try {
        writeFileAtomically(toPath(path),
                            toICalendar(calendarEventFor(*session, *salesperson, nowUtc())));
    } catch (const FileWriteError &error) {
        QMessageBox box(QMessageBox::Warning, title,
                        tr("\u201c%1\u201d was not written.").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, parent);
        box.setInformativeText(
            tr("%1\n\nAny earlier file of that name is unchanged.").arg(toQString(error.what())));
        box.exec();
        return {};
    }
    m_window.statusBar()->showMessage(
        tr("Wrote the session with %1 on %2 to %3. Open the file with your calendar to add it.")
            .arg(name, formatDate(session->meetingDate), QDir::toNativeSeparators(path)),
        12000);
    return path;
}

} // namespace reins::gui
