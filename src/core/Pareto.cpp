#include "reins/Pareto.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace reins {

namespace {

const std::string &labelOf(const SalesRecord &record, ParetoDimension dimension)
{
    switch (dimension) {
    case ParetoDimension::Account:
        return record.account;
    case ParetoDimension::Product:
        return record.product;
    case ParetoDimension::Activity:
        return record.activity;
    }
    return record.account;
}

std::string_view plural(ParetoDimension dimension)
{
    switch (dimension) {
    case ParetoDimension::Account:
        return "accounts";
    case ParetoDimension::Product:
        return "products";
    case ParetoDimension::Activity:
        return "activities";
    }
    return {};
}

std::string_view unnamed(ParetoDimension dimension)
{
    switch (dimension) {
    case ParetoDimension::Account:
        return "(no account)";
    case ParetoDimension::Product:
        return "(no product)";
    case ParetoDimension::Activity:
        return "(no activity)";
    }
    return {};
}

} // namespace

ParetoBreakdown paretoBreakdown(const std::vector<SalesRecord> &records, ParetoDimension dimension,
                                int thresholdPercent)
{
    ParetoBreakdown breakdown;
    std::unordered_map<std::string, std::size_t> indexOf;
    for (const auto &record : records) {
        const auto &label = labelOf(record, dimension);
        auto [position, inserted] = indexOf.try_emplace(label, breakdown.entries.size());
        if (inserted)
            breakdown.entries.push_back(
                {label.empty() ? std::string(unnamed(dimension)) : label, {}, 0, 0, 0, false});
        auto &entry = breakdown.entries[position->second];
        entry.amount.hundredths += record.amount.hundredths;
        ++entry.records;
    }
    std::stable_sort(breakdown.entries.begin(), breakdown.entries.end(),
                     [](const ParetoEntry &a, const ParetoEntry &b) {
                         if (a.amount != b.amount)
                             return a.amount > b.amount;
                         return a.label < b.label;
                     });
    for (const auto &entry : breakdown.entries)
        if (entry.amount.hundredths > 0)
            breakdown.positiveTotal.hundredths += entry.amount.hundredths;
    if (breakdown.positiveTotal.hundredths <= 0)
        return breakdown;

    const auto total = breakdown.positiveTotal.hundredths;
    const std::int64_t threshold = static_cast<std::int64_t>(thresholdPercent) * 100;
    std::int64_t running = 0;
    bool reached = false;
    for (auto &entry : breakdown.entries) {
        if (entry.amount.hundredths <= 0)
            break;
        running += entry.amount.hundredths;
        // Integer basis points; the comparison uses exact amounts so rounding never moves
        // an entry in or out of the vital few.
        entry.shareBasisPoints = entry.amount.hundredths * 10000 / total;
        entry.cumulativeBasisPoints = running * 10000 / total;
        if (!reached) {
            entry.vitalFew = true;
            ++breakdown.vitalFewCount;
            reached = running * 10000 >= threshold * total;
        }
    }
    return breakdown;
}

std::string ParetoBreakdown::sentence(ParetoDimension dimension, int thresholdPercent) const
{
    if (entries.empty() || positiveTotal.hundredths <= 0)
        return fmt::format("No sales amounts to rank by {} yet.",
                           std::string(plural(dimension)).substr(0, plural(dimension).size() - 1));
    const auto count = static_cast<int>(entries.size());
    const int percent = (vitalFewCount * 100 + count / 2) / count;
    return fmt::format("{} of {} {} ({}%) make {}% of the amount.", vitalFewCount, count,
                       plural(dimension), percent, thresholdPercent);
}

} // namespace reins
