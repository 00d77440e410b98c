#include "reins/Domain.h"

namespace reins {

// Keys are written to databases and files: never change one, only add new ones.

std::string_view toKey(Role value)
{
    switch (value) {
    case Role::Salesperson:
        return "salesperson";
    case Role::Manager:
        return "manager";
    }
    return {};
}

std::string_view toKey(Cadence value)
{
    switch (value) {
    case Cadence::Weekly:
        return "weekly";
    case Cadence::Fortnightly:
        return "fortnightly";
    case Cadence::Monthly:
        return "monthly";
    }
    return {};
}

std::string_view toKey(Stage value)
{
    switch (value) {
    case Stage::Draft:
        return "draft";
    case Stage::Ready:
        return "ready";
    case Stage::InMeeting:
        return "in_meeting";
    case Stage::Closed:
        return "closed";
    }
    return {};
}

std::string_view toKey(Metric value)
{
    switch (value) {
    case Metric::Revenue:
        return "revenue";
    case Metric::Units:
        return "units";
    case Metric::Calls:
        return "calls";
    case Metric::Meetings:
        return "meetings";
    case Metric::Proposals:
        return "proposals";
    case Metric::WinRate:
        return "win_rate";
    case Metric::Custom:
        return "custom";
    }
    return {};
}

std::string_view toKey(SkillGroup value)
{
    switch (value) {
    case SkillGroup::Knowledge:
        return "knowledge";
    case SkillGroup::Preparation:
        return "preparation";
    case SkillGroup::Conversation:
        return "conversation";
    case SkillGroup::PipelineAndSelfManagement:
        return "pipeline_and_self_management";
    }
    return {};
}

std::string_view toKey(Priority value)
{
    switch (value) {
    case Priority::Low:
        return "low";
    case Priority::Medium:
        return "medium";
    case Priority::High:
        return "high";
    }
    return {};
}

std::string_view toKey(FactorOrigin value)
{
    switch (value) {
    case FactorOrigin::Internal:
        return "internal";
    case FactorOrigin::External:
        return "external";
    }
    return {};
}

std::string_view toKey(FactorEffect value)
{
    switch (value) {
    case FactorEffect::Helped:
        return "helped";
    case FactorEffect::Hurt:
        return "hurt";
    }
    return {};
}

std::string_view toKey(UpskillingKind value)
{
    switch (value) {
    case UpskillingKind::Reading:
        return "reading";
    case UpskillingKind::Webinar:
        return "webinar";
    case UpskillingKind::CompetitorResearch:
        return "competitor_research";
    case UpskillingKind::TechniqueTried:
        return "technique_tried";
    case UpskillingKind::Course:
        return "course";
    case UpskillingKind::Other:
        return "other";
    }
    return {};
}

std::string_view toKey(StrategyChoice value)
{
    switch (value) {
    case StrategyChoice::Keep:
        return "keep";
    case StrategyChoice::Drop:
        return "drop";
    case StrategyChoice::Create:
        return "create";
    }
    return {};
}

std::string_view toKey(ActionOwner value)
{
    switch (value) {
    case ActionOwner::Salesperson:
        return "salesperson";
    case ActionOwner::Manager:
        return "manager";
    }
    return {};
}

std::string_view toKey(ActionStatus value)
{
    switch (value) {
    case ActionStatus::Open:
        return "open";
    case ActionStatus::Done:
        return "done";
    case ActionStatus::Dropped:
        return "dropped";
    }
    return {};
}

std::string_view toKey(Impact value)
{
    switch (value) {
    case Impact::Low:
        return "low";
    case Impact::Medium:
        return "medium";
    case Impact::High:
        return "high";
    }
    return {};
}

std::string_view toKey(MeetingStage value)
{
    switch (value) {
    case MeetingStage::Acknowledge:
        return "acknowledge";
    case MeetingStage::Explore:
        return "explore";
    case MeetingStage::Plan:
        return "plan";
    case MeetingStage::Support:
        return "support";
    }
    return {};
}

namespace {

// The last value of each enum. Values run from 0 to it, so fromKey can search the keys
// toKey gives instead of repeating them in a second table that could drift.
template <typename Enum>
struct LastValue; // deliberately undefined: an enum without an entry does not compile

// clang-format off
template <> struct LastValue<Role> { static constexpr Role value = Role::Manager; };
template <> struct LastValue<Cadence> { static constexpr Cadence value = Cadence::Monthly; };
template <> struct LastValue<Stage> { static constexpr Stage value = Stage::Closed; };
template <> struct LastValue<Metric> { static constexpr Metric value = Metric::Custom; };
template <> struct LastValue<SkillGroup> {
    static constexpr SkillGroup value = SkillGroup::PipelineAndSelfManagement;
};
template <> struct LastValue<Priority> { static constexpr Priority value = Priority::High; };
template <> struct LastValue<FactorOrigin> {
    static constexpr FactorOrigin value = FactorOrigin::External;
};
template <> struct LastValue<FactorEffect> {
    static constexpr FactorEffect value = FactorEffect::Hurt;
};
template <> struct LastValue<UpskillingKind> {
    static constexpr UpskillingKind value = UpskillingKind::Other;
};
template <> struct LastValue<StrategyChoice> {
    static constexpr StrategyChoice value = StrategyChoice::Create;
};
template <> struct LastValue<ActionOwner> {
    static constexpr ActionOwner value = ActionOwner::Manager;
};
template <> struct LastValue<ActionStatus> {
    static constexpr ActionStatus value = ActionStatus::Dropped;
};
template <> struct LastValue<Impact> { static constexpr Impact value = Impact::High; };
template <> struct LastValue<MeetingStage> {
    static constexpr MeetingStage value = MeetingStage::Support;
};
// clang-format on

} // namespace

template <typename Enum>
std::optional<Enum> fromKey(std::string_view key)
{
    for (int index = 0; index <= static_cast<int>(LastValue<Enum>::value); ++index) {
        const auto value = static_cast<Enum>(index);
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

// One explicit instantiation per enum. The header declares only the template; explicit
// instantiations (unlike explicit specialisations) need no further declaration there.
template std::optional<Role> fromKey<Role>(std::string_view);
template std::optional<Cadence> fromKey<Cadence>(std::string_view);
template std::optional<Stage> fromKey<Stage>(std::string_view);
template std::optional<Metric> fromKey<Metric>(std::string_view);
template std::optional<SkillGroup> fromKey<SkillGroup>(std::string_view);
template std::optional<Priority> fromKey<Priority>(std::string_view);
template std::optional<FactorOrigin> fromKey<FactorOrigin>(std::string_view);
template std::optional<FactorEffect> fromKey<FactorEffect>(std::string_view);
template std::optional<UpskillingKind> fromKey<UpskillingKind>(std::string_view);
template std::optional<StrategyChoice> fromKey<StrategyChoice>(std::string_view);
template std::optional<ActionOwner> fromKey<ActionOwner>(std::string_view);
template std::optional<ActionStatus> fromKey<ActionStatus>(std::string_view);
template std::optional<Impact> fromKey<Impact>(std::string_view);
template std::optional<MeetingStage> fromKey<MeetingStage>(std::string_view);

// ---------------------------------------------------------------- display names

std::string_view displayName(Stage value)
{
    switch (value) {
    case Stage::Draft:
        return "Draft";
    case Stage::Ready:
        return "Ready";
    case Stage::InMeeting:
        return "In meeting";
    case Stage::Closed:
        return "Closed";
    }
    return {};
}

std::string_view displayName(Cadence value)
{
    switch (value) {
    case Cadence::Weekly:
        return "Weekly";
    case Cadence::Fortnightly:
        return "Fortnightly";
    case Cadence::Monthly:
        return "Monthly";
    }
    return {};
}

std::string_view displayName(Metric value)
{
    switch (value) {
    case Metric::Revenue:
        return "Revenue";
    case Metric::Units:
        return "Units";
    case Metric::Calls:
        return "Calls";
    case Metric::Meetings:
        return "Meetings";
    case Metric::Proposals:
        return "Proposals";
    case Metric::WinRate:
        return "Win rate";
    case Metric::Custom:
        return "Custom";
    }
    return {};
}

std::string_view displayName(SkillGroup value)
{
    switch (value) {
    case SkillGroup::Knowledge:
        return "Knowledge";
    case SkillGroup::Preparation:
        return "Preparation";
    case SkillGroup::Conversation:
        return "The sales conversation";
    case SkillGroup::PipelineAndSelfManagement:
        return "Pipeline and self-management";
    }
    return {};
}

std::string_view displayName(Role value)
{
    switch (value) {
    case Role::Salesperson:
        return "Salesperson";
    case Role::Manager:
        return "Manager";
    }
    return {};
}

std::string metricLabel(const Result &result)
{
    if (result.metric == Metric::Custom && !result.customName.empty())
        return result.customName;
    return std::string{displayName(result.metric)};
}

} // namespace reins
