#include "reins/Trends.h"

#include "reins/Coaching.h"
#include "reins/Repositories.h"

#include <algorithm>

namespace reins {

namespace {

double asNumber(Amount amount)
{
    // For charts only: exact amounts stay exact everywhere they are stored or compared.
    return static_cast<double>(amount.hundredths) / 100.0;
}

} // namespace

SalespersonTrends trendsFor(DataStore &store, Id salespersonId, int comparedWithSessions)
{
    SalespersonTrends trends;
    auto overviews = store.sessions().listForSalesperson(salespersonId);
    std::reverse(overviews.begin(), overviews.end()); // oldest first
    const auto skills = store.skills().listAll(true);
    std::map<Id, const Skill *> skillById;
    for (const auto &skill : skills)
        skillById[skill.id] = &skill;

    std::vector<std::map<Id, int>> scoresBySession;
    for (const auto &overview : overviews) {
        const auto &session = overview.session;
        const auto prep = store.sessions().loadPrep(session.id);
        for (const auto &result : prep.results) {
            trends.results[metricLabel(result)].push_back(
                {session.meetingDate,
                 result.actual ? std::optional(asNumber(*result.actual)) : std::nullopt,
                 result.target ? std::optional(asNumber(*result.target)) : std::nullopt});
        }
        std::array<std::pair<int, int>, 4> sums{}; // total, count per group
        std::map<Id, int> scores;
        for (const auto &rating : prep.skillRatings) {
            const auto skill = skillById.find(rating.skillId);
            if (skill == skillById.end())
                continue;
            auto &[total, count] = sums[static_cast<std::size_t>(skill->second->group)];
            total += rating.score;
            ++count;
            scores[rating.skillId] = rating.score;
        }
        scoresBySession.push_back(std::move(scores));
        for (std::size_t group = 0; group < sums.size(); ++group) {
            const auto [total, count] = sums[group];
            trends.skillGroups[group].push_back(
                {session.meetingDate,
                 count > 0 ? std::optional(static_cast<double>(total) / count) : std::nullopt,
                 std::nullopt});
        }
        const auto plan = store.actions().listCreatedIn(session.id);
        if (!plan.empty()) {
            const auto done = std::count_if(plan.begin(), plan.end(), [](const Action &a) {
                return a.status == ActionStatus::Done;
            });
            trends.actionCompletion.push_back(
                {session.meetingDate, 100.0 * static_cast<double>(done) / plan.size(), {}});
        }
        const auto balance = balanceOf(store.sessions().loadMeeting(session.id).stageTimes);
        if (const auto share = balance.solutionPercent())
            trends.solutionShare.push_back({session.meetingDate, *share, 90.0});
    }

    if (!scoresBySession.empty()) {
        const auto latestIndex = scoresBySession.size() - 1;
        const auto earlierIndex = latestIndex >= static_cast<std::size_t>(comparedWithSessions)
                                      ? latestIndex - static_cast<std::size_t>(comparedWithSessions)
                                      : 0;
        for (const auto &skill : skills) {
            if (skill.retired)
                continue;
            SalespersonTrends::SkillSnapshot snapshot{skill.name, skill.group, {}, {}};
            if (const auto found = scoresBySession[earlierIndex].find(skill.id);
                found != scoresBySession[earlierIndex].end())
                snapshot.earlier = found->second;
            if (const auto found = scoresBySession[latestIndex].find(skill.id);
                found != scoresBySession[latestIndex].end())
                snapshot.latest = found->second;
            trends.skillsThen.push_back(std::move(snapshot));
        }
    }
    return trends;
}

} // namespace reins
