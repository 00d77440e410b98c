#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <vector>
#endif

#include <QWidget>

namespace Ui {
class CompareWindow;
}

namespace reins {
class DataStore;
}

class QCheckBox;
class QTreeView;

namespace reins::gui {

class ComparisonModel;

// Two to four sessions side by side: one column per session (oldest first), one row per
// part, changes against the column before coloured, unchanged rows foldable.
class CompareWindow final : public QWidget {
    Q_OBJECT

public:
    // Reads the sessions from the store; throws StorageError when one cannot be read.
    CompareWindow(DataStore &store, const std::vector<Id> &sessionIds, QWidget *parent = nullptr);
    ~CompareWindow() override;

    [[nodiscard]] ComparisonModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const;
    [[nodiscard]] QCheckBox *hideUnchangedBox() const;

    static constexpr int minimumSessions = 2;
    static constexpr int maximumSessions = 4;

private:
    void showComparison();
    void setUpExport();

    std::unique_ptr<Ui::CompareWindow> m_ui;
    ComparisonModel *m_model = nullptr;
};

} // namespace reins::gui
