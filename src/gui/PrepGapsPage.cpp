#include "gui/PrepGapsPage.h"
#include "ui_PrepGapsPage.h"

#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <QKeyEvent>

#include <algorithm>
#include <map>
#include <set>

namespace reins::gui {

namespace {

constexpr int skillIdRole = Qt::UserRole + 1;
constexpr std::size_t candidatesOfEachKind = 3;
constexpr int lowScore = 3;

} // namespace

std::vector<GapCandidate> gapCandidates(const SessionPrep &prep, const SessionPrep &previousPrep)
{
    std::set<Id> linked;
    for (const Gap &gap : prep.gaps) {
        if (gap.skillId)
            linked.insert(*gap.skillId);
    }
    std::map<Id, int> previous;
    for (const SkillRating &rating : previousPrep.skillRatings)
        previous[rating.skillId] = rating.score;

    std::vector<GapCandidate> dropped;
    std::vector<GapCandidate> lowest;
    for (const SkillRating &rating : prep.skillRatings) {
        if (linked.contains(rating.skillId))
            continue;
        GapCandidate candidate{rating.skillId, rating.score, std::nullopt};
        if (const auto found = previous.find(rating.skillId); found != previous.end())
            candidate.previousScore = found->second;
        if (candidate.previousScore && *candidate.previousScore > rating.score)
            dropped.push_back(candidate);
        else if (rating.score <= lowScore)
            lowest.push_back(candidate);
    }
    // stable_sort keeps the self-audit's order among equals.
    std::stable_sort(dropped.begin(), dropped.end(), [](const auto &a, const auto &b) {
        return *a.previousScore - a.score > *b.previousScore - b.score;
    });
    std::stable_sort(lowest.begin(), lowest.end(),
                     [](const auto &a, const auto &b) { return a.score < b.score; });
    dropped.resize(std::min(dropped.size(), candidatesOfEachKind));
    lowest.resize(std::min(lowest.size(), candidatesOfEachKind));
    dropped.insert(dropped.end(), lowest.begin(), lowest.end());
    return dropped;
}

PrepGapsPage::PrepGapsPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepGapsPage>())
    , m_document(document)
    , m_skills(document.earlier().skills)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    setUpGuidance(m_ui->suggestionsHintLabel);
    m_ui->partEditor->setPart(document, gapsPart(m_skills), tr("&Add gap"));

    connect(m_ui->addSuggestionButton, &QPushButton::clicked, this,
            [this] { addSelectedSuggestion(); });
    connect(m_ui->suggestionsList, &QListWidget::itemActivated, this,
            [this] { addSelectedSuggestion(); });
    connect(m_ui->suggestionsList, &QListWidget::currentItemChanged, this, [this] {
        m_ui->addSuggestionButton->setEnabled(m_ui->suggestionsList->currentItem() != nullptr);
    });
    refreshWhenShown(this, document, [this] { refreshSuggestions(); });
    refreshSuggestions();
}

PrepGapsPage::~PrepGapsPage() = default;

PartEditor *PrepGapsPage::editor() const
{
    return m_ui->partEditor;
}

QListWidget *PrepGapsPage::suggestions() const
{
    return m_ui->suggestionsList;
}

QPushButton *PrepGapsPage::addSuggestionButton() const
{
    return m_ui->addSuggestionButton;
}

void PrepGapsPage::refreshSuggestions()
{
    QListWidget *list = m_ui->suggestionsList;
    const Id selected =
        list->currentItem() ? list->currentItem()->data(skillIdRole).toLongLong() : 0;
    const auto candidates =
        gapCandidates(m_document.state().prep, m_document.earlier().previousPrep);
    const QSignalBlocker blocker(list);
    list->clear();
    for (const GapCandidate &candidate : candidates) {
        const auto skill = std::find_if(m_skills.begin(), m_skills.end(),
                                        [&](const Skill &s) { return s.id == candidate.skillId; });
        if (skill == m_skills.end())
            continue;
        QString text =
            tr("%1 \u2014 scored %2 of 5").arg(toQString(skill->name)).arg(candidate.score);
        if (candidate.previousScore && *candidate.previousScore > candidate.score)
            text += tr(", down from %1 last session").arg(*candidate.previousScore);
        auto *item = new QListWidgetItem(text, list);
        item->setData(skillIdRole, static_cast<qlonglong>(candidate.skillId));
        item->setToolTip(toQString(skill->description));
        if (candidate.skillId == selected)
            list->setCurrentItem(item);
    }
    if (candidates.empty()) {
        m_ui->suggestionsHintLabel->setText(
            m_document.state().prep.skillRatings.empty()
                ? tr("Score your skills in the self-audit: your lowest scores and the skills "
                     "that dropped since last session will be suggested here.")
                : tr("No suggestions: no skill scored 3 or less or dropped since last session "
                     "without a gap that names it."));
    } else {
        m_ui->suggestionsHintLabel->setText(
            tr("My lowest scores and the skills that dropped most since last session. Each may "
               "be a gap worth naming."));
    }
    list->setVisible(!candidates.empty());
    if (!list->currentItem() && list->count() > 0)
        list->setCurrentRow(0);
    m_ui->addSuggestionButton->setVisible(!candidates.empty());
    m_ui->addSuggestionButton->setEnabled(list->currentItem() != nullptr);
}

void PrepGapsPage::addSelectedSuggestion()
{
    const QListWidgetItem *item = m_ui->suggestionsList->currentItem();
    if (!item)
        return;
    const Id skillId = item->data(skillIdRole).toLongLong();
    const auto candidates =
        gapCandidates(m_document.state().prep, m_document.earlier().previousPrep);
    const auto candidate =
        std::find_if(candidates.begin(), candidates.end(),
                     [skillId](const GapCandidate &c) { return c.skillId == skillId; });
    const auto skill = std::find_if(m_skills.begin(), m_skills.end(),
                                    [skillId](const Skill &s) { return s.id == skillId; });
    if (candidate == candidates.end() || skill == m_skills.end())
        return;

    Gap gap;
    gap.skillId = skillId;
    const int score = candidate->score;
    const int drop = candidate->previousScore ? *candidate->previousScore - score : 0;
    gap.priority = score <= 2 || drop >= 2 ? Priority::High : Priority::Medium;
    const QString name = toQString(skill->name);
    const QString nextLevel = score >= 1 && score < 5
                                  ? toQString(skill->levels[static_cast<std::size_t>(score)])
                                  : QString();
    gap.description = toStdString(
        nextLevel.isEmpty()
            ? tr("Improve %1").arg(name)
            : tr("%1: get to level %2 \u2014 %3").arg(name).arg(score + 1).arg(nextLevel));
    int row = 0;
    m_document.edit(tr("Add gap for %1").arg(name), [&](SessionState &state) {
        row = static_cast<int>(state.prep.gaps.size());
        state.prep.gaps.push_back(gap);
    });
    // Let the salesperson put it in their own words straight away.
    m_ui->partEditor->editCell(row, 0);
}

} // namespace reins::gui
