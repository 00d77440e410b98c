#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class MeetingAcknowledgePage;
}

class QTableWidget;

namespace reins::gui {

class MeetingController;
class MeetingNotesPanel;
class SessionDocument;

// Meeting stage 1: the manager acknowledges the results in plain words, beside the
// salesperson's own comments, before asking anything.
class MeetingAcknowledgePage final : public QWidget {
    Q_OBJECT

public:
    MeetingAcknowledgePage(SessionDocument &document, MeetingController &meeting,
                           QWidget *parent = nullptr);
    ~MeetingAcknowledgePage() override;

    [[nodiscard]] MeetingNotesPanel *notesPanel() const { return m_notes; }
    [[nodiscard]] QTableWidget *resultTable() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fitResultTable();

    std::unique_ptr<Ui::MeetingAcknowledgePage> m_ui;
    SessionDocument &m_document;
    MeetingController &m_meeting;
    MeetingNotesPanel *m_notes = nullptr;
};

} // namespace reins::gui
