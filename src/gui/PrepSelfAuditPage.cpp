#include "gui/PrepSelfAuditPage.h"
#include "ui_PrepSelfAuditPage.h"

#include "gui/PrepPageSupport.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <QButtonGroup>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTextDocument>

#include <algorithm>

namespace reins::gui {

namespace {

constexpr int skillIdRole = Qt::UserRole + 1;

const QString chosenLevelStyle =
    QStringLiteral("QLabel { background-color: #d5eee7; color: #16463c; border: 1px solid #8cc5b5; "
                   "border-radius: 4px; padding: 3px 6px; }");
const QString otherLevelStyle =
    QStringLiteral("QLabel { border: 1px solid transparent; padding: 3px 6px; }");

template <typename State>
auto ratingOf(State &state, Id skillId) -> decltype(&state.prep.skillRatings.front())
{
    auto &ratings = state.prep.skillRatings;
    const auto found =
        std::find_if(ratings.begin(), ratings.end(),
                     [skillId](const SkillRating &r) { return r.skillId == skillId; });
    return found == ratings.end() ? nullptr : &*found;
}

QString scoreDots(int score)
{
    QString dots;
    for (int level = 1; level <= 5; ++level)
        dots += level <= score ? QStringLiteral("\u25CF") : QStringLiteral("\u25CB");
    return QStringLiteral("%1  %2").arg(dots).arg(score);
}

} // namespace

PrepSelfAuditPage::PrepSelfAuditPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepSelfAuditPage>())
    , m_document(document)
    , m_scoreButtons(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    setUpGuidance(m_ui->skillDescriptionLabel);
    QFont nameFont = m_ui->skillNameLabel->font();
    nameFont.setWeight(QFont::DemiBold);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.1);
    m_ui->skillNameLabel->setFont(nameFont);

    for (int score = 1; score <= 5; ++score) {
        QAbstractButton *button = scoreButton(score);
        m_scoreButtons->addButton(button, score);
        button->setAccessibleName(tr("Score %1").arg(score));
        levelLabel(score)->installEventFilter(this);
        levelLabel(score)->setCursor(Qt::PointingHandCursor);
        levelLabel(score)->setStyleSheet(otherLevelStyle);
    }
    connect(m_scoreButtons, &QButtonGroup::idClicked, this,
            [this](int score) { chooseScore(score); });
    routeUndoToWindow(m_ui->evidenceEdit);
    connect(m_ui->evidenceEdit, &QPlainTextEdit::textChanged, this, [this] { writeEvidence(); });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] { clearScore(); });

    for (const SkillRating &rating : document.earlier().previousPrep.skillRatings)
        m_previousScore[rating.skillId] = rating.score;

    QTreeWidget *list = m_ui->skillList;
    list->installEventFilter(this);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {ScoreColumn, LastTimeColumn, ChangeColumn})
        list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    list->headerItem()->setToolTip(LastTimeColumn, tr("Your score in the previous session"));
    list->headerItem()->setToolTip(ChangeColumn, tr("Change since the previous session"));
    connect(list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_selected = item ? item->data(0, skillIdRole).toLongLong() : 0;
        showSelected();
    });

    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({520, 380});

    refreshWhenShown(this, document, [this] { refresh(); });
    fillList();
    refresh();
    if (!m_skills.empty())
        selectSkill(m_skills.front().id);
    else
        showSelected();
}

PrepSelfAuditPage::~PrepSelfAuditPage() = default;

QTreeWidget *PrepSelfAuditPage::skillList() const
{
    return m_ui->skillList;
}

QPlainTextEdit *PrepSelfAuditPage::evidenceEdit() const
{
    return m_ui->evidenceEdit;
}

QAbstractButton *PrepSelfAuditPage::scoreButton(int score) const
{
    switch (score) {
    case 1:
        return m_ui->scoreButton1;
    case 2:
        return m_ui->scoreButton2;
    case 3:
        return m_ui->scoreButton3;
    case 4:
        return m_ui->scoreButton4;
    case 5:
        return m_ui->scoreButton5;
    default:
        return nullptr;
    }
}

QLabel *PrepSelfAuditPage::levelLabel(int score) const
{
    switch (score) {
    case 1:
        return m_ui->levelLabel1;
    case 2:
        return m_ui->levelLabel2;
    case 3:
        return m_ui->levelLabel3;
    case 4:
        return m_ui->levelLabel4;
    case 5:
        return m_ui->levelLabel5;
    default:
        return nullptr;
    }
}

const Skill *PrepSelfAuditPage::skillById(Id skillId) const
{
    const auto found = std::find_if(m_skills.begin(), m_skills.end(),
                                    [skillId](const Skill &skill) { return skill.id == skillId; });
    return found == m_skills.end() ? nullptr : &*found;
}

int PrepSelfAuditPage::skillIndex(Id skillId) const
{
    const auto found = std::find_if(m_skills.begin(), m_skills.end(),
                                    [skillId](const Skill &skill) { return skill.id == skillId; });
    return static_cast<int>(found - m_skills.begin());
}

void PrepSelfAuditPage::fillList()
{
    // Every skill on offer, and a retired one only where this session already scored it.
    const SessionState &state = m_document.state();
    for (const Skill &skill : m_document.earlier().skills) {
        if (!skill.retired || ratingOf(state, skill.id))
            m_skills.push_back(skill);
    }
    std::stable_sort(m_skills.begin(), m_skills.end(), [](const Skill &a, const Skill &b) {
        return std::pair(a.group, a.sortOrder) < std::pair(b.group, b.sortOrder);
    });

    QTreeWidget *list = m_ui->skillList;
    const QSignalBlocker blocker(list);
    list->clear();
    QFont groupFont = list->font();
    groupFont.setWeight(QFont::DemiBold);
    QTreeWidgetItem *group = nullptr;
    std::optional<SkillGroup> groupShown;
    for (const Skill &skill : m_skills) {
        if (groupShown != skill.group) {
            groupShown = skill.group;
            group = new QTreeWidgetItem(list, {skillGroupName(skill.group)});
            group->setFlags(Qt::ItemIsEnabled);
            group->setFont(0, groupFont);
            group->setFirstColumnSpanned(true);
        }
        QString name = toQString(skill.name);
        if (skill.retired)
            name = tr("%1 (retired)").arg(name);
        auto *item = new QTreeWidgetItem(group, {name});
        item->setData(0, skillIdRole, static_cast<qlonglong>(skill.id));
        item->setToolTip(0, toQString(skill.description));
        item->setTextAlignment(LastTimeColumn, Qt::AlignCenter);
    }
    list->expandAll();
}

QTreeWidgetItem *PrepSelfAuditPage::itemFor(Id skillId) const
{
    QTreeWidget *list = m_ui->skillList;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        QTreeWidgetItem *groupItem = list->topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child) {
            if (groupItem->child(child)->data(0, skillIdRole).toLongLong() == skillId)
                return groupItem->child(child);
        }
    }
    return nullptr;
}

void PrepSelfAuditPage::selectSkill(Id skillId)
{
    if (QTreeWidgetItem *item = itemFor(skillId))
        m_ui->skillList->setCurrentItem(item);
}

void PrepSelfAuditPage::refresh()
{
    const SessionState &state = m_document.state();
    int scored = 0;
    int higher = 0;
    int lower = 0;
    for (const Skill &skill : m_skills) {
        QTreeWidgetItem *item = itemFor(skill.id);
        if (!item)
            continue;
        const SkillRating *rating = ratingOf(state, skill.id);
        const auto previous = m_previousScore.find(skill.id);
        const bool hasPrevious = previous != m_previousScore.end();
        item->setText(ScoreColumn, rating ? scoreDots(rating->score) : QStringLiteral("\u2014"));
        if (rating && rating->score >= 1 && rating->score <= 5)
            item->setToolTip(ScoreColumn,
                             toQString(skill.levels[static_cast<std::size_t>(rating->score - 1)]));
        item->setText(LastTimeColumn,
                      hasPrevious ? QString::number(previous->second) : QStringLiteral("\u2014"));
        QString change;
        QColor colour = mutedColour();
        if (rating && hasPrevious) {
            const int delta = rating->score - previous->second;
            if (delta > 0) {
                change = QStringLiteral("\u2191 +%1").arg(delta);
                colour = upColour();
                ++higher;
            } else if (delta < 0) {
                change = QStringLiteral("\u2193 \u2212%1").arg(-delta);
                colour = downColour();
                ++lower;
            } else {
                change = QStringLiteral("=");
            }
        }
        item->setText(ChangeColumn, change);
        item->setForeground(ChangeColumn, colour);
        scored += rating ? 1 : 0;
    }

    QString summary = tr("%1 of %2 skills scored.").arg(scored).arg(m_skills.size());
    if (!m_previousScore.empty() && (higher > 0 || lower > 0))
        summary += QLatin1Char(' ') +
                   tr("Since last session: %1 higher, %2 lower.").arg(higher).arg(lower);
    else if (m_previousScore.empty())
        summary += QLatin1Char(' ') + tr("There are no scores from an earlier session to compare.");
    m_ui->summaryLabel->setText(summary);
    showSelected();
}

void PrepSelfAuditPage::showSelected()
{
    const Skill *skill = skillById(m_selected);
    m_ui->detailPanel->setEnabled(skill != nullptr);
    const SkillRating *rating = skill ? ratingOf(m_document.state(), skill->id) : nullptr;
    const int score = rating ? rating->score : 0;

    m_ui->skillNameLabel->setText(skill ? toQString(skill->name) : tr("Select a skill"));
    m_ui->skillDescriptionLabel->setText(skill ? toQString(skill->description) : QString());
    m_ui->skillDescriptionLabel->setVisible(skill && !skill->description.empty());

    m_highlighted = score;
    for (int level = 1; level <= 5; ++level) {
        QString anchor =
            skill ? toQString(skill->levels[static_cast<std::size_t>(level - 1)]) : QString();
        if (anchor.isEmpty())
            anchor = tr("Level %1").arg(level);
        QLabel *label = levelLabel(level);
        label->setText(anchor);
        label->setStyleSheet(level == score ? chosenLevelStyle : otherLevelStyle);
        label->setAccessibleName(tr("Level %1: %2").arg(level).arg(anchor));
        scoreButton(level)->setAccessibleDescription(anchor);
    }
    // A skill with no score has no radio button checked.
    m_scoreButtons->setExclusive(false);
    for (int level = 1; level <= 5; ++level) {
        const QSignalBlocker blocker(scoreButton(level));
        scoreButton(level)->setChecked(level == score);
    }
    m_scoreButtons->setExclusive(true);

    if (!skill) {
        m_ui->lastTimeLabel->clear();
    } else if (const auto previous = m_previousScore.find(skill->id);
               previous != m_previousScore.end()) {
        QString text = tr("Last session: %1 of 5").arg(previous->second).toHtmlEscaped();
        if (rating)
            text += QStringLiteral(" &nbsp; ") + scoreChangeHtml(score, previous->second);
        m_ui->lastTimeLabel->setText(text);
    } else {
        m_ui->lastTimeLabel->setText((m_document.earlier().previousSession
                                          ? tr("Not scored last session.")
                                          : tr("No earlier session to compare with."))
                                         .toHtmlEscaped());
    }

    m_updating = true;
    const QString evidence = rating ? toQString(rating->evidence) : QString();
    if (m_ui->evidenceEdit->toPlainText() != evidence) {
        m_ui->evidenceEdit->setPlainText(evidence);
        m_ui->evidenceEdit->moveCursor(QTextCursor::End);
    }
    m_updating = false;
    m_ui->evidenceEdit->setEnabled(rating != nullptr);
    m_ui->evidenceEdit->setPlaceholderText(
        rating ? tr("What shows this score? A deal, a call, feedback from a customer…")
               : tr("Choose a score first."));
    m_ui->clearButton->setEnabled(rating != nullptr);
}

QString PrepSelfAuditPage::lastTimeText() const
{
    QTextDocument document;
    document.setHtml(m_ui->lastTimeLabel->text());
    return document.toPlainText();
}

void PrepSelfAuditPage::chooseScore(int score)
{
    const Skill *skill = skillById(m_selected);
    if (!skill || score < 1 || score > 5)
        return;
    const Id skillId = skill->id;
    m_document.edit(tr("Score %1").arg(toQString(skill->name)), [&](SessionState &state) {
        if (SkillRating *rating = ratingOf(state, skillId)) {
            rating->score = score;
            return;
        }
        SkillRating rating;
        rating.skillId = skillId;
        rating.score = score;
        state.prep.skillRatings.push_back(std::move(rating));
    });
}

void PrepSelfAuditPage::writeEvidence()
{
    if (m_updating)
        return;
    const Skill *skill = skillById(m_selected);
    if (!skill)
        return;
    const Id skillId = skill->id;
    const std::string text = toStdString(m_ui->evidenceEdit->toPlainText());
    m_document.edit(
        tr("Edit evidence for %1").arg(toQString(skill->name)),
        [&](SessionState &state) {
            if (SkillRating *rating = ratingOf(state, skillId))
                rating->evidence = text;
        },
        mergeKeyFor(EditedPart::SkillRatings, skillIndex(skillId), 1));
}

void PrepSelfAuditPage::clearScore()
{
    const Skill *skill = skillById(m_selected);
    if (!skill)
        return;
    const Id skillId = skill->id;
    m_document.edit(
        tr("Clear the score of %1").arg(toQString(skill->name)), [&](SessionState &state) {
            std::erase_if(state.prep.skillRatings,
                          [skillId](const SkillRating &r) { return r.skillId == skillId; });
        });
}

bool PrepSelfAuditPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->skillList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5) {
            chooseScore(key->key() - Qt::Key_0);
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        for (int level = 1; level <= 5; ++level) {
            if (watched == levelLabel(level) && m_ui->detailPanel->isEnabled()) {
                chooseScore(level);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace reins::gui
