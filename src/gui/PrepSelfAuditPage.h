#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <map>
#include <memory>
#include <vector>
#endif

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class PrepSelfAuditPage;
}

namespace reins::gui {

class SessionDocument;

// Prepare step 3: the self-audit. Every skill of the catalogue, grouped, with this
// session's score, last session's score and the change; beside the list, the selected
// skill's five anchored levels to choose from and the evidence behind the score.
class PrepSelfAuditPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepSelfAuditPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepSelfAuditPage() override;

    [[nodiscard]] QTreeWidget *skillList() const;
    [[nodiscard]] QPlainTextEdit *evidenceEdit() const;
    [[nodiscard]] QAbstractButton *scoreButton(int score) const;
    [[nodiscard]] QLabel *levelLabel(int score) const;
    // The list's item of a skill, or nullptr.
    [[nodiscard]] QTreeWidgetItem *itemFor(Id skillId) const;
    [[nodiscard]] Id selectedSkillId() const { return m_selected; }
    void selectSkill(Id skillId);
    // What the detail panel says about last session's score of the selected skill.
    [[nodiscard]] QString lastTimeText() const;
    // The level highlighted as chosen (1-5), or 0.
    [[nodiscard]] int highlightedLevel() const { return m_highlighted; }

    // Scores the selected skill (1-5) as one undoable edit.
    void chooseScore(int score);

    // Columns of the skill list.
    enum Column { NameColumn, ScoreColumn, LastTimeColumn, ChangeColumn };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillList();
    void refresh();
    void showSelected();
    void writeEvidence();
    void clearScore();
    [[nodiscard]] const Skill *skillById(Id skillId) const;
    [[nodiscard]] int skillIndex(Id skillId) const;

    std::unique_ptr<Ui::PrepSelfAuditPage> m_ui;
    SessionDocument &m_document;
    QButtonGroup *m_scoreButtons = nullptr;
    std::vector<Skill> m_skills;       // the skills listed, in catalogue order
    std::map<Id, int> m_previousScore; // skill id -> last session's score
    Id m_selected = 0;
    int m_highlighted = 0;
    bool m_updating = false;
};

} // namespace reins::gui
