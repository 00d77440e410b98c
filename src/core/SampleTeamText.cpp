#include "SampleTeamText.h"

// clang-format off
// (one phrase per line reads better than whatever the formatter would make of the pools)

namespace reins::sample {

std::span<const PersonName> firstNames()
{
    static constexpr PersonName names[] = {
        {"Amara", "amara"}, {"Priya", "priya"}, {"Mateo", "mateo"}, {"Sofía", "sofia"},
        {"Hiroshi", "hiroshi"}, {"Fatima", "fatima"}, {"Lars", "lars"}, {"Wei", "wei"},
        {"Olusegun", "olusegun"}, {"Ingrid", "ingrid"}, {"Rafael", "rafael"}, {"Aisha", "aisha"},
        {"Tomasz", "tomasz"}, {"Zoë", "zoe"}, {"Javier", "javier"}, {"Mei", "mei"},
        {"Kwame", "kwame"}, {"Elena", "elena"}, {"Nikolai", "nikolai"}, {"Siobhán", "siobhan"},
        {"Yusuf", "yusuf"}, {"Camille", "camille"}, {"Arjun", "arjun"}, {"Hannah", "hannah"},
        {"Diego", "diego"}, {"Leila", "leila"}, {"Marcus", "marcus"}, {"Ana", "ana"},
        {"Jonas", "jonas"}, {"Noor", "noor"}, {"Gabriel", "gabriel"}, {"Yuki", "yuki"},
        {"Emeka", "emeka"}, {"Freya", "freya"}, {"Luca", "luca"}, {"Chiara", "chiara"},
        {"Ravi", "ravi"}, {"Sara", "sara"}, {"Daniel", "daniel"}, {"Mariam", "mariam"},
        {"Tobias", "tobias"}, {"Keiko", "keiko"}, {"Samuel", "samuel"}, {"Beatriz", "beatriz"},
        {"Oskar", "oskar"}, {"Imani", "imani"}, {"Léa", "lea"}, {"Ahmed", "ahmed"},
        {"Greta", "greta"}, {"Jamal", "jamal"}, {"Nadia", "nadia"}, {"Pieter", "pieter"},
        {"Rosa", "rosa"}, {"Ibrahim", "ibrahim"}, {"Astrid", "astrid"}, {"Tariq", "tariq"},
        {"Julia", "julia"}, {"Kofi", "kofi"}, {"Andrés", "andres"}, {"Min-jun", "minjun"},
        {"Fiona", "fiona"}, {"Patrick", "patrick"}, {"Agnieszka", "agnieszka"}, {"Omar", "omar"},
    };
    return names;
}

std::span<const PersonName> surnames()
{
    static constexpr PersonName names[] = {
        {"Okafor", "okafor"}, {"Raman", "raman"}, {"García", "garcia"}, {"Tanaka", "tanaka"},
        {"Haddad", "haddad"}, {"Johansson", "johansson"}, {"Chen", "chen"}, {"Mensah", "mensah"},
        {"Kowalski", "kowalski"}, {"Fischer", "fischer"}, {"O'Brien", "obrien"},
        {"Nguyen", "nguyen"}, {"Rossi", "rossi"}, {"Dubois", "dubois"}, {"Singh", "singh"},
        {"Müller", "mueller"}, {"Eriksen", "eriksen"}, {"Adeyemi", "adeyemi"}, {"Moreau", "moreau"},
        {"Novak", "novak"}, {"Petrov", "petrov"}, {"Santos", "santos"}, {"Yılmaz", "yilmaz"},
        {"van der Berg", "vanderberg"}, {"Kim", "kim"}, {"Murphy", "murphy"},
        {"Schneider", "schneider"}, {"Costa", "costa"}, {"Bianchi", "bianchi"}, {"Patel", "patel"},
        {"Hughes", "hughes"}, {"Lindqvist", "lindqvist"}, {"Sato", "sato"}, {"Osei", "osei"},
        {"Hernández", "hernandez"}, {"Brennan", "brennan"}, {"Khan", "khan"}, {"Jensen", "jensen"},
        {"Horvat", "horvat"}, {"Ferreira", "ferreira"}, {"Walsh", "walsh"},
        {"Nakamura", "nakamura"}, {"Abiodun", "abiodun"}, {"Larsen", "larsen"},
        {"Dimitriou", "dimitriou"}, {"Park", "park"}, {"Reyes", "reyes"}, {"Svensson", "svensson"},
        {"Achterberg", "achterberg"}, {"Mahmoud", "mahmoud"}, {"Byrne", "byrne"},
        {"Wójcik", "wojcik"}, {"Lambert", "lambert"}, {"Iyer", "iyer"}, {"Castillo", "castillo"},
        {"Hartmann", "hartmann"},
    };
    return names;
}

Phrases accountNames()
{
    static constexpr std::string_view names[] = {
        "Halden Logistics", "Mercer & Pike Freight", "Bluewater Foods", "Kestrel Building Supplies",
        "Aurora Pharma Distribution", "Greenfield Dairy Co-op", "Ironbridge Haulage",
        "Lumen Retail Group", "Northgate Wholesale", "Pelican Seafood Traders", "Redwood Timber",
        "Silverline Couriers", "Sundial Garden Centres", "Tamsin Beverages",
        "Vantage Medical Supplies", "Westbrook Engineering", "Alder & Finch Home",
        "Brightmoor Bakeries", "Caldera Chemicals", "Dunmore Agricultural",
        "Elmstead Cold Storage", "Fairport Marine", "Granite Peak Construction",
        "Harbour City Markets", "Juniper Office Supplies", "Keystone Parcel", "Larkspur Florists",
        "Meridian Car Parts", "Oakhurst Furniture", "Pinecrest Water", "Quayside Print",
        "Rowan Pet Foods", "Saltmarsh Brewing", "Thornbury Steel", "Union Street Pharmacy",
        "Valley Fresh Produce", "Wren Textiles", "Yardley Tyres", "Zephyr Electrical Wholesale",
        "Ashcombe Catering", "Beacon Hill Removals", "Copperfield Paints",
    };
    return names;
}

Phrases productNames()
{
    static constexpr std::string_view names[] = {
        "Fleet Tracker", "Route Planner", "Cold Chain Sensors", "Driver Safety Pack",
        "Fuel Insights", "Maintenance Scheduler", "Depot Scanner", "Support Plus",
    };
    return names;
}

Phrases competitorNames()
{
    static constexpr std::string_view names[] = {
        "Corvex", "Trackwell", "Altamira Fleet", "Routemaster Systems", "Keel Software",
    };
    return names;
}

Phrases dealKinds()
{
    static constexpr std::string_view kinds[] = {
        "New business", "Upsell", "Renewal", "Cross-sell",
    };
    return kinds;
}

Phrases openOrLostDealStages()
{
    static constexpr std::string_view stages[] = {"Lost", "Proposal", "Negotiation"};
    return stages;
}

Phrases revenueUpComments()
{
    static constexpr std::string_view comments[] = {
        "{account} came in earlier than expected.",
        "Two renewals and the {product} upsell at {account} landed this month.",
        "The prospecting from last quarter is starting to pay off.",
        "Won {account} back from {competitor}.",
        "Good month; {account} ordered {product} for their second depot.",
    };
    return comments;
}

Phrases revenueDownComments()
{
    static constexpr std::string_view comments[] = {
        "{account} slipped to next month.",
        "Holidays slowed decisions everywhere.",
        "Lost {account} to {competitor} on price.",
        "Big order last month flattered the comparison.",
        "{account} halved their {product} order after a budget cut.",
    };
    return comments;
}

Phrases activityComments()
{
    static constexpr std::string_view comments[] = {
        "Kept the prospecting blocks most weeks.",
        "Fewer calls, more time on the big deals.",
        "Trade fair week cut into call time.",
        "Worked through the lapsed-customer list.",
        "Two days of training this month.",
    };
    return comments;
}

Phrases ratingEvidence(SkillGroup group, int scoreBand)
{
    static constexpr std::string_view knowledge[3][4] = {
        {"Got caught out on a {product} question at {account} and had to promise an answer later.",
         "Could not say how we compare with {competitor} when {account} asked.",
         "Still rely on the product team for anything beyond the basics of {product}.",
         "Went into {account} knowing little about how they actually make money."},
        {"Answered most questions at {account} on the spot; one on integration I had to check.",
         "Know how {competitor} pitches now, but not yet how they price.",
         "Comfortable explaining {product} to operations people, less so to finance.",
         "Used what I learned about the expansion plans of {account} in the proposal."},
        {"{account} asked me to walk their new team through {product}; no notes needed.",
         "Won {account} back from {competitor} by knowing exactly where their offer falls short.",
         "Colleagues sent me three {product} questions this month and I answered all of them.",
         "Spotted a use for {product} at {account} that their own team had not thought of."},
    };
    static constexpr std::string_view preparation[3][4] = {
        {"Went into {account} without checking the CRM history; they raised a complaint I knew "
         "nothing about.",
         "No written plan for most calls this month; I winged it when the diary got busy.",
         "Several calls ended without a next step because I had not decided what I wanted from "
         "them.",
         "Only met one person at {account}; I do not know who signs off."},
        {"Planned the key meetings on paper; routine calls still not.",
         "Had an objective for most calls; got the commitment at {account} but not at two others.",
         "Researched {account} before the first meeting, but not the people I was meeting.",
         "Mapped the buying group at {account}; two names are still question marks."},
        {"Every meeting this month had a written plan with a main and a fallback objective.",
         "Reading up on the new warehouse at {account} gave me the opening for the meeting.",
         "Met the finance director at {account} because the map showed she was the real blocker.",
         "Prepared for the likely objections at {account} and heard all three of them."},
    };
    static constexpr std::string_view conversation[3][4] = {
        {"Started presenting {product} ten minutes into the {account} meeting, before I knew what "
         "they needed.",
         "Dropped the price at {account} as soon as they pushed; did not ask what was behind it.",
         "Talked too much at {account}; my notes are all our pitch and none of their words.",
         "Did not ask for the order at {account} even though they were ready."},
        {"Good discovery at {account}: found the real reason they are looking, not just the "
         "stated one.",
         "Handled the price objection at {account} without discounting, but it took two tries.",
         "Summarised back at the end of each meeting; customers corrected me twice, which helped.",
         "Asked {account} for a decision date and got one."},
        {"{account} told me the questions alone were worth the meeting.",
         "Closed {account} on the forecast date with full margin; traded longer payment terms for "
         "a two-year commitment.",
         "Raised the {competitor} comparison before {account} did and turned it into a reason to "
         "choose us.",
         "The customer did most of the talking in every meeting I noted this month."},
    };
    static constexpr std::string_view pipeline[3][4] = {
        {"Prospecting slipped again; I blocked Friday mornings but used them for admin.",
         "Pipeline review showed four deals with no next step, two of them older than three "
         "months.",
         "Forecast missed by a wide margin; {account} slipped and I had not seen it coming.",
         "Wrote last week's CRM notes on Monday, from memory."},
        {"Kept two prospecting blocks a week for three of the four weeks.",
         "Every open deal has a stage and next step now; some values are still optimistic.",
         "Forecast within about 20%; {account} was the deal that moved.",
         "Logged contacts the same day most days; summaries out within two days."},
        {"Qualified out two weak deals early and put the time into {account}.",
         "Forecast landed within 5% of the result.",
         "Pipeline is over three times target, with {account} a referral from an existing "
         "customer.",
         "Follow-up went out the same afternoon after every meeting; {account} commented on it."},
    };
    const int band = scoreBand < 0 ? 0 : scoreBand > 2 ? 2 : scoreBand;
    switch (group) {
    case SkillGroup::Knowledge: return knowledge[band];
    case SkillGroup::Preparation: return preparation[band];
    case SkillGroup::Conversation: return conversation[band];
    case SkillGroup::PipelineAndSelfManagement: return pipeline[band];
    }
    return knowledge[band];
}

Phrases skillGapPatterns()
{
    static constexpr std::string_view patterns[] = {
        "{skill}: I know what good looks like but do not do it on every call yet.",
        "{skill} is where I lose deals late; I need a repeatable approach.",
        "{skill}: scored myself low, and the lost deal at {account} shows why.",
        "Need to get more consistent at {skill}, especially with senior buyers.",
        "{skill}: I skip it under time pressure, which is exactly when it matters.",
    };
    return patterns;
}

Phrases otherGaps()
{
    static constexpr std::string_view gaps[] = {
        "No relationship above the buyer at {account}.",
        "Not enough new opportunities for next quarter; the pipeline thins out after the summer.",
        "Do not know the new {product} pricing well enough to quote without help.",
        "Too much time on small accounts that will never grow.",
        "No reference customer in the food sector to point prospects to.",
        "Proposals take me too long to write; {account} waited a week for theirs.",
    };
    return gaps;
}

Phrases factorDescriptions(FactorOrigin origin, FactorEffect effect)
{
    static constexpr std::string_view internalHelped[] = {
        "Used the new proposal template; it saved hours on every quote.",
        "The solutions team prepared the {account} demo with me.",
        "Blocked prospecting time in the calendar and mostly kept it.",
        "Marketing's {product} campaign produced warm leads.",
    };
    static constexpr std::string_view internalHurt[] = {
        "Two weeks of holiday cut selling time.",
        "Waited nine days for a technical answer on {product}; {account} went quiet meanwhile.",
        "Too much time on internal reporting this month.",
        "Delivery delays on {product} made me cautious about promising dates.",
    };
    static constexpr std::string_view externalHelped[] = {
        "{account} got new funding and brought their project forward.",
        "New driver-safety rules have customers asking about {product}.",
        "The trade fair brought in six qualified leads.",
        "{competitor} raised prices, which opened doors at two accounts.",
    };
    static constexpr std::string_view externalHurt[] = {
        "{account} froze all spending until the new financial year.",
        "{competitor} is discounting hard in our region.",
        "Two key contacts changed jobs; starting over at {account}.",
        "Summer holidays: hard to get decision-makers in a room.",
    };
    if (origin == FactorOrigin::Internal)
        return effect == FactorEffect::Helped ? Phrases{internalHelped} : Phrases{internalHurt};
    return effect == FactorEffect::Helped ? Phrases{externalHelped} : Phrases{externalHurt};
}

std::span<const UpskillingIdea> upskillingIdeas()
{
    static constexpr UpskillingIdea ideas[] = {
        {UpskillingKind::Reading, "'SPIN Selling', the chapters on implication questions",
         "Asking about the consequences of a problem makes buyers state its cost themselves; "
         "tried it twice."},
        {UpskillingKind::Reading, "Industry report on transport costs",
         "Fuel and driver costs are what finance directors talk about; I now open with them."},
        {UpskillingKind::Webinar, "Webinar: negotiating with procurement teams",
         "Procurement is measured on savings; give them one to report that does not come out of "
         "our margin."},
        {UpskillingKind::Webinar, "Product webinar on the new {product} release",
         "The new reports answer the question {account} keeps asking."},
        {UpskillingKind::CompetitorResearch,
         "Went through the price list and case studies of {competitor}",
         "Cheaper up front but they charge for every integration; a good question to raise early."},
        {UpskillingKind::CompetitorResearch, "Talked to a customer who left {competitor}",
         "They left over support response times, which is our strongest card."},
        {UpskillingKind::TechniqueTried, "Summarising the customer's points before presenting",
         "Customers corrected me twice, and the presentation was shorter and more relevant."},
        {UpskillingKind::TechniqueTried, "Asking about the decision process on the first call",
         "Felt awkward at first; three out of four gave a clear answer."},
        {UpskillingKind::TechniqueTried, "Offering two options instead of one proposal",
         "Worked at {account}; with a new contact it felt pushy."},
        {UpskillingKind::Course, "Internal course: value-based selling, day one",
         "Build the value case in the customer's own figures; started one for {account}."},
        {UpskillingKind::Course, "Online course: forecasting in a spreadsheet",
         "I now keep a simple weighted forecast beside the CRM one."},
        {UpskillingKind::Other, "Shadowed a senior colleague on two key-account calls",
         "She spends the first ten minutes only asking questions, and the customer relaxes."},
        {UpskillingKind::Other, "Rode along with a customer's delivery driver for a day",
         "Saw why route changes matter so much to them; my questions are better now."},
    };
    return ideas;
}

std::span<const StrategyIdea> strategyIdeas()
{
    static constexpr StrategyIdea ideas[] = {
        {"Block two mornings a week for prospecting", "The pipeline for next quarter is thin."},
        {"Send a written summary within a day of every meeting",
         "Customers forget what was agreed and deals stall."},
        {"Meet a second stakeholder in every deal above 20k",
         "Lost two deals this year to people I never met."},
        {"Open every first meeting with questions, no slides", "I start presenting too early."},
        {"Review stalled deals every Friday afternoon",
         "Too many deals sit in the same stage for weeks."},
        {"Ask for the decision date on the second call", "My forecast keeps slipping."},
        {"Ask existing customers for a referral once a month",
         "My best new customers came through referrals."},
        {"Prepare a one-page plan for every key meeting", "Important meetings drift off track."},
        {"Lead with total running costs against {competitor}",
         "We lose on list price but win on running costs."},
        {"Group visits by area to cut travel", "Too many hours in the car."},
    };
    return ideas;
}

Phrases reasonsToKeep()
{
    static constexpr std::string_view reasons[] = {
        "Working: more first meetings than last month.",
        "Still early, but customers respond well.",
        "It is becoming a habit; keeping it.",
        "It helped close {account}.",
        "Results are mixed, but the effort is small.",
    };
    return reasons;
}

Phrases reasonsToDrop()
{
    static constexpr std::string_view reasons[] = {
        "Did not stick; the diary always won.",
        "No visible effect after two months.",
        "Replaced by a better approach we agreed in the last session.",
        "Tried it; it does not suit the way my customers buy.",
        "Takes more time than it gives back.",
    };
    return reasons;
}

Phrases focusPatterns()
{
    static constexpr std::string_view patterns[] = {
        "Get {account} to a signed order before the end of the quarter.",
        "Rebuild the pipeline: ten new first meetings, at least three outside my existing "
        "accounts.",
        "Win back the volume lost at {account} with the {product} upgrade.",
        "Raise my win rate by qualifying earlier and dropping weak deals.",
        "Grow {product} in my existing accounts, starting with {account}.",
        "Get a second stakeholder into every large deal.",
        "Protect margin: no discount without something in return.",
        "Close the three deals in negotiation, starting with {account}.",
    };
    return patterns;
}

Phrases salespersonActions()
{
    static constexpr std::string_view actions[] = {
        "Book a meeting with the finance director at {account}.",
        "Send {account} the {product} business case in their own figures.",
        "Call ten lapsed customers from last year's list.",
        "Write a one-page plan for the {account} negotiation.",
        "Ask {account} for an introduction to their sister company.",
        "Close or update every deal in the pipeline without a next step.",
        "Run a {product} demo for the operations team at {account}.",
        "Write up the {competitor} comparison for the team meeting.",
        "Follow up every trade fair lead within the week.",
        "Agree a decision date with {account}.",
        "Block Tuesday and Thursday mornings for prospecting.",
        "Set up a reference call with a current customer for {account}.",
    };
    return actions;
}

Phrases managerCommitments()
{
    static constexpr std::string_view commitments[] = {
        "Join the {account} negotiation meeting.",
        "Introduce them to the regional director at {account}.",
        "Get an answer from product on the {product} delivery date.",
        "Decide on the extended payment terms for {account} by Friday.",
        "Share the win/loss notes from the last {competitor} deals.",
        "Arrange a shadowing day with a senior colleague.",
        "Free up a solutions engineer for the {account} demo.",
    };
    return commitments;
}

Phrases reviewNotes(ActionStatus outcome)
{
    static constexpr std::string_view done[] = {
        "Done; {account} agreed to a follow-up meeting.",
        "Done, and it paid off.",
        "Done the week after the session.",
        "Done. Took longer than planned.",
        "Done; the result is in this month's figures.",
    };
    static constexpr std::string_view dropped[] = {
        "Dropped: {account} postponed the project.",
        "Dropped; no longer relevant after their reorganisation.",
        "Dropped in favour of the plan we agreed last time.",
        "Dropped: not worth the time after all.",
    };
    static constexpr std::string_view carried[] = {
        "Started, not finished; carrying it forward.",
        "Waiting on {account}; carried.",
        "Not started, the month was too full. Still important.",
        "Half done; finishing it this month.",
    };
    switch (outcome) {
    case ActionStatus::Done: return done;
    case ActionStatus::Dropped: return dropped;
    case ActionStatus::Open: return carried;
    }
    return carried;
}

Phrases meetingPrompts(MeetingStage stage)
{
    static constexpr std::string_view acknowledge[] = {
        "What went well this month?",
        "What are you most pleased with?",
        "Which result are you proudest of?",
    };
    static constexpr std::string_view explore[] = {
        "Why do you think that happened?",
        "What made the difference?",
        "What got in the way?",
    };
    static constexpr std::string_view plan[] = {
        "What will you do differently next month?",
        "Which action matters most?",
        "What is the one thing that would move your numbers?",
    };
    static constexpr std::string_view support[] = {
        "What do you need from me?",
        "How can I help you get there?",
        "Who else could help?",
    };
    switch (stage) {
    case MeetingStage::Acknowledge: return acknowledge;
    case MeetingStage::Explore: return explore;
    case MeetingStage::Plan: return plan;
    case MeetingStage::Support: return support;
    }
    return acknowledge;
}

Phrases sharedMeetingNotes(MeetingStage stage)
{
    static constexpr std::string_view acknowledge[] = {
        "Strong month on {product}; the {account} order was well earned.",
        "Good discipline on follow-up, and it shows in the pipeline.",
        "Win rate up; qualifying earlier is working.",
        "Honest self-audit; I agree with the scores.",
        "Kept the prospecting blocks despite a busy month.",
    };
    static constexpr std::string_view explore[] = {
        "The {account} delay came from a new buyer we had not met.",
        "Price pressure from {competitor}; we talked about where our value is clearest.",
        "Time went into small accounts; they need a lighter touch.",
        "Deals stall after the proposal because there is no agreed decision date.",
    };
    static constexpr std::string_view plan[] = {
        "Focus on the two largest deals; everything else comes second.",
        "Book the {account} meeting this week and prepare it with the one-page plan.",
        "Try the decision-date question on every second call.",
        "Hand three small accounts to the inside sales team.",
    };
    static constexpr std::string_view support[] = {
        "I will join the {account} negotiation.",
        "I will chase product for the {product} answer.",
        "I will set up a shadowing day with a senior colleague.",
        "I will approve travel for the trade fair.",
    };
    switch (stage) {
    case MeetingStage::Acknowledge: return acknowledge;
    case MeetingStage::Explore: return explore;
    case MeetingStage::Plan: return plan;
    case MeetingStage::Support: return support;
    }
    return acknowledge;
}

Phrases privateManagerNotes()
{
    static constexpr std::string_view notes[] = {
        "Seems stretched; check workload and holiday plans next time.",
        "Ready for a bigger territory within the year.",
        "Scores themselves lower than I would; build confidence.",
        "Second month of slipped forecasts; watch this.",
        "Hinted at looking elsewhere; follow up one to one.",
        "Friction with the solutions team; talk to their lead.",
    };
    return notes;
}

} // namespace reins::sample
// clang-format on
