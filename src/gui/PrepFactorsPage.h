#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PrepFactorsPage;
}

namespace reins::gui {

class PartEditor;
class SessionDocument;

// Prepare step 5: what helped and what hurt this period, inside or outside the company,
// and whether it was within the salesperson's influence.
class PrepFactorsPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepFactorsPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepFactorsPage() override;

    [[nodiscard]] PartEditor *editor() const;
    // The line under the table that sums the list up.
    [[nodiscard]] QString summaryText() const;

private:
    void refresh();

    std::unique_ptr<Ui::PrepFactorsPage> m_ui;
    SessionDocument &m_document;
};

} // namespace reins::gui
