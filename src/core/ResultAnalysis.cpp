#include "reins/ResultAnalysis.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>

namespace reins {

namespace {

// Up to this many hundredths (forty trillion in any currency) the difference of two values
// times 1000 still fits in 64 bits, so the ratio is exact. Beyond it long double is used:
// no sales team gets there, but a typo in an import must not overflow.
constexpr std::int64_t exactMathLimit = 4'000'000'000'000'000;

bool withinExactLimit(std::int64_t value)
{
    return value >= -exactMathLimit && value <= exactMathLimit;
}

// numerator * scale / denominator rounded half away from zero; denominator must be positive.
std::int64_t roundedRatio(std::int64_t numerator, std::int64_t denominator, std::int64_t scale)
{
    if (withinExactLimit(numerator) && withinExactLimit(denominator)) {
        const std::int64_t scaled = numerator * scale;
        std::int64_t quotient = scaled / denominator;
        const std::int64_t remainder = scaled % denominator; // same sign as scaled
        const std::int64_t doubledRest = 2 * (remainder < 0 ? -remainder : remainder);
        if (doubledRest >= denominator)
            quotient += scaled < 0 ? -1 : 1;
        return quotient;
    }
    const long double ratio = static_cast<long double>(numerator) * scale / denominator;
    constexpr auto largest = static_cast<long double>(std::numeric_limits<std::int64_t>::max());
    if (ratio >= largest)
        return std::numeric_limits<std::int64_t>::max();
    if (ratio <= -largest)
        return -std::numeric_limits<std::int64_t>::max();
    return std::llround(ratio); // llround also rounds halves away from zero
}

std::uint64_t magnitudeOf(std::int64_t value)
{
    // Unsigned negation keeps the most negative value exact.
    return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

// |a - b| without overflow, whatever the two values are.
std::uint64_t distance(std::int64_t a, std::int64_t b)
{
    return a >= b ? static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b)
                  : static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a);
}

std::string withThousandsSeparators(std::uint64_t whole)
{
    std::string digits = fmt::format("{}", whole);
    for (auto position = static_cast<std::ptrdiff_t>(digits.size()) - 3; position > 0;
         position -= 3)
        digits.insert(static_cast<std::size_t>(position), 1, ',');
    return digits;
}

bool isCurrencyCode(std::string_view unit)
{
    if (unit.size() != 3)
        return false;
    for (const char c : unit) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

std::string asciiLowercase(std::string_view text)
{
    std::string lower{text};
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

// How the values of one result are written in a sentence: money always with cents and its
// currency, percentages with a % sign, counts without needless decimals.
class QuantityWriter {
public:
    explicit QuantityWriter(const Result &result)
        : m_unit(result.unit)
        , m_isMoney(result.metric == Metric::Revenue || isCurrencyCode(result.unit))
        , m_isPercent(result.unit == "%" || (result.metric == Metric::WinRate && m_unit.empty()))
    {
        // "Calls are 212 calls" says the unit twice.
        if (asciiLowercase(m_unit) == asciiLowercase(metricLabel(result)))
            m_unit.clear();
    }

    [[nodiscard]] std::string value(Amount amount) const
    {
        const char *sign = amount.hundredths < 0 ? "-" : "";
        return fmt::format("{}{}", sign, number(magnitudeOf(amount.hundredths)));
    }

    // An absolute change, for when no percentage can be given.
    [[nodiscard]] std::string difference(std::uint64_t hundredths) const
    {
        if (m_isPercent) // a change of a percentage is in points, not in percent
            return fmt::format("{} points", plainNumber(hundredths));
        return number(hundredths);
    }

private:
    [[nodiscard]] std::string number(std::uint64_t hundredths) const
    {
        if (m_isPercent)
            return plainNumber(hundredths) + "%";
        std::string text = m_isMoney
                               ? fmt::format("{}.{:02}", withThousandsSeparators(hundredths / 100),
                                             hundredths % 100)
                               : plainNumber(hundredths);
        if (!m_unit.empty() && m_unit != "%")
            text += " " + m_unit;
        return text;
    }

    // 212 -> "212", 31.50 -> "31.5", 2.25 -> "2.25"
    static std::string plainNumber(std::uint64_t hundredths)
    {
        const std::string whole = withThousandsSeparators(hundredths / 100);
        const std::uint64_t cents = hundredths % 100;
        if (cents == 0)
            return whole;
        if (cents % 10 == 0)
            return fmt::format("{}.{}", whole, cents / 10);
        return fmt::format("{}.{:02}", whole, cents);
    }

    std::string m_unit;
    bool m_isMoney;
    bool m_isPercent;
};

std::string_view previousPeriodName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return "last week";
    case Cadence::Fortnightly:
        return "last fortnight";
    case Cadence::Monthly:
        return "last month";
    }
    return "last time";
}

bool isPluralMetric(Metric metric)
{
    return metric == Metric::Units || metric == Metric::Calls || metric == Metric::Meetings ||
           metric == Metric::Proposals;
}

// "revenue", "win rate"; a custom metric keeps its own spelling ("NPS").
std::string labelInSentence(const Result &result)
{
    if (result.metric == Metric::Custom)
        return metricLabel(result);
    return asciiLowercase(displayName(result.metric));
}

std::string_view directionWord(Direction direction)
{
    return direction == Direction::Up ? "up" : "down";
}

} // namespace

ResultReading readResult(const Result &result, Cadence cadence)
{
    ResultReading reading;
    const std::string label = metricLabel(result);
    if (!result.actual) {
        reading.sentence = fmt::format("No figure yet for {}", labelInSentence(result));
        return reading;
    }

    const std::int64_t actual = result.actual->hundredths;
    if (result.target && result.target->hundredths > 0)
        reading.attainmentPercent = roundedRatio(actual, result.target->hundredths, 100);

    const QuantityWriter write{result};
    const std::string_view verb = isPluralMetric(result.metric) ? "are" : "is";
    const std::string_view period = previousPeriodName(cadence);
    const std::string targetPart = reading.attainmentPercent
                                       ? fmt::format(", {}% of target", *reading.attainmentPercent)
                                       : std::string{};

    if (!result.previous) {
        reading.sentence = fmt::format("{} {} {}{}; no figure for {}", label, verb,
                                       write.value(*result.actual), targetPart, period);
        return reading;
    }

    const std::int64_t previous = result.previous->hundredths;
    reading.direction = actual > previous   ? Direction::Up
                        : actual < previous ? Direction::Down
                                            : Direction::Flat;

    if (previous > 0) {
        const std::int64_t changePermille = withinExactLimit(actual) && withinExactLimit(previous)
                                                ? roundedRatio(actual - previous, previous, 1000)
                                                : roundedRatio(actual, previous, 1000) - 1000;
        reading.changePermille = changePermille;
        if (reading.direction == Direction::Flat) {
            reading.sentence =
                fmt::format("{} {} unchanged on {}{}", label, verb, period, targetPart);
        } else if (changePermille == 0) {
            // A real but tiny change: "up 0.0%" would read like a contradiction.
            reading.sentence = fmt::format("{} {} {} less than 0.1% on {}{}", label, verb,
                                           directionWord(reading.direction), period, targetPart);
        } else {
            const std::string percent = formatChange(changePermille).substr(1); // no sign
            reading.sentence =
                fmt::format("{} {} {} {} on {}{}", label, verb, directionWord(reading.direction),
                            percent, period, targetPart);
        }
    } else if (previous == 0) {
        // No percentage of nothing: say what the figure is now.
        const std::string change =
            reading.direction == Direction::Flat
                ? fmt::format("unchanged on {}", period)
                : fmt::format("{} from nothing {}", directionWord(reading.direction), period);
        reading.sentence = fmt::format("{} {} {}, {}{}", label, verb, write.value(*result.actual),
                                       change, targetPart);
    } else if (reading.direction == Direction::Flat) {
        reading.sentence = fmt::format("{} {} unchanged on {}{}", label, verb, period, targetPart);
    } else {
        // A percentage of a negative figure points the wrong way; give the change itself.
        reading.sentence =
            fmt::format("{} {} {} {} on {}{}", label, verb, directionWord(reading.direction),
                        write.difference(distance(actual, previous)), period, targetPart);
    }
    return reading;
}

std::string formatChange(std::int64_t permille)
{
    const char *sign = permille > 0 ? "+" : permille < 0 ? "-" : "";
    const std::uint64_t magnitude = magnitudeOf(permille);
    return fmt::format("{}{}.{}%", sign, magnitude / 10, magnitude % 10);
}

} // namespace reins
