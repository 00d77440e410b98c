#include "reins/PrepImport.h"

#include "reins/Errors.h"
#include "reins/Repositories.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace reins {

namespace {

std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// The catalogue by lower-case name: the package names skills, the database numbers them.
std::map<std::string, Id> skillIdsByName(DataStore &store)
{
    std::map<std::string, Id> ids;
    for (const auto &skill : store.skills().listAll(true))
        ids.emplace(lowered(skill.name), skill.id);
    return ids;
}

// The prep of the package in this database's terms.
struct TranslatedPrep {
    SessionPrep prep;
    std::string focus;
    std::vector<Action> plan;
};

TranslatedPrep translate(const PrepPackage &package, const std::map<std::string, Id> &skills)
{
    auto skillId = [&](const std::string &name, const std::string &where) {
        const auto found = skills.find(lowered(name));
        if (found == skills.end())
            throw PackageError(fmt::format("{}: the skill \u201c{}\u201d is not in this "
                                           "database's skill catalogue. Add it to the catalogue "
                                           "first; nothing was imported.",
                                           where, name));
        return found->second;
    };
    TranslatedPrep translated;
    translated.prep.results = package.results;
    for (std::size_t index = 0; index < package.skillRatings.size(); ++index) {
        const auto &rating = package.skillRatings[index];
        translated.prep.skillRatings.push_back(
            {0, skillId(rating.skillName, fmt::format("prep.skillRatings[{}].skill", index)),
             rating.score, rating.evidence, std::nullopt});
    }
    for (std::size_t index = 0; index < package.gaps.size(); ++index) {
        const auto &gap = package.gaps[index];
        std::optional<Id> linked;
        if (!gap.skillName.empty())
            linked = skillId(gap.skillName, fmt::format("prep.gaps[{}].skill", index));
        translated.prep.gaps.push_back({0, gap.description, linked, gap.priority});
    }
    translated.prep.factors = package.factors;
    translated.prep.upskilling = package.upskilling;
    translated.prep.strategies = package.strategies;
    translated.focus = package.focus;
    translated.plan = package.plan;
    return translated;
}

// The comparable content of one part, ignoring ids and the manager's own scores.
bool samePart(PrepPart part, const TranslatedPrep &incoming, const SessionPrep &existing,
              const Session &session, const std::vector<Action> &existingPlan)
{
    auto withoutIds = [](auto items) {
        for (auto &item : items)
            item.id = 0;
        return items;
    };
    switch (part) {
    case PrepPart::Results:
        return withoutIds(existing.results) == incoming.prep.results;
    case PrepPart::SelfAudit: {
        auto ratings = withoutIds(existing.skillRatings);
        for (auto &rating : ratings)
            rating.managerScore.reset();
        return ratings == incoming.prep.skillRatings;
    }
    case PrepPart::Gaps:
        return withoutIds(existing.gaps) == incoming.prep.gaps;
    case PrepPart::Factors:
        return withoutIds(existing.factors) == incoming.prep.factors;
    case PrepPart::Upskilling:
        return withoutIds(existing.upskilling) == incoming.prep.upskilling;
    case PrepPart::Strategies:
        return withoutIds(existing.strategies) == incoming.prep.strategies;
    case PrepPart::FocusAndPlan: {
        if (session.focus != incoming.focus || existingPlan.size() != incoming.plan.size())
            return false;
        for (std::size_t index = 0; index < existingPlan.size(); ++index) {
            auto mine = existingPlan[index];
            mine.id = 0;
            mine.salespersonId = 0;
            mine.originSessionId = 0;
            if (!(mine == incoming.plan[index]))
                return false;
        }
        return true;
    }
    }
    return false;
}

bool partIsEmpty(PrepPart part, const SessionPrep &prep, const Session &session,
                 const std::vector<Action> &plan)
{
    switch (part) {
    case PrepPart::Results:
        return prep.results.empty();
    case PrepPart::SelfAudit:
        return prep.skillRatings.empty();
    case PrepPart::Gaps:
        return prep.gaps.empty();
    case PrepPart::Factors:
        return prep.factors.empty();
    case PrepPart::Upskilling:
        return prep.upskilling.empty();
    case PrepPart::Strategies:
        return prep.strategies.empty();
    case PrepPart::FocusAndPlan:
        return session.focus.empty() && plan.empty();
    }
    return true;
}

std::optional<Session> sessionOn(DataStore &store, Id salespersonId, Date meetingDate)
{
    for (const auto &overview : store.sessions().listForSalesperson(salespersonId))
        if (overview.session.meetingDate == meetingDate)
            return overview.session;
    return std::nullopt;
}

} // namespace

std::string_view displayName(PrepPart part)
{
    switch (part) {
    case PrepPart::Results:
        return "Results";
    case PrepPart::SelfAudit:
        return "Self-audit";
    case PrepPart::Gaps:
        return "Gaps";
    case PrepPart::Factors:
        return "Factors";
    case PrepPart::Upskilling:
        return "Upskilling";
    case PrepPart::Strategies:
        return "Strategies";
    case PrepPart::FocusAndPlan:
        return "Focus and plan";
    }
    return {};
}

const std::vector<PrepPart> &allPrepParts()
{
    static const std::vector<PrepPart> parts{
        PrepPart::Results,    PrepPart::SelfAudit,  PrepPart::Gaps,        PrepPart::Factors,
        PrepPart::Upskilling, PrepPart::Strategies, PrepPart::FocusAndPlan};
    return parts;
}

PrepImportPlan planPrepImport(DataStore &store, const PrepPackage &package)
{
    const auto incoming = translate(package, skillIdsByName(store));
    PrepImportPlan plan;
    if (auto byEmail = store.people().findByEmail(package.salespersonEmail)) {
        plan.match = SalespersonMatch::ByEmail;
        plan.salesperson = byEmail;
    } else {
        for (const auto &person : store.people().listAll()) {
            if (person.role == Role::Salesperson &&
                lowered(person.name) == lowered(package.salespersonName)) {
                plan.match = SalespersonMatch::ByName;
                plan.salesperson = person;
                break;
            }
        }
    }
    if (plan.salesperson && plan.salesperson->role != Role::Salesperson)
        throw PackageError(fmt::format("salesperson.email: {} belongs to {}, who is a manager "
                                       "in this database; nothing was imported.",
                                       package.salespersonEmail, plan.salesperson->name));
    if (plan.salesperson)
        plan.session = sessionOn(store, plan.salesperson->id, package.meetingDate);

    SessionPrep existing;
    std::vector<Action> existingPlan;
    Session existingSession;
    if (plan.session) {
        existing = store.sessions().loadPrep(plan.session->id);
        existingPlan = store.actions().listCreatedIn(plan.session->id);
        existingSession = *plan.session;
    }
    for (const auto part : allPrepParts()) {
        Session incomingSession;
        incomingSession.focus = incoming.focus;
        const bool packageEmpty = partIsEmpty(part, incoming.prep, incomingSession, incoming.plan);
        if (packageEmpty)
            continue;
        if (partIsEmpty(part, existing, existingSession, existingPlan))
            plan.newParts.push_back(part);
        else if (!samePart(part, incoming, existing, existingSession, existingPlan))
            plan.differingParts.push_back(part);
    }
    return plan;
}

PrepImportOutcome applyPrepImport(DataStore &store, const PrepPackage &package,
                                  const PrepImportPlan &plan, const std::set<PrepPart> &take)
{
    const auto incoming = translate(package, skillIdsByName(store));
    PrepImportOutcome outcome;
    store.inTransaction([&] {
        if (plan.salesperson) {
            outcome.salespersonId = plan.salesperson->id;
        } else {
            outcome.salespersonId = store.people().add(
                {0, package.salespersonName, package.salespersonEmail, Role::Salesperson, {}});
            outcome.createdSalesperson = true;
        }
        Session session;
        if (plan.session) {
            session = *store.sessions().find(plan.session->id);
        } else {
            session.salespersonId = outcome.salespersonId;
            if (const auto person = store.people().find(outcome.salespersonId))
                session.managerId = person->managerId;
            session.meetingDate = package.meetingDate;
            session.periodStart = package.periodStart;
            session.periodEnd = package.periodEnd;
            session.cadence = package.cadence;
            session.id = store.sessions().create(session);
            session = *store.sessions().find(session.id);
            outcome.createdSession = true;
        }
        outcome.sessionId = session.id;

        auto wanted = [&](PrepPart part) {
            const bool isNew =
                std::find(plan.newParts.begin(), plan.newParts.end(), part) != plan.newParts.end();
            return isNew || take.contains(part);
        };
        auto prep = store.sessions().loadPrep(session.id);
        auto copyPart = [&](PrepPart part, auto SessionPrep::*list) {
            if (wanted(part)) {
                prep.*list = incoming.prep.*list;
                outcome.written.push_back(part);
            }
        };
        copyPart(PrepPart::Results, &SessionPrep::results);
        if (wanted(PrepPart::SelfAudit)) {
            // The manager's own scores stay beside the salesperson's new ones.
            std::map<Id, int> managerScores;
            for (const auto &rating : prep.skillRatings)
                if (rating.managerScore)
                    managerScores[rating.skillId] = *rating.managerScore;
            prep.skillRatings = incoming.prep.skillRatings;
            for (auto &rating : prep.skillRatings)
                if (const auto found = managerScores.find(rating.skillId);
                    found != managerScores.end())
                    rating.managerScore = found->second;
            outcome.written.push_back(PrepPart::SelfAudit);
        }
        copyPart(PrepPart::Gaps, &SessionPrep::gaps);
        copyPart(PrepPart::Factors, &SessionPrep::factors);
        copyPart(PrepPart::Upskilling, &SessionPrep::upskilling);
        copyPart(PrepPart::Strategies, &SessionPrep::strategies);
        store.sessions().savePrep(session.id, prep);

        if (wanted(PrepPart::FocusAndPlan)) {
            for (const auto &action : store.actions().listCreatedIn(session.id))
                store.actions().remove(action.id);
            for (auto action : incoming.plan) {
                action.salespersonId = outcome.salespersonId;
                action.originSessionId = session.id;
                (void)store.actions().add(action);
            }
            session.focus = incoming.focus;
            outcome.written.push_back(PrepPart::FocusAndPlan);
        }
        if (package.ready && session.stage == Stage::Draft)
            session.stage = Stage::Ready;
        store.sessions().update(session);
    });
    return outcome;
}

} // namespace reins
