#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class PrepReadyPage;
}

namespace reins::gui {

class SessionDocument;
enum class SessionStep;

// Prepare step 9: what is still empty, grouped by step, each line a way to that step; and
// the button that marks the preparation ready. It warns, it never blocks.
class PrepReadyPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepReadyPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepReadyPage() override;

    [[nodiscard]] QTreeWidget *checklist() const;
    [[nodiscard]] QPushButton *markReadyButton() const;
    // The lines of the check as "Step: message".
    [[nodiscard]] QStringList missingLines() const;
    [[nodiscard]] QString stageText() const;

    // Sets the stage to Ready (only from Draft) as one undoable edit.
    void markReady();

signals:
    // A line of the check was chosen: show its step.
    void stepRequested(reins::gui::SessionStep step);

private:
    void refresh();
    void activate(const QTreeWidgetItem *item);

    std::unique_ptr<Ui::PrepReadyPage> m_ui;
    SessionDocument &m_document;
};

} // namespace reins::gui
