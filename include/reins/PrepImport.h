#pragma once

// Bringing a prep package into a database: finding the salesperson and the session it
// belongs to, showing which parts differ from what is already there, and writing the
// parts chosen — all of them or nothing.

#include "reins/PrepPackage.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace reins {

class DataStore;

enum class PrepPart { Results, SelfAudit, Gaps, Factors, Upskilling, Strategies, FocusAndPlan };
[[nodiscard]] std::string_view displayName(PrepPart part);
[[nodiscard]] const std::vector<PrepPart> &allPrepParts();

enum class SalespersonMatch { ByEmail, ByName, None };

struct PrepImportPlan {
    SalespersonMatch match = SalespersonMatch::None;
    std::optional<Person> salesperson;    // the matched person; none means one is created
    std::optional<Session> session;       // same salesperson and meeting date; none: created
    std::vector<PrepPart> differingParts; // parts the database already holds differently
    std::vector<PrepPart> newParts;       // parts the package fills that are empty here
};

// Works out what importing would do. Nothing is written. Throws PackageError when the
// package names a skill this catalogue does not have.
[[nodiscard]] PrepImportPlan planPrepImport(DataStore &store, const PrepPackage &package);

struct PrepImportOutcome {
    Id salespersonId = 0;
    Id sessionId = 0;
    bool createdSalesperson = false;
    bool createdSession = false;
    std::vector<PrepPart> written;
};

// Writes the package's parts in `take` (parts the database does not hold yet are always
// taken) in one transaction: everything or nothing.
PrepImportOutcome applyPrepImport(DataStore &store, const PrepPackage &package,
                                  const PrepImportPlan &plan, const std::set<PrepPart> &take);

} // namespace reins
