#include "gui/MeetingWorkspace.h"
#include "ui_MeetingWorkspace.h"

#include "gui/MeetingAcknowledgePage.h"
#include "gui/MeetingController.h"
#include "gui/MeetingExplorePage.h"
#include "gui/MeetingPlanPage.h"
#include "gui/MeetingSupportPage.h"
#include "gui/MeetingTimerBar.h"
#include "gui/MeetingWrapUpPage.h"

#include <QAction>

namespace reins::gui {

MeetingWorkspace::MeetingWorkspace(SessionDocument &document, MeetingController &meeting,
                                   QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingWorkspace>())
    , m_meeting(meeting)
{
    m_ui->setupUi(this);
    m_timerBar = new MeetingTimerBar(meeting, this);
    m_ui->timerLayout->addWidget(m_timerBar);
    m_ui->privacyBanner->setText(
        tr("Salesperson at the keyboard: private notes are hidden and none can be added. "
           "Press Ctrl+Shift+P when you have the screen back."));
    m_ui->privacyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #dfe5f0; color: #2d3d5c; border-radius: 4px; padding: 4px 8px; }"));

    m_acknowledge = new MeetingAcknowledgePage(document, meeting, this);
    m_explore = new MeetingExplorePage(document, meeting, this);
    m_plan = new MeetingPlanPage(document, meeting, this);
    m_support = new MeetingSupportPage(document, meeting, this);
    m_wrapUp = new MeetingWrapUpPage(document, meeting, this);
    for (QWidget *page : {static_cast<QWidget *>(m_acknowledge), static_cast<QWidget *>(m_explore),
                          static_cast<QWidget *>(m_plan), static_cast<QWidget *>(m_support),
                          static_cast<QWidget *>(m_wrapUp)})
        m_ui->pages->addWidget(page);

    // The switch works wherever the focus is in the window.
    addAction(meeting.salespersonAtKeyboardAction());
    connect(m_wrapUp, &MeetingWrapUpPage::summaryRequested, this,
            &MeetingWorkspace::summaryRequested);
    connect(&meeting, &MeetingController::salespersonAtKeyboardChanged, this,
            [this] { applyPrivacy(); });
    applyPrivacy();
    showPage(static_cast<MeetingPage>(static_cast<int>(meeting.shownStage())));
}

MeetingWorkspace::~MeetingWorkspace() = default;

void MeetingWorkspace::showPage(MeetingPage page)
{
    m_ui->pages->setCurrentIndex(static_cast<int>(page));
    // The wrap-up is no stage of its own: its time belongs to the stage before it.
    if (page != MeetingPage::WrapUp)
        m_meeting.showStage(static_cast<MeetingStage>(static_cast<int>(page)));
}

MeetingPage MeetingWorkspace::currentPage() const
{
    return static_cast<MeetingPage>(m_ui->pages->currentIndex());
}

void MeetingWorkspace::applyPrivacy()
{
    m_ui->privacyBanner->setVisible(m_meeting.salespersonAtKeyboard());
}

} // namespace reins::gui
