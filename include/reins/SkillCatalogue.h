#pragma once

#include "reins/Domain.h"

#include <vector>

namespace reins {

// The skill catalogue a new database starts with: grouped by area, each skill with an
// anchored description of every score from 1 to 5. Read from the catalogue that ships in
// resources/skills/default-catalogue.json (compiled into the core library).
[[nodiscard]] const std::vector<Skill> &defaultSkillCatalogue();

} // namespace reins
