#pragma once

// The 80/20 view of sales records: which accounts, products or activities produce most of
// the amount.

#include "reins/Domain.h"

#include <string>
#include <vector>

namespace reins {

enum class ParetoDimension { Account, Product, Activity };

struct ParetoEntry {
    std::string label;
    Amount amount;
    int records = 0;
    // Share of the positive total and running share, in basis points (10000 = 100%).
    std::int64_t shareBasisPoints = 0;
    std::int64_t cumulativeBasisPoints = 0;
    bool vitalFew = false; // part of the smallest group reaching the threshold
};

struct ParetoBreakdown {
    std::vector<ParetoEntry> entries; // largest amount first
    Amount positiveTotal;
    int vitalFewCount = 0;

    // "4 of 23 accounts (17%) make 80% of the amount"
    [[nodiscard]] std::string sentence(ParetoDimension dimension, int thresholdPercent = 80) const;
};

// Sums amounts per account, product or activity and ranks them. Entries whose net amount
// is zero or negative (refunds, cancellations) rank last and are never among the vital few.
[[nodiscard]] ParetoBreakdown paretoBreakdown(const std::vector<SalesRecord> &records,
                                              ParetoDimension dimension, int thresholdPercent = 80);

} // namespace reins
