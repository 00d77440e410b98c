#include "reins/PrepRules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace reins {

namespace {

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// The metric an activity name counts towards, if any ("Call", "phone call", "Meeting").
std::optional<Metric> metricOfActivity(std::string_view activity)
{
    const auto name = lowered(activity);
    if (name.find("call") != std::string::npos || name.find("anruf") != std::string::npos)
        return Metric::Calls;
    if (name.find("meeting") != std::string::npos || name.find("termin") != std::string::npos ||
        name.find("visit") != std::string::npos)
        return Metric::Meetings;
    if (name.find("proposal") != std::string::npos || name.find("angebot") != std::string::npos ||
        name.find("quote") != std::string::npos)
        return Metric::Proposals;
    return std::nullopt;
}

Result *findMetric(std::vector<Result> &results, Metric metric)
{
    const auto found = std::find_if(results.begin(), results.end(),
                                    [metric](const Result &r) { return r.metric == metric; });
    return found == results.end() ? nullptr : &*found;
}

} // namespace

int maxVitalFew(int actionCount)
{
    return std::max(1, actionCount / 5);
}

std::optional<std::string> vitalFewProblem(const std::vector<Action> &plan)
{
    if (plan.empty())
        return std::nullopt;
    const auto chosen =
        std::count_if(plan.begin(), plan.end(), [](const Action &a) { return a.vitalFew; });
    const int allowed = maxVitalFew(static_cast<int>(plan.size()));
    if (chosen == 0)
        return std::string("Mark the one action that will make the most difference as one of "
                           "the vital few.");
    if (chosen > allowed)
        return fmt::format("{} of {} actions are marked as vital few; at most {} may be. The "
                           "80/20 plan works because it is short: keep the {} that matter most.",
                           chosen, plan.size(), allowed, allowed == 1 ? "one" : "few");
    return std::nullopt;
}

std::vector<PrepGap> missingPrepParts(const Session &session, const SessionPrep &prep,
                                      const std::vector<Action> &plan, int skillsInCatalogue)
{
    std::vector<PrepGap> missing;
    if (prep.results.empty())
        missing.push_back({"Results", "No results yet: add at least your main metric."});
    for (const auto &result : prep.results)
        if (!result.actual)
            missing.push_back(
                {"Results", fmt::format("{} has no actual figure.", metricLabel(result))});
    if (prep.skillRatings.empty())
        missing.push_back({"Self-audit", "The self-audit has no scores yet."});
    else if (static_cast<int>(prep.skillRatings.size()) < skillsInCatalogue)
        missing.push_back({"Self-audit", fmt::format("{} of {} skills are scored.",
                                                     prep.skillRatings.size(), skillsInCatalogue)});
    if (prep.gaps.empty())
        missing.push_back({"Gaps", "No gaps named: what is missing to reach your target?"});
    if (prep.factors.empty())
        missing.push_back({"Factors", "No factors yet: what helped and what hurt this period?"});
    if (prep.upskilling.empty())
        missing.push_back({"Upskilling", "Nothing listed on upskilling this period."});
    if (prep.strategies.empty())
        missing.push_back({"Strategies", "No strategies to keep, drop or create."});
    if (isBlank(session.focus))
        missing.push_back({"Focus and plan", "The focus for the period ahead is empty."});
    if (plan.empty())
        missing.push_back({"Focus and plan", "The 80/20 plan has no actions."});
    else if (auto problem = vitalFewProblem(plan))
        missing.push_back({"Focus and plan", *problem});
    return missing;
}

std::vector<Result> resultsCarriedFrom(const std::vector<Result> &previous)
{
    std::vector<Result> carried;
    carried.reserve(previous.size());
    for (const auto &result : previous) {
        Result next;
        next.metric = result.metric;
        next.customName = result.customName;
        next.unit = result.unit;
        next.target = result.target;
        next.previous = result.actual;
        carried.push_back(std::move(next));
    }
    return carried;
}

int fillResultsFromSales(std::vector<Result> &results, const std::vector<SalesRecord> &records)
{
    if (records.empty())
        return 0;
    Amount revenue{};
    std::string currency;
    std::int64_t counts[3] = {};
    for (const auto &record : records) {
        revenue.hundredths += record.amount.hundredths;
        if (currency.empty())
            currency = record.currency;
        if (auto metric = metricOfActivity(record.activity)) {
            const int slot = *metric == Metric::Calls ? 0 : *metric == Metric::Meetings ? 1 : 2;
            ++counts[slot];
        }
    }
    int filled = 0;
    auto fill = [&](Metric metric, Amount value, std::string unit) {
        Result *result = findMetric(results, metric);
        if (!result) {
            results.push_back({});
            result = &results.back();
            result->metric = metric;
            result->unit = std::move(unit);
        }
        if (result->actual)
            return;
        result->actual = value;
        ++filled;
    };
    fill(Metric::Revenue, revenue, currency);
    const Metric counted[3] = {Metric::Calls, Metric::Meetings, Metric::Proposals};
    for (int slot = 0; slot < 3; ++slot)
        if (counts[slot] > 0)
            fill(counted[slot], Amount::fromWhole(counts[slot]), "");
    return filled;
}

} // namespace reins
