#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#include <optional>
#endif

#include <QWidget>

namespace Ui {
class MeetingWrapUpPage;
}

class QAbstractButton;
class QPushButton;

namespace reins::gui {

class MeetingController;
class SessionDocument;

// The end of the meeting: the salesperson's optional rating of the session, the coaching
// balance, what was agreed, and closing the session.
class MeetingWrapUpPage final : public QWidget {
    Q_OBJECT

public:
    MeetingWrapUpPage(SessionDocument &document, MeetingController &meeting,
                      QWidget *parent = nullptr);
    ~MeetingWrapUpPage() override;

    // The button that rates the session `score` (1-5).
    [[nodiscard]] QAbstractButton *ratingButton(int score) const;
    [[nodiscard]] QPushButton *closeButton() const;
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] QString closeMessage() const;

    // Asks for confirmation, then closes the session; says why not when it cannot.
    void closeSession();

signals:
    void summaryRequested();

private:
    void setRating(std::optional<int> rating);
    void refresh();
    void refreshBalance();

    std::unique_ptr<Ui::MeetingWrapUpPage> m_ui;
    SessionDocument &m_document;
    MeetingController &m_meeting;
};

} // namespace reins::gui
