#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/SessionSummary.h"

#include <memory>
#endif

#include <QWidget>

namespace Ui {
class SessionSummaryView;
}

class QTextBrowser;
class QTimer;

namespace reins::gui {

class MeetingController;
class SessionDocument;

// The whole session — prep, meeting, actions, balance, rating — as the read-only document
// exports are made from. It shows the salesperson's version unless the manager asks for
// their own record, and only the salesperson's while the salesperson is at the keyboard.
class SessionSummaryView final : public QWidget {
    Q_OBJECT

public:
    SessionSummaryView(SessionDocument &document, MeetingController &meeting,
                       QWidget *parent = nullptr);
    ~SessionSummaryView() override;

    [[nodiscard]] Audience audience() const;
    // Refused (stays with the salesperson's version) while the salesperson is at the keyboard.
    void setAudience(Audience audience);

    // The Markdown on screen now.
    [[nodiscard]] const QString &markdown() const { return m_markdown; }
    [[nodiscard]] QTextBrowser *browser() const;

    // Renders the session again, with what is on screen in the session right now.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void applyPrivacy();

    std::unique_ptr<Ui::SessionSummaryView> m_ui;
    SessionDocument &m_document;
    MeetingController &m_meeting;
    QTimer *m_refreshTimer = nullptr;
    QString m_markdown;
};

} // namespace reins::gui
