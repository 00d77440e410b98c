// What a screen reader and a keyboard user get: every control of every window and dialog
// has a name to read, the forms tab in the order a person reads them, the step list of the
// session window is driven by arrow keys, and no two entries of a menu share an Alt letter.

#include "MeetingTestSupport.h"
#include "PrepTestSupport.h"
#include "ReviewTestSupport.h"

#include "gui/ActionsBoard.h"
#include "gui/CompareChooserDialog.h"
#include "gui/CompareWindow.h"
#include "gui/CsvExportDialog.h"
#include "gui/HelpWindow.h"
#include "gui/MainWindow.h"
#include "gui/NewSessionDialog.h"
#include "gui/PartEditor.h"
#include "gui/PersonDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/PrepGapsPage.h"
#include "gui/PrepImportDialog.h"
#include "gui/QtConvert.h"
#include "gui/QuestionBankDialog.h"
#include "gui/RestoreBackupDialog.h"
#include "gui/SalesImportDialog.h"
#include "gui/SearchWindow.h"
#include "gui/SessionSteps.h"
#include "gui/SessionWindow.h"
#include "gui/ShortcutsDialog.h"
#include "gui/SummaryOptionsDialog.h"
#include "gui/TrendsWindow.h"
#include "reins/Clock.h"
#include "reins/Coaching.h"
#include "reins/PrepImport.h"
#include "reins/PrepPackage.h"
#include "reins/SessionSummary.h"
#include "reins/storage/Backup.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <map>

using namespace reins;
using namespace reins::gui;

namespace {

// Parts Qt builds inside its own widgets. A screen reader reaches them through the widget
// that owns them, so they carry no name of their own.
bool isQtInternal(const QWidget *widget)
{
    // Scroll area viewports and scroll bar containers, a spin box's line edit, a tab
    // widget's tab bar, the tool bar's overflow button: Qt names all its parts qt_*.
    if (widget->objectName().startsWith(u"qt_"))
        return true;
    // A scroll bar scrolls an area the reader already reads.
    if (qobject_cast<const QScrollBar *>(widget))
        return true;
    // Column and row titles are read with each cell of their view.
    if (qobject_cast<const QHeaderView *>(widget))
        return true;
    // The corner button of a table selects all cells; it belongs to the table.
    if (widget->inherits("QTableCornerButton"))
        return true;
    // A view's viewport (a chart's too) is the view a reader already reads.
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        area && area->viewport() == widget)
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        // The line edit of an editable combo box or of a spin box is the box itself, and a
        // line edit's clear button does what the keyboard does in the line edit.
        if (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QLineEdit *>(parent))
            return true;
        if (parent->isWindow())
            break;
    }
    return false;
}

bool isInteractive(const QWidget *widget)
{
    // A label reads its own text; an empty one, selectable by mouse, has nothing to offer.
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return !label->text().isEmpty() && label->focusPolicy() != Qt::NoFocus;
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QTabBar *>(widget);
}

// Shown in `window`, or on a page of a stack a person can turn to (a step, a tab).
bool reachable(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *part = widget; part && part != window; part = part->parentWidget()) {
        if (part->isWindow())
            return false; // a popup, such as a combo box's list
        if (part->isHidden() && !qobject_cast<const QStackedWidget *>(part->parentWidget()))
            return false;
    }
    return true;
}

// What a screen reader announces as the control's name.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return {};
    if (qobject_cast<QComboBox *>(widget)) {
        // On Linux a combo box's Name is its current choice, which does not say what is being
        // chosen; that comes from its label.
        if (!widget->accessibleName().trimmed().isEmpty())
            return widget->accessibleName().trimmed();
        for (const auto &[label, relation] : accessible->relations(QAccessible::Label)) {
            if (label && !label->text(QAccessible::Name).trimmed().isEmpty())
                return test::withoutMnemonic(label->text(QAccessible::Name)).trimmed();
        }
        return {};
    }
    return test::withoutMnemonic(accessible->text(QAccessible::Name)).trimmed();
}

QString describe(const QWidget *widget)
{
    QString text = QStringLiteral("%1 '%2'").arg(
        QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_")) {
            text += QStringLiteral(" in %1 '%2'")
                        .arg(QString::fromLatin1(parent->metaObject()->className()),
                             parent->objectName());
            break;
        }
    }
    return text + QStringLiteral(" of ") +
           QString::fromLatin1(widget->window()->metaObject()->className());
}

// Collects the controls of windows that a screen reader could not name, each once.
class UnnamedControls {
public:
    void walk(QWidget *window)
    {
        QApplication::processEvents();
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (widget->window() != window || !isInteractive(widget) || isQtInternal(widget) ||
                !reachable(widget, window))
                continue;
            if (spokenName(widget).isEmpty() && !m_found.contains(describe(widget)))
                m_found << describe(widget);
        }
    }

    [[nodiscard]] const QStringList &found() const { return m_found; }

private:
    QStringList m_found;
};

void requireAllNamed(const UnnamedControls &controls)
{
    INFO("Controls without an accessible name:\n  " +
         controls.found().join(QStringLiteral("\n  ")).toStdString());
    CHECK(controls.found().isEmpty());
}

void showAndWalk(QWidget &window, UnnamedControls &controls)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    controls.walk(&window);
}

QList<QTreeWidgetItem *> stepItems(const QTreeWidget *list)
{
    QList<QTreeWidgetItem *> items;
    for (int top = 0; top < list->topLevelItemCount(); ++top) {
        items << list->topLevelItem(top);
        for (int child = 0; child < list->topLevelItem(top)->childCount(); ++child)
            items << list->topLevelItem(top)->child(child);
    }
    return items;
}

// Opens the session in its window and turns to every entry of the step list, so pages
// built on first show exist, walking the window at each.
void walkSessionWindow(DataStore &store, Id sessionId, UnnamedControls &controls)
{
    ManualClock clock;
    SessionWindow window(store, sessionId, nullptr, &clock);
    window.resize(1300, 860);
    showAndWalk(window, controls);
    QTreeWidget *list = window.stepList();
    for (QTreeWidgetItem *item : stepItems(list)) {
        list->setCurrentItem(item);
        controls.walk(&window);
    }
}

// The Alt letter of a text: what follows a single &.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        if (text.at(at) != u'&')
            continue;
        if (text.at(at + 1) == u'&') {
            ++at;
            continue;
        }
        return text.at(at + 1).toLower();
    }
    return {};
}

// Problems with the Alt letters of the entries of `actions`: a missing letter or one that
// two entries share.
QStringList mnemonicProblems(const QString &where, const QList<QAction *> &actions)
{
    QStringList problems;
    std::map<QChar, QString> taken;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull()) {
            problems << QStringLiteral("%1: '%2' has no Alt letter").arg(where, action->text());
            continue;
        }
        const auto [found, added] = taken.emplace(letter, action->text());
        if (!added) {
            problems << QStringLiteral("%1: '%2' and '%3' share Alt+%4")
                            .arg(where, found->second, action->text(), QString(letter));
        }
    }
    return problems;
}

// Every menu of `window`: its menu bar's, submenus, and those of buttons and views.
QList<QMenu *> menusOf(const QWidget *window)
{
    QList<QMenu *> menus = window->findChildren<QMenu *>();
    for (qsizetype at = 0; at < menus.size(); ++at) {
        for (QAction *action : menus.at(at)->actions()) {
            if (action->menu() && !menus.contains(action->menu()))
                menus << action->menu();
        }
    }
    return menus;
}

QStringList menuProblems(const QWidget *window)
{
    QStringList problems;
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window))
        problems << mnemonicProblems(QStringLiteral("menu bar"), mainWindow->menuBar()->actions());
    for (QMenu *menu : menusOf(window)) {
        // Some menus fill or update their entries as they open.
        emit menu->aboutToShow();
        const QString where = menu->title().isEmpty()
                                  ? QStringLiteral("menu '%1'").arg(menu->objectName())
                                  : QStringLiteral("menu '%1'").arg(menu->title());
        problems << mnemonicProblems(where, menu->actions());
    }
    return problems;
}

// Presses Tab from the focus widget until focus comes back round, and returns the names
// read on the way, each control once (Tab also walks the day, month and year of a date).
QStringList tabSequence(QWidget *window, int presses = 60)
{
    QWidget *first = window->focusWidget();
    REQUIRE(first);
    QStringList names{spokenName(first)};
    QWidget *current = first;
    for (int press = 0; press < presses; ++press) {
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = window->focusWidget();
        REQUIRE(next);
        if (next == first && current != first)
            break;
        if (next != current)
            names << spokenName(next);
        current = next;
    }
    return names;
}

void activate(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("Every control of the main window has an accessible name", "[gui][accessibility]")
{
    UnnamedControls controls;
    {
        test::TempDir dir;
        auto window =
            std::make_unique<MainWindow>(storage::SqliteDataStore::open(dir.file("empty.db")),
                                         QString::fromStdString(dir.file("empty.db").string()));
        REQUIRE(window->showsEmptyState());
        showAndWalk(*window, controls);
    }
    test::ReviewFixture fixture;
    auto window = fixture.openMainWindow();
    const Person person = test::ReviewFixture::firstSalesperson(window->store());
    window->selectPerson(person.id);
    window->selectSession(
        window->store().sessions().listForSalesperson(person.id).front().session.id);
    controls.walk(window.get());
    requireAllNamed(controls);
}

TEST_CASE("Every control of the session window has an accessible name, on every step",
          "[gui][accessibility]")
{
    UnnamedControls controls;
    SECTION("a draft being prepared")
    {
        test::PrepFixture fixture;
        walkSessionWindow(*fixture.store, fixture.createNextSession(), controls);
    }
    SECTION("a session in its meeting")
    {
        test::MeetingDatabase database(Stage::InMeeting);
        walkSessionWindow(*database.store, database.sessionId, controls);
    }
    SECTION("a closed session")
    {
        test::MeetingDatabase database(Stage::Closed);
        walkSessionWindow(*database.store, database.sessionId, controls);
    }
    requireAllNamed(controls);
}

TEST_CASE("Every control of the Review windows has an accessible name", "[gui][accessibility]")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("review.db"));
    (void)writeSampleTeam(*store, {2, 4}, todayUtc());
    const Person person = test::ReviewFixture::firstSalesperson(*store);
    const auto sessions = store->sessions().listForSalesperson(person.id);
    REQUIRE(sessions.size() >= 2);
    UnnamedControls controls;

    CompareWindow compare(*store, {sessions[1].session.id, sessions[0].session.id});
    showAndWalk(compare, controls);
    TrendsWindow trends(*store);
    trends.showSalesperson(person.id);
    showAndWalk(trends, controls);
    ActionsBoard board(*store, todayUtc());
    showAndWalk(board, controls);
    SearchWindow search(*store, true);
    search.searchField()->setText(QStringLiteral("the"));
    search.searchNow();
    showAndWalk(search, controls);
    CompareChooserDialog chooser(*store, person.id, {sessions[0].session.id});
    showAndWalk(chooser, controls);
    requireAllNamed(controls);
}

TEST_CASE("Every control of the dialogs has an accessible name", "[gui][accessibility]")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("dialogs.db"));
    (void)writeSampleTeam(*store, {2, 3}, todayUtc());
    const Person person = test::ReviewFixture::firstSalesperson(*store);
    std::vector<Person> managers;
    for (const Person &member : store->people().listAll()) {
        if (member.role == Role::Manager)
            managers.push_back(member);
    }
    std::vector<Session> sessions;
    for (const auto &overview : store->sessions().listForSalesperson(person.id))
        sessions.push_back(overview.session);
    UnnamedControls controls;

    PersonDialog addPerson(Person{}, store->people().listAll());
    showAndWalk(addPerson, controls);
    PersonDialog editPerson(person, store->people().listAll());
    showAndWalk(editPerson, controls);
    NewSessionDialog newSession(person, managers, sessions, todayUtc());
    showAndWalk(newSession, controls);
    SalesImportDialog salesImport(*store, person.id);
    salesImport.setFilePath(
        QString::fromStdString((std::filesystem::path(__FILE__).parent_path().parent_path() /
                                "data" / "sales-import-crm.csv")
                                   .string()));
    showAndWalk(salesImport, controls);

    const SessionRecord record = loadSessionRecord(*store, sessions.front().id);
    PrepPackage package = packageFromRecord(record, nowUtc());
    package.focus = "Book two new demos a week";
    const PrepImportPlan plan = planPrepImport(*store, package);
    PrepImportDialog prepImport(package, plan, record);
    showAndWalk(prepImport, controls);

    QuestionBankDialog questions(defaultQuestionBank());
    showAndWalk(questions, controls);
    for (const auto purpose :
         {SummaryOptionsDialog::Purpose::Export, SummaryOptionsDialog::Purpose::Print}) {
        SummaryOptionsDialog options(purpose, toQString(person.name));
        showAndWalk(options, controls);
    }
    CsvExportDialog csv(toQString(person.name), 3);
    showAndWalk(csv, controls);

    const auto backups = dir.file("backups");
    std::filesystem::create_directories(backups);
    auto &database = dynamic_cast<storage::SqliteDataStore &>(*store).database();
    storage::backupTo(database, storage::backupPathFor(backups, nowUtc()));
    RestoreBackupDialog restore(storage::listBackups(backups),
                                QString::fromStdString(backups.string()));
    showAndWalk(restore, controls);
    requireAllNamed(controls);
}

TEST_CASE("Every control of the preferences and help windows has an accessible name",
          "[gui][accessibility]")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("settings.db"));
    (void)writeSampleTeam(*store, {1, 2}, todayUtc());
    UnnamedControls controls;
    PreferencesDialog preferences(*store);
    showAndWalk(preferences, controls);
    HelpWindow help;
    showAndWalk(help, controls);
    ShortcutsDialog shortcuts;
    showAndWalk(shortcuts, controls);
    requireAllNamed(controls);
}

TEST_CASE("The person dialog tabs from name to email, role, manager and its buttons",
          "[gui][accessibility][keyboard]")
{
    Person manager;
    manager.id = 3;
    manager.name = "Ari Cole";
    manager.role = Role::Manager;
    PersonDialog dialog(Person{}, {manager});
    activate(dialog);
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("Sam Reed")); // so Add takes focus
    const QStringList sequence = tabSequence(&dialog);
    CAPTURE(sequence);
    REQUIRE(sequence.size() == 6);
    CHECK(sequence.mid(0, 4) == QStringList{QStringLiteral("Name:"), QStringLiteral("Email:"),
                                            QStringLiteral("Role:"), QStringLiteral("Manager:")});
    // The platform decides whether Add or Cancel comes first.
    CHECK(QSet<QString>{sequence.at(4), sequence.at(5)} ==
          QSet<QString>{QStringLiteral("Add"), QStringLiteral("Cancel")});
}

TEST_CASE("The new session dialog tabs through its fields top to bottom",
          "[gui][accessibility][keyboard]")
{
    test::PrepFixture fixture;
    std::vector<Person> managers;
    for (const Person &member : fixture.store->people().listAll()) {
        if (member.role == Role::Manager)
            managers.push_back(member);
    }
    NewSessionDialog dialog(fixture.salesperson, managers, {fixture.newest}, todayUtc());
    activate(dialog);
    const QStringList sequence = tabSequence(&dialog);
    CAPTURE(sequence);
    REQUIRE(sequence.size() == 7);
    CHECK(sequence.mid(0, 5) ==
          QStringList{QStringLiteral("Meeting date:"), QStringLiteral("Cadence:"),
                      QStringLiteral("Period reviewed:"),
                      QStringLiteral("End of the period reviewed"), QStringLiteral("Manager:")});
    CHECK(QSet<QString>{sequence.at(5), sequence.at(6)} ==
          QSet<QString>{QStringLiteral("Create session"), QStringLiteral("Cancel")});
}

TEST_CASE("The main window tabs from the team to the sessions, then to the buttons",
          "[gui][accessibility][keyboard]")
{
    test::ReviewFixture fixture;
    auto window = fixture.openMainWindow();
    activate(*window);
    window->selectPerson(test::ReviewFixture::firstSalesperson(window->store()).id);
    QAbstractItemView *sessions = nullptr;
    for (auto *view : window->findChildren<QAbstractItemView *>()) {
        if (spokenName(view) == u"Sessions")
            sessions = view;
    }
    REQUIRE(sessions);
    // Two sessions selected, so Compare takes focus too.
    sessions->selectionModel()->select(
        QItemSelection(sessions->model()->index(0, 0), sessions->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window->findChild<QTreeView *>()->setFocus();
    const QStringList sequence = tabSequence(window.get());
    CAPTURE(sequence);
    REQUIRE(sequence.size() >= 10);
    CHECK(sequence.mid(0, 10) ==
          QStringList{QStringLiteral("Team"), QStringLiteral("Sessions"),
                      QStringLiteral("Add salesperson\u2026"), QStringLiteral("Add manager\u2026"),
                      QStringLiteral("Edit person\u2026"), QStringLiteral("Remove person\u2026"),
                      QStringLiteral("New session\u2026"), QStringLiteral("Open session"),
                      QStringLiteral("Delete session\u2026"), QStringLiteral("Compare")});
}

TEST_CASE("The prep import dialog tabs through the part choices before Import",
          "[gui][accessibility][keyboard]")
{
    test::PrepFixture fixture;
    const SessionRecord record = loadSessionRecord(*fixture.store, fixture.newest.id);
    PrepPackage package = packageFromRecord(record, nowUtc());
    package.focus = "Book two new demos a week";
    REQUIRE_FALSE(package.gaps.empty());
    package.gaps.front().description = "Discovery calls run short";
    const PrepImportPlan plan = planPrepImport(*fixture.store, package);
    REQUIRE(plan.differingParts.size() == 2);
    PrepImportDialog dialog(package, plan, record);
    activate(dialog);
    dialog.keepButton(plan.differingParts.front())->setFocus();
    const QStringList sequence = tabSequence(&dialog);
    CAPTURE(sequence);
    REQUIRE(sequence.size() == 4);
    CHECK(sequence.at(0) ==
          prepPartName(plan.differingParts.front()) + QStringLiteral(": keep mine"));
    CHECK(sequence.at(1) ==
          prepPartName(plan.differingParts.back()) + QStringLiteral(": keep mine"));
    CHECK(QSet<QString>{sequence.at(2), sequence.at(3)} ==
          QSet<QString>{QStringLiteral("Import"), QStringLiteral("Cancel")});
}

TEST_CASE("The Gaps page tabs from the table to its buttons and on to the suggestions",
          "[gui][accessibility][keyboard]")
{
    test::PrepFixture fixture;
    SessionWindow window(*fixture.store, fixture.newest.id);
    activate(window);
    window.showStep(SessionStep::Gaps);
    auto *page = qobject_cast<PrepGapsPage *>(window.currentPage());
    REQUIRE(page);
    REQUIRE(page->editor()->model()->rowCount() > 0);
    REQUIRE(page->suggestions()->count() > 0);
    page->suggestions()->setCurrentRow(0);
    QTableView *table = page->editor()->view();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QStringList sequence = tabSequence(&window);
    CAPTURE(sequence);
    // The page top to bottom, then round the window: its header and the step list.
    CHECK(sequence == QStringList{QStringLiteral("gap table"), QStringLiteral("Add gap"),
                                  QStringLiteral("Remove"), QStringLiteral("Suggested gaps"),
                                  QStringLiteral("Add as gap"),
                                  QStringLiteral("Salesperson at the keyboard"),
                                  QStringLiteral("Steps")});
}

TEST_CASE("The step list of the session window is driven by the arrow keys",
          "[gui][accessibility][keyboard]")
{
    test::PrepFixture fixture;
    const Id sessionId = fixture.createNextSession();
    SessionWindow window(*fixture.store, sessionId);
    activate(window);
    QTreeWidget *list = window.stepList();
    list->setFocus();
    REQUIRE(window.currentStep() == SessionStep::LastTime);

    // Down walks the steps in order, the page following each; the group titles are passed.
    std::vector<SessionStep> visited{window.currentStep()};
    for (std::size_t press = 1; press < allSessionSteps.size(); ++press) {
        QTest::keyClick(list, Qt::Key_Down);
        // A group title ("Meeting") must be passed over, not shown as the step before it.
        INFO("after " << press << " presses the list is on "
                      << list->currentItem()->text(0).toStdString());
        visited.push_back(window.currentStep());
        CHECK(window.currentStep() == allSessionSteps.at(press));
        if (QWidget *page = window.pageFor(window.currentStep()))
            CHECK(window.currentPage() == page);
        else
            CHECK(window.currentPage() == window.meetingWorkspace());
        CHECK(window.currentPage()->isVisible());
    }
    CHECK(visited.back() == SessionStep::WrapUp);
    // Home goes back to the first step, End to the summary.
    QTest::keyClick(list, Qt::Key_Home);
    CHECK(window.currentStep() == SessionStep::LastTime);
    CHECK(window.currentPage() == window.pageFor(SessionStep::LastTime));
    QTest::keyClick(list, Qt::Key_End);
    CHECK(window.isSummaryShown());
    // Up from the summary is the last meeting step.
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(window.currentStep() == SessionStep::WrapUp);
}

TEST_CASE("No two entries of a menu share an Alt letter", "[gui][accessibility][keyboard]")
{
    test::ReviewFixture fixture;
    auto window = fixture.openMainWindow();
    const Person person = test::ReviewFixture::firstSalesperson(window->store());
    const Id sessionId =
        window->store().sessions().listForSalesperson(person.id).front().session.id;
    window->selectPerson(person.id);
    window->selectSession(sessionId);
    QStringList problems = menuProblems(window.get());
    // Opened from the main window, the session window gets its sharing menu too.
    window->action(MainWindow::Command::OpenSession)->trigger();
    SessionWindow *session = window->sessionWindow(sessionId);
    REQUIRE(session);
    for (QTreeWidgetItem *item : stepItems(session->stepList()))
        session->stepList()->setCurrentItem(item);
    REQUIRE_FALSE(menusOf(session).isEmpty());
    problems << menuProblems(session);
    INFO("Menu problems:\n  " + problems.join(QStringLiteral("\n  ")).toStdString());
    CHECK(problems.isEmpty());
}
