#include "reins/Domain.h"

#include <catch2/catch.hpp>

#include <set>
#include <utility>
#include <vector>

namespace {

// Checks that every listed value has the listed key, that keys are distinct, and that each
// key reads back as its value.
template <typename Enum>
void checkKeys(const std::vector<std::pair<Enum, std::string_view>> &expected)
{
    std::set<std::string_view> seen;
    for (const auto &[value, key] : expected) {
        INFO(key);
        CHECK(reins::toKey(value) == key);
        CHECK(reins::fromKey<Enum>(key) == value);
        CHECK(seen.insert(key).second);
    }
    CHECK_FALSE(reins::fromKey<Enum>(""));
    CHECK_FALSE(reins::fromKey<Enum>("no_such_value"));
    // Keys are exact: no other spelling or case is accepted.
    const std::string upper = [&] {
        std::string text{expected.front().second};
        for (char &c : text)
            c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        return text;
    }();
    CHECK_FALSE(reins::fromKey<Enum>(upper));
    CHECK_FALSE(reins::fromKey<Enum>(std::string{expected.front().second} + " "));
}

} // namespace

TEST_CASE("Every enum value has a stable lowercase key that reads back", "[domain]")
{
    using namespace reins;
    checkKeys<Role>({{Role::Salesperson, "salesperson"}, {Role::Manager, "manager"}});
    checkKeys<Cadence>({{Cadence::Weekly, "weekly"},
                        {Cadence::Fortnightly, "fortnightly"},
                        {Cadence::Monthly, "monthly"}});
    checkKeys<Stage>({{Stage::Draft, "draft"},
                      {Stage::Ready, "ready"},
                      {Stage::InMeeting, "in_meeting"},
                      {Stage::Closed, "closed"}});
    checkKeys<Metric>({{Metric::Revenue, "revenue"},
                       {Metric::Units, "units"},
                       {Metric::Calls, "calls"},
                       {Metric::Meetings, "meetings"},
                       {Metric::Proposals, "proposals"},
                       {Metric::WinRate, "win_rate"},
                       {Metric::Custom, "custom"}});
    checkKeys<SkillGroup>(
        {{SkillGroup::Knowledge, "knowledge"},
         {SkillGroup::Preparation, "preparation"},
         {SkillGroup::Conversation, "conversation"},
         {SkillGroup::PipelineAndSelfManagement, "pipeline_and_self_management"}});
    checkKeys<Priority>(
        {{Priority::Low, "low"}, {Priority::Medium, "medium"}, {Priority::High, "high"}});
    checkKeys<FactorOrigin>(
        {{FactorOrigin::Internal, "internal"}, {FactorOrigin::External, "external"}});
    checkKeys<FactorEffect>({{FactorEffect::Helped, "helped"}, {FactorEffect::Hurt, "hurt"}});
    checkKeys<UpskillingKind>({{UpskillingKind::Reading, "reading"},
                               {UpskillingKind::Webinar, "webinar"},
                               {UpskillingKind::CompetitorResearch, "competitor_research"},
                               {UpskillingKind::TechniqueTried, "technique_tried"},
                               {UpskillingKind::Course, "course"},
                               {UpskillingKind::Other, "other"}});
    checkKeys<StrategyChoice>({{StrategyChoice::Keep, "keep"},
                               {StrategyChoice::Drop, "drop"},
                               {StrategyChoice::Create, "create"}});
    checkKeys<ActionOwner>(
        {{ActionOwner::Salesperson, "salesperson"}, {ActionOwner::Manager, "manager"}});
    checkKeys<ActionStatus>({{ActionStatus::Open, "open"},
                             {ActionStatus::Done, "done"},
                             {ActionStatus::Dropped, "dropped"}});
    checkKeys<Impact>({{Impact::Low, "low"}, {Impact::Medium, "medium"}, {Impact::High, "high"}});
    checkKeys<MeetingStage>({{MeetingStage::Acknowledge, "acknowledge"},
                             {MeetingStage::Explore, "explore"},
                             {MeetingStage::Plan, "plan"},
                             {MeetingStage::Support, "support"}});
}

TEST_CASE("Display names are plain English", "[domain]")
{
    using namespace reins;
    CHECK(displayName(Stage::Draft) == "Draft");
    CHECK(displayName(Stage::Ready) == "Ready");
    CHECK(displayName(Stage::InMeeting) == "In meeting");
    CHECK(displayName(Stage::Closed) == "Closed");
    CHECK(displayName(Cadence::Weekly) == "Weekly");
    CHECK(displayName(Cadence::Fortnightly) == "Fortnightly");
    CHECK(displayName(Cadence::Monthly) == "Monthly");
    CHECK(displayName(Metric::Revenue) == "Revenue");
    CHECK(displayName(Metric::Units) == "Units");
    CHECK(displayName(Metric::Calls) == "Calls");
    CHECK(displayName(Metric::Meetings) == "Meetings");
    CHECK(displayName(Metric::Proposals) == "Proposals");
    CHECK(displayName(Metric::WinRate) == "Win rate");
    CHECK(displayName(Metric::Custom) == "Custom");
    CHECK(displayName(SkillGroup::Knowledge) == "Knowledge");
    CHECK(displayName(SkillGroup::Preparation) == "Preparation");
    CHECK(displayName(SkillGroup::Conversation) == "The sales conversation");
    CHECK(displayName(SkillGroup::PipelineAndSelfManagement) == "Pipeline and self-management");
    CHECK(displayName(Role::Salesperson) == "Salesperson");
    CHECK(displayName(Role::Manager) == "Manager");
}

TEST_CASE("A metric's label is its custom name or its display name", "[domain]")
{
    reins::Result result;
    result.metric = reins::Metric::WinRate;
    CHECK(reins::metricLabel(result) == "Win rate");

    result.metric = reins::Metric::Custom;
    result.customName = "Net promoter score";
    CHECK(reins::metricLabel(result) == "Net promoter score");

    // A custom metric nobody named still gets a label rather than an empty cell.
    result.customName.clear();
    CHECK(reins::metricLabel(result) == "Custom");

    // The custom name is only used for custom metrics.
    result.metric = reins::Metric::Calls;
    result.customName = "Dials";
    CHECK(reins::metricLabel(result) == "Calls");
}
