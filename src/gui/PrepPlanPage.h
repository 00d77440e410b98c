#pragma once

#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class PrepPlanPage;
}

namespace reins::gui {

class ParetoPanel;
class PartEditor;
class SessionDocument;

// Prepare step 8: the focus for the period ahead and the 80/20 plan, with a live check
// of the vital few and the Pareto view of the period's sales records beside it.
class PrepPlanPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepPlanPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepPlanPage() override;

    [[nodiscard]] QPlainTextEdit *focusEdit() const;
    [[nodiscard]] PartEditor *editor() const;
    [[nodiscard]] ParetoPanel *paretoPanel() const;
    // The text of the focus field's label ("Focus for the next month").
    [[nodiscard]] QString focusLabelText() const;
    // What the vital-few check says, as plain text; empty when the choice is sound.
    [[nodiscard]] QString vitalFewWarning() const;

    // Reads the period's sales records again, after an import.
    void reloadSalesRecords();

private:
    void refresh();
    void writeFocus();

    std::unique_ptr<Ui::PrepPlanPage> m_ui;
    SessionDocument &m_document;
    QString m_vitalFewWarning;
    bool m_updating = false;
};

} // namespace reins::gui
