#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class MeetingSupportPage;
}

namespace reins::gui {

class MeetingController;
class MeetingNotesPanel;
class PartEditor;
class SessionDocument;

// Meeting stage 4: "How can I help you achieve a great result next period?" The manager's
// commitments are actions the manager owns, with due dates; they carry over like any action.
class MeetingSupportPage final : public QWidget {
    Q_OBJECT

public:
    MeetingSupportPage(SessionDocument &document, MeetingController &meeting,
                       QWidget *parent = nullptr);
    ~MeetingSupportPage() override;

    [[nodiscard]] MeetingNotesPanel *notesPanel() const { return m_notes; }
    [[nodiscard]] PartEditor *commitmentEditor() const;

private:
    void refresh();

    std::unique_ptr<Ui::MeetingSupportPage> m_ui;
    SessionDocument &m_document;
    MeetingNotesPanel *m_notes = nullptr;
};

} // namespace reins::gui
