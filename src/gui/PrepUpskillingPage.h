#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PrepUpskillingPage;
}

namespace reins::gui {

class PartEditor;
class SessionDocument;

// Prepare step 6: what the salesperson did to learn this period, and what came of it.
class PrepUpskillingPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepUpskillingPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepUpskillingPage() override;

    [[nodiscard]] PartEditor *editor() const;
    // The line under the table that sums the list up.
    [[nodiscard]] QString summaryText() const;

private:
    void refresh();

    std::unique_ptr<Ui::PrepUpskillingPage> m_ui;
    SessionDocument &m_document;
};

} // namespace reins::gui
