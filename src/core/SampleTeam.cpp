#include "reins/SampleTeam.h"

#include "SampleTeamText.h"
#include "reins/Repositories.h"
#include "reins/SkillCatalogue.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <random>
#include <span>
#include <unordered_set>

namespace reins {

namespace {

// ---------------------------------------------------------------- randomness

// Draws from std::mt19937_64, whose raw output the standard fixes bit for bit. The standard
// distributions (and std::shuffle) are left to each library, so ranges are mapped here:
// the same seed then gives the same team with every compiler.
class SampleRandom {
public:
    explicit SampleRandom(std::uint64_t seed)
        : m_engine(seed)
    {}

    // A raw draw, used to seed the stream of each salesperson.
    [[nodiscard]] std::uint64_t raw() { return m_engine(); }

    // Uniform in [0, bound), bound > 0. Rejecting the few draws below 2^64 mod bound keeps
    // every value equally likely.
    [[nodiscard]] std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t rejectUnder = (0 - bound) % bound;
        for (;;) {
            const std::uint64_t draw = m_engine();
            if (draw >= rejectUnder)
                return draw % bound;
        }
    }

    // Uniform in [low, high].
    [[nodiscard]] int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<std::uint64_t>(high - low) + 1));
    }

    [[nodiscard]] bool chance(int percent) { return between(1, 100) <= percent; }

    template <typename T>
    [[nodiscard]] const T &pick(std::span<const T> items)
    {
        return items[below(items.size())];
    }

    // An index drawn with probability proportional to its weight.
    [[nodiscard]] std::size_t weighted(std::span<const int> weights)
    {
        const int total = std::accumulate(weights.begin(), weights.end(), 0);
        int draw = between(0, total - 1);
        for (std::size_t index = 0; index < weights.size(); ++index) {
            draw -= weights[index];
            if (draw < 0)
                return index;
        }
        return weights.size() - 1;
    }

    // `count` different indices below `poolSize`, in random order (a partial Fisher-Yates).
    [[nodiscard]] std::vector<std::size_t> distinct(std::size_t poolSize, std::size_t count)
    {
        std::vector<std::size_t> indices(poolSize);
        std::iota(indices.begin(), indices.end(), std::size_t{0});
        count = std::min(count, poolSize);
        for (std::size_t i = 0; i < count; ++i)
            std::swap(indices[i], indices[i + below(poolSize - i)]);
        indices.resize(count);
        return indices;
    }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------- text

// What the placeholders of the phrase pools stand for in one phrase.
struct PhraseContext {
    std::string_view account;
    std::string_view product;
    std::string_view competitor;
    std::string_view skill;
};

std::string fillIn(std::string_view pattern, const PhraseContext &context)
{
    return fmt::format(fmt::runtime(pattern), fmt::arg("account", context.account),
                       fmt::arg("product", context.product),
                       fmt::arg("competitor", context.competitor),
                       fmt::arg("skill", context.skill));
}

// ---------------------------------------------------------------- calendar

struct Period {
    Date start;
    Date end;
};

// `count` calendar months, oldest first. The newest is the session being prepared: this
// month's, reviewed just after it ends — unless the month has only begun, when last
// month's review is still ahead.
std::vector<Period> monthlyPeriodsBefore(Date today, int count)
{
    std::vector<Period> periods;
    periods.reserve(static_cast<std::size_t>(count));
    const bool monthJustBegun = static_cast<unsigned>(today.day()) <= 5;
    const std::chrono::year_month thisMonth = std::chrono::year_month{today.year(), today.month()} +
                                              std::chrono::months{monthJustBegun ? 0 : 1};
    for (int monthsBack = count; monthsBack >= 1; --monthsBack) {
        const std::chrono::year_month month = thisMonth - std::chrono::months{monthsBack};
        periods.push_back({Date{month / std::chrono::day{1}}, Date{month / std::chrono::last}});
    }
    return periods;
}

bool isWeekend(Date date)
{
    const std::chrono::weekday day{std::chrono::sys_days{date}};
    return day == std::chrono::Saturday || day == std::chrono::Sunday;
}

// Meetings and deals happen on working days.
Date nextWorkingDay(Date date)
{
    while (isWeekend(date))
        date = addDays(date, 1);
    return date;
}

Timestamp at(Date date, int hour, int minute)
{
    return std::chrono::sys_days{date} + std::chrono::hours{hour} + std::chrono::minutes{minute};
}

// ---------------------------------------------------------------- people

// Hands out believable names with addresses no one else in the team has.
class NameRegistry {
public:
    Person newPerson(SampleRandom &random, Role role, std::optional<Id> managerId)
    {
        Person person;
        person.role = role;
        person.managerId = managerId;
        // A big team runs out of unused combinations; a number then keeps addresses unique.
        constexpr int attemptsBeforeNumbering = 12;
        for (int attempt = 0;; ++attempt) {
            const auto &first = random.pick(sample::firstNames());
            const auto &last = random.pick(sample::surnames());
            std::string local = fmt::format("{}.{}", first.inEmail, last.inEmail);
            if (attempt >= attemptsBeforeNumbering)
                local += std::to_string(++m_numbered);
            std::string email = fmt::format("{}@{}", local, sample::emailDomain);
            if (m_emails.insert(email).second) {
                person.name = fmt::format("{} {}", first.shown, last.shown);
                person.email = std::move(email);
                return person;
            }
        }
    }

private:
    std::unordered_set<std::string> m_emails;
    int m_numbered = 0;
};

// The skills the team audits itself on. A store that starts without a catalogue gets the
// default one, so the sample always has something to rate.
std::vector<Skill> skillsToRate(DataStore &store)
{
    std::vector<Skill> skills = store.skills().listAll();
    if (!skills.empty())
        return skills;
    for (const Skill &skill : defaultSkillCatalogue())
        (void)store.skills().add(skill);
    return store.skills().listAll();
}

// ---------------------------------------------------------------- one salesperson's story

constexpr std::size_t metricCount = static_cast<std::size_t>(Metric::Custom) + 1;
constexpr std::int64_t centsPerEuro = 100;

// Seasonal swing of sales in percent, January first: slow January and August, busy autumn.
constexpr std::array<int, 12> seasonalPercent = {86, 94, 106, 100, 103, 105,
                                                 92, 80, 104, 108, 110, 96};

// How one salesperson sells: the level and trend of their figures, their accounts and the
// skills they audit. Drawn once, so that all their sessions tell one consistent story.
struct SalesProfile {
    std::int64_t monthlyRevenueCents = 0; // the trend level at the first session
    int growthPermillePerMonth = 0;
    int callsPerMonth = 0;
    int meetingsPerMonth = 0;
    int proposalsPerMonth = 0;
    int winRateTenths = 0;            // 315 is 31.5%
    std::vector<Metric> otherMetrics; // reported besides revenue, the same every session
    std::array<bool, metricCount> hasTarget{};
    std::vector<std::string_view> accounts; // their book, biggest account first
    int meetingDaysAfterPeriod = 3;
};

struct RatedSkill {
    const Skill *skill = nullptr;
    int score = 3;
};

struct OpenAction {
    Id id = 0;
    int timesCarried = 0;
    PhraseContext context; // so a review note talks about the same account
};

struct ActiveStrategy {
    std::size_t idea = 0;
    std::string description;
    int sessionsKept = 0;
};

class SalespersonHistory {
public:
    SalespersonHistory(DataStore &store, std::span<const Skill> skills, Id salespersonId,
                       Id managerId, std::uint64_t seed, Date today)
        : m_store(store)
        , m_random(seed)
        , m_salespersonId(salespersonId)
        , m_managerId(managerId)
        , m_today(today)
    {
        drawProfile();
        chooseSkillsToRate(skills);
    }

    void write(std::span<const Period> periods, SampleTeamSummary &summary)
    {
        if (periods.empty())
            return;
        rememberFiguresBefore(periods.front());
        std::vector<SalesRecord> records;
        for (std::size_t index = 0; index < periods.size(); ++index) {
            const bool newest = index + 1 == periods.size();
            summary.actions +=
                writeSession(periods[index], static_cast<int>(index), newest, records);
            ++summary.sessions;
        }
        // One batch per salesperson: the store checks for duplicates once, not per session.
        summary.salesRecords += m_store.salesRecords().addAll(records);
    }

private:
    // ------------------------------------------------ profile

    void drawProfile()
    {
        m_profile.monthlyRevenueCents =
            std::int64_t{m_random.between(35, 140)} * 1000 * centsPerEuro;
        m_profile.growthPermillePerMonth = m_random.between(-6, 22);
        m_profile.callsPerMonth = m_random.between(110, 260);
        m_profile.meetingsPerMonth = m_random.between(14, 38);
        m_profile.proposalsPerMonth = m_random.between(4, 14);
        m_profile.winRateTenths = m_random.between(200, 420);
        m_profile.meetingDaysAfterPeriod = m_random.between(2, 6);

        // Revenue always; two to four of the activity figures, in a fixed order.
        constexpr std::array<Metric, 4> activityMetrics = {Metric::Calls, Metric::Meetings,
                                                           Metric::Proposals, Metric::WinRate};
        auto chosen =
            m_random.distinct(activityMetrics.size(), std::size_t(m_random.between(2, 4)));
        std::sort(chosen.begin(), chosen.end());
        for (const std::size_t index : chosen)
            m_profile.otherMetrics.push_back(activityMetrics[index]);
        constexpr std::array<int, metricCount> targetChance = {100, 0, 100, 70, 50, 70, 0};
        for (std::size_t metric = 0; metric < metricCount; ++metric)
            m_profile.hasTarget[metric] = m_random.chance(targetChance[metric]);

        const std::size_t bookSize = std::size_t(m_random.between(9, 15));
        for (const std::size_t index : m_random.distinct(sample::accountNames().size(), bookSize))
            m_profile.accounts.push_back(sample::accountNames()[index]);
    }

    void chooseSkillsToRate(std::span<const Skill> skills)
    {
        // Most people audit a handful of skills at a time, the same ones so trends show.
        constexpr std::size_t mostRated = 10;
        std::vector<std::size_t> chosen;
        if (skills.size() <= mostRated) {
            chosen.resize(skills.size());
            std::iota(chosen.begin(), chosen.end(), std::size_t{0});
        } else {
            chosen = m_random.distinct(skills.size(), std::size_t(m_random.between(7, 10)));
            std::sort(chosen.begin(), chosen.end()); // catalogue order
        }
        constexpr std::array<int, 5> startingScoreWeights = {4, 24, 42, 25, 5};
        for (const std::size_t index : chosen) {
            const int score = static_cast<int>(m_random.weighted(startingScoreWeights)) + 1;
            m_ratedSkills.push_back({&skills[index], score});
        }
    }

    // ------------------------------------------------ phrases

    // Big accounts come up more often, in notes as in sales.
    std::string_view drawAccount()
    {
        static constexpr std::array<int, 15> rankWeights = {30, 22, 16, 12, 10, 8, 7, 6,
                                                            5,  5,  4,  4,  3,  3, 3};
        const auto weights = std::span<const int>{rankWeights}.first(m_profile.accounts.size());
        return m_profile.accounts[m_random.weighted(weights)];
    }

    PhraseContext drawContext(std::string_view skill = {})
    {
        static constexpr std::array<int, 8> productWeights = {30, 22, 14, 10, 8, 7, 5, 4};
        return {drawAccount(), sample::productNames()[m_random.weighted(productWeights)],
                m_random.pick(sample::competitorNames()), skill};
    }

    std::string phrase(sample::Phrases pool, std::string_view skill = {})
    {
        return fillIn(m_random.pick(pool), drawContext(skill));
    }

    // A pattern from the pool that is not in `used` (while the pool lasts), so that one
    // session does not say the same sentence twice. Patterns are told apart by address.
    std::string_view unusedPattern(sample::Phrases pool, std::vector<const char *> &used)
    {
        std::size_t index = m_random.below(pool.size());
        for (std::size_t tries = 1; tries < pool.size(); ++tries) {
            if (std::find(used.begin(), used.end(), pool[index].data()) == used.end())
                break;
            index = (index + 1) % pool.size();
        }
        used.push_back(pool[index].data());
        return pool[index];
    }

    // ------------------------------------------------ figures

    std::int64_t trendRevenueCents(int monthIndex) const
    {
        const int factor =
            std::clamp(1000 + m_profile.growthPermillePerMonth * monthIndex, 600, 2500);
        return m_profile.monthlyRevenueCents * factor / 1000;
    }

    std::int64_t drawRevenueCents(int monthIndex, std::chrono::month month)
    {
        const std::int64_t seasonal =
            trendRevenueCents(monthIndex) * seasonalPercent[unsigned(month) - 1] / 100;
        const std::int64_t noisy = seasonal * m_random.between(92, 109) / 100;
        constexpr std::int64_t tenEuros = 10 * centsPerEuro;
        return noisy / tenEuros * tenEuros;
    }

    // The quarter's target: set on the trend at its first month, a little above it.
    std::int64_t revenueTargetCents(int monthIndex, std::chrono::month month) const
    {
        const int quarterStart = monthIndex - static_cast<int>((unsigned(month) - 1) % 3);
        constexpr std::int64_t thousandEuros = 1000 * centsPerEuro;
        return (trendRevenueCents(quarterStart) * 105 / 100 + thousandEuros / 2) / thousandEuros *
               thousandEuros;
    }

    Amount drawActivity(Metric metric)
    {
        const auto around = [this](int level) {
            return Amount::fromWhole(std::max(0, level * m_random.between(84, 116) / 100));
        };
        switch (metric) {
        case Metric::Calls:
            return around(m_profile.callsPerMonth);
        case Metric::Meetings:
            return around(m_profile.meetingsPerMonth);
        case Metric::Proposals:
            return around(m_profile.proposalsPerMonth);
        case Metric::WinRate: {
            const int tenths =
                std::clamp(m_profile.winRateTenths + m_random.between(-55, 55), 50, 900);
            return Amount{std::int64_t{tenths} * 10};
        }
        default:
            return {};
        }
    }

    std::optional<Amount> activityTarget(Metric metric) const
    {
        if (!m_profile.hasTarget[static_cast<std::size_t>(metric)])
            return std::nullopt;
        const auto roundedUp = [](int level, int step) {
            return Amount::fromWhole((level * 105 / 100 + step - 1) / step * step);
        };
        switch (metric) {
        case Metric::Calls:
            return roundedUp(m_profile.callsPerMonth, 10);
        case Metric::Meetings:
            return roundedUp(m_profile.meetingsPerMonth, 2);
        case Metric::Proposals:
            return roundedUp(m_profile.proposalsPerMonth, 1);
        case Metric::WinRate:
            return Amount::fromWhole(std::max(30, (m_profile.winRateTenths + 49) / 50 * 5));
        default:
            return std::nullopt;
        }
    }

    // The month before the first session, so the first results have a previous figure too.
    void rememberFiguresBefore(const Period &first)
    {
        const Date monthBefore = addDays(first.start, -1);
        setLastActual(Metric::Revenue, Amount{drawRevenueCents(-1, monthBefore.month())});
        for (const Metric metric : m_profile.otherMetrics)
            setLastActual(metric, drawActivity(metric));
    }

    std::optional<Amount> &lastActual(Metric metric)
    {
        return m_lastActual[static_cast<std::size_t>(metric)];
    }
    void setLastActual(Metric metric, Amount value) { lastActual(metric) = value; }

    Result makeResult(Metric metric, Amount actual, std::optional<Amount> target)
    {
        Result result;
        result.metric = metric;
        result.unit = metric == Metric::Revenue ? "EUR" : metric == Metric::WinRate ? "%" : "";
        result.target = target;
        result.actual = actual;
        result.previous = lastActual(metric);
        setLastActual(metric, actual);
        if (metric == Metric::Revenue && result.previous && m_random.chance(60)) {
            result.comment = phrase(actual >= *result.previous ? sample::revenueUpComments()
                                                               : sample::revenueDownComments());
        } else if (metric == Metric::Calls && m_random.chance(25)) {
            result.comment = phrase(sample::activityComments());
        }
        return result;
    }

    // ------------------------------------------------ sales records

    Date workingDayWithin(const Period &period)
    {
        const Date day =
            addDays(period.start, m_random.between(0, daysBetween(period.start, period.end)));
        const Date working = nextWorkingDay(day);
        if (std::chrono::sys_days{working} <= std::chrono::sys_days{period.end})
            return working;
        return addDays(day, isWeekend(addDays(day, -1)) ? -2 : -1); // back to Friday
    }

    SalesRecord dealRecord(const Period &period, std::string_view account, std::int64_t cents,
                           std::string_view stage)
    {
        static constexpr std::array<int, 8> productWeights = {30, 22, 14, 10, 8, 7, 5, 4};
        SalesRecord record;
        record.salespersonId = m_salespersonId;
        record.date = workingDayWithin(period);
        record.account = account;
        record.product = sample::productNames()[m_random.weighted(productWeights)];
        record.activity = m_random.pick(sample::dealKinds());
        record.amount = Amount{cents};
        record.currency = "EUR";
        record.stage = stage;
        return record;
    }

    // The won deals add up to the month's revenue, so results and sales records agree; a
    // few lost or open deals complete the picture. Big accounts bring bigger deals, which
    // is what makes the Pareto view worth looking at.
    void addDeals(const Period &period, std::int64_t revenueCents,
                  std::vector<SalesRecord> &records)
    {
        const int wonDeals = revenueCents > 0 ? m_random.between(2, 5) : 0;
        std::vector<std::string_view> accounts;
        std::vector<std::int64_t> shares;
        for (int deal = 0; deal < wonDeals; ++deal) {
            const std::string_view account = drawAccount();
            const bool keyAccount =
                account == m_profile.accounts[0] || account == m_profile.accounts[1];
            accounts.push_back(account);
            shares.push_back(m_random.between(50, 150) * (keyAccount ? 3 : 1));
        }
        const std::int64_t totalShares =
            std::accumulate(shares.begin(), shares.end(), std::int64_t{0});
        constexpr std::int64_t tenEuros = 10 * centsPerEuro;
        std::int64_t remaining = revenueCents;
        for (std::size_t deal = 0; deal < accounts.size(); ++deal) {
            const bool last = deal + 1 == accounts.size();
            const std::int64_t cents =
                last ? remaining : revenueCents * shares[deal] / totalShares / tenEuros * tenEuros;
            remaining -= cents;
            records.push_back(dealRecord(period, accounts[deal], cents, sample::wonDealStage));
        }

        const int otherDeals = m_random.between(1, 3);
        for (int deal = 0; deal < otherDeals; ++deal) {
            const std::int64_t cents = std::int64_t{m_random.between(20, 400)} * 100 * centsPerEuro;
            records.push_back(dealRecord(period, drawAccount(), cents,
                                         m_random.pick(sample::openOrLostDealStages())));
        }
    }

    // ------------------------------------------------ preparation

    std::vector<SkillRating> rateSkills()
    {
        std::vector<SkillRating> ratings;
        ratings.reserve(m_ratedSkills.size());
        std::vector<const char *> usedEvidence;
        for (RatedSkill &rated : m_ratedSkills) {
            // Skills move slowly, and more often up than down while someone is coached.
            const bool worked = rated.skill == m_skillInFocus;
            if (rated.score < 5 && m_random.chance(worked ? 30 : 9))
                ++rated.score;
            else if (rated.score > 1 && m_random.chance(4))
                --rated.score;

            SkillRating rating;
            rating.skillId = rated.skill->id;
            rating.score = rated.score;
            const int band = rated.score <= 2 ? 0 : rated.score == 3 ? 1 : 2;
            rating.evidence = fillIn(
                unusedPattern(sample::ratingEvidence(rated.skill->group, band), usedEvidence),
                drawContext());
            if (m_random.chance(45))
                rating.managerScore = std::clamp(rated.score + m_random.between(-1, 1), 1, 5);
            ratings.push_back(std::move(rating));
        }
        return ratings;
    }

    std::vector<Gap> findGaps()
    {
        std::vector<Gap> gaps;
        const int count = m_random.between(1, 3);
        m_skillInFocus = nullptr;
        if (!m_ratedSkills.empty() && m_random.chance(70)) {
            // The weakest rated skill; among equals, whichever comes first after a random start.
            const std::size_t start = m_random.below(m_ratedSkills.size());
            const RatedSkill *weakest = &m_ratedSkills[start];
            for (std::size_t step = 1; step < m_ratedSkills.size(); ++step) {
                const RatedSkill &candidate = m_ratedSkills[(start + step) % m_ratedSkills.size()];
                if (candidate.score < weakest->score)
                    weakest = &candidate;
            }
            m_skillInFocus = weakest->skill;
            Gap gap;
            gap.description = phrase(sample::skillGapPatterns(), weakest->skill->name);
            gap.skillId = weakest->skill->id;
            gap.priority = weakest->score <= 2 ? Priority::High : Priority::Medium;
            gaps.push_back(std::move(gap));
        }
        const auto pool = sample::otherGaps();
        const auto others = m_random.distinct(pool.size(), std::size_t(count) - gaps.size());
        for (const std::size_t index : others) {
            constexpr std::array<int, 3> priorityWeights = {30, 50, 20};
            Gap gap;
            gap.description = fillIn(pool[index], drawContext());
            gap.priority = static_cast<Priority>(m_random.weighted(priorityWeights));
            gaps.push_back(std::move(gap));
        }
        return gaps;
    }

    std::vector<Factor> weighFactors()
    {
        struct Kind {
            FactorOrigin origin;
            FactorEffect effect;
        };
        constexpr std::array<Kind, 4> kinds = {{{FactorOrigin::Internal, FactorEffect::Helped},
                                                {FactorOrigin::Internal, FactorEffect::Hurt},
                                                {FactorOrigin::External, FactorEffect::Helped},
                                                {FactorOrigin::External, FactorEffect::Hurt}}};
        // Distinct phrases across all four kinds: each kind's pool is drawn from as a block.
        constexpr std::size_t perKind = 4;
        std::vector<Factor> factors;
        for (const std::size_t draw :
             m_random.distinct(kinds.size() * perKind, std::size_t(m_random.between(2, 4)))) {
            const Kind kind = kinds[draw / perKind];
            const auto pool = sample::factorDescriptions(kind.origin, kind.effect);
            Factor factor;
            factor.origin = kind.origin;
            factor.effect = kind.effect;
            factor.description = fillIn(pool[draw % perKind % pool.size()], drawContext());
            factor.withinInfluence =
                m_random.chance(kind.origin == FactorOrigin::Internal ? 85 : 20);
            factors.push_back(std::move(factor));
        }
        return factors;
    }

    std::vector<Upskilling> recordUpskilling()
    {
        const auto ideas = sample::upskillingIdeas();
        std::vector<Upskilling> entries;
        for (const std::size_t index :
             m_random.distinct(ideas.size(), std::size_t(m_random.between(1, 2)))) {
            const PhraseContext context = drawContext();
            Upskilling entry;
            entry.kind = ideas[index].kind;
            entry.title = fillIn(ideas[index].title, context);
            entry.learned = fillIn(ideas[index].learned, context);
            entries.push_back(std::move(entry));
        }
        return entries;
    }

    // Strategies kept or created last time come back for review; new ones fill the list up
    // to two or three, so each session has a short, living list.
    std::vector<Strategy> reviewStrategies()
    {
        std::vector<Strategy> strategies;
        std::vector<ActiveStrategy> stillActive;
        for (ActiveStrategy &active : m_activeStrategies) {
            const int keepChance = active.sessionsKept == 0   ? 75
                                   : active.sessionsKept == 1 ? 55
                                                              : 35;
            Strategy strategy;
            strategy.description = active.description;
            if (m_random.chance(keepChance)) {
                strategy.choice = StrategyChoice::Keep;
                strategy.reason = phrase(sample::reasonsToKeep());
                ++active.sessionsKept;
                stillActive.push_back(std::move(active));
            } else {
                strategy.choice = StrategyChoice::Drop;
                strategy.reason = phrase(sample::reasonsToDrop());
            }
            strategies.push_back(std::move(strategy));
        }

        const auto ideas = sample::strategyIdeas();
        const std::size_t wanted = std::size_t(m_random.between(2, 3));
        for (const std::size_t idea : m_random.distinct(ideas.size(), ideas.size())) {
            if (strategies.size() >= wanted)
                break;
            const bool alreadyInList =
                std::any_of(m_activeStrategies.begin(), m_activeStrategies.end(),
                            [idea](const ActiveStrategy &s) { return s.idea == idea; });
            if (alreadyInList)
                continue;
            const PhraseContext context = drawContext();
            Strategy strategy;
            strategy.choice = StrategyChoice::Create;
            strategy.description = fillIn(ideas[idea].description, context);
            strategy.reason = fillIn(ideas[idea].reasonToStart, context);
            stillActive.push_back({idea, strategy.description, 0});
            strategies.push_back(std::move(strategy));
        }
        m_activeStrategies = std::move(stillActive);
        return strategies;
    }

    SessionPrep prepare(const Period &period, int monthIndex, std::vector<SalesRecord> &records)
    {
        SessionPrep prep;
        const std::int64_t revenue = drawRevenueCents(monthIndex, period.start.month());
        addDeals(period, revenue, records);
        prep.results.push_back(
            makeResult(Metric::Revenue, Amount{revenue},
                       Amount{revenueTargetCents(monthIndex, period.start.month())}));
        for (const Metric metric : m_profile.otherMetrics)
            prep.results.push_back(
                makeResult(metric, drawActivity(metric), activityTarget(metric)));

        prep.skillRatings = rateSkills();
        prep.gaps = findGaps();
        prep.factors = weighFactors();
        prep.upskilling = recordUpskilling();
        prep.strategies = reviewStrategies();
        return prep;
    }

    // ------------------------------------------------ actions

    // The salesperson reviews every action still open from earlier plans while preparing.
    void reviewOpenActions(Id sessionId, Timestamp preparedAt)
    {
        std::vector<OpenAction> stillOpen;
        for (OpenAction &open : m_openActions) {
            ActionStatus outcome;
            if (open.timesCarried >= 2) // nobody carries an action forever
                outcome = m_random.chance(70) ? ActionStatus::Done : ActionStatus::Dropped;
            else {
                constexpr std::array<int, 3> outcomeWeights = {27, 61, 12}; // open, done, dropped
                outcome = static_cast<ActionStatus>(m_random.weighted(outcomeWeights));
            }
            ActionReview review;
            review.actionId = open.id;
            review.sessionId = sessionId;
            review.status = outcome;
            review.note = fillIn(m_random.pick(sample::reviewNotes(outcome)), open.context);
            review.reviewedAt = preparedAt + std::chrono::minutes{m_random.between(15, 240)};
            (void)m_store.actions().setReview(review);
            if (outcome == ActionStatus::Open) {
                ++open.timesCarried;
                stillOpen.push_back(open);
            }
        }
        m_openActions = std::move(stillOpen);
    }

    // The 80/20 plan: a few actions, of which one (at most a fifth, at least one) is
    // flagged as the vital few; often one is a commitment the manager makes.
    int planActions(Id sessionId, Date meetingDate)
    {
        const std::size_t count = std::size_t(m_random.between(3, 5));
        const bool managerCommits = m_random.chance(55);
        const std::size_t salespersonCount = count - (managerCommits ? 1 : 0);
        const auto pool = sample::salespersonActions();
        std::vector<Action> actions;
        std::vector<PhraseContext> contexts;
        for (const std::size_t index : m_random.distinct(pool.size(), salespersonCount)) {
            const PhraseContext context = drawContext();
            Action action;
            action.description = fillIn(pool[index], context);
            action.owner = ActionOwner::Salesperson;
            action.withinInfluence = m_random.chance(90);
            actions.push_back(std::move(action));
            contexts.push_back(context);
        }
        if (managerCommits) {
            const PhraseContext context = drawContext();
            Action action;
            action.description = fillIn(m_random.pick(sample::managerCommitments()), context);
            action.owner = ActionOwner::Manager;
            action.withinInfluence = false; // it rests on the manager, not the salesperson
            actions.push_back(std::move(action));
            contexts.push_back(context);
        }

        const std::size_t vitalFew = std::max<std::size_t>(1, actions.size() / 5);
        for (const std::size_t index : m_random.distinct(salespersonCount, vitalFew))
            actions[index].vitalFew = true;

        constexpr std::array<int, 3> impactWeights = {25, 45, 30};
        for (std::size_t index = 0; index < actions.size(); ++index) {
            Action &action = actions[index];
            action.salespersonId = m_salespersonId;
            action.originSessionId = sessionId;
            action.expectedImpact = action.vitalFew
                                        ? Impact::High
                                        : static_cast<Impact>(m_random.weighted(impactWeights));
            if (m_random.chance(85))
                action.dueDate = nextWorkingDay(addDays(meetingDate, m_random.between(5, 25)));
            m_openActions.push_back({m_store.actions().add(action), 0, contexts[index]});
        }
        return static_cast<int>(actions.size());
    }

    // ------------------------------------------------ meeting

    MeetingRecord recordMeeting()
    {
        MeetingRecord meeting;
        constexpr std::array<MeetingStage, meetingStageCount> stages = {
            MeetingStage::Acknowledge, MeetingStage::Explore, MeetingStage::Plan,
            MeetingStage::Support};
        for (const MeetingStage stage : stages) {
            const auto prompts = sample::meetingPrompts(stage);
            const auto notes = sample::sharedMeetingNotes(stage);
            const std::size_t count =
                std::size_t(stage == MeetingStage::Support ? 1 : m_random.between(1, 2));
            const auto promptOrder = m_random.distinct(prompts.size(), count);
            const auto noteOrder = m_random.distinct(notes.size(), count);
            for (std::size_t i = 0; i < count; ++i) {
                MeetingNote note;
                note.stage = stage;
                note.prompt = prompts[promptOrder[i]];
                note.text = fillIn(notes[noteOrder[i]], drawContext());
                meeting.notes.push_back(std::move(note));
            }
        }
        if (m_random.chance(35)) {
            MeetingNote note;
            note.stage = m_random.chance(50) ? MeetingStage::Explore : MeetingStage::Support;
            note.prompt = sample::privateNotePrompt;
            note.text = phrase(sample::privateManagerNotes());
            note.isPrivate = true;
            meeting.notes.push_back(std::move(note));
        }

        // The model asks for 90% of the time on solutions; most meetings manage it.
        const std::int64_t total =
            std::int64_t{m_random.between(25, 55)} * 60 + m_random.between(0, 59);
        const int problemPermille =
            m_random.chance(80) ? m_random.between(40, 100) : m_random.between(110, 220);
        const std::int64_t problem = total * problemPermille / 1000;
        const std::int64_t acknowledge = problem * m_random.between(35, 60) / 100;
        const std::int64_t solution = total - problem;
        const std::int64_t plan = solution * m_random.between(55, 75) / 100;
        meeting.stageTimes = {{MeetingStage::Acknowledge, acknowledge},
                              {MeetingStage::Explore, problem - acknowledge},
                              {MeetingStage::Plan, plan},
                              {MeetingStage::Support, solution - plan}};
        return meeting;
    }

    // ------------------------------------------------ one session

    Date meetingDateFor(const Period &period, bool newest)
    {
        Date date = nextWorkingDay(
            addDays(period.end, m_profile.meetingDaysAfterPeriod + m_random.between(0, 1)));
        // The session still being prepared has its meeting ahead of it.
        if (newest && std::chrono::sys_days{date} <= std::chrono::sys_days{m_today})
            date = nextWorkingDay(addDays(m_today, m_random.between(1, 4)));
        return date;
    }

    int writeSession(const Period &period, int monthIndex, bool newest,
                     std::vector<SalesRecord> &records)
    {
        Session session;
        session.salespersonId = m_salespersonId;
        session.managerId = m_managerId;
        session.periodStart = period.start;
        session.periodEnd = period.end;
        session.cadence = Cadence::Monthly;
        session.meetingDate = meetingDateFor(period, newest);
        session.stage = !newest ? Stage::Closed : m_random.chance(50) ? Stage::Ready : Stage::Draft;
        session.createdAt =
            at(addDays(period.end, 1), m_random.between(8, 10), m_random.between(0, 59));
        if (newest) {
            // Edited until yesterday at the latest: today's later hours have not happened yet.
            const Date lastEdit = std::min(addDays(session.meetingDate, -1), addDays(m_today, -1));
            session.updatedAt = std::max(session.createdAt + std::chrono::minutes{40},
                                         at(lastEdit, 16, m_random.between(0, 59)));
        } else {
            session.updatedAt =
                at(session.meetingDate, m_random.between(11, 16), m_random.between(0, 59));
            constexpr std::array<int, 5> ratingWeights = {1, 3, 18, 48, 30};
            if (m_random.chance(80))
                session.rating = static_cast<int>(m_random.weighted(ratingWeights)) + 1;
        }

        SessionPrep prep = prepare(period, monthIndex, records);
        // A new focus each month: last month's is not simply repeated.
        std::vector<const char *> lastFocus{m_lastFocusPattern};
        const std::string_view focusPattern = unusedPattern(sample::focusPatterns(), lastFocus);
        m_lastFocusPattern = focusPattern.data();
        session.focus = fillIn(focusPattern, drawContext());
        const Id sessionId = m_store.sessions().create(session);
        m_store.sessions().savePrep(sessionId, prep);

        reviewOpenActions(sessionId, session.createdAt);
        const int actions = planActions(sessionId, session.meetingDate);
        if (session.stage == Stage::Closed)
            m_store.sessions().saveMeeting(sessionId, recordMeeting());
        return actions;
    }

    DataStore &m_store;
    SampleRandom m_random;
    Id m_salespersonId;
    Id m_managerId;
    Date m_today;
    SalesProfile m_profile;
    std::vector<RatedSkill> m_ratedSkills;
    const Skill *m_skillInFocus = nullptr; // the skill of last session's skill gap
    const char *m_lastFocusPattern = nullptr;
    std::array<std::optional<Amount>, metricCount> m_lastActual{};
    std::vector<OpenAction> m_openActions;
    std::vector<ActiveStrategy> m_activeStrategies;
};

} // namespace

SampleTeamSummary writeSampleTeam(DataStore &store, SampleTeamSize size, Date today,
                                  std::uint64_t seed)
{
    SampleTeamSummary summary;
    store.inTransaction([&] {
        summary = {};
        SampleRandom teamRandom{seed};
        const std::vector<Skill> skills = skillsToRate(store);
        const std::vector<Period> periods =
            monthlyPeriodsBefore(today, std::max(0, size.sessionsPerSalesperson));

        // One manager for every eight salespeople or fewer, and always at least one.
        const int salespeople = std::max(0, size.salespeople);
        const int managers = std::max(1, (salespeople + 7) / 8);
        NameRegistry names;
        std::vector<Id> managerIds;
        for (int index = 0; index < managers; ++index) {
            managerIds.push_back(
                store.people().add(names.newPerson(teamRandom, Role::Manager, {})));
            ++summary.managers;
        }
        for (int index = 0; index < salespeople; ++index) {
            // Consecutive blocks of near-equal size, one block per manager.
            const Id managerId = managerIds[std::size_t(index * managers / salespeople)];
            const Id salespersonId =
                store.people().add(names.newPerson(teamRandom, Role::Salesperson, managerId));
            ++summary.salespeople;
            SalespersonHistory history{store,     skills,           salespersonId,
                                       managerId, teamRandom.raw(), today};
            history.write(periods, summary);
        }
    });
    return summary;
}

} // namespace reins
