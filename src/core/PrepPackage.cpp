#include "reins/PrepPackage.h"

#include "reins/SessionSummary.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace reins {

namespace {

using Json = nlohmann::ordered_json;

// ---------------------------------------------------------------- writing

Json amountJson(const std::optional<Amount> &amount)
{
    // Written as text: JSON numbers are floating point in most readers, amounts are exact.
    return amount ? Json(formatAmount(*amount)) : Json(nullptr);
}

Json dateJson(const std::optional<Date> &date)
{
    return date ? Json(toIsoDate(*date)) : Json(nullptr);
}

std::string skillNameOf(const SessionRecord &record, std::optional<Id> id)
{
    if (!id)
        return {};
    const auto found = std::find_if(record.skills.begin(), record.skills.end(),
                                    [&](const Skill &skill) { return skill.id == *id; });
    return found == record.skills.end() ? std::string() : found->name;
}

// ---------------------------------------------------------------- reading

// Walks one JSON object, checking each field's type and, at the end, that no field was
// left unread: a field this Reins does not know is an error, not silently dropped data.
class FieldReader {
public:
    FieldReader(const Json &object, std::string path)
        : m_object(object)
        , m_path(std::move(path))
    {
        if (!m_object.is_object())
            fail(m_path, "expected an object");
    }

    [[noreturn]] static void fail(const std::string &path, std::string_view problem)
    {
        throw PackageError(fmt::format("{}: {}", path.empty() ? "the file" : path, problem));
    }

    [[nodiscard]] std::string pathOf(std::string_view key) const
    {
        return m_path.empty() ? std::string(key) : fmt::format("{}.{}", m_path, key);
    }

    const Json &field(std::string_view key)
    {
        m_read.insert(std::string(key));
        const auto found = m_object.find(std::string(key));
        if (found == m_object.end())
            fail(pathOf(key), "is missing");
        return *found;
    }

    std::string text(std::string_view key, std::size_t maxLength = 20000)
    {
        const auto &value = field(key);
        if (!value.is_string())
            fail(pathOf(key), "expected text");
        auto result = value.get<std::string>();
        if (result.size() > maxLength)
            fail(pathOf(key), fmt::format("is longer than {} characters", maxLength));
        return result;
    }

    bool boolean(std::string_view key)
    {
        const auto &value = field(key);
        if (!value.is_boolean())
            fail(pathOf(key), "expected true or false");
        return value.get<bool>();
    }

    int integer(std::string_view key, int low, int high)
    {
        const auto &value = field(key);
        if (!value.is_number_integer())
            fail(pathOf(key), "expected a whole number");
        const auto number = value.get<std::int64_t>();
        if (number < low || number > high)
            fail(pathOf(key), fmt::format("expected a number from {} to {}", low, high));
        return static_cast<int>(number);
    }

    Date date(std::string_view key)
    {
        const auto value = text(key, 10);
        const auto parsed = parseIsoDate(value);
        if (!parsed)
            fail(pathOf(key), fmt::format("\u201c{}\u201d is not a date like 2026-03-31", value));
        return *parsed;
    }

    std::optional<Date> optionalDate(std::string_view key)
    {
        if (field(key).is_null())
            return std::nullopt;
        return date(key);
    }

    std::optional<Amount> optionalAmount(std::string_view key)
    {
        const auto &value = field(key);
        if (value.is_null())
            return std::nullopt;
        if (!value.is_string())
            fail(pathOf(key), "expected a number written as text such as \"1234.50\", or null");
        const auto parsed = parseAmount(value.get<std::string>());
        if (!parsed)
            fail(pathOf(key), fmt::format("\u201c{}\u201d is not a number such as 1234.50",
                                          value.get<std::string>()));
        return parsed;
    }

    template <typename Enum>
    Enum key(std::string_view name)
    {
        const auto value = text(name, 64);
        const auto parsed = fromKey<Enum>(value);
        if (!parsed)
            fail(pathOf(name), fmt::format("\u201c{}\u201d is not one of the known values", value));
        return *parsed;
    }

    // Calls read(element, path) for each element of an array field.
    template <typename Read>
    void each(std::string_view name, std::size_t maxCount, Read read)
    {
        const auto &value = field(name);
        if (!value.is_array())
            fail(pathOf(name), "expected a list");
        if (value.size() > maxCount)
            fail(pathOf(name), fmt::format("has more than {} entries", maxCount));
        for (std::size_t index = 0; index < value.size(); ++index)
            read(value[index], fmt::format("{}[{}]", pathOf(name), index));
    }

    void finish() const
    {
        for (const auto &[name, value] : m_object.items()) {
            (void)value;
            if (!m_read.contains(name))
                fail(pathOf(name), "is not a field of a Reins prep package");
        }
    }

private:
    const Json &m_object;
    std::string m_path;
    std::set<std::string> m_read;
};

} // namespace

PrepPackage packageFromRecord(const SessionRecord &record, Timestamp createdAt)
{
    PrepPackage package;
    package.appVersion = REINS_VERSION;
    package.createdAt = createdAt;
    package.salespersonName = record.salesperson.name;
    package.salespersonEmail = record.salesperson.email;
    const auto &session = record.session;
    package.meetingDate = session.meetingDate;
    package.periodStart = session.periodStart;
    package.periodEnd = session.periodEnd;
    package.cadence = session.cadence;
    package.ready = session.stage != Stage::Draft;
    package.focus = session.focus;
    for (auto result : record.prep.results) {
        result.id = 0;
        package.results.push_back(std::move(result));
    }
    for (const auto &rating : record.prep.skillRatings) {
        const auto name = skillNameOf(record, rating.skillId);
        if (!name.empty()) // the manager's own score stays with the manager
            package.skillRatings.push_back({name, rating.score, rating.evidence});
    }
    for (const auto &gap : record.prep.gaps)
        package.gaps.push_back({gap.description, skillNameOf(record, gap.skillId), gap.priority});
    for (auto factor : record.prep.factors) {
        factor.id = 0;
        package.factors.push_back(std::move(factor));
    }
    for (auto entry : record.prep.upskilling) {
        entry.id = 0;
        package.upskilling.push_back(std::move(entry));
    }
    for (auto strategy : record.prep.strategies) {
        strategy.id = 0;
        package.strategies.push_back(std::move(strategy));
    }
    for (auto action : record.plan) {
        action.id = 0;
        action.salespersonId = 0;
        action.originSessionId = 0;
        package.plan.push_back(std::move(action));
    }
    return package;
}

std::string writePrepPackage(const PrepPackage &package)
{
    Json json;
    json["format"] = "reins-prep";
    json["formatVersion"] = package.formatVersion;
    json["appVersion"] = package.appVersion;
    json["createdAt"] = toIsoTimestamp(package.createdAt);
    json["salesperson"] = {{"name", package.salespersonName}, {"email", package.salespersonEmail}};
    json["session"] = {{"meetingDate", toIsoDate(package.meetingDate)},
                       {"periodStart", toIsoDate(package.periodStart)},
                       {"periodEnd", toIsoDate(package.periodEnd)},
                       {"cadence", toKey(package.cadence)},
                       {"ready", package.ready},
                       {"focus", package.focus}};
    Json prep;
    prep["results"] = Json::array();
    for (const auto &result : package.results)
        prep["results"].push_back({{"metric", toKey(result.metric)},
                                   {"customName", result.customName},
                                   {"unit", result.unit},
                                   {"target", amountJson(result.target)},
                                   {"actual", amountJson(result.actual)},
                                   {"previous", amountJson(result.previous)},
                                   {"comment", result.comment}});
    prep["skillRatings"] = Json::array();
    for (const auto &rating : package.skillRatings)
        prep["skillRatings"].push_back(
            {{"skill", rating.skillName}, {"score", rating.score}, {"evidence", rating.evidence}});
    prep["gaps"] = Json::array();
    for (const auto &gap : package.gaps)
        prep["gaps"].push_back(
            {{"description", gap.description},
             {"skill", gap.skillName.empty() ? Json(nullptr) : Json(gap.skillName)},
             {"priority", toKey(gap.priority)}});
    prep["factors"] = Json::array();
    for (const auto &factor : package.factors)
        prep["factors"].push_back({{"description", factor.description},
                                   {"origin", toKey(factor.origin)},
                                   {"effect", toKey(factor.effect)},
                                   {"withinInfluence", factor.withinInfluence}});
    prep["upskilling"] = Json::array();
    for (const auto &entry : package.upskilling)
        prep["upskilling"].push_back(
            {{"kind", toKey(entry.kind)}, {"title", entry.title}, {"learned", entry.learned}});
    prep["strategies"] = Json::array();
    for (const auto &strategy : package.strategies)
        prep["strategies"].push_back({{"choice", toKey(strategy.choice)},
                                      {"description", strategy.description},
                                      {"reason", strategy.reason}});
    prep["plan"] = Json::array();
    for (const auto &action : package.plan)
        prep["plan"].push_back({{"description", action.description},
                                {"owner", toKey(action.owner)},
                                {"withinInfluence", action.withinInfluence},
                                {"expectedImpact", toKey(action.expectedImpact)},
                                {"vitalFew", action.vitalFew},
                                {"dueDate", dateJson(action.dueDate)},
                                {"status", toKey(action.status)}});
    json["prep"] = std::move(prep);
    return json.dump(2) + "\n";
}

PrepPackage readPrepPackage(std::string_view text)
{
    if (text.size() > prepPackageMaxBytes)
        FieldReader::fail("", fmt::format("is {} KiB; a prep package is at most {} KiB",
                                          text.size() / 1024, prepPackageMaxBytes / 1024));
    Json json;
    try {
        json = Json::parse(text);
    } catch (const nlohmann::json::parse_error &error) {
        throw PackageError(fmt::format("the file is not valid JSON (at byte {})", error.byte));
    } catch (const nlohmann::json::exception &) {
        // Such as a number too large for any field, found by fuzzing.
        throw PackageError("the file is not valid JSON: it holds a value out of range");
    }

    PrepPackage package;
    FieldReader top(json, "");
    if (top.text("format", 32) != "reins-prep")
        FieldReader::fail("format", "this is not a Reins prep package");
    package.formatVersion = top.integer("formatVersion", 1, 1'000'000);
    if (package.formatVersion > prepPackageFormatVersion)
        FieldReader::fail("formatVersion",
                          fmt::format("the package was made by a newer Reins (format {}; this "
                                      "Reins reads format {}). Update Reins to import it.",
                                      package.formatVersion, prepPackageFormatVersion));
    package.appVersion = top.text("appVersion", 64);
    const auto created = top.text("createdAt", 32);
    const auto createdAt = parseIsoTimestamp(created);
    if (!createdAt)
        FieldReader::fail("createdAt", fmt::format("\u201c{}\u201d is not a time like "
                                                   "2026-03-31T09:30:00Z",
                                                   created));
    package.createdAt = *createdAt;

    FieldReader person(top.field("salesperson"), "salesperson");
    package.salespersonName = person.text("name", 200);
    if (package.salespersonName.find_first_not_of(" \t") == std::string::npos)
        FieldReader::fail("salesperson.name", "is empty");
    package.salespersonEmail = person.text("email", 320);
    person.finish();

    FieldReader session(top.field("session"), "session");
    package.meetingDate = session.date("meetingDate");
    package.periodStart = session.date("periodStart");
    package.periodEnd = session.date("periodEnd");
    if (package.periodEnd < package.periodStart)
        FieldReader::fail("session.periodEnd", "is before session.periodStart");
    package.cadence = session.key<Cadence>("cadence");
    package.ready = session.boolean("ready");
    package.focus = session.text("focus");
    session.finish();

    FieldReader prep(top.field("prep"), "prep");
    constexpr std::size_t maxEntries = 500;
    prep.each("results", maxEntries, [&](const Json &item, const std::string &path) {
        FieldReader field(item, path);
        Result result;
        result.metric = field.key<Metric>("metric");
        result.customName = field.text("customName", 200);
        if (result.metric == Metric::Custom && result.customName.empty())
            FieldReader::fail(path + ".customName", "a custom metric needs a name");
        result.unit = field.text("unit", 40);
        result.target = field.optionalAmount("target");
        result.actual = field.optionalAmount("actual");
        result.previous = field.optionalAmount("previous");
        result.comment = field.text("comment");
        field.finish();
        package.results.push_back(std::move(result));
    });
    prep.each("skillRatings", maxEntries, [&](const Json &item, const std::string &path) {
        FieldReader field(item, path);
        PackagedRating rating;
        rating.skillName = field.text("skill", 200);
        rating.score = field.integer("score", 1, 5);
        rating.evidence = field.text("evidence");
        field.finish();
        package.skillRatings.push_back(std::move(rating));
    });
    prep.each("gaps", maxEntries, [&](const Json &item, const std::string &path) {
        FieldReader field(item, path);
        PackagedGap gap;
        gap.description = field.text("description");
        if (!field.field("skill").is_null())
            gap.skillName = field.text("skill", 200);
        gap.priority = field.key<Priority>("priority");
        field.finish();
        package.gaps.push_back(std::move(gap));
    });
    prep.each("factors", maxEntries, [&](const Json &item, const std::string &path) {
        FieldReader field(item, path);
        Factor factor;
        factor.description = field.text("description");
        factor.origin = field.key<FactorOrigin>("origin");
        factor.effect = field.key<FactorEffect>("effect");
        factor.withinInfluence = field.boolean("withinInfluence");
        field.finish();
        package.factors.push_back(std::move(factor));
    });
    prep.each("upskilling", maxEntries, [&](const Json &item, const std::string &path) {
        FieldReader field(item, path);
        Upskilling entry;
        entry.kind = field.key<UpskillingKind>("kind");
        entry.title = field.text("title", 500);
        entry.learned = field.text("learned");
        field.finish();
        package.upskilling.push_back(std::move(entry));
    });
    prep.each("strategies", maxEntries, [&](const Json &item, const std::string &path) {
        FieldReader field(item, path);
        Strategy strategy;
        strategy.choice = field.key<StrategyChoice>("choice");
        strategy.description = field.text("description");
        strategy.reason = field.text("reason");
        field.finish();
        package.strategies.push_back(std::move(strategy));
    });
    prep.each("plan", maxEntries, [&](const Json &item, const std::string &path) {
        FieldReader field(item, path);
        Action action;
        action.description = field.text("description");
        if (action.description.find_first_not_of(" \t\r\n") == std::string::npos)
            FieldReader::fail(path + ".description", "is empty");
        action.owner = field.key<ActionOwner>("owner");
        action.withinInfluence = field.boolean("withinInfluence");
        action.expectedImpact = field.key<Impact>("expectedImpact");
        action.vitalFew = field.boolean("vitalFew");
        action.dueDate = field.optionalDate("dueDate");
        action.status = field.key<ActionStatus>("status");
        field.finish();
        package.plan.push_back(std::move(action));
    });
    prep.finish();
    top.finish();
    return package;
}

} // namespace reins
