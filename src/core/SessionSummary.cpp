#include "reins/SessionSummary.h"

#include "reins/Coaching.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"
#include "reins/ResultAnalysis.h"

#include <fmt/format.h>

#include <algorithm>

namespace reins {

namespace {

// Markdown table cells hold one line, and a bar would end the cell.
std::string cell(std::string_view text)
{
    std::string escaped;
    for (char c : text) {
        if (c == '|')
            escaped += "\\|";
        else if (c == '\n')
            escaped += "<br>";
        else if (c != '\r')
            escaped += c;
    }
    return escaped.empty() ? std::string("\u2013") : escaped;
}

// Text in a paragraph: characters that would start Markdown syntax are escaped.
std::string paragraph(std::string_view text)
{
    std::string escaped;
    for (char c : text) {
        if (c == '*' || c == '_' || c == '`' || c == '#' || c == '[' || c == ']' || c == '<' ||
            c == '>' || c == '|' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string dateText(Date date)
{
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return fmt::format("{} {} {}", static_cast<unsigned>(date.day()),
                       months[static_cast<unsigned>(date.month()) - 1],
                       static_cast<int>(date.year()));
}

std::string amountText(const std::optional<Amount> &amount, const std::string &unit)
{
    if (!amount)
        return "\u2013";
    const auto number = formatAmount(*amount, true);
    return unit.empty() ? number : unit == "%" ? number + "%" : number + " " + unit;
}

std::string durationText(std::int64_t seconds)
{
    if (seconds < 60)
        return fmt::format("{} s", seconds);
    return fmt::format("{} min", (seconds + 30) / 60);
}

std::string_view periodWord(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return "week";
    case Cadence::Fortnightly:
        return "fortnight";
    case Cadence::Monthly:
        return "month";
    }
    return "period";
}

std::string_view ownerName(ActionOwner owner)
{
    return owner == ActionOwner::Salesperson ? "Salesperson" : "Manager";
}

std::string_view statusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return "Open";
    case ActionStatus::Done:
        return "Done";
    case ActionStatus::Dropped:
        return "Dropped";
    }
    return {};
}

std::string_view stageHeading(MeetingStage stage)
{
    switch (stage) {
    case MeetingStage::Acknowledge:
        return "Acknowledge";
    case MeetingStage::Explore:
        return "Explore why";
    case MeetingStage::Plan:
        return "Plan";
    case MeetingStage::Support:
        return "Support";
    }
    return {};
}

const Skill *skillWithId(const std::vector<Skill> &skills, std::optional<Id> id)
{
    if (!id)
        return nullptr;
    const auto found =
        std::find_if(skills.begin(), skills.end(), [&](const Skill &s) { return s.id == *id; });
    return found == skills.end() ? nullptr : &*found;
}

class SummaryWriter {
public:
    SummaryWriter(const SessionRecord &record, Audience audience)
        : m_record(record)
        , m_audience(audience)
    {}

    std::string write()
    {
        header();
        results();
        lastTime();
        selfAudit();
        gaps();
        factors();
        upskilling();
        strategies();
        focusAndPlan();
        meeting();
        balanceAndRating();
        return m_out;
    }

private:
    void line(std::string_view text = {})
    {
        m_out += text;
        m_out += '\n';
    }

    void heading(std::string_view title)
    {
        line();
        line(fmt::format("## {}", title));
        line();
    }

    void header()
    {
        const auto &session = m_record.session;
        line(fmt::format("# One-on-one: {}, {}", paragraph(m_record.salesperson.name),
                         dateText(session.meetingDate)));
        line();
        line(fmt::format("- **Period reviewed:** {} to {} ({})", dateText(session.periodStart),
                         dateText(session.periodEnd), displayName(session.cadence)));
        if (m_record.manager)
            line(fmt::format("- **Manager:** {}", paragraph(m_record.manager->name)));
        line(fmt::format("- **Stage:** {}", displayName(session.stage)));
        line(fmt::format("- **Version:** {}", m_audience == Audience::Manager
                                                  ? "manager's record, with private notes"
                                                  : "for the salesperson"));
    }

    void results()
    {
        heading("Results");
        const auto &results = m_record.prep.results;
        if (results.empty()) {
            line("No results were recorded.");
            return;
        }
        line("| Metric | Target | Actual | Last period | Change | Of target |");
        line("|---|---:|---:|---:|---:|---:|");
        for (const auto &result : results) {
            const auto reading = readResult(result, m_record.session.cadence);
            line(fmt::format(
                "| {} | {} | {} | {} | {} | {} |", cell(metricLabel(result)),
                cell(amountText(result.target, result.unit)),
                cell(amountText(result.actual, result.unit)),
                cell(amountText(result.previous, result.unit)),
                reading.changePermille ? formatChange(*reading.changePermille) : "\u2013",
                reading.attainmentPercent ? fmt::format("{}%", *reading.attainmentPercent)
                                          : "\u2013"));
        }
        line();
        for (const auto &result : results) {
            const auto reading = readResult(result, m_record.session.cadence);
            auto text = fmt::format("- {}", paragraph(reading.sentence));
            if (!result.comment.empty())
                text += fmt::format(" \u2014 *\u201c{}\u201d*", paragraph(result.comment));
            line(text);
        }
    }

    void lastTime()
    {
        if (m_record.reviews.empty())
            return;
        heading("Actions from earlier sessions");
        line("| Action | Owner | Outcome | Note |");
        line("|---|---|---|---|");
        for (const auto &review : m_record.reviews) {
            const auto action =
                std::find_if(m_record.reviewedActions.begin(), m_record.reviewedActions.end(),
                             [&](const Action &a) { return a.id == review.actionId; });
            if (action == m_record.reviewedActions.end())
                continue;
            line(fmt::format(
                "| {} | {} | {} | {} |", cell(action->description), ownerName(action->owner),
                review.status == ActionStatus::Open ? "Carried forward" : statusName(review.status),
                cell(review.note)));
        }
    }

    void selfAudit()
    {
        heading("Self-audit");
        const auto &ratings = m_record.prep.skillRatings;
        if (ratings.empty()) {
            line("No skills were scored.");
            return;
        }
        line("| Skill | Area | Own score | Manager's score | Evidence |");
        line("|---|---|:---:|:---:|---|");
        for (const auto &rating : ratings) {
            const auto *skill = skillWithId(m_record.skills, rating.skillId);
            line(fmt::format("| {} | {} | {} / 5 | {} | {} |",
                             cell(skill ? skill->name : std::string("(removed skill)")),
                             skill ? displayName(skill->group) : std::string_view("\u2013"),
                             rating.score,
                             rating.managerScore ? fmt::format("{} / 5", *rating.managerScore)
                                                 : std::string("\u2013"),
                             cell(rating.evidence)));
        }
    }

    void gaps()
    {
        heading("Gaps");
        if (m_record.prep.gaps.empty()) {
            line("No gaps were named.");
            return;
        }
        for (const auto &gap : m_record.prep.gaps) {
            const auto *skill = skillWithId(m_record.skills, gap.skillId);
            line(fmt::format("- {}{} ({} priority)", paragraph(gap.description),
                             skill ? fmt::format(" \u2014 {}", paragraph(skill->name)) : "",
                             toKey(gap.priority)));
        }
    }

    void factors()
    {
        heading("Factors");
        if (m_record.prep.factors.empty()) {
            line("No factors were listed.");
            return;
        }
        line("| Factor | Internal or external | Effect | Within influence |");
        line("|---|---|---|:---:|");
        for (const auto &factor : m_record.prep.factors)
            line(fmt::format("| {} | {} | {} | {} |", cell(factor.description),
                             factor.origin == FactorOrigin::Internal ? "Internal" : "External",
                             factor.effect == FactorEffect::Helped ? "Helped" : "Hurt",
                             factor.withinInfluence ? "Yes" : "No"));
    }

    void upskilling()
    {
        heading("Upskilling");
        if (m_record.prep.upskilling.empty()) {
            line("Nothing was listed.");
            return;
        }
        static constexpr const char *kinds[] = {"Reading",         "Webinar", "Competitor research",
                                                "Technique tried", "Course",  "Other"};
        for (const auto &entry : m_record.prep.upskilling)
            line(fmt::format(
                "- **{}:** {}{}", kinds[static_cast<int>(entry.kind)], paragraph(entry.title),
                entry.learned.empty() ? "" : fmt::format(" \u2014 {}", paragraph(entry.learned))));
    }

    void strategies()
    {
        heading("Strategies");
        if (m_record.prep.strategies.empty()) {
            line("No strategies were reviewed.");
            return;
        }
        static constexpr const char *choices[] = {"Keep", "Drop", "Create"};
        for (const auto &strategy : m_record.prep.strategies)
            line(fmt::format("- **{}:** {}{}", choices[static_cast<int>(strategy.choice)],
                             paragraph(strategy.description),
                             strategy.reason.empty()
                                 ? ""
                                 : fmt::format(" \u2014 {}", paragraph(strategy.reason))));
    }

    void focusAndPlan()
    {
        heading(fmt::format("Focus for the next {}", periodWord(m_record.session.cadence)));
        line(m_record.session.focus.empty() ? std::string("No focus was set.")
                                            : paragraph(m_record.session.focus));
        heading("The 80/20 plan");
        if (m_record.plan.empty()) {
            line("No actions were planned.");
            return;
        }
        line("| Action | Owner | Vital few | Within influence | Impact | Due | Status |");
        line("|---|---|:---:|:---:|---|---|---|");
        for (const auto &action : m_record.plan)
            line(fmt::format("| {} | {} | {} | {} | {} | {} | {} |", cell(action.description),
                             ownerName(action.owner), action.vitalFew ? "\u2605" : "",
                             action.withinInfluence ? "Yes" : "No", toKey(action.expectedImpact),
                             action.dueDate ? dateText(*action.dueDate) : "\u2013",
                             statusName(action.status)));
    }

    void meeting()
    {
        const auto &notes = m_record.meeting.notes;
        const bool any = std::any_of(notes.begin(), notes.end(), [&](const MeetingNote &note) {
            return !note.isPrivate || m_audience == Audience::Manager;
        });
        if (!any)
            return;
        heading("Meeting notes");
        for (int index = 0; index < meetingStageCount; ++index) {
            const auto stage = static_cast<MeetingStage>(index);
            bool headed = false;
            for (const auto &note : notes) {
                if (note.stage != stage || (note.isPrivate && m_audience != Audience::Manager))
                    continue;
                if (!headed) {
                    line(fmt::format("### {}", stageHeading(stage)));
                    line();
                    headed = true;
                }
                std::string text = "- ";
                if (note.isPrivate)
                    text += "**Private:** ";
                if (!note.prompt.empty())
                    text += fmt::format("*{}* ", paragraph(note.prompt));
                text += paragraph(note.text);
                line(text);
            }
            if (headed)
                line();
        }
    }

    void balanceAndRating()
    {
        const auto balance = balanceOf(m_record.meeting.stageTimes);
        if (balance.totalSeconds() > 0) {
            heading("Coaching balance");
            line(fmt::format("{}% of {} on solutions (plan and support); the goal is at least "
                             "{}%.",
                             balance.solutionPercent().value_or(0),
                             durationText(balance.totalSeconds()), solutionGoalPercent));
            line();
            for (const auto &time : m_record.meeting.stageTimes)
                line(fmt::format("- {}: {}", stageHeading(time.stage), durationText(time.seconds)));
        }
        if (m_record.session.rating) {
            heading("Rating");
            line(fmt::format("The salesperson rated this session {} out of 5.",
                             *m_record.session.rating));
        }
    }

    const SessionRecord &m_record;
    Audience m_audience;
    std::string m_out;
};

} // namespace

SessionRecord loadSessionRecord(DataStore &store, Id sessionId)
{
    SessionRecord record;
    const auto session = store.sessions().find(sessionId);
    if (!session)
        throw StorageError("This session is no longer in the database.");
    record.session = *session;
    const auto salesperson = store.people().find(session->salespersonId);
    if (!salesperson)
        throw StorageError("The session's salesperson is no longer in the database.");
    record.salesperson = *salesperson;
    if (session->managerId)
        record.manager = store.people().find(*session->managerId);
    record.prep = store.sessions().loadPrep(sessionId);
    record.plan = store.actions().listCreatedIn(sessionId);
    record.reviews = store.actions().reviewsIn(sessionId);
    for (const auto &review : record.reviews)
        if (auto action = store.actions().find(review.actionId))
            record.reviewedActions.push_back(*action);
    record.meeting = store.sessions().loadMeeting(sessionId);
    record.skills = store.skills().listAll(true);
    return record;
}

std::string renderSummaryMarkdown(const SessionRecord &record, Audience audience)
{
    return SummaryWriter(record, audience).write();
}

} // namespace reins
