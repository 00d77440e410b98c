#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class MeetingPlanPage;
}

class QListWidget;
class QListWidgetItem;

namespace reins::gui {

class MeetingController;
class MeetingNotesPanel;
class PartEditor;
class SessionDocument;

// Meeting stage 3: the salesperson leads the plan. Factors and actions sorted by what they
// can influence, the 80/20 question, and the action plan edited together with the vital few
// marked and checked.
class MeetingPlanPage final : public QWidget {
    Q_OBJECT

public:
    MeetingPlanPage(SessionDocument &document, MeetingController &meeting,
                    QWidget *parent = nullptr);
    ~MeetingPlanPage() override;

    [[nodiscard]] MeetingNotesPanel *notesPanel() const { return m_notes; }
    [[nodiscard]] PartEditor *planEditor() const;
    [[nodiscard]] QListWidget *withinList() const;
    [[nodiscard]] QListWidget *outsideList() const;
    // The vital-few check as shown under the plan.
    [[nodiscard]] QString vitalFewText() const;

    // Moves a factor or action of either list to the other one.
    void moveAcross(const QListWidgetItem *item);

private:
    void refresh();
    void updateMoveButton();

    std::unique_ptr<Ui::MeetingPlanPage> m_ui;
    SessionDocument &m_document;
    MeetingNotesPanel *m_notes = nullptr;
    QListWidget *m_lastList = nullptr;
};

} // namespace reins::gui
