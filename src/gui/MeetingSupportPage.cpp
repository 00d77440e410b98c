#include "gui/MeetingSupportPage.h"
#include "ui_MeetingSupportPage.h"

#include "gui/MeetingController.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/MeetingParts.h"
#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <QFont>

#include <algorithm>

namespace reins::gui {

MeetingSupportPage::MeetingSupportPage(SessionDocument &document, MeetingController &meeting,
                                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingSupportPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Support"));
    setUpPageTitle(m_ui->titleLabel);
    m_ui->guidanceLabel->setText(
        tr("Offer your help with the plan. What you promise is an action you own: it has a "
           "due date and is reviewed next time, like any action."));
    setUpGuidance(m_ui->guidanceLabel);

    QFont questionFont = m_ui->questionLabel->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.15);
    questionFont.setItalic(true);
    m_ui->questionLabel->setFont(questionFont);
    m_ui->questionLabel->setText(
        tr("\u201cHow can I help you achieve a great result next period?\u201d"));
    m_ui->questionLabel->setStyleSheet(QStringLiteral("QLabel { color: #2e6b5e; }"));

    m_ui->commitmentsLabel->setText(tr("<b>Your commitments</b> · what you will do to help"));
    m_ui->commitmentEditor->setPart(document, managerCommitmentsPart(), tr("&Add commitment"));
    m_ui->vitalFewLabel->setText(tr("<b>%1's vital few</b> · the actions your help is for")
                                     .arg(meeting.salespersonName().toHtmlEscaped()));

    m_notes = new MeetingNotesPanel(document, meeting, MeetingStage::Support, this);
    m_ui->notesLayout->addWidget(m_notes);
    setUpMeetingSplitter(m_ui->splitter);

    refreshWhenShown(this, m_document, [this] { refresh(); });
    refresh();
}

MeetingSupportPage::~MeetingSupportPage() = default;

PartEditor *MeetingSupportPage::commitmentEditor() const
{
    return m_ui->commitmentEditor;
}

void MeetingSupportPage::refresh()
{
    QListWidget *list = m_ui->vitalFewList;
    list->clear();
    for (const Action &action : m_document.state().plan) {
        if (action.vitalFew && action.owner == ActionOwner::Salesperson) {
            QString text = toQString(action.description);
            if (action.dueDate)
                text += tr(" (due %1)").arg(formatDate(*action.dueDate));
            list->addItem(QStringLiteral("\u2605 ") + text);
        }
    }
    if (list->count() == 0) {
        list->addItem(tr("No vital few marked yet: agree on them in the Plan stage."));
        list->item(0)->setForeground(mutedColour());
    }
    // As tall as its few items: the commitments below need the room.
    const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 2);
    list->setMaximumHeight(std::min(list->count(), 5) * rowHeight + 2 * list->frameWidth() + 4);
}

} // namespace reins::gui
