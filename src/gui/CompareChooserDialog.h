#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <optional>
#include <vector>
#endif

#include <QDialog>

namespace Ui {
class CompareChooserDialog;
}

namespace reins {
class DataStore;
}

class QTreeWidget;
class QTreeWidgetItem;

namespace reins::gui {

// Picks 2 to 4 sessions to compare, of one salesperson or of several: the team's
// salespeople with their sessions beneath, each session with a check box.
class CompareChooserDialog final : public QDialog {
    Q_OBJECT

public:
    // `openPersonId`'s sessions are shown unfolded; `checkedSessions` start ticked.
    CompareChooserDialog(DataStore &store, std::optional<Id> openPersonId,
                         const std::vector<Id> &checkedSessions, QWidget *parent = nullptr);
    ~CompareChooserDialog() override;

    [[nodiscard]] std::vector<Id> sessionIds() const;
    [[nodiscard]] QTreeWidget *sessionTree() const;
    // Ticks or unticks a session, as a click on its check box would.
    void setSessionChecked(Id sessionId, bool checked);

private:
    void updateCount();
    [[nodiscard]] QTreeWidgetItem *itemForSession(Id sessionId) const;

    std::unique_ptr<Ui::CompareChooserDialog> m_ui;
};

} // namespace reins::gui
