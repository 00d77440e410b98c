#include "gui/SessionWindow.h"
#include "ui_SessionWindow.h"

#include "gui/GuiLauncher.h"
#include "gui/MeetingController.h"
#include "gui/MeetingTimerBar.h"
#include "gui/MeetingWorkspace.h"
#include "gui/PrepFactorsPage.h"
#include "gui/PrepGapsPage.h"
#include "gui/PrepLastTimePage.h"
#include "gui/PrepPlanPage.h"
#include "gui/PrepReadyPage.h"
#include "gui/PrepResultsPage.h"
#include "gui/PrepSelfAuditPage.h"
#include "gui/PrepStrategiesPage.h"
#include "gui/PrepUpskillingPage.h"
#include "gui/QtConvert.h"
#include "gui/SessionDocument.h"
#include "gui/SessionSummaryView.h"
#include "reins/Repositories.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

#include <optional>

namespace reins::gui {

namespace {

constexpr int stepRole = Qt::UserRole + 1;

const QString geometryKey = QStringLiteral("SessionWindow/geometry");
const QString splitterKey = QStringLiteral("SessionWindow/splitter");

QString stageStyle(Stage stage)
{
    // Pill colours: grey while drafted, amber when prepared, teal in the meeting, slate closed.
    const char *colours = "#e7eaec;#3d4b53";
    switch (stage) {
    case Stage::Draft:
        break;
    case Stage::Ready:
        colours = "#fbeccd;#7a4d07";
        break;
    case Stage::InMeeting:
        colours = "#d5eee7;#1f5c4f";
        break;
    case Stage::Closed:
        colours = "#dfe5f0;#2d3d5c";
        break;
    }
    const QStringList parts = QString::fromLatin1(colours).split(QLatin1Char(';'));
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                          "padding: 2px 12px; font-weight: 600; }")
        .arg(parts.at(0), parts.at(1));
}

// The meeting page of a meeting step; nullopt for a Prepare step.
std::optional<MeetingPage> meetingPageOf(SessionStep step)
{
    switch (step) {
    case SessionStep::Acknowledge:
        return MeetingPage::Acknowledge;
    case SessionStep::Explore:
        return MeetingPage::Explore;
    case SessionStep::Plan:
        return MeetingPage::Plan;
    case SessionStep::Support:
        return MeetingPage::Support;
    case SessionStep::WrapUp:
        return MeetingPage::WrapUp;
    default:
        return std::nullopt;
    }
}

} // namespace

SessionWindow::SessionWindow(DataStore &store, Id sessionId, QWidget *parent,
                             const Clock *meetingClock)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionWindow>())
    , m_store(store)
    , m_sessionId(sessionId)
    , m_snapshot(loadSessionSnapshot(store, sessionId))
{
    initResources();
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    setWindowIcon(QIcon(QStringLiteral(":/icons/session.svg")));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->detailsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->stepList->header()->setStretchLastSection(false);
    m_ui->stepList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->stepList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->stepList->setMinimumWidth(200);
    m_ui->stepList->setAllColumnsShowFocus(true);
    m_ui->stepPage->document()->setDocumentMargin(14);
    // Pages wrap to the window's width; a horizontal bar would only flicker in and out.
    m_ui->stepPage->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({240, 740});

    auto *nextStep = new QAction(tr("Next step"), this);
    nextStep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextStep, &QAction::triggered, this, [this] { moveStep(1); });
    auto *previousStep = new QAction(tr("Previous step"), this);
    previousStep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousStep, &QAction::triggered, this, [this] { moveStep(-1); });
    auto *closeWindow = new QAction(tr("Close"), this);
    closeWindow->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close});
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    addActions({nextStep, previousStep, closeWindow});

    // Every edit of the Prepare pages is one step on the document's undo stack.
    m_document = new SessionDocument(store, sessionId, this);
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    m_redo->setShortcuts(redoKeys);
    addActions({m_undo, m_redo});
    m_ui->undoButton->setDefaultAction(m_undo);
    m_ui->redoButton->setDefaultAction(m_redo);

    connect(m_document, &SessionDocument::changed, this, [this] {
        syncSnapshotWithDocument();
        fillHeader();
        refreshStepStatuses();
        if (m_ui->pageStack->currentWidget() == m_ui->stepPage)
            showCurrentStepPage(); // the read-only view follows the document too
        // Undo back to what is stored leaves nothing to save.
        if (m_lastSaveError.isEmpty()) {
            showSaveStatus(m_document->hasUnsavedChanges() ? tr("Saving\u2026")
                                                           : tr("All changes saved"),
                           false);
        }
    });
    connect(m_document, &SessionDocument::saved, this, [this] {
        m_lastSaveError.clear();
        showSaveStatus(tr("All changes saved"), false);
        emit sessionSaved(m_sessionId);
    });
    connect(m_document, &SessionDocument::saveFailed, this, [this](const QString &message) {
        m_lastSaveError = message;
        showSaveStatus(tr("Not saved: %1 Your changes stay in this window; Reins tries again "
                          "with your next change.")
                           .arg(message),
                       true);
    });
    connect(m_ui->saveNowButton, &QPushButton::clicked, this, [this] { m_document->saveNow(); });
    showSaveStatus(tr("All changes saved"), false);

    connect(m_ui->stepList, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current, QTreeWidgetItem *previous) {
                if (current && current->childCount() > 0) {
                    passOverGroupTitle(current, previous);
                    return;
                }
                showCurrentStepPage();
            });

    createMeeting(meetingClock ? *meetingClock : steadyClock());
    // A new draft's results are prefilled by the Results page as the window opens (one
    // undoable edit, explained on that page), so that page is built at once.
    const SessionState &opened = m_document->state();
    if (opened.session.stage == Stage::Draft && opened.prep.results.empty())
        (void)pageFor(SessionStep::Results);
    syncSnapshotWithDocument();
    fillHeader();
    fillSteps();
    showStep(SessionStep::LastTime);

    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray());
}

SessionWindow::~SessionWindow()
{
    // The meeting writes its time into the document: it goes before the document does.
    delete m_summary;
    delete m_workspace;
    delete m_meeting;
    // The document saves what is left when it goes; this window, half gone, must not hear
    // of it. The pages referring to the document go right after and never call it again.
    m_document->disconnect(this);
    delete m_document;
}

QTreeWidget *SessionWindow::stepList() const
{
    return m_ui->stepList;
}

void SessionWindow::closeEvent(QCloseEvent *event)
{
    // A meeting still running stops with its window, so its time is saved with the rest.
    const bool meetingWasRunning = m_meeting->isTimerRunning();
    m_meeting->pauseTimer();
    // A session deleted meanwhile has nothing left to save into.
    const bool stillStored = m_store.sessions().find(m_sessionId).has_value();
    if (stillStored && m_document->hasUnsavedChanges() && !m_document->saveNow()) {
        QMessageBox question(QMessageBox::Warning, tr("Changes not saved"),
                             tr("The latest changes to this session could not be saved."),
                             QMessageBox::NoButton, this);
        question.setInformativeText(m_lastSaveError);
        QPushButton *discard =
            question.addButton(tr("Close &without saving"), QMessageBox::DestructiveRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != discard) {
            event->ignore();
            if (meetingWasRunning)
                (void)m_meeting->startMeeting();
            return;
        }
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_ui->splitter->saveState());
    QWidget::closeEvent(event);
}

void SessionWindow::fillHeader()
{
    const Session &session = m_snapshot.session;
    const QString name = toQString(m_snapshot.salesperson.name);
    setWindowTitle(tr("%1 · %2 — Reins").arg(name, formatDate(session.meetingDate)));
    m_ui->titleLabel->setText(tr("%1 — meeting on %2").arg(name, formatDate(session.meetingDate)));

    QString details = tr("Reviews %1 · %2")
                          .arg(formatPeriod(session.periodStart, session.periodEnd),
                               cadenceName(session.cadence));
    if (m_snapshot.manager)
        details += tr(" · with %1").arg(toQString(m_snapshot.manager->name));
    m_ui->detailsLabel->setText(details);

    m_ui->stageLabel->setText(stageName(session.stage));
    m_ui->stageLabel->setStyleSheet(stageStyle(session.stage));
    m_ui->stageLabel->setToolTip(tr("Stage of the session: Draft → Ready → In meeting → Closed"));
}

void SessionWindow::fillSteps()
{
    QTreeWidget *list = m_ui->stepList;
    const QSignalBlocker blocker(list);
    list->clear();

    QFont groupFont = list->font();
    groupFont.setWeight(QFont::DemiBold);
    // Roomy rows: this list is how a person finds their way around the session.
    const QSize rowSize(0, list->fontMetrics().height() + 12);
    const auto addGroup = [&](const QString &title, const QString &who) {
        auto *group = new QTreeWidgetItem(list, {title});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFont(0, groupFont);
        group->setToolTip(0, who);
        group->setFirstColumnSpanned(true);
        group->setSizeHint(0, rowSize);
        return group;
    };
    QTreeWidgetItem *prepare = addGroup(
        tr("Prepare"),
        tr("Prepared by %1 before the meeting").arg(toQString(m_snapshot.salesperson.name)));
    QTreeWidgetItem *meeting =
        addGroup(tr("Meeting"), tr("Recorded by the manager in the meeting"));

    const QBrush emptyBrush = palette().brush(QPalette::PlaceholderText);
    for (const SessionStep step : allSessionSteps) {
        const StepStatus status = stepStatus(m_snapshot, step);
        auto *item = new QTreeWidgetItem(isMeetingStep(step) ? meeting : prepare,
                                         {stepTitle(step), status.text});
        item->setData(0, stepRole, static_cast<int>(step));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setSizeHint(0, rowSize);
        if (status.empty)
            item->setForeground(1, emptyBrush);
        item->setToolTip(0, tr("%1 · %2").arg(stepTitle(step), status.text));
    }
    // The whole session as one document closes the list.
    m_summaryItem = new QTreeWidgetItem(list, {tr("Session summary")});
    m_summaryItem->setFont(0, groupFont);
    m_summaryItem->setFirstColumnSpanned(true);
    m_summaryItem->setSizeHint(0, rowSize);
    m_summaryItem->setIcon(0, QIcon(QStringLiteral(":/meeting/summary.svg")));
    m_summaryItem->setToolTip(0, tr("The whole session as one read-only document: the "
                                    "salesperson's version, or your own record"));
    list->expandAll();
}

void SessionWindow::passOverGroupTitle(QTreeWidgetItem *title, QTreeWidgetItem *previous)
{
    // The arrow keys, Home and End stop on the group titles ("Prepare", "Meeting"), which
    // are no step: go on in the direction of travel, to the group's first step from above
    // and to the step before the title from below.
    QTreeWidget *list = m_ui->stepList;
    const bool fromBelow =
        previous && list->visualItemRect(previous).top() > list->visualItemRect(title).top();
    QTreeWidgetItem *above = list->itemAbove(title);
    list->setCurrentItem(fromBelow && above ? above : title->child(0));
}

QTreeWidgetItem *SessionWindow::itemFor(SessionStep step) const
{
    QTreeWidget *list = m_ui->stepList;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        QTreeWidgetItem *groupItem = list->topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child) {
            QTreeWidgetItem *item = groupItem->child(child);
            if (item->data(0, stepRole).toInt() == static_cast<int>(step))
                return item;
        }
    }
    return nullptr;
}

SessionStep SessionWindow::currentStep() const
{
    const QTreeWidgetItem *item = m_ui->stepList->currentItem();
    if (!item || !item->data(0, stepRole).isValid())
        return SessionStep::LastTime;
    return static_cast<SessionStep>(item->data(0, stepRole).toInt());
}

void SessionWindow::showStep(SessionStep step)
{
    QTreeWidgetItem *item = itemFor(step);
    if (item && item != m_ui->stepList->currentItem())
        m_ui->stepList->setCurrentItem(item); // shows the page through currentItemChanged
    else
        showCurrentStepPage();
}

void SessionWindow::moveStep(int delta)
{
    const auto count = static_cast<int>(allSessionSteps.size());
    const int current = static_cast<int>(currentStep());
    showStep(
        allSessionSteps[static_cast<std::size_t>(((current + delta) % count + count) % count)]);
}

QWidget *SessionWindow::existingPageFor(SessionStep step) const
{
    const auto found = m_pages.find(step);
    return found == m_pages.end() ? nullptr : found->second;
}

QWidget *SessionWindow::pageFor(SessionStep step)
{
    if (QWidget *page = existingPageFor(step))
        return page;
    return createPreparePage(step);
}

QWidget *SessionWindow::currentPage() const
{
    return m_ui->pageStack->currentWidget();
}

void SessionWindow::showSummary()
{
    if (m_summaryItem)
        m_ui->stepList->setCurrentItem(m_summaryItem); // shows it through currentItemChanged
}

bool SessionWindow::isSummaryShown() const
{
    return m_summary && m_ui->pageStack->currentWidget() == m_summary;
}

QString SessionWindow::saveStatusText() const
{
    return m_ui->saveStatusLabel->text();
}

QWidget *SessionWindow::createPreparePage(SessionStep step)
{
    SessionDocument &document = *m_document;
    QWidget *page = nullptr;
    switch (step) {
    case SessionStep::LastTime:
        page = new PrepLastTimePage(document);
        break;
    case SessionStep::Results: {
        auto *results = new PrepResultsPage(document);
        // The plan's sales breakdown follows an import made on the Results page.
        connect(results, &PrepResultsPage::salesRecordsChanged, this, [this] {
            if (auto *plan =
                    qobject_cast<PrepPlanPage *>(existingPageFor(SessionStep::FocusAndPlan)))
                plan->reloadSalesRecords();
        });
        page = results;
        break;
    }
    case SessionStep::SelfAudit:
        page = new PrepSelfAuditPage(document);
        break;
    case SessionStep::Gaps:
        page = new PrepGapsPage(document);
        break;
    case SessionStep::Factors:
        page = new PrepFactorsPage(document);
        break;
    case SessionStep::Upskilling:
        page = new PrepUpskillingPage(document);
        break;
    case SessionStep::Strategies:
        page = new PrepStrategiesPage(document);
        break;
    case SessionStep::FocusAndPlan:
        page = new PrepPlanPage(document);
        break;
    case SessionStep::Ready: {
        auto *ready = new PrepReadyPage(document);
        connect(ready, &PrepReadyPage::stepRequested, this,
                [this](SessionStep requested) { showStep(requested); });
        page = ready;
        break;
    }
    default:
        return nullptr; // a meeting step: the meeting workspace shows it
    }
    page->setAccessibleName(stepTitle(step));
    m_pages.emplace(step, page);
    m_ui->pageStack->addWidget(page);
    return page;
}

void SessionWindow::createMeeting(const Clock &clock)
{
    // One controller (timer, stage, questions, the salesperson-at-the-keyboard switch) is
    // shared by the meeting pages and the summary; their widgets come when first shown.
    m_meeting = new MeetingController(*m_document, clock, this);
    QAction *keyboard = m_meeting->salespersonAtKeyboardAction();
    addAction(keyboard);
    m_ui->keyboardButton->setDefaultAction(keyboard);
    // The step list counts only the notes on screen, and follows the meeting's clock.
    const auto refreshCounts = [this] {
        syncSnapshotWithDocument();
        refreshStepStatuses();
    };
    connect(m_meeting, &MeetingController::salespersonAtKeyboardChanged, this, refreshCounts);
    connect(m_document, &SessionDocument::stageTimesChanged, this, refreshCounts);
}

MeetingWorkspace *SessionWindow::meetingWorkspace()
{
    if (!m_workspace) {
        m_workspace = new MeetingWorkspace(*m_document, *m_meeting);
        m_workspace->setAccessibleName(tr("Meeting"));
        // The header carries the switch, so it is at hand on every step.
        m_workspace->timerBar()->setKeyboardSwitchVisible(false);
        m_ui->pageStack->addWidget(m_workspace);
        connect(m_workspace, &MeetingWorkspace::summaryRequested, this, [this] { showSummary(); });
    }
    return m_workspace;
}

SessionSummaryView *SessionWindow::summaryView()
{
    if (!m_summary) {
        m_summary = new SessionSummaryView(*m_document, *m_meeting);
        m_summary->setAccessibleName(tr("Session summary"));
        m_ui->pageStack->addWidget(m_summary);
    }
    return m_summary;
}

void SessionWindow::syncSnapshotWithDocument()
{
    // The step list and the read-only views show the document as it is now, saved or not.
    const SessionState &state = m_document->state();
    m_snapshot.session = state.session;
    m_snapshot.prep = state.prep;
    m_snapshot.meeting = state.meeting;
    m_snapshot.actionsCreated = state.plan;
    m_snapshot.reviews = state.reviews;
    SessionPartCounts &counts = m_snapshot.counts;
    counts.results = static_cast<int>(state.prep.results.size());
    counts.skillRatings = static_cast<int>(state.prep.skillRatings.size());
    counts.gaps = static_cast<int>(state.prep.gaps.size());
    counts.factors = static_cast<int>(state.prep.factors.size());
    counts.upskilling = static_cast<int>(state.prep.upskilling.size());
    counts.strategies = static_cast<int>(state.prep.strategies.size());
    counts.actions = static_cast<int>(state.plan.size());
    counts.actionReviews = static_cast<int>(state.reviews.size());
    for (int stage = 0; stage < meetingStageCount; ++stage) {
        counts.meetingNotes[stage] = 0;
        counts.stageSeconds[stage] = 0;
    }
    const bool hidePrivate = m_meeting && m_meeting->salespersonAtKeyboard();
    for (const MeetingNote &note : state.meeting.notes) {
        if (!(hidePrivate && note.isPrivate))
            ++counts.meetingNotes[static_cast<int>(note.stage)];
    }
    for (const StageTime &time : state.meeting.stageTimes)
        counts.stageSeconds[static_cast<int>(time.stage)] += time.seconds;
}

void SessionWindow::refreshStepStatuses()
{
    const QBrush emptyBrush = palette().brush(QPalette::PlaceholderText);
    const QBrush filledBrush = palette().brush(QPalette::Text);
    for (const SessionStep step : allSessionSteps) {
        QTreeWidgetItem *item = itemFor(step);
        if (!item)
            continue;
        const StepStatus status = stepStatus(m_snapshot, step);
        item->setText(1, status.text);
        item->setForeground(1, status.empty ? emptyBrush : filledBrush);
        item->setToolTip(0, tr("%1 · %2").arg(stepTitle(step), status.text));
    }
}

void SessionWindow::showSaveStatus(const QString &text, bool failed)
{
    m_ui->saveStatusLabel->setText(text);
    m_ui->saveNowButton->setVisible(failed);
    m_ui->saveBar->setStyleSheet(
        failed ? QStringLiteral("QFrame#saveBar { background: #f8dcd7; border-radius: 4px; } "
                                "QLabel { color: #7a1f14; font-weight: 600; }")
               : QString());
    if (!failed)
        m_ui->saveStatusLabel->setForegroundRole(QPalette::PlaceholderText);
}

void SessionWindow::showCurrentStepPage()
{
    if (m_summaryItem && m_ui->stepList->currentItem() == m_summaryItem) {
        m_ui->pageStack->setCurrentWidget(summaryView());
        return;
    }
    const SessionStep step = currentStep();
    if (QWidget *page = pageFor(step)) {
        m_ui->pageStack->setCurrentWidget(page);
        return;
    }
    // Showing a meeting stage moves the running timer to it.
    if (const auto meetingPage = meetingPageOf(step)) {
        MeetingWorkspace *workspace = meetingWorkspace();
        workspace->showPage(*meetingPage);
        m_ui->pageStack->setCurrentWidget(workspace);
        return;
    }
    m_ui->stepPage->setHtml(stepPageHtml(m_snapshot, step));
    m_ui->pageStack->setCurrentWidget(m_ui->stepPage);
}

void saveAllOpenSessions()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<SessionWindow *>(widget))
            window->document().saveNow();
    }
}

} // namespace reins::gui
