#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class MeetingWorkspace;
}

namespace reins::gui {

class MeetingAcknowledgePage;
class MeetingController;
class MeetingExplorePage;
class MeetingPlanPage;
class MeetingSupportPage;
class MeetingTimerBar;
class MeetingWrapUpPage;
class SessionDocument;

enum class MeetingPage { Acknowledge, Explore, Plan, Support, WrapUp };

// The manager's meeting in one widget: the timer bar above the page of the stage on
// screen. Showing a stage's page moves the running timer to that stage.
class MeetingWorkspace final : public QWidget {
    Q_OBJECT

public:
    MeetingWorkspace(SessionDocument &document, MeetingController &meeting,
                     QWidget *parent = nullptr);
    ~MeetingWorkspace() override;

    void showPage(MeetingPage page);
    [[nodiscard]] MeetingPage currentPage() const;

    [[nodiscard]] MeetingController &meeting() const { return m_meeting; }
    [[nodiscard]] MeetingTimerBar *timerBar() const { return m_timerBar; }
    [[nodiscard]] MeetingAcknowledgePage *acknowledgePage() const { return m_acknowledge; }
    [[nodiscard]] MeetingExplorePage *explorePage() const { return m_explore; }
    [[nodiscard]] MeetingPlanPage *planPage() const { return m_plan; }
    [[nodiscard]] MeetingSupportPage *supportPage() const { return m_support; }
    [[nodiscard]] MeetingWrapUpPage *wrapUpPage() const { return m_wrapUp; }

signals:
    // The wrap-up page asks for the session summary.
    void summaryRequested();

private:
    void applyPrivacy();

    std::unique_ptr<Ui::MeetingWorkspace> m_ui;
    MeetingController &m_meeting;
    MeetingTimerBar *m_timerBar = nullptr;
    MeetingAcknowledgePage *m_acknowledge = nullptr;
    MeetingExplorePage *m_explore = nullptr;
    MeetingPlanPage *m_plan = nullptr;
    MeetingSupportPage *m_support = nullptr;
    MeetingWrapUpPage *m_wrapUp = nullptr;
};

} // namespace reins::gui
