#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <map>
#include <memory>
#endif

#include <QWidget>

class QTableView;

namespace Ui {
class PrepLastTimePage;
}

namespace reins::gui {

class PartTableModel;
class SessionDocument;

// Prepare step 1: what became of the last plan. The carried actions with, per action, the
// outcome this session records (done, dropped, carried forward) and a note; last period's
// focus; the strategies kept and started last time.
class PrepLastTimePage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepLastTimePage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepLastTimePage() override;

    [[nodiscard]] QTableView *actionsView() const;
    [[nodiscard]] PartTableModel *actionsModel() const { return m_model; }
    // The history shown for the selected action, as plain text.
    [[nodiscard]] QString historyText() const;

    // Outcome choices, in the order of the outcome column's combo box.
    enum Outcome { NotReviewed, Done, Dropped, CarriedForward };

private:
    void refresh();
    void showHistory();
    [[nodiscard]] QString sessionDateText(Id sessionId);

    std::unique_ptr<Ui::PrepLastTimePage> m_ui;
    SessionDocument &m_document;
    PartTableModel *m_model = nullptr;
    std::map<Id, Date> m_meetingDates; // session id -> its meeting date
};

} // namespace reins::gui
