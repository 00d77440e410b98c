#include "reins/PrepPackage.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace reins;
using Json = nlohmann::ordered_json;

namespace {

PrepPackage samplePackage()
{
    PrepPackage package;
    package.appVersion = "0.1.0";
    package.createdAt = *parseIsoTimestamp("2026-11-27T09:30:00Z");
    package.salespersonName = "Tom Becker";
    package.salespersonEmail = "tom@example.com";
    package.meetingDate = *parseIsoDate("2026-12-03");
    package.periodStart = *parseIsoDate("2026-11-01");
    package.periodEnd = *parseIsoDate("2026-11-30");
    package.ready = true;
    package.focus = "Two renewals before Christmas";
    package.results.push_back({0, Metric::Revenue, "", "EUR", Amount{5'000'000}, Amount{4'612'345},
                               std::nullopt, "Fischer \"slipped\""});
    package.skillRatings.push_back({"Product knowledge", 4, "Answered every question"});
    package.gaps.push_back({"Negotiating on price", "", Priority::High});
    package.factors.push_back(
        {0, "Budget freeze", FactorOrigin::External, FactorEffect::Hurt, false});
    package.upskilling.push_back({0, UpskillingKind::Webinar, "Value selling", "Ask about cost"});
    package.strategies.push_back({0, StrategyChoice::Keep, "Friday pipeline review", "Works"});
    Action action;
    action.description = "Call Fischer";
    action.vitalFew = true;
    action.dueDate = parseIsoDate("2026-12-10");
    package.plan.push_back(action);
    return package;
}

// The written sample with one change applied.
std::string changed(const std::function<void(Json &)> &change)
{
    auto json = Json::parse(writePrepPackage(samplePackage()));
    change(json);
    return json.dump();
}

std::string errorOf(const std::string &text)
{
    try {
        (void)readPrepPackage(text);
    } catch (const PackageError &error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST_CASE("A prep package reads back exactly as it was written")
{
    const auto package = samplePackage();
    const auto text = writePrepPackage(package);
    CHECK_THAT(text, Catch::Contains("\"formatVersion\": 1"));
    CHECK_THAT(text, Catch::Contains("\"target\": \"50000.00\"")); // amounts stay exact text
    CHECK(readPrepPackage(text) == package);
}

TEST_CASE("Every kind of bad package is refused with the field it concerns")
{
    CHECK_THAT(errorOf("{ not json"), Catch::Contains("not valid JSON"));
    CHECK_THAT(errorOf("[]"), Catch::Contains("expected an object"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["format"] = "something-else"; })),
               Catch::Contains("format: this is not a Reins prep package"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["formatVersion"] = 2; })),
               Catch::Contains("formatVersion: the package was made by a newer Reins"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["surprise"] = 1; })),
               Catch::Contains("surprise: is not a field of a Reins prep package"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["results"][0]["colour"] = "red"; })),
               Catch::Contains("prep.results[0].colour: is not a field"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["results"][0]["target"] = 5000.5; })),
               Catch::Contains("prep.results[0].target: expected a number written as text"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["results"][0]["actual"] = "lots"; })),
               Catch::Contains("prep.results[0].actual: \u201clots\u201d is not a number"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["skillRatings"][0]["score"] = 6; })),
               Catch::Contains("prep.skillRatings[0].score: expected a number from 1 to 5"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["skillRatings"][0]["score"] = "4"; })),
               Catch::Contains("prep.skillRatings[0].score: expected a whole number"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["factors"][0]["origin"] = "mars"; })),
               Catch::Contains("prep.factors[0].origin: \u201cmars\u201d is not one of"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["plan"][0]["vitalFew"] = "yes"; })),
               Catch::Contains("prep.plan[0].vitalFew: expected true or false"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["session"]["meetingDate"] = "2026-02-30"; })),
               Catch::Contains("session.meetingDate: \u201c2026-02-30\u201d is not a date"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["session"].erase("cadence"); })),
               Catch::Contains("session.cadence: is missing"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["salesperson"]["name"] = " "; })),
               Catch::Contains("salesperson.name: is empty"));
    CHECK_THAT(errorOf(changed([](Json &j) { j["prep"]["gaps"] = "none"; })),
               Catch::Contains("prep.gaps: expected a list"));
    CHECK_THAT(errorOf(std::string(prepPackageMaxBytes + 1, ' ')),
               Catch::Contains("a prep package is at most"));
    CHECK_THAT(errorOf("{\"format\": \"reins-prep\", \"x\": \"\xFF\"}"),
               Catch::Contains("not valid JSON"));
    // Found by fuzzing: a number too large to hold.
    CHECK_THAT(errorOf("222222e222222222222i/\n"), Catch::Contains("not valid JSON"));
    CHECK_THAT(errorOf("1e999999"), Catch::Contains("not valid JSON"));
}
