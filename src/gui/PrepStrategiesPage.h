#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PrepStrategiesPage;
}

namespace reins::gui {

class PartEditor;
class SessionDocument;

// Prepare step 7: which ways of working to keep, drop or start, each with its reason;
// last time's kept and started strategies can be brought in for review.
class PrepStrategiesPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepStrategiesPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepStrategiesPage() override;

    [[nodiscard]] PartEditor *editor() const;
    // The line under the table that sums the list up.
    [[nodiscard]] QString summaryText() const;
    // Adds last time's kept and started strategies not listed yet, to decide on again.
    void reviewLastTimeStrategies();

private:
    void refresh();

    std::unique_ptr<Ui::PrepStrategiesPage> m_ui;
    SessionDocument &m_document;
};

} // namespace reins::gui
