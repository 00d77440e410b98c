#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <optional>
#include <vector>
#endif

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Ui {
class PrepGapsPage;
}

namespace reins::gui {

class PartEditor;
class SessionDocument;

// A skill the self-audit suggests as a gap.
struct GapCandidate {
    Id skillId = 0;
    int score = 0;
    std::optional<int> previousScore;
};

// The skills worth naming as gaps: those whose score dropped most since the previous
// session (most first), then the lowest scores of this self-audit (3 or less); at most
// three of each, leaving out skills a gap already links to.
[[nodiscard]] std::vector<GapCandidate> gapCandidates(const SessionPrep &prep,
                                                      const SessionPrep &previousPrep);

// Prepare step 4: the gaps, each optionally linked to a skill, with the self-audit's
// lowest and most-dropped skills offered as candidates.
class PrepGapsPage final : public QWidget {
    Q_OBJECT

public:
    explicit PrepGapsPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepGapsPage() override;

    [[nodiscard]] PartEditor *editor() const;
    [[nodiscard]] QListWidget *suggestions() const;
    [[nodiscard]] QPushButton *addSuggestionButton() const;
    // Adds the selected suggestion as a gap linked to its skill.
    void addSelectedSuggestion();

private:
    void refreshSuggestions();

    std::unique_ptr<Ui::PrepGapsPage> m_ui;
    SessionDocument &m_document;
    std::vector<Skill> m_skills;
};

} // namespace reins::gui
