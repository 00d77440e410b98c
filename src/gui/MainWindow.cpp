#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "gui/CalendarExport.h"
#include "gui/GuiLauncher.h"
#include "gui/HelpMenu.h"
#include "gui/NewSessionDialog.h"
#include "gui/PersonDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/QtConvert.h"
#include "gui/ReminderPanel.h"
#include "gui/ReviewMenu.h"
#include "gui/SessionTableModel.h"
#include "gui/SessionWindow.h"
#include "gui/SharingMenu.h"
#include "gui/TeamModel.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace reins::gui {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString splitterKey = QStringLiteral("MainWindow/splitter");

constexpr SampleTeamSize sampleTeamSize{6, 12};

enum Page { EmptyStatePage = 0, TeamPage = 1 };
enum PersonPage { SessionsPage = 0, MessagePage = 1 };

QString countOf(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(count);
}

const char *const mitLicence =
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
    "software and associated documentation files (the \"Software\"), to deal in the Software "
    "without restriction, including without limitation the rights to use, copy, modify, merge, "
    "publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons "
    "to whom the Software is furnished to do so, subject to the following conditions:\n\n"
    "The above copyright notice and this permission notice shall be included in all copies or "
    "substantial portions of the Software.\n\n"
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, "
    "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR "
    "PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE "
    "FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
    "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER "
    "DEALINGS IN THE SOFTWARE.";

} // namespace

MainWindow::MainWindow(std::unique_ptr<DataStore> store, const QString &databasePath,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(std::move(store))
{
    initResources();
    m_ui->setupUi(this);
    setWindowTitle(tr("Reins"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reins.svg")));

    // Empty state: a calm welcome.
    m_ui->welcomeIcon->setPixmap(QIcon(QStringLiteral(":/icons/reins.svg")).pixmap(72, 72));
    QFont welcomeFont = m_ui->welcomeTitle->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.8);
    welcomeFont.setWeight(QFont::DemiBold);
    m_ui->welcomeTitle->setFont(welcomeFont);
    for (QPushButton *button : {m_ui->loadSampleButton, m_ui->addFirstSalespersonButton}) {
        button->setIconSize(QSize(20, 20));
        button->setMinimumHeight(36);
    }

    // Team pane.
    QFont paneTitleFont = m_ui->teamTitle->font();
    paneTitleFont.setWeight(QFont::DemiBold);
    m_ui->teamTitle->setFont(paneTitleFont);
    m_teamModel = new TeamModel(this);
    m_ui->teamView->setModel(m_teamModel);
    m_ui->teamView->setIconSize(QSize(18, 18));
    m_ui->teamView->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 0px; }"));
    m_ui->teamView->setMinimumWidth(220);

    // Sessions pane.
    QFont personFont = m_ui->personTitle->font();
    personFont.setPointSizeF(personFont.pointSizeF() * 1.35);
    personFont.setWeight(QFont::DemiBold);
    m_ui->personTitle->setFont(personFont);
    m_ui->personDetails->setForegroundRole(QPalette::PlaceholderText);
    m_ui->messageText->setForegroundRole(QPalette::PlaceholderText);
    m_sessionModel = new SessionTableModel(this);
    m_ui->sessionView->setModel(m_sessionModel);
    QHeaderView *header = m_ui->sessionView->horizontalHeader();
    // Dates, stage and counts fit their text; the result takes the rest of the width.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized to the first rows: a salesperson with 200 sessions would otherwise have every
    // row measured before the window first paints, and the rows look alike.
    header->setResizeContentsPrecision(20);
    header->setSectionResizeMode(SessionTableModel::HeadlineResult, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->sessionView->verticalHeader()->setDefaultSectionSize(
        m_ui->sessionView->fontMetrics().height() + 12);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({260, 840});

    // Status bar: where the data lives, and how much of it there is.
    m_pathLabel = new QLabel(this);
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countsLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    setUpActions();
    m_sharing = new SharingMenu(*this, m_ui->menuFile, databasePath);
    new ReviewMenu(this, m_ui->sessionView, m_ui->sessionToolbar); // owned by this window
    m_calendar = new CalendarExport(*this, m_ui->menuFile,
                                    m_sharing->action(SharingMenu::Command::ExportCsv));
    new HelpMenu(*this, m_ui->menuHelp, m_ui->actionAbout); // owned by this window
    new ReminderPanel(*this);                               // checked once Reins is up

    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray());

    reloadTeam();
}

MainWindow::~MainWindow()
{
    // Session windows read from the store: they go before it does.
    for (auto &[id, window] : m_sessionWindows)
        delete window.data();
}

void MainWindow::setUpActions()
{
    Ui::MainWindow &ui = *m_ui;
    ui.addSalespersonButton->setDefaultAction(ui.actionAddSalesperson);
    ui.addManagerButton->setDefaultAction(ui.actionAddManager);
    ui.editPersonButton->setDefaultAction(ui.actionEditPerson);
    ui.removePersonButton->setDefaultAction(ui.actionRemovePerson);
    ui.newSessionButton->setDefaultAction(ui.actionNewSession);
    ui.openSessionButton->setDefaultAction(ui.actionOpenSession);
    ui.deleteSessionButton->setDefaultAction(ui.actionDeleteSession);

    // Del deletes a session only while the session list has the focus, never a person.
    ui.actionDeleteSession->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui.sessionView->addAction(ui.actionDeleteSession);

    connect(ui.actionAddSalesperson, &QAction::triggered, this,
            [this] { addPerson(Role::Salesperson); });
    connect(ui.actionAddManager, &QAction::triggered, this, [this] { addPerson(Role::Manager); });
    connect(ui.actionEditPerson, &QAction::triggered, this, [this] { editSelectedPerson(); });
    connect(ui.actionRemovePerson, &QAction::triggered, this, [this] { removeSelectedPerson(); });
    connect(ui.actionNewSession, &QAction::triggered, this, [this] { createSession(); });
    connect(ui.actionOpenSession, &QAction::triggered, this, [this] { openSelectedSession(); });
    connect(ui.actionDeleteSession, &QAction::triggered, this, [this] { deleteSelectedSession(); });
    connect(ui.actionLoadSampleTeam, &QAction::triggered, this, [this] { loadSampleTeam(true); });
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionAbout, &QAction::triggered, this, [this] { showAbout(); });
    // Ctrl+, as well where the platform's own binding for preferences is another one or none.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    ui.actionPreferences->setShortcuts(preferencesKeys);
    connect(ui.actionPreferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(*m_store, this);
        dialog.exec();
    });

    connect(ui.loadSampleButton, &QPushButton::clicked, this, [this] { loadSampleTeam(false); });
    connect(ui.addFirstSalespersonButton, &QPushButton::clicked, this,
            [this] { addPerson(Role::Salesperson); });

    connect(ui.teamView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showSelectedPerson();
        updateActions();
    });
    connect(ui.teamView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_teamModel->personAt(index))
            editSelectedPerson();
    });
    // The current row changes before the selection follows it: watch the selection.
    connect(ui.sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    // Enter or a double-click on a session opens it.
    connect(ui.sessionView, &QAbstractItemView::activated, this, [this] { openSelectedSession(); });
}

QAction *MainWindow::action(Command command) const
{
    switch (command) {
    case Command::NewSession:
        return m_ui->actionNewSession;
    case Command::OpenSession:
        return m_ui->actionOpenSession;
    case Command::DeleteSession:
        return m_ui->actionDeleteSession;
    case Command::LoadSampleTeam:
        return m_ui->actionLoadSampleTeam;
    case Command::AddSalesperson:
        return m_ui->actionAddSalesperson;
    case Command::AddManager:
        return m_ui->actionAddManager;
    case Command::EditPerson:
        return m_ui->actionEditPerson;
    case Command::RemovePerson:
        return m_ui->actionRemovePerson;
    case Command::Preferences:
        return m_ui->actionPreferences;
    }
    return nullptr;
}

template <typename Work>
bool MainWindow::attempt(const QString &failedTitle, Work &&work)
{
    QString problem;
    try {
        work();
        return true;
    } catch (const StorageError &error) {
        problem = toQString(error.what());
    } catch (const ValidationError &error) {
        problem = toQString(error.what());
    }
    QMessageBox::warning(this, failedTitle, problem);
    return false;
}

bool MainWindow::showsEmptyState() const
{
    return m_ui->pages->currentIndex() == EmptyStatePage;
}

std::optional<Person> MainWindow::selectedPerson() const
{
    return m_teamModel->personAt(m_ui->teamView->currentIndex());
}

std::optional<Session> MainWindow::selectedSession() const
{
    const QModelIndex current = m_ui->sessionView->currentIndex();
    if (!m_ui->sessionView->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_sessionModel->sessionAt(current);
}

void MainWindow::selectPerson(Id personId)
{
    const QModelIndex index = m_teamModel->indexOfPerson(personId);
    if (!index.isValid())
        return;
    m_ui->teamView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_ui->teamView->scrollTo(index);
}

void MainWindow::selectSession(Id sessionId)
{
    const QModelIndex index = m_sessionModel->indexOfSession(sessionId);
    if (!index.isValid())
        return;
    // Selected outright: setCurrentIndex() would take a modifier key held at that moment
    // (Ctrl) as a wish to toggle the row rather than select it.
    m_ui->sessionView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->sessionView->scrollTo(index);
}

void MainWindow::reloadTeam(std::optional<Id> selectPersonId)
{
    if (!selectPersonId) {
        if (const auto current = selectedPerson())
            selectPersonId = current->id;
    }
    std::vector<Person> people;
    attempt(tr("Could not read the team"), [&] { people = m_store->people().listAll(); });
    const bool empty = people.empty();
    m_teamModel->setPeople(std::move(people));
    m_ui->teamView->expandAll();
    m_ui->pages->setCurrentIndex(empty ? EmptyStatePage : TeamPage);

    QModelIndex select =
        selectPersonId ? m_teamModel->indexOfPerson(*selectPersonId) : QModelIndex();
    if (!select.isValid()) {
        // The first salesperson is the most useful start.
        for (const Person &person : m_teamModel->people()) {
            if (person.role == Role::Salesperson) {
                select = m_teamModel->indexOfPerson(person.id);
                break;
            }
        }
    }
    if (select.isValid() && select != m_ui->teamView->currentIndex())
        m_ui->teamView->setCurrentIndex(select); // shows the person through currentChanged
    else
        showSelectedPerson();
    updateActions();
    updateStatusCounts();
}

void MainWindow::showSelectedPerson()
{
    reloadSessions();
}

void MainWindow::reloadSessions(std::optional<Id> selectSessionId)
{
    if (!selectSessionId) {
        if (const auto current = selectedSession())
            selectSessionId = current->id;
    }
    const std::optional<Person> person = selectedPerson();
    m_sessionModel->clear();
    if (!person) {
        m_ui->personTitle->setText(tr("No one selected"));
        m_ui->personDetails->clear();
        m_ui->sessionToolbar->hide();
        m_ui->messageText->setText(tr("Select a salesperson on the left to see their sessions."));
        m_ui->personPages->setCurrentIndex(MessagePage);
        updateActions();
        return;
    }

    m_ui->personTitle->setText(toQString(person->name));
    QStringList details{roleName(person->role)};

    if (person->role == Role::Manager) {
        QStringList team;
        for (const Person &other : m_teamModel->people()) {
            if (other.role == Role::Salesperson && other.managerId == person->id)
                team << toQString(other.name);
        }
        if (!person->email.empty())
            details << toQString(person->email);
        m_ui->personDetails->setText(details.join(QStringLiteral(" · ")));
        m_ui->sessionToolbar->hide();
        m_ui->messageText->setText(
            team.isEmpty()
                ? tr("%1 manages no salespeople yet. Edit a salesperson to choose %1 as their "
                     "manager.")
                      .arg(toQString(person->name))
                : tr("%1 manages %2.\n\nSelect a salesperson to see their sessions.")
                      .arg(toQString(person->name), QLocale().createSeparatedList(team)));
        m_ui->personPages->setCurrentIndex(MessagePage);
        updateActions();
        return;
    }

    std::vector<SessionOverview> sessions;
    attempt(tr("Could not read the sessions"),
            [&] { sessions = m_store->sessions().listForSalesperson(person->id); });
    const auto count = static_cast<int>(sessions.size());

    if (person->managerId) {
        for (const Person &other : m_teamModel->people()) {
            if (other.id == *person->managerId)
                details << tr("managed by %1").arg(toQString(other.name));
        }
    }
    if (!person->email.empty())
        details << toQString(person->email);
    details << countOf(count, tr("1 session"), tr("%1 sessions"));
    m_ui->personDetails->setText(details.join(QStringLiteral(" · ")));
    m_ui->sessionToolbar->show();

    m_sessionModel->setSessions(std::move(sessions));
    if (count == 0) {
        m_ui->messageText->setText(
            tr("No sessions with %1 yet.\n\nCreate the first one with New session (%2); "
               "%1 then prepares it before you meet.")
                .arg(toQString(person->name),
                     m_ui->actionNewSession->shortcut().toString(QKeySequence::NativeText)));
        m_ui->personPages->setCurrentIndex(MessagePage);
    } else {
        m_ui->personPages->setCurrentIndex(SessionsPage);
        const QModelIndex select =
            selectSessionId ? m_sessionModel->indexOfSession(*selectSessionId) : QModelIndex();
        m_ui->sessionView->setCurrentIndex(select.isValid() ? select : m_sessionModel->index(0, 0));
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const std::optional<Person> person = selectedPerson();
    const bool salesperson = person && person->role == Role::Salesperson;
    const bool session = selectedSession().has_value();
    m_ui->actionEditPerson->setEnabled(person.has_value());
    m_ui->actionRemovePerson->setEnabled(person.has_value());
    m_ui->actionNewSession->setEnabled(salesperson);
    m_ui->actionOpenSession->setEnabled(salesperson && session);
    m_ui->actionDeleteSession->setEnabled(salesperson && session);
}

void MainWindow::updateStatusCounts()
{
    const auto salespeople =
        std::count_if(m_teamModel->people().begin(), m_teamModel->people().end(),
                      [](const Person &person) { return person.role == Role::Salesperson; });
    int sessions = 0;
    attempt(tr("Could not count the sessions"), [&] { sessions = m_store->sessions().countAll(); });
    m_countsLabel->setText(QStringLiteral("%1 · %2").arg(
        countOf(static_cast<int>(salespeople), tr("1 salesperson"), tr("%1 salespeople")),
        countOf(sessions, tr("1 session"), tr("%1 sessions"))));
}

void MainWindow::addPerson(Role role)
{
    Person person;
    person.role = role;
    // Adding someone while a manager is selected most likely means adding to their team.
    if (const auto selected = selectedPerson(); selected && role == Role::Salesperson) {
        person.managerId =
            selected->role == Role::Manager ? std::optional<Id>(selected->id) : selected->managerId;
    }
    PersonDialog dialog(person, m_teamModel->people(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Id id = 0;
    if (attempt(tr("Could not add the person"),
                [&] { id = m_store->people().add(dialog.person()); }))
        reloadTeam(id);
}

void MainWindow::editSelectedPerson()
{
    const std::optional<Person> person = selectedPerson();
    if (!person)
        return;
    PersonDialog dialog(*person, m_teamModel->people(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    attempt(tr("Could not save the changes"), [&] { m_store->people().update(dialog.person()); });
    reloadTeam(person->id);
}

void MainWindow::removeSelectedPerson()
{
    const std::optional<Person> person = selectedPerson();
    if (!person)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Remove person"),
                        tr("Remove %1 from the team?").arg(toQString(person->name)),
                        QMessageBox::NoButton, this);
    confirm.setInformativeText(tr("Only people without sessions or sales records can be removed."));
    QPushButton *remove = confirm.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    if (attempt(tr("%1 was not removed").arg(toQString(person->name)),
                [&] { m_store->people().remove(person->id); }))
        reloadTeam();
}

void MainWindow::createSession()
{
    const std::optional<Person> person = selectedPerson();
    if (!person || person->role != Role::Salesperson)
        return;
    std::vector<Session> sessions;
    for (const SessionOverview &overview : m_sessionModel->sessions())
        sessions.push_back(overview.session);
    NewSessionDialog dialog(*person, m_teamModel->people(), std::move(sessions), todayUtc(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Session session = dialog.session();
    session.createdAt = nowUtc();
    session.updatedAt = session.createdAt;
    Id id = 0;
    if (!attempt(tr("Could not create the session"),
                 [&] { id = m_store->sessions().create(session); }))
        return;
    reloadSessions(id);
    updateStatusCounts();
    m_ui->sessionView->setFocus();
}

SessionWindow *MainWindow::sessionWindow(Id sessionId) const
{
    const auto found = m_sessionWindows.find(sessionId);
    return found == m_sessionWindows.end() ? nullptr : found->second.data();
}

SessionWindow *MainWindow::openSession(Id sessionId)
{
    if (SessionWindow *open = sessionWindow(sessionId)) {
        open->show();
        open->setWindowState(open->windowState() & ~Qt::WindowMinimized);
        open->raise();
        open->activateWindow();
        return open;
    }
    SessionWindow *window = nullptr;
    if (!attempt(tr("Could not open the session"),
                 [&] { window = new SessionWindow(*m_store, sessionId); }))
        return nullptr;
    window->setAttribute(Qt::WA_DeleteOnClose);
    addSessionCommands(window);
    // The list shows what the window saved: the stage, the headline result, open actions.
    connect(window, &SessionWindow::sessionSaved, this, [this](qint64 saved) {
        reloadSessions();
        // A reminded session that was just prepared leaves the reminders.
        refreshRemindersAbout(saved);
    });
    // Each further window opens a little offset, so none hides another completely.
    const auto open = std::count_if(m_sessionWindows.begin(), m_sessionWindows.end(),
                                    [](const auto &entry) { return !entry.second.isNull(); });
    if (open > 0)
        window->move(window->pos() + QPoint(28, 28) * static_cast<int>(open % 8));
    m_sessionWindows[sessionId] = window;
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::addSessionCommands(SessionWindow *window)
{
    m_calendar->addTo(window, m_sharing->addTo(window));
}

void MainWindow::refresh(std::optional<Id> selectPersonId)
{
    reloadTeam(selectPersonId);
}

std::unique_ptr<DataStore> MainWindow::releaseStore()
{
    for (auto &[id, window] : m_sessionWindows) {
        if (window && !window->close())
            return nullptr;
        delete window.data(); // it reads from the store: it goes first
    }
    m_sessionWindows.clear();
    return std::move(m_store);
}

void MainWindow::replaceStore(std::unique_ptr<DataStore> store)
{
    m_store = std::move(store);
    reloadTeam();
}

void MainWindow::openSelectedSession()
{
    if (const auto session = selectedSession())
        openSession(session->id);
}

void MainWindow::deleteSelectedSession()
{
    const std::optional<Session> session = selectedSession();
    const std::optional<Person> person = selectedPerson();
    if (!session || !person)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Delete session"),
                        tr("Delete the session with %1 on %2?")
                            .arg(toQString(person->name), formatDate(session->meetingDate)),
                        QMessageBox::NoButton, this);
    confirm.setInformativeText(tr("Its preparation and meeting record are deleted with it. This "
                                  "cannot be undone."));
    QPushButton *remove = confirm.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    if (!attempt(tr("The session was not deleted"),
                 [&] { m_store->sessions().remove(session->id); }))
        return;
    if (SessionWindow *window = sessionWindow(session->id))
        window->close();
    m_sessionWindows.erase(session->id);
    const QModelIndex current = m_ui->sessionView->currentIndex();
    reloadSessions();
    if (current.isValid() && m_sessionModel->rowCount() > 0) {
        m_ui->sessionView->setCurrentIndex(
            m_sessionModel->index(std::min(current.row(), m_sessionModel->rowCount() - 1), 0));
    }
    updateStatusCounts();
    refreshRemindersAbout(session->id);
}

void MainWindow::refreshRemindersAbout(Id sessionId)
{
    auto *reminders = findChild<ReminderPanel *>();
    if (reminders && reminders->isVisible() && reminders->lists(sessionId))
        reminders->refresh();
}

void MainWindow::loadSampleTeam(bool askFirst)
{
    if (!m_teamModel->people().empty()) {
        QMessageBox::information(
            this, tr("Load sample team"),
            tr("The sample team can only be loaded into an empty database, so that it never "
               "mixes with your own team.\n\nTo try it, start Reins with a new database file."));
        return;
    }
    if (askFirst) {
        const auto answer = QMessageBox::question(
            this, tr("Load sample team"),
            tr("Load a sample team of %1 salespeople and their managers, with a year of "
               "monthly sessions, to look around Reins?")
                .arg(sampleTeamSize.salespeople),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    SampleTeamSummary summary;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool loaded = attempt(tr("Could not load the sample team"), [&] {
        summary = writeSampleTeam(*m_store, sampleTeamSize, todayUtc());
    });
    QApplication::restoreOverrideCursor();
    if (!loaded)
        return;
    reloadTeam();
    statusBar()->showMessage(tr("Loaded the sample team: %1 managers, %2 salespeople and %3 "
                                "sessions.")
                                 .arg(summary.managers)
                                 .arg(summary.salespeople)
                                 .arg(summary.sessions),
                             8000);
}

void MainWindow::showAbout()
{
    QMessageBox about(this);
    about.setWindowTitle(tr("About Reins"));
    about.setIconPixmap(QIcon(QStringLiteral(":/icons/reins.svg")).pixmap(64, 64));
    about.setTextFormat(Qt::RichText);
    about.setText(tr("<h3>Reins %1</h3><p>Salesperson-led sales coaching one-on-ones.</p>")
                      .arg(QStringLiteral(REINS_VERSION)));
    about.setInformativeText(
        tr("<p>The salesperson prepares and leads the session; the manager acknowledges, asks, "
           "helps plan and offers support. Everything stays in one file on this computer.</p>"
           "<p>Reins is free software under the MIT licence.</p>"));
    about.setDetailedText(tr("MIT License\n\nCopyright (c) the Reins authors\n\n") +
                          QString::fromLatin1(mitLicence));
    about.setStandardButtons(QMessageBox::Close);
    about.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (auto &[id, window] : m_sessionWindows) {
        if (window)
            window->close();
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace reins::gui
