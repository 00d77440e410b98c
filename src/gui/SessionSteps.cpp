#include "gui/SessionSteps.h"

#include "gui/QtConvert.h"
#include "reins/Coaching.h"
#include "reins/Errors.h"
#include "reins/PrepRules.h"
#include "reins/ResultAnalysis.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace reins::gui {

namespace {

// The translation context of this file's words, as lupdate sees it.
class SessionSteps {
    Q_DECLARE_TR_FUNCTIONS(SessionSteps)
};

// User text as HTML: escaped, line breaks kept.
QString html(std::string_view text)
{
    return toQString(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString muted(const QString &text)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(text);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

// A table with a header row; cells are HTML already.
class Table {
public:
    // `widths` are percentages of the page, one per column; 0 leaves a column to fit.
    explicit Table(const QStringList &headers, const QList<int> &widths = {})
    {
        m_html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                "cellpadding=\"6\"><tr>");
        for (qsizetype column = 0; column < headers.size(); ++column) {
            const int width = column < widths.size() ? widths.at(column) : 0;
            m_html += QStringLiteral("<th align=\"left\"%1>%2</th>")
                          .arg(width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString(),
                               headers.at(column).toHtmlEscaped());
        }
        m_html += QStringLiteral("</tr>");
    }
    void addRow(const QStringList &cells)
    {
        m_html += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            m_html += QStringLiteral("<td>%1</td>").arg(cell);
        m_html += QStringLiteral("</tr>");
    }
    // A full-width row under the previous one, for a sentence or comment about it.
    void addNoteRow(const QString &cell, int columns)
    {
        m_html += QStringLiteral("<tr><td class=\"note\" colspan=\"%1\">%2</td></tr>")
                      .arg(columns)
                      .arg(cell);
    }
    [[nodiscard]] QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

QString managerName(const SessionSnapshot &snapshot)
{
    return snapshot.manager ? toQString(snapshot.manager->name) : SessionSteps::tr("the manager");
}

QString stepIntro(SessionStep step)
{
    switch (step) {
    case SessionStep::LastTime:
        return SessionSteps::tr(
            "What became of the plan made last time: each action as this session reviewed "
            "it, and the strategies and focus carried into this period.");
    case SessionStep::Results:
        return SessionSteps::tr(
            "The salesperson's own numbers for the period, against the previous period and "
            "the target.");
    case SessionStep::SelfAudit:
        return SessionSteps::tr(
            "The salesperson rates their own skills from 1 to 5, with the evidence behind "
            "each score.");
    case SessionStep::Gaps:
        return SessionSteps::tr(
            "What is missing between where the salesperson is and where they want to be.");
    case SessionStep::Factors:
        return SessionSteps::tr(
            "What helped or hurt this period, inside or outside the company, and whether "
            "the salesperson can influence it.");
    case SessionStep::Upskilling:
        return SessionSteps::tr(
            "What the salesperson did to learn: reading, webinars, research, techniques "
            "tried.");
    case SessionStep::Strategies:
        return SessionSteps::tr("Which ways of working to keep, which to drop and which to start.");
    case SessionStep::FocusAndPlan:
        return SessionSteps::tr(
            "The focus for the period ahead and the 80/20 plan: the vital few actions that "
            "will make the biggest difference.");
    case SessionStep::Ready:
        return SessionSteps::tr(
            "What is still empty in the preparation, and whether the salesperson has marked it "
            "ready for the meeting.");
    case SessionStep::Acknowledge:
        return SessionSteps::tr(
            "The manager acknowledges the salesperson's results and preparation.");
    case SessionStep::Explore:
        return SessionSteps::tr(
            "Open questions that help the salesperson find out why the results are what "
            "they are.");
    case SessionStep::Plan:
        return SessionSteps::tr("The salesperson leads the plan; the manager helps to sharpen it.");
    case SessionStep::Support:
        return SessionSteps::tr("What the manager offers to do to help the plan succeed.");
    case SessionStep::WrapUp:
        return SessionSteps::tr(
            "The salesperson's rating of the session and the coaching balance: the model "
            "asks for at least 90% of the meeting time on solutions (plan and support).");
    }
    return {};
}

QString whoFillsIn(const SessionSnapshot &snapshot, SessionStep step)
{
    const QString salesperson = toQString(snapshot.salesperson.name).toHtmlEscaped();
    if (step == SessionStep::WrapUp) {
        return SessionSteps::tr(
                   "At the end of the meeting %1 rates the session, and %2 records the time spent "
                   "in each stage.")
            .arg(salesperson, managerName(snapshot).toHtmlEscaped());
    }
    if (isMeetingStep(step)) {
        if (!snapshot.manager)
            return SessionSteps::tr("The manager records this during the meeting.");
        return SessionSteps::tr("%1 records this during the meeting.")
            .arg(html(snapshot.manager->name));
    }
    if (step == SessionStep::LastTime)
        return SessionSteps::tr("%1 reviews last time's actions while preparing this session.")
            .arg(salesperson);
    return SessionSteps::tr("%1 fills this in while preparing the session.").arg(salesperson);
}

std::optional<MeetingStage> meetingStageOf(SessionStep step)
{
    switch (step) {
    case SessionStep::Acknowledge:
        return MeetingStage::Acknowledge;
    case SessionStep::Explore:
        return MeetingStage::Explore;
    case SessionStep::Plan:
        return MeetingStage::Plan;
    case SessionStep::Support:
        return MeetingStage::Support;
    default:
        return std::nullopt;
    }
}

QString scoreDots(int score)
{
    QString dots;
    for (int i = 1; i <= 5; ++i)
        dots += i <= score ? QStringLiteral("●") : QStringLiteral("○");
    return QStringLiteral("<span class=\"score\">%1</span>&nbsp;%2").arg(dots).arg(score);
}

QString yesNo(bool value)
{
    return value ? SessionSteps::tr("Yes") : SessionSteps::tr("No");
}

QString dueText(const Action &action)
{
    return action.dueDate ? formatDate(*action.dueDate) : muted(SessionSteps::tr("no date"));
}

QString ownerText(const SessionSnapshot &snapshot, ActionOwner owner)
{
    if (owner == ActionOwner::Salesperson)
        return html(snapshot.salesperson.name);
    return snapshot.manager ? html(snapshot.manager->name) : SessionSteps::tr("Manager");
}

QString actionDescription(const Action &action)
{
    QString text = html(action.description);
    if (action.vitalFew)
        text = QStringLiteral("<b>%1</b>&nbsp;<span class=\"tag\">%2</span>")
                   .arg(text, SessionSteps::tr("vital few"));
    return text;
}

// ------------------------------------------------------------ pages

QString resultsPage(const SessionSnapshot &snapshot)
{
    Table table({SessionSteps::tr("Metric"), SessionSteps::tr("Actual"), SessionSteps::tr("Target"),
                 SessionSteps::tr("Previous"), SessionSteps::tr("Change")},
                {24, 20, 20, 20, 16});
    for (const Result &result : snapshot.prep.results) {
        const ResultReading reading = readResult(result, snapshot.session.cadence);
        QString change = muted(QStringLiteral("—"));
        if (reading.changePermille) {
            const char *cssClass = reading.direction == Direction::Up     ? "up"
                                   : reading.direction == Direction::Down ? "down"
                                                                          : "flat";
            change =
                QStringLiteral("<span class=\"%1\">%2</span>")
                    .arg(QLatin1String(cssClass), toQString(formatChange(*reading.changePermille)));
        }
        table.addRow({QStringLiteral("<b>%1</b>").arg(metricName(result).toHtmlEscaped()),
                      optionalAmountText(result.actual, result.unit).toHtmlEscaped(),
                      optionalAmountText(result.target, result.unit).toHtmlEscaped(),
                      optionalAmountText(result.previous, result.unit).toHtmlEscaped(), change});
        QString note = html(reading.sentence);
        if (!result.comment.empty()) {
            note += QStringLiteral("<br>%1 %2")
                        .arg(muted(SessionSteps::tr("%1 says:")
                                       .arg(toQString(snapshot.salesperson.name).toHtmlEscaped())),
                             html(result.comment));
        }
        if (!note.isEmpty())
            table.addNoteRow(note, 5);
    }
    return table.html();
}

QString selfAuditPage(const SessionSnapshot &snapshot)
{
    std::map<Id, const Skill *> skills;
    for (const Skill &skill : snapshot.skills)
        skills[skill.id] = &skill;

    // Grouped by skill group, in catalogue order; ratings of unknown skills last.
    std::map<int, std::vector<const SkillRating *>> groups;
    for (const SkillRating &rating : snapshot.prep.skillRatings) {
        const auto skill = skills.find(rating.skillId);
        const int group = skill == skills.end() ? 99 : static_cast<int>(skill->second->group);
        groups[group].push_back(&rating);
    }

    const bool anyManagerScore =
        std::any_of(snapshot.prep.skillRatings.begin(), snapshot.prep.skillRatings.end(),
                    [](const SkillRating &rating) { return rating.managerScore.has_value(); });

    QString page;
    for (auto &[group, ratings] : groups) {
        std::sort(ratings.begin(), ratings.end(), [&](const SkillRating *a, const SkillRating *b) {
            const auto skillA = skills.find(a->skillId);
            const auto skillB = skills.find(b->skillId);
            const int orderA = skillA == skills.end() ? 0 : skillA->second->sortOrder;
            const int orderB = skillB == skills.end() ? 0 : skillB->second->sortOrder;
            return orderA < orderB;
        });
        page += heading(group == 99 ? SessionSteps::tr("Other skills")
                                    : skillGroupName(static_cast<SkillGroup>(group)));
        QStringList headers{SessionSteps::tr("Skill"), SessionSteps::tr("Score")};
        if (anyManagerScore)
            headers << SessionSteps::tr("Manager");
        headers << SessionSteps::tr("Evidence");
        Table table(headers, anyManagerScore ? QList<int>{24, 24, 12, 40} : QList<int>{26, 26, 48});
        for (const SkillRating *rating : ratings) {
            const auto skill = skills.find(rating->skillId);
            QString name = skill == skills.end() ? muted(SessionSteps::tr("Unknown skill"))
                                                 : html(skill->second->name);
            QString score = scoreDots(rating->score);
            if (skill != skills.end() && rating->score >= 1 && rating->score <= 5) {
                const std::string &level =
                    skill->second->levels[static_cast<std::size_t>(rating->score - 1)];
                if (!level.empty())
                    score += QStringLiteral("<br><span class=\"small\">%1</span>").arg(html(level));
            }
            QStringList cells{name, score};
            if (anyManagerScore) {
                cells << (rating->managerScore ? scoreDots(*rating->managerScore)
                                               : muted(QStringLiteral("—")));
            }
            cells << (rating->evidence.empty() ? muted(SessionSteps::tr("no evidence given"))
                                               : html(rating->evidence));
            table.addRow(cells);
        }
        page += table.html();
    }
    return page;
}

QString gapsPage(const SessionSnapshot &snapshot)
{
    std::map<Id, std::string> skillNames;
    for (const Skill &skill : snapshot.skills)
        skillNames[skill.id] = skill.name;
    std::vector<const Gap *> gaps;
    for (const Gap &gap : snapshot.prep.gaps)
        gaps.push_back(&gap);
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const Gap *a, const Gap *b) { return a->priority > b->priority; });

    Table table({SessionSteps::tr("Priority"), SessionSteps::tr("Gap"), SessionSteps::tr("Skill")},
                {12, 58, 30});
    for (const Gap *gap : gaps) {
        QString skill = muted(QStringLiteral("—"));
        if (gap->skillId) {
            const auto found = skillNames.find(*gap->skillId);
            if (found != skillNames.end())
                skill = html(found->second);
        }
        table.addRow({priorityName(gap->priority), html(gap->description), skill});
    }
    return table.html();
}

QString factorsPage(const SessionSnapshot &snapshot)
{
    QString page;
    for (const FactorEffect effect : {FactorEffect::Helped, FactorEffect::Hurt}) {
        std::vector<const Factor *> factors;
        for (const Factor &factor : snapshot.prep.factors) {
            if (factor.effect == effect)
                factors.push_back(&factor);
        }
        if (factors.empty())
            continue;
        page += heading(effect == FactorEffect::Helped ? SessionSteps::tr("What helped")
                                                       : SessionSteps::tr("What hurt"));
        Table table({SessionSteps::tr("Factor"), SessionSteps::tr("Where"),
                     SessionSteps::tr("Within influence")},
                    {70, 14, 16});
        for (const Factor *factor : factors) {
            table.addRow({html(factor->description), factorOriginName(factor->origin),
                          yesNo(factor->withinInfluence)});
        }
        page += table.html();
    }
    return page;
}

QString upskillingPage(const SessionSnapshot &snapshot)
{
    Table table({SessionSteps::tr("Kind"), SessionSteps::tr("Title"),
                 SessionSteps::tr("What was learned or happened")},
                {18, 32, 50});
    for (const Upskilling &item : snapshot.prep.upskilling)
        table.addRow({upskillingKindName(item.kind), html(item.title), html(item.learned)});
    return table.html();
}

QString strategyTable(const std::vector<const Strategy *> &strategies)
{
    Table table({SessionSteps::tr("Strategy"), SessionSteps::tr("Reason")}, {50, 50});
    for (const Strategy *strategy : strategies) {
        table.addRow({html(strategy->description), strategy->reason.empty()
                                                       ? muted(SessionSteps::tr("no reason given"))
                                                       : html(strategy->reason)});
    }
    return table.html();
}

QString strategiesPage(const SessionSnapshot &snapshot)
{
    QString page;
    for (const StrategyChoice choice :
         {StrategyChoice::Keep, StrategyChoice::Create, StrategyChoice::Drop}) {
        std::vector<const Strategy *> strategies;
        for (const Strategy &strategy : snapshot.prep.strategies) {
            if (strategy.choice == choice)
                strategies.push_back(&strategy);
        }
        if (strategies.empty())
            continue;
        page += heading(choice == StrategyChoice::Keep     ? SessionSteps::tr("Keep")
                        : choice == StrategyChoice::Create ? SessionSteps::tr("Start")
                                                           : SessionSteps::tr("Drop"));
        page += strategyTable(strategies);
    }
    return page;
}

QString focusAndPlanPage(const SessionSnapshot &snapshot)
{
    QString page = heading(SessionSteps::tr("Focus for the period ahead"));
    page += snapshot.session.focus.empty()
                ? QStringLiteral("<p>%1</p>").arg(muted(SessionSteps::tr("No focus written yet.")))
                : QStringLiteral("<p class=\"focus\">%1</p>").arg(html(snapshot.session.focus));

    page += heading(SessionSteps::tr("The plan"));
    if (snapshot.actionsCreated.empty())
        return page + QStringLiteral("<p>%1</p>")
                          .arg(muted(SessionSteps::tr("No actions in the plan yet.")));

    std::vector<const Action *> actions;
    for (const Action &action : snapshot.actionsCreated)
        actions.push_back(&action);
    std::stable_sort(actions.begin(), actions.end(),
                     [](const Action *a, const Action *b) { return a->vitalFew && !b->vitalFew; });
    Table table({SessionSteps::tr("Action"), SessionSteps::tr("Owner"), SessionSteps::tr("Impact"),
                 SessionSteps::tr("Within influence"), SessionSteps::tr("Due"),
                 SessionSteps::tr("Status")},
                {44, 16, 9, 12, 11, 8});
    for (const Action *action : actions) {
        table.addRow({actionDescription(*action), ownerText(snapshot, action->owner),
                      impactName(action->expectedImpact), yesNo(action->withinInfluence),
                      dueText(*action), actionStatusName(action->status)});
    }
    return page + table.html();
}

QString readyPage(const SessionSnapshot &snapshot)
{
    QString page = QStringLiteral("<p>%1 <b>%2</b></p>")
                       .arg(SessionSteps::tr("Stage:"), stageName(snapshot.session.stage));
    const auto skillsOnOffer =
        static_cast<int>(std::count_if(snapshot.skills.begin(), snapshot.skills.end(),
                                       [](const Skill &skill) { return !skill.retired; }));
    const auto missing =
        missingPrepParts(snapshot.session, snapshot.prep, snapshot.actionsCreated, skillsOnOffer);
    if (missing.empty()) {
        return page + QStringLiteral("<p>%1</p>")
                          .arg(SessionSteps::tr("Every part of the preparation is filled in."));
    }
    page += heading(SessionSteps::tr("Still empty"));
    Table table({SessionSteps::tr("Step"), SessionSteps::tr("What is missing")});
    for (const PrepGap &gap : missing)
        table.addRow({html(gap.step), html(gap.message)});
    return page + table.html();
}

QString lastTimePage(const SessionSnapshot &snapshot)
{
    if (!snapshot.previous) {
        return QStringLiteral("<p>%1</p>")
            .arg(SessionSteps::tr(
                     "This is the first session with %1: there is no earlier session to look back "
                     "on.")
                     .arg(html(snapshot.salesperson.name)));
    }
    const Session &previous = *snapshot.previous;
    QString page =
        QStringLiteral("<p>%1</p>")
            .arg(SessionSteps::tr("Looking back on the session of %1, which reviewed %2.")
                     .arg(formatDate(previous.meetingDate),
                          formatPeriod(previous.periodStart, previous.periodEnd)));

    page += heading(SessionSteps::tr("Actions"));
    if (snapshot.actionsReviewed.empty()) {
        page += QStringLiteral("<p>%1</p>").arg(muted(SessionSteps::tr("No actions to review.")));
    } else {
        std::map<Id, const ActionReview *> reviews;
        for (const ActionReview &review : snapshot.reviews)
            reviews[review.actionId] = &review;
        Table table({SessionSteps::tr("Action"), SessionSteps::tr("Owner"), SessionSteps::tr("Due"),
                     SessionSteps::tr("Reviewed here"), SessionSteps::tr("Note")},
                    {36, 14, 12, 13, 25});
        for (const Action &action : snapshot.actionsReviewed) {
            const auto review = reviews.find(action.id);
            QString verdict = muted(SessionSteps::tr("not reviewed yet"));
            QString note;
            if (review != reviews.end()) {
                const ActionStatus status = review->second->status;
                verdict =
                    QStringLiteral("<span class=\"%1\">%2</span>")
                        .arg(status == ActionStatus::Done      ? QStringLiteral("up")
                             : status == ActionStatus::Dropped ? QStringLiteral("down")
                                                               : QStringLiteral("flat"),
                             status == ActionStatus::Open ? SessionSteps::tr("Carried forward")
                                                          : actionStatusName(status));
                note = html(review->second->note);
            }
            QString description = actionDescription(action);
            if (action.originSessionId != previous.id)
                description += QStringLiteral("<br>%1").arg(
                    muted(SessionSteps::tr("from an earlier session")));
            table.addRow(
                {description, ownerText(snapshot, action.owner), dueText(action), verdict, note});
        }
        page += table.html();
    }

    page += heading(SessionSteps::tr("Strategies kept or started last time"));
    if (snapshot.previousStrategies.empty()) {
        page += QStringLiteral("<p>%1</p>").arg(muted(SessionSteps::tr("None.")));
    } else {
        Table table(
            {SessionSteps::tr("Choice"), SessionSteps::tr("Strategy"), SessionSteps::tr("Reason")},
            {10, 45, 45});
        for (const Strategy &strategy : snapshot.previousStrategies) {
            table.addRow({strategy.choice == StrategyChoice::Keep ? SessionSteps::tr("Keep")
                                                                  : SessionSteps::tr("Start"),
                          html(strategy.description), html(strategy.reason)});
        }
        page += table.html();
    }

    page += heading(SessionSteps::tr("Focus last time"));
    page += snapshot.previousFocus.empty()
                ? QStringLiteral("<p>%1</p>").arg(muted(SessionSteps::tr("No focus was written.")))
                : QStringLiteral("<p class=\"focus\">%1</p>").arg(html(snapshot.previousFocus));
    return page;
}

std::int64_t secondsIn(const MeetingRecord &meeting, MeetingStage stage)
{
    std::int64_t total = 0;
    for (const StageTime &time : meeting.stageTimes) {
        if (time.stage == stage)
            total += time.seconds;
    }
    return total;
}

QString meetingStagePage(const SessionSnapshot &snapshot, MeetingStage stage)
{
    const std::int64_t seconds = secondsIn(snapshot.meeting, stage);
    QString page =
        QStringLiteral("<p class=\"stageTime\">%1 %2</p>")
            .arg(muted(SessionSteps::tr("Time in this stage:")),
                 seconds > 0 ? formatDuration(seconds) : muted(SessionSteps::tr("not recorded")));
    bool any = false;
    for (const MeetingNote &note : snapshot.meeting.notes) {
        if (note.stage != stage)
            continue;
        any = true;
        QString block = QStringLiteral("<table class=\"noteBox\" width=\"100%\" cellspacing=\"0\" "
                                       "cellpadding=\"8\"><tr><td>");
        if (!note.prompt.empty())
            block += QStringLiteral("<p class=\"prompt\">%1</p>").arg(html(note.prompt));
        block +=
            QStringLiteral("<p>%1</p>")
                .arg(note.text.empty() ? muted(SessionSteps::tr("(no answer)")) : html(note.text));
        if (note.isPrivate) {
            block +=
                QStringLiteral(
                    "<p class=\"small\"><span class=\"private\">&nbsp;%1&nbsp;</span> %2</p>")
                    .arg(SessionSteps::tr("Private"),
                         muted(SessionSteps::tr("Only in the manager's view; never shared with the "
                                                "salesperson.")));
        }
        block += QStringLiteral("</td></tr></table><p></p>");
        page += block;
    }
    if (!any)
        page +=
            QStringLiteral("<p>%1</p>").arg(muted(SessionSteps::tr("No notes for this stage.")));
    return page;
}

QString wrapUpPage(const SessionSnapshot &snapshot)
{
    QString page = heading(SessionSteps::tr("Rating"));
    if (snapshot.session.rating) {
        page += QStringLiteral("<p>%1</p>")
                    .arg(SessionSteps::tr("%1 rated the session %2 out of 5.")
                             .arg(html(snapshot.salesperson.name),
                                  QString::number(*snapshot.session.rating)));
    } else {
        page += QStringLiteral("<p>%1</p>").arg(muted(SessionSteps::tr("Not rated yet.")));
    }

    page += heading(SessionSteps::tr("Coaching balance"));
    const std::optional<int> share = balanceOf(snapshot.meeting.stageTimes).solutionPercent();
    if (!share)
        return page + QStringLiteral("<p>%1</p>")
                          .arg(muted(SessionSteps::tr("No stage time recorded yet.")));

    Table table({SessionSteps::tr("Stage"), SessionSteps::tr("Time")}, {60, 40});
    for (const MeetingStage stage : {MeetingStage::Acknowledge, MeetingStage::Explore,
                                     MeetingStage::Plan, MeetingStage::Support}) {
        table.addRow({meetingStageName(stage), formatDuration(secondsIn(snapshot.meeting, stage))});
    }
    const std::int64_t problem = secondsIn(snapshot.meeting, MeetingStage::Acknowledge) +
                                 secondsIn(snapshot.meeting, MeetingStage::Explore);
    const std::int64_t solution = secondsIn(snapshot.meeting, MeetingStage::Plan) +
                                  secondsIn(snapshot.meeting, MeetingStage::Support);
    table.addRow(
        {QStringLiteral("<b>%1</b>").arg(SessionSteps::tr("Problem (acknowledge + explore)")),
         QStringLiteral("<b>%1</b>").arg(formatDuration(problem))});
    table.addRow({QStringLiteral("<b>%1</b>").arg(SessionSteps::tr("Solution (plan + support)")),
                  QStringLiteral("<b>%1</b>").arg(formatDuration(solution))});
    page += QStringLiteral("<p><span class=\"%1\"><b>%2</b></span> %3</p>")
                .arg(*share >= 90 ? QStringLiteral("up") : QStringLiteral("down"),
                     SessionSteps::tr("%1% on solutions.").arg(*share),
                     *share >= 90 ? SessionSteps::tr("The meeting met the model's 90%.")
                                  : SessionSteps::tr("The model asks for at least 90%."));
    return page + table.html();
}

const QString &pageStyle()
{
    static const QString style = QStringLiteral(
        "<style>"
        "body { margin: 0; }"
        "h2 { margin-top: 0; margin-bottom: 4px; font-weight: 600; }"
        "h3 { margin-top: 16px; margin-bottom: 6px; font-weight: 600; }"
        "p.intro { color: #5b6870; margin-bottom: 12px; }"
        ".muted { color: #6b7780; }"
        ".small { font-size: small; color: #5b6870; }"
        "table.grid { border-collapse: collapse; border: 1px solid #d9dfe2; }"
        "table.grid th { background-color: #eef2f1; color: #33424a; font-weight: 600; "
        "border: 1px solid #d9dfe2; }"
        "table.grid td { border: 1px solid #e3e8ea; vertical-align: top; }"
        "td.note { color: #3d4b53; background-color: #fafbfb; }"
        "table.noteBox { border-collapse: collapse; background-color: #fafbfb; }"
        "table.noteBox td { border: 1px solid #dde3e6; }"
        "p.prompt { color: #2e6b5e; font-weight: 600; margin-bottom: 2px; }"
        "p.focus { font-size: large; }"
        ".score { color: #2e6b5e; }"
        ".up { color: #1e7a46; }"
        ".down { color: #b23b3b; }"
        ".flat { color: #5b6870; }"
        ".tag { color: #8a5a12; font-size: small; }"
        ".private { color: #ffffff; background-color: #8a4b5a; font-weight: 600; }"
        ".empty { color: #5b6870; margin-top: 12px; }"
        "p.stageTime { margin-bottom: 10px; }"
        "</style>");
    return style;
}

} // namespace

bool isMeetingStep(SessionStep step)
{
    return step >= SessionStep::Acknowledge;
}

QString stepTitle(SessionStep step)
{
    switch (step) {
    case SessionStep::LastTime:
        return SessionSteps::tr("Last time");
    case SessionStep::Results:
        return SessionSteps::tr("Results");
    case SessionStep::SelfAudit:
        return SessionSteps::tr("Self-audit");
    case SessionStep::Gaps:
        return SessionSteps::tr("Gaps");
    case SessionStep::Factors:
        return SessionSteps::tr("Factors");
    case SessionStep::Upskilling:
        return SessionSteps::tr("Upskilling");
    case SessionStep::Strategies:
        return SessionSteps::tr("Strategies");
    case SessionStep::FocusAndPlan:
        return SessionSteps::tr("Focus and plan");
    case SessionStep::Ready:
        return SessionSteps::tr("Ready");
    case SessionStep::Acknowledge:
        return SessionSteps::tr("Acknowledge");
    case SessionStep::Explore:
        return SessionSteps::tr("Explore why");
    case SessionStep::Plan:
        return SessionSteps::tr("Plan");
    case SessionStep::Support:
        return SessionSteps::tr("Support");
    case SessionStep::WrapUp:
        return SessionSteps::tr("Wrap-up");
    }
    return {};
}

SessionSnapshot loadSessionSnapshot(DataStore &store, Id sessionId)
{
    SessionSnapshot snapshot;
    const auto session = store.sessions().find(sessionId);
    if (!session)
        throw StorageError(toStdString(SessionSteps::tr("This session is no longer stored.")));
    snapshot.session = *session;
    if (auto salesperson = store.people().find(session->salespersonId))
        snapshot.salesperson = std::move(*salesperson);
    if (session->managerId)
        snapshot.manager = store.people().find(*session->managerId);
    snapshot.counts = store.sessions().partCounts(sessionId);
    snapshot.prep = store.sessions().loadPrep(sessionId);
    snapshot.meeting = store.sessions().loadMeeting(sessionId);
    snapshot.actionsCreated = store.actions().listCreatedIn(sessionId);
    snapshot.skills = store.skills().listAll(true);

    snapshot.reviews = store.actions().reviewsIn(sessionId);
    snapshot.previous = store.sessions().previousSession(sessionId);
    std::set<Id> listed;
    for (const ActionReview &review : snapshot.reviews) {
        if (listed.insert(review.actionId).second) {
            if (auto action = store.actions().find(review.actionId))
                snapshot.actionsReviewed.push_back(std::move(*action));
        }
    }
    if (snapshot.previous) {
        for (Action &action : store.actions().listCreatedIn(snapshot.previous->id)) {
            if (listed.insert(action.id).second)
                snapshot.actionsReviewed.push_back(std::move(action));
        }
        for (Strategy &strategy : store.sessions().loadPrep(snapshot.previous->id).strategies) {
            if (strategy.choice != StrategyChoice::Drop)
                snapshot.previousStrategies.push_back(std::move(strategy));
        }
        snapshot.previousFocus = snapshot.previous->focus;
    }
    return snapshot;
}

StepStatus stepStatus(const SessionSnapshot &snapshot, SessionStep step)
{
    const auto count = [](int value) {
        return value > 0 ? StepStatus{QString::number(value), false}
                         : StepStatus{SessionSteps::tr("empty"), true};
    };
    const SessionPartCounts &counts = snapshot.counts;
    switch (step) {
    case SessionStep::LastTime:
        if (!snapshot.previous)
            return {SessionSteps::tr("first"), true};
        return count(counts.actionReviews);
    case SessionStep::Results:
        return count(counts.results);
    case SessionStep::SelfAudit:
        return count(counts.skillRatings);
    case SessionStep::Gaps:
        return count(counts.gaps);
    case SessionStep::Factors:
        return count(counts.factors);
    case SessionStep::Upskilling:
        return count(counts.upskilling);
    case SessionStep::Strategies:
        return count(counts.strategies);
    case SessionStep::FocusAndPlan:
        if (counts.actions == 0 && !snapshot.session.focus.empty())
            return {QStringLiteral("✓"), false};
        return count(counts.actions);
    case SessionStep::Ready:
        if (snapshot.session.stage == Stage::Draft)
            return {SessionSteps::tr("draft"), true};
        return {QStringLiteral("✓"), false};
    case SessionStep::Acknowledge:
    case SessionStep::Explore:
    case SessionStep::Plan:
    case SessionStep::Support: {
        const auto index = static_cast<std::size_t>(*meetingStageOf(step));
        if (counts.meetingNotes[index] == 0 && counts.stageSeconds[index] > 0)
            return {QStringLiteral("✓"), false};
        return count(counts.meetingNotes[index]);
    }
    case SessionStep::WrapUp: {
        bool anyTime = false;
        for (const std::int64_t seconds : counts.stageSeconds)
            anyTime = anyTime || seconds > 0;
        if (snapshot.session.rating || anyTime)
            return {QStringLiteral("✓"), false};
        return {SessionSteps::tr("empty"), true};
    }
    }
    return {};
}

QString stepPageHtml(const SessionSnapshot &snapshot, SessionStep step)
{
    QString page = pageStyle();
    page += QStringLiteral("<h2>%1</h2><p class=\"intro\">%2</p>")
                .arg(stepTitle(step).toHtmlEscaped(), stepIntro(step).toHtmlEscaped());

    // Last time always has something to say (the earlier plan, or that there is none).
    if (stepStatus(snapshot, step).empty && step != SessionStep::LastTime) {
        return page + QStringLiteral("<p class=\"empty\"><b>%1</b><br>%2</p>")
                          .arg(SessionSteps::tr("Nothing is stored for this step yet."),
                               whoFillsIn(snapshot, step));
    }

    switch (step) {
    case SessionStep::LastTime:
        page += lastTimePage(snapshot);
        if (snapshot.previous && snapshot.counts.actionReviews == 0)
            page += QStringLiteral("<p class=\"empty\">%1</p>").arg(whoFillsIn(snapshot, step));
        break;
    case SessionStep::Results:
        page += resultsPage(snapshot);
        break;
    case SessionStep::SelfAudit:
        page += selfAuditPage(snapshot);
        break;
    case SessionStep::Gaps:
        page += gapsPage(snapshot);
        break;
    case SessionStep::Factors:
        page += factorsPage(snapshot);
        break;
    case SessionStep::Upskilling:
        page += upskillingPage(snapshot);
        break;
    case SessionStep::Strategies:
        page += strategiesPage(snapshot);
        break;
    case SessionStep::FocusAndPlan:
        page += focusAndPlanPage(snapshot);
        break;
    case SessionStep::Ready:
        page += readyPage(snapshot);
        break;
    case SessionStep::Acknowledge:
    case SessionStep::Explore:
    case SessionStep::Plan:
    case SessionStep::Support:
        page += meetingStagePage(snapshot, *meetingStageOf(step));
        break;
    case SessionStep::WrapUp:
        page += wrapUpPage(snapshot);
        break;
    }
    return page;
}

} // namespace reins::gui
