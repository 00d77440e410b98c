#include "gui/SessionWindow.h"
#include "ui_SessionWindow.h"

#include "gui/GuiLauncher.h"
#include "gui/QtConvert.h"
#include "reins/Repositories.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QSettings>

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

} // namespace

SessionWindow::SessionWindow(DataStore &store, Id sessionId, QWidget *parent)
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

    connect(m_ui->stepList, &QTreeWidget::currentItemChanged, this,
            [this] { showCurrentStepPage(); });

    fillHeader();
    fillSteps();
    showStep(SessionStep::LastTime);

    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray());
}

SessionWindow::~SessionWindow() = default;

QTreeWidget *SessionWindow::stepList() const
{
    return m_ui->stepList;
}

void SessionWindow::closeEvent(QCloseEvent *event)
{
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
    list->expandAll();
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

void SessionWindow::showCurrentStepPage()
{
    m_ui->stepPage->setHtml(stepPageHtml(m_snapshot, currentStep()));
}

} // namespace reins::gui
