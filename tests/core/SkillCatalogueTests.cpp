#include "reins/SkillCatalogue.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

TEST_CASE("The default catalogue covers every skill group", "[skills]")
{
    const auto &catalogue = reins::defaultSkillCatalogue();
    std::map<reins::SkillGroup, int> perGroup;
    for (const reins::Skill &skill : catalogue)
        ++perGroup[skill.group];
    for (const auto group :
         {reins::SkillGroup::Knowledge, reins::SkillGroup::Preparation,
          reins::SkillGroup::Conversation, reins::SkillGroup::PipelineAndSelfManagement}) {
        INFO(reins::displayName(group));
        CHECK(perGroup[group] >= 4);
        CHECK(perGroup[group] <= 6);
    }
}

TEST_CASE("Every default skill is named, described and anchored at five levels", "[skills]")
{
    std::set<std::string> names;
    for (const reins::Skill &skill : reins::defaultSkillCatalogue()) {
        INFO(skill.name);
        CHECK_FALSE(skill.name.empty());
        CHECK_FALSE(skill.description.empty());
        CHECK(names.insert(skill.name).second);
        CHECK(skill.id == 0); // not stored anywhere yet
        CHECK_FALSE(skill.retired);
        std::set<std::string> levels;
        for (const std::string &level : skill.levels) {
            CHECK_FALSE(level.empty());
            levels.insert(level);
        }
        CHECK(levels.size() == 5);
    }
}

TEST_CASE("The default catalogue is in group order with increasing sort order", "[skills]")
{
    const auto &catalogue = reins::defaultSkillCatalogue();
    REQUIRE(catalogue.size() >= 16);
    for (std::size_t i = 1; i < catalogue.size(); ++i) {
        INFO(catalogue[i].name);
        CHECK(catalogue[i - 1].sortOrder < catalogue[i].sortOrder);
        CHECK(catalogue[i - 1].group <= catalogue[i].group);
    }
    CHECK(catalogue.front().group == reins::SkillGroup::Knowledge);
    CHECK(catalogue.back().group == reins::SkillGroup::PipelineAndSelfManagement);
}

TEST_CASE("The default catalogue is parsed once", "[skills]")
{
    CHECK(&reins::defaultSkillCatalogue() == &reins::defaultSkillCatalogue());
}

TEST_CASE("The default catalogue contains the skills coaches ask about", "[skills]")
{
    std::map<std::string, reins::SkillGroup> groupOf;
    for (const reins::Skill &skill : reins::defaultSkillCatalogue())
        groupOf[skill.name] = skill.group;
    CHECK(groupOf.at("Product knowledge") == reins::SkillGroup::Knowledge);
    CHECK(groupOf.at("Call planning") == reins::SkillGroup::Preparation);
    CHECK(groupOf.at("Handling objections") == reins::SkillGroup::Conversation);
    CHECK(groupOf.at("Active listening") == reins::SkillGroup::Conversation);
    CHECK(groupOf.at("Forecasting accuracy") == reins::SkillGroup::PipelineAndSelfManagement);
    CHECK(groupOf.at("CRM discipline") == reins::SkillGroup::PipelineAndSelfManagement);
}
