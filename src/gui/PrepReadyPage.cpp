#include "gui/PrepReadyPage.h"
#include "ui_PrepReadyPage.h"

#include "gui/PrepPageSupport.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"
#include "gui/SessionSteps.h"
#include "reins/PrepRules.h"

#include <QHeaderView>
#include <QStyle>

#include <algorithm>
#include <map>

namespace reins::gui {

namespace {

constexpr int stepRole = Qt::UserRole + 1;

QString stagePillStyle(Stage stage)
{
    // The same pills as the session window's header.
    QString background = QStringLiteral("#e7eaec");
    QString text = QStringLiteral("#3d4b53");
    switch (stage) {
    case Stage::Draft:
        break;
    case Stage::Ready:
        background = QStringLiteral("#fbeccd");
        text = QStringLiteral("#7a4d07");
        break;
    case Stage::InMeeting:
        background = QStringLiteral("#d5eee7");
        text = QStringLiteral("#1f5c4f");
        break;
    case Stage::Closed:
        background = QStringLiteral("#dfe5f0");
        text = QStringLiteral("#2d3d5c");
        break;
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                          "padding: 2px 12px; font-weight: 600; }")
        .arg(background, text);
}

} // namespace

PrepReadyPage::PrepReadyPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepReadyPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    setUpGuidance(m_ui->stateLabel);
    m_ui->checklist->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_ui->checklist, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_ui->checklist, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_ui->markReadyButton, &QPushButton::clicked, this, [this] { markReady(); });
    refreshWhenShown(this, document, [this] { refresh(); });
    refresh();
}

PrepReadyPage::~PrepReadyPage() = default;

QTreeWidget *PrepReadyPage::checklist() const
{
    return m_ui->checklist;
}

QPushButton *PrepReadyPage::markReadyButton() const
{
    return m_ui->markReadyButton;
}

QStringList PrepReadyPage::missingLines() const
{
    QStringList lines;
    const QTreeWidget *list = m_ui->checklist;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *groupItem = list->topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child)
            lines << tr("%1: %2").arg(groupItem->text(0), groupItem->child(child)->text(0));
    }
    return lines;
}

QString PrepReadyPage::stageText() const
{
    return m_ui->stageLabel->text();
}

void PrepReadyPage::activate(const QTreeWidgetItem *item)
{
    if (item && item->data(0, stepRole).isValid())
        emit stepRequested(static_cast<SessionStep>(item->data(0, stepRole).toInt()));
}

void PrepReadyPage::markReady()
{
    if (m_document.state().session.stage != Stage::Draft)
        return;
    m_document.edit(tr("Mark the preparation ready"),
                    [](SessionState &state) { state.session.stage = Stage::Ready; });
}

void PrepReadyPage::refresh()
{
    const SessionState &state = m_document.state();
    const EarlierContext &earlier = m_document.earlier();
    const auto skillsOnOffer = static_cast<int>(std::count_if(
        earlier.skills.begin(), earlier.skills.end(), [](const Skill &s) { return !s.retired; }));

    // Step -> its lines, in the order of the steps.
    std::map<SessionStep, QStringList> missing;
    const auto unreviewed = static_cast<int>(std::count_if(
        earlier.carriedActions.begin(), earlier.carriedActions.end(), [&](const Action &action) {
            return std::none_of(
                state.reviews.begin(), state.reviews.end(),
                [&](const ActionReview &review) { return review.actionId == action.id; });
        }));
    if (unreviewed > 0) {
        missing[SessionStep::LastTime]
            << (unreviewed == 1
                    ? tr("1 action from an earlier session is not reviewed yet: it stays open.")
                    : tr("%1 actions from earlier sessions are not reviewed yet: they stay open.")
                          .arg(unreviewed));
    }
    for (const PrepGap &gap :
         missingPrepParts(state.session, state.prep, state.plan, skillsOnOffer)) {
        missing[stepNamed(gap.step).value_or(SessionStep::FocusAndPlan)] << toQString(gap.message);
    }

    QTreeWidget *list = m_ui->checklist;
    list->clear();
    QFont groupFont = list->font();
    groupFont.setWeight(QFont::DemiBold);
    int lines = 0;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const auto &[step, messages] : missing) {
        auto *group = new QTreeWidgetItem(list, {stepTitle(step)});
        group->setFont(0, groupFont);
        group->setData(0, stepRole, static_cast<int>(step));
        group->setToolTip(0, tr("Go to %1").arg(stepTitle(step)));
        for (const QString &message : messages) {
            auto *item = new QTreeWidgetItem(group, {message});
            item->setIcon(0, warning);
            item->setData(0, stepRole, static_cast<int>(step));
            item->setToolTip(0, tr("Go to %1").arg(stepTitle(step)));
            ++lines;
        }
    }
    list->expandAll();
    list->setVisible(lines > 0);
    m_ui->checkLabel->setText(
        lines == 0 ? tr("\u2713 Every part of the preparation is filled in.")
                   : tr("%n thing(s) still empty or worth a second look.", nullptr, lines) +
                         QLatin1Char(' ') + tr("Click a line to go to its step."));

    const Stage stage = state.session.stage;
    m_ui->stageLabel->setText(stageName(stage));
    m_ui->stageLabel->setStyleSheet(stagePillStyle(stage));
    m_ui->markReadyButton->setVisible(stage == Stage::Draft);
    switch (stage) {
    case Stage::Draft:
        m_ui->stateLabel->setText(lines == 0 ? tr("My manager will see it is ready.")
                                             : tr("I can mark it ready now and still fill in the "
                                                  "rest before the meeting."));
        break;
    case Stage::Ready:
        m_ui->stateLabel->setText(
            tr("The preparation is marked ready; I can still change it before the meeting."));
        break;
    case Stage::InMeeting:
        m_ui->stateLabel->setText(tr("The meeting has started."));
        break;
    case Stage::Closed:
        m_ui->stateLabel->setText(tr("The session is closed; it is kept as a record."));
        break;
    }
}

} // namespace reins::gui
