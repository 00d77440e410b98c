#include "SqliteRepositories.h"

#include <fmt/format.h>

namespace reins::storage {

namespace {

constexpr const char *skillColumns =
    "SELECT id, skill_group, name, description, level1, level2, level3, level4, level5, "
    "sort_order, retired FROM skills";

Skill readSkill(SQLite::Statement &statement)
{
    Skill skill;
    skill.id = statement.getColumn(0).getInt64();
    skill.group = readKey<SkillGroup>(statement, 1, "skills.skill_group");
    skill.name = readText(statement, 2);
    skill.description = readText(statement, 3);
    for (int level = 0; level < 5; ++level)
        skill.levels[level] = readText(statement, 4 + level);
    skill.sortOrder = statement.getColumn(9).getInt();
    skill.retired = readBool(statement, 10);
    return skill;
}

void validate(const Skill &skill)
{
    if (skill.name.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ValidationError("A skill needs a name.");
    for (int level = 0; level < 5; ++level)
        if (skill.levels[level].find_first_not_of(" \t\r\n") == std::string::npos)
            throw ValidationError(fmt::format("The skill \u201c{}\u201d needs a description of "
                                              "level {}.",
                                              skill.name, level + 1));
}

void bindSkill(SQLite::Statement &statement, const Skill &skill)
{
    bindKey(statement, 1, skill.group);
    bindText(statement, 2, skill.name);
    bindText(statement, 3, skill.description);
    for (int level = 0; level < 5; ++level)
        bindText(statement, 4 + level, skill.levels[level]);
    statement.bind(9, skill.sortOrder);
    statement.bind(10, skill.retired ? 1 : 0);
}

std::string duplicateName(const Skill &skill)
{
    return fmt::format("The catalogue already has a skill called \u201c{}\u201d.", skill.name);
}

} // namespace

Id SqliteSkillRepository::add(const Skill &skill)
{
    validate(skill);
    try {
        SQLite::Statement insert(m_db, "INSERT INTO skills (skill_group, name, description, "
                                       "level1, level2, level3, level4, level5, sort_order, "
                                       "retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindSkill(insert, skill);
        insert.exec();
        return m_db.getLastInsertRowid();
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "adding a skill", duplicateName(skill));
    }
}

void SqliteSkillRepository::update(const Skill &skill)
{
    validate(skill);
    try {
        SQLite::Statement change(m_db, "UPDATE skills SET skill_group = ?, name = ?, "
                                       "description = ?, level1 = ?, level2 = ?, level3 = ?, "
                                       "level4 = ?, level5 = ?, sort_order = ?, retired = ? "
                                       "WHERE id = ?");
        bindSkill(change, skill);
        change.bind(11, static_cast<std::int64_t>(skill.id));
        if (change.exec() == 0)
            throw StorageError(
                fmt::format("The skill \u201c{}\u201d is no longer in the catalogue.", skill.name));
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "saving a skill", duplicateName(skill));
    }
}

void SqliteSkillRepository::remove(Id id)
{
    try {
        m_transactions.run([&] {
            const int ratings =
                countRows(m_db, "SELECT count(*) FROM skill_ratings WHERE skill_id = ?", id);
            SQLite::Statement change(m_db, ratings > 0
                                               ? "UPDATE skills SET retired = 1 WHERE id = ?"
                                               : "DELETE FROM skills WHERE id = ?");
            change.bind(1, static_cast<std::int64_t>(id));
            change.exec();
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "removing a skill");
    }
}

int SqliteSkillRepository::countRatings(Id id) const
{
    return countRows(m_db, "SELECT count(*) FROM skill_ratings WHERE skill_id = ?", id);
}

std::optional<Skill> SqliteSkillRepository::find(Id id) const
{
    SQLite::Statement query(m_db, fmt::format("{} WHERE id = ?", skillColumns));
    query.bind(1, static_cast<std::int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    return readSkill(query);
}

std::vector<Skill> SqliteSkillRepository::listAll(bool includeRetired) const
{
    SQLite::Statement query(m_db,
                            fmt::format("{} WHERE retired = 0 OR ? ORDER BY CASE skill_group "
                                        "WHEN 'knowledge' THEN 0 WHEN 'preparation' THEN 1 "
                                        "WHEN 'conversation' THEN 2 ELSE 3 END, sort_order, id",
                                        skillColumns));
    query.bind(1, includeRetired ? 1 : 0);
    std::vector<Skill> skills;
    while (query.executeStep())
        skills.push_back(readSkill(query));
    return skills;
}

} // namespace reins::storage
