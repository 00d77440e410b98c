#include "gui/MeetingPlanPage.h"
#include "ui_MeetingPlanPage.h"

#include "gui/MeetingController.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/MeetingParts.h"
#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"
#include "reins/PrepRules.h"

#include <QFont>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace reins::gui {

namespace {

enum ItemKind { FactorItem, ActionItem };
constexpr int kindRole = Qt::UserRole + 1;
constexpr int indexRole = Qt::UserRole + 2;

QListWidgetItem *itemFor(ItemKind kind, std::size_t index, const QString &text)
{
    auto *item = new QListWidgetItem(text);
    item->setData(kindRole, kind);
    item->setData(indexRole, static_cast<int>(index));
    return item;
}

} // namespace

MeetingPlanPage::MeetingPlanPage(SessionDocument &document, MeetingController &meeting,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingPlanPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Plan"));
    setUpPageTitle(m_ui->titleLabel);
    m_ui->guidanceLabel->setText(
        tr("%1 leads the plan; you help to sharpen it. Start from what they can influence.")
            .arg(meeting.salespersonName()));
    setUpGuidance(m_ui->guidanceLabel);

    QFont questionFont = m_ui->questionLabel->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.15);
    questionFont.setItalic(true);
    m_ui->questionLabel->setFont(questionFont);
    m_ui->questionLabel->setText(
        tr("\u201cWhich 20% of your actions will make 80% of the difference?\u201d"));
    m_ui->questionLabel->setStyleSheet(QStringLiteral("QLabel { color: #2e6b5e; }"));
    // The lists give way to the plan when the window is small.
    for (QListWidget *list : {m_ui->withinList, m_ui->outsideList}) {
        list->setMinimumHeight(list->fontMetrics().height() * 3);
        list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        list->setToolTip(tr("Double-click an item to move it to the other list"));
    }
    m_ui->withinBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->outsideBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->planEditor->setMinimumHeight(fontMetrics().height() * 11);
    // Room shared between the lists (up to their maximum) and the plan.
    m_ui->prepSideLayout->setStretchFactor(m_ui->influenceLayout, 1);
    m_ui->prepSideLayout->setStretchFactor(m_ui->planEditor, 2);

    m_ui->planLabel->setText(tr("<b>The action plan</b> · tick the vital few: the actions that "
                                "will make the biggest difference"));
    m_ui->planEditor->setPart(document, planPart(), tr("&Add action"));
    // The status of an action is reviewed in a later session, not while it is planned; and
    // the lists above show and change what is within influence.
    m_ui->planEditor->view()->hideColumn(planColumn::Status);
    m_ui->planEditor->view()->hideColumn(planColumn::WithinInfluence);

    m_notes = new MeetingNotesPanel(document, meeting, MeetingStage::Plan, this);
    m_ui->notesLayout->addWidget(m_notes);
    setUpMeetingSplitter(m_ui->splitter);

    for (QListWidget *list : {m_ui->withinList, m_ui->outsideList}) {
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { moveAcross(item); });
        connect(list, &QListWidget::currentItemChanged, this, [this, list](QListWidgetItem *item) {
            if (item)
                m_lastList = list;
            updateMoveButton();
        });
    }
    connect(m_ui->moveAcrossButton, &QToolButton::clicked, this, [this] {
        if (m_lastList)
            moveAcross(m_lastList->currentItem());
    });
    refreshWhenShown(this, m_document, [this] { refresh(); });
    refresh();
}

MeetingPlanPage::~MeetingPlanPage() = default;

PartEditor *MeetingPlanPage::planEditor() const
{
    return m_ui->planEditor;
}

QListWidget *MeetingPlanPage::withinList() const
{
    return m_ui->withinList;
}

QListWidget *MeetingPlanPage::outsideList() const
{
    return m_ui->outsideList;
}

QString MeetingPlanPage::vitalFewText() const
{
    return m_ui->vitalFewLabel->text();
}

void MeetingPlanPage::moveAcross(const QListWidgetItem *item)
{
    if (!item)
        return;
    const auto index = static_cast<std::size_t>(item->data(indexRole).toInt());
    const bool isFactor = item->data(kindRole).toInt() == FactorItem;
    m_document.edit(isFactor ? tr("Move factor") : tr("Move action"), [&](SessionState &state) {
        if (isFactor && index < state.prep.factors.size())
            state.prep.factors[index].withinInfluence = !state.prep.factors[index].withinInfluence;
        else if (!isFactor && index < state.plan.size())
            state.plan[index].withinInfluence = !state.plan[index].withinInfluence;
    });
}

void MeetingPlanPage::updateMoveButton()
{
    m_ui->moveAcrossButton->setEnabled(m_lastList && m_lastList->currentItem());
}

void MeetingPlanPage::refresh()
{
    const SessionState &state = m_document.state();
    m_ui->focusLabel->setText(state.session.focus.empty()
                                  ? tr("<b>Focus for the period ahead:</b> <i>not written yet</i>")
                                  : tr("<b>Focus for the period ahead:</b> %1")
                                        .arg(toQString(state.session.focus).toHtmlEscaped()));

    m_ui->withinList->clear();
    m_ui->outsideList->clear();
    m_lastList = nullptr;
    for (std::size_t index = 0; index < state.prep.factors.size(); ++index) {
        const Factor &factor = state.prep.factors[index];
        const QString text = (factor.effect == FactorEffect::Helped ? tr("Factor, helped: %1")
                                                                    : tr("Factor, hurt: %1"))
                                 .arg(toQString(factor.description));
        auto *item = itemFor(FactorItem, index, text);
        item->setForeground(factor.effect == FactorEffect::Helped ? upColour() : downColour());
        (factor.withinInfluence ? m_ui->withinList : m_ui->outsideList)->addItem(item);
    }
    for (std::size_t index = 0; index < state.plan.size(); ++index) {
        const Action &action = state.plan[index];
        const QString text =
            (action.vitalFew ? tr("Action \u2605 vital few: %1") : tr("Action: %1"))
                .arg(toQString(action.description));
        auto *item = itemFor(ActionItem, index, text);
        if (action.vitalFew) {
            QFont bold = item->font();
            bold.setWeight(QFont::DemiBold);
            item->setFont(bold);
        }
        (action.withinInfluence ? m_ui->withinList : m_ui->outsideList)->addItem(item);
    }
    for (QListWidget *list : {m_ui->withinList, m_ui->outsideList}) {
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setToolTip(list->item(row)->text());
    }
    updateMoveButton();

    const int vitalFew = static_cast<int>(std::count_if(
        state.plan.begin(), state.plan.end(), [](const Action &a) { return a.vitalFew; }));
    if (const auto problem = vitalFewProblem(state.plan)) {
        m_ui->vitalFewLabel->setText(QStringLiteral("\u26a0 ") + toQString(*problem));
        m_ui->vitalFewLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a12; }"));
    } else {
        m_ui->vitalFewLabel->setText(
            state.plan.empty() ? tr("No actions yet: what will make the biggest difference?")
                               : tr("\u2713 %1 of %2 actions are vital few.")
                                     .arg(vitalFew)
                                     .arg(state.plan.size()));
        m_ui->vitalFewLabel->setStyleSheet(QStringLiteral("QLabel { color: #1e7a46; }"));
    }
}

} // namespace reins::gui
