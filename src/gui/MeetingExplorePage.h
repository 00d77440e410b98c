#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class MeetingExplorePage;
}

namespace reins::gui {

class MeetingController;
class MeetingNotesPanel;
class PartEditor;
class SessionDocument;

// Meeting stage 2: open questions that help the salesperson find out why the results are
// what they are, beside the factors they prepared; more are added as they come up.
class MeetingExplorePage final : public QWidget {
    Q_OBJECT

public:
    MeetingExplorePage(SessionDocument &document, MeetingController &meeting,
                       QWidget *parent = nullptr);
    ~MeetingExplorePage() override;

    [[nodiscard]] MeetingNotesPanel *notesPanel() const { return m_notes; }
    [[nodiscard]] PartEditor *factorEditor() const;

private:
    void refresh();

    std::unique_ptr<Ui::MeetingExplorePage> m_ui;
    SessionDocument &m_document;
    MeetingNotesPanel *m_notes = nullptr;
};

} // namespace reins::gui
