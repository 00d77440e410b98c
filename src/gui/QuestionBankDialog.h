#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Coaching.h"

#include <memory>
#endif

#include <QDialog>

namespace Ui {
class QuestionBankDialog;
}

class QListWidget;

namespace reins::gui {

// Edits the question bank: one list of questions per meeting stage, each question added,
// reworded, removed or moved, and the defaults put back at once.
class QuestionBankDialog final : public QDialog {
    Q_OBJECT

public:
    explicit QuestionBankDialog(const QuestionBank &bank, QWidget *parent = nullptr);
    ~QuestionBankDialog() override;

    // The questions as edited; empty ones are left out.
    [[nodiscard]] QuestionBank bank() const;

    [[nodiscard]] QListWidget *listFor(MeetingStage stage) const;
    void showStage(MeetingStage stage);

    void addQuestion();
    void editQuestion();
    void removeQuestion();
    void restoreDefaults();

private:
    void fill(const QuestionBank &bank);
    void moveQuestion(int delta);
    void updateButtons();
    [[nodiscard]] QListWidget *currentList() const;

    std::unique_ptr<Ui::QuestionBankDialog> m_ui;
};

} // namespace reins::gui
