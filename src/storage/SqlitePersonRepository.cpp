#include "SqliteRepositories.h"

#include <fmt/format.h>

namespace reins::storage {

namespace {

constexpr const char *personColumns = "SELECT id, name, email, role, manager_id FROM people";

Person readPerson(SQLite::Statement &statement)
{
    Person person;
    person.id = statement.getColumn(0).getInt64();
    person.name = readText(statement, 1);
    person.email = readText(statement, 2);
    person.role = readKey<Role>(statement, 3, "people.role");
    person.managerId = readOptionalId(statement, 4);
    return person;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

void validate(const Person &person)
{
    if (trimmed(person.name).empty())
        throw ValidationError("A person needs a name.");
    if (person.managerId && *person.managerId == person.id && person.id != 0)
        throw ValidationError(fmt::format("{} cannot be their own manager.", person.name));
}

std::string duplicateEmailMessage(const Person &person)
{
    return fmt::format("Someone else already has the email address {}. Each person needs "
                       "their own address.",
                       trimmed(person.email));
}

void bindPerson(SQLite::Statement &statement, const Person &person)
{
    bindText(statement, 1, trimmed(person.name));
    bindText(statement, 2, trimmed(person.email));
    bindKey(statement, 3, person.role);
    bindOptionalId(statement, 4, person.managerId);
}

} // namespace

void SqlitePersonRepository::requireManager(const Person &person) const
{
    if (!person.managerId)
        return;
    const auto manager = find(*person.managerId);
    if (!manager || manager->role != Role::Manager)
        throw ValidationError(fmt::format("The manager chosen for {} is not a manager in this "
                                          "team.",
                                          trimmed(person.name)));
}

Id SqlitePersonRepository::add(const Person &person)
{
    validate(person);
    requireManager(person);
    try {
        SQLite::Statement insert(m_db, "INSERT INTO people (name, email, role, manager_id, "
                                       "created_at) VALUES (?, ?, ?, ?, ?)");
        bindPerson(insert, person);
        bindTimestamp(insert, 5, nowUtc());
        insert.exec();
        return m_db.getLastInsertRowid();
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "adding a person", duplicateEmailMessage(person));
    }
}

void SqlitePersonRepository::update(const Person &person)
{
    validate(person);
    requireManager(person);
    try {
        SQLite::Statement change(m_db, "UPDATE people SET name = ?, email = ?, role = ?, "
                                       "manager_id = ? WHERE id = ?");
        bindPerson(change, person);
        change.bind(5, static_cast<std::int64_t>(person.id));
        if (change.exec() == 0)
            throw StorageError(fmt::format("{} is no longer in the database.", person.name));
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "saving a person", duplicateEmailMessage(person));
    }
}

void SqlitePersonRepository::remove(Id id)
{
    const auto person = find(id);
    if (!person)
        return;
    const int sessions = countRows(
        m_db, "SELECT count(*) FROM sessions WHERE salesperson_id = ?1 OR manager_id = ?1", id);
    if (sessions > 0)
        throw RefusedChange(fmt::format(
            "{} cannot be removed: {} session{} still belong{} to them. Delete those sessions "
            "first; nothing was changed.",
            person->name, sessions, sessions == 1 ? "" : "s", sessions == 1 ? "s" : ""));
    const int records = countRows(m_db,
                                  "SELECT count(*) FROM sales_records WHERE "
                                  "salesperson_id = ?",
                                  id);
    if (records > 0)
        throw RefusedChange(fmt::format("{} cannot be removed: {} imported sales record{} "
                                        "belong{} to them. Nothing was changed.",
                                        person->name, records, records == 1 ? "" : "s",
                                        records == 1 ? "s" : ""));
    try {
        m_transactions.run([&] {
            SQLite::Statement erase(m_db, "DELETE FROM people WHERE id = ?");
            erase.bind(1, static_cast<std::int64_t>(id));
            erase.exec();
        });
    } catch (const SQLite::Exception &error) {
        throwStorageError(error, "removing a person",
                          fmt::format("{} cannot be removed: other records still refer to them. "
                                      "Nothing was changed.",
                                      person->name));
    }
}

std::optional<Person> SqlitePersonRepository::find(Id id) const
{
    SQLite::Statement query(m_db, fmt::format("{} WHERE id = ?", personColumns));
    query.bind(1, static_cast<std::int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    return readPerson(query);
}

std::vector<Person> SqlitePersonRepository::listAll() const
{
    SQLite::Statement query(m_db,
                            fmt::format("{} ORDER BY name COLLATE NOCASE, id", personColumns));
    std::vector<Person> people;
    while (query.executeStep())
        people.push_back(readPerson(query));
    return people;
}

std::optional<Person> SqlitePersonRepository::findByEmail(std::string_view email) const
{
    const auto wanted = trimmed(email);
    if (wanted.empty())
        return std::nullopt;
    SQLite::Statement query(m_db, fmt::format("{} WHERE lower(email) = lower(?)", personColumns));
    bindText(query, 1, wanted);
    if (!query.executeStep())
        return std::nullopt;
    return readPerson(query);
}

} // namespace reins::storage
