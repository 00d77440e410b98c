#pragma once

// The prep package: a session's preparation as one versioned JSON file (`.reinsprep`), so
// a salesperson can prepare on their own laptop and hand the prep to their manager. It
// carries nothing manager-only: no manager's scores, no meeting notes, no stage times.

#include "reins/Domain.h"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace reins {

struct SessionRecord;

inline constexpr int prepPackageFormatVersion = 1;
inline constexpr std::size_t prepPackageMaxBytes = 4 * 1024 * 1024;

// A package that cannot be read; the message names the field, e.g.
// "prep.results[2].target: expected a number written as text such as \"1234.50\"".
class PackageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A skill is named, not numbered: ids differ from one database to the next.
struct PackagedRating {
    std::string skillName;
    int score = 0;
    std::string evidence;

    bool operator==(const PackagedRating &) const = default;
};

struct PackagedGap {
    std::string description;
    std::string skillName; // empty when not linked to a skill
    Priority priority = Priority::Medium;

    bool operator==(const PackagedGap &) const = default;
};

struct PrepPackage {
    int formatVersion = prepPackageFormatVersion;
    std::string appVersion;
    Timestamp createdAt{};
    std::string salespersonName;
    std::string salespersonEmail;

    Date meetingDate{};
    Date periodStart{};
    Date periodEnd{};
    Cadence cadence = Cadence::Monthly;
    bool ready = false; // the salesperson marked the prep ready
    std::string focus;

    std::vector<Result> results; // ids are zero
    std::vector<PackagedRating> skillRatings;
    std::vector<PackagedGap> gaps;
    std::vector<Factor> factors;
    std::vector<Upskilling> upskilling;
    std::vector<Strategy> strategies;
    std::vector<Action> plan; // ids, salesperson and session are zero

    bool operator==(const PrepPackage &) const = default;
};

// Builds the package of a session: only what the salesperson prepared.
[[nodiscard]] PrepPackage packageFromRecord(const SessionRecord &record, Timestamp createdAt);

[[nodiscard]] std::string writePrepPackage(const PrepPackage &package);

// Reads and validates strictly: unknown fields, wrong types, missing fields, a file over
// prepPackageMaxBytes and a newer format version are each refused with a PackageError
// naming the field.
[[nodiscard]] PrepPackage readPrepPackage(std::string_view text);

} // namespace reins
