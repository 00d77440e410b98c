// The GUI's item models and the conversions at its edge, without windows.

#include "GuiTestSupport.h"

#include "gui/NewSessionDialog.h"
#include "gui/PersonDialog.h"
#include "gui/QtConvert.h"
#include "gui/SessionSteps.h"
#include "gui/SessionTableModel.h"
#include "gui/TeamModel.h"
#include "reins/Coaching.h"
#include "reins/Errors.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace reins;
using namespace reins::gui;
using namespace std::chrono_literals;

namespace {

Date date(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Person person(Id id, const char *name, Role role, std::optional<Id> manager = std::nullopt)
{
    Person p;
    p.id = id;
    p.name = name;
    p.role = role;
    p.managerId = manager;
    return p;
}

SessionOverview overview(Id id, Date meeting, std::optional<Result> headline, int openActions)
{
    SessionOverview row;
    row.session.id = id;
    row.session.salespersonId = 1;
    row.session.meetingDate = meeting;
    row.session.periodStart = date(2026, 9, 1);
    row.session.periodEnd = date(2026, 9, 30);
    row.headlineResult = std::move(headline);
    row.openActions = openActions;
    return row;
}

} // namespace

TEST_CASE("Dates and amounts are worded for people", "[gui][convert]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Date day = date(2026, 10, 12);
    CHECK(toDate(toQDate(day)) == day);
    CHECK(toQDate(day) == QDate(2026, 10, 12));
    CHECK(formatPeriod(date(2026, 10, 1), date(2026, 10, 31)) == u"1 Oct – 31 Oct 2026");
    CHECK(formatPeriod(date(2026, 12, 15), date(2027, 1, 14)) == u"15 Dec 2026 – 14 Jan 2027");
    CHECK(amountText(Amount{1234550}, "EUR") == u"12,345.50 EUR");
    CHECK(amountText(Amount{1200000}, "EUR") == u"12,000 EUR");
    CHECK(amountText(Amount{4550}, "%") == u"45.5%");
    CHECK(amountText(Amount{-250}, "") == u"-2.5");
    CHECK(formatDuration(390) == u"6 min 30 s");
    CHECK(formatDuration(3900) == u"1 h 5 min");
    CHECK(toStdString(toQString("Zoë – ünïcode")) == "Zoë – ünïcode");
}

TEST_CASE("A new session's period follows the cadence and the previous session", "[gui][session]")
{
    SECTION("without an earlier session: the last full period before the meeting")
    {
        const auto monthly = suggestPeriod(Cadence::Monthly, date(2026, 11, 5), std::nullopt);
        CHECK(monthly.start == date(2026, 10, 1));
        CHECK(monthly.end == date(2026, 10, 31));
        const auto weekly = suggestPeriod(Cadence::Weekly, date(2026, 3, 2), std::nullopt);
        CHECK(weekly.start == date(2026, 2, 23));
        CHECK(weekly.end == date(2026, 3, 1));
        const auto january = suggestPeriod(Cadence::Monthly, date(2027, 1, 4), std::nullopt);
        CHECK(january.start == date(2026, 12, 1));
        CHECK(january.end == date(2026, 12, 31));
    }
    SECTION("after an earlier session: from the day after its period")
    {
        Session previous;
        previous.meetingDate = date(2026, 10, 3);
        previous.periodStart = date(2026, 9, 1);
        previous.periodEnd = date(2026, 9, 30);
        const auto next = suggestPeriod(Cadence::Monthly, date(2026, 11, 4), previous);
        CHECK(next.start == date(2026, 10, 1));
        CHECK(next.end == date(2026, 10, 31));
        // A skipped month is covered, not lost.
        const auto later = suggestPeriod(Cadence::Monthly, date(2026, 12, 2), previous);
        CHECK(later.start == date(2026, 10, 1));
        CHECK(later.end == date(2026, 11, 30));
        // Mid-month periods run a month.
        previous.periodEnd = date(2026, 1, 14);
        const auto midMonth = suggestPeriod(Cadence::Monthly, date(2026, 1, 20), previous);
        CHECK(midMonth.start == date(2026, 1, 15));
        CHECK(midMonth.end == date(2026, 2, 14));
    }
    SECTION("the meeting date is today unless the latest session is still ahead")
    {
        Session latest;
        latest.cadence = Cadence::Fortnightly;
        latest.meetingDate = date(2026, 5, 10);
        CHECK(suggestMeetingDate(date(2026, 5, 20), latest) == date(2026, 5, 20));
        CHECK(suggestMeetingDate(date(2026, 5, 1), latest) == date(2026, 5, 24));
        CHECK(suggestMeetingDate(date(2026, 5, 1), std::nullopt) == date(2026, 5, 1));
    }
}

TEST_CASE("Email addresses are checked loosely", "[gui][person]")
{
    CHECK(PersonDialog::looksLikeEmail(QString()));
    CHECK(PersonDialog::looksLikeEmail(QStringLiteral("dana@example.com")));
    CHECK(PersonDialog::looksLikeEmail(QStringLiteral("d.fox+crm@sales.example.co.uk")));
    CHECK_FALSE(PersonDialog::looksLikeEmail(QStringLiteral("dana")));
    CHECK_FALSE(PersonDialog::looksLikeEmail(QStringLiteral("dana@example")));
    CHECK_FALSE(PersonDialog::looksLikeEmail(QStringLiteral("dana fox@example.com")));
}

TEST_CASE("SessionTableModel passes the model tester", "[gui][model]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::ModelTesterMessages complaints;
    SessionTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    Result revenue;
    revenue.metric = Metric::Revenue;
    revenue.unit = "EUR";
    revenue.actual = Amount::fromWhole(10500);
    revenue.previous = Amount::fromWhole(10000);
    revenue.target = Amount::fromWhole(12000);

    model.setSessions({overview(2, date(2026, 11, 3), revenue, 2),
                       overview(1, date(2026, 10, 2), std::nullopt, 0)});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == SessionTableModel::ColumnCount);
    CHECK(model.index(0, SessionTableModel::MeetingDate).data().toString() == u"3 Nov 2026");
    CHECK(model.index(0, SessionTableModel::Period).data().toString() == u"1 Sep – 30 Sep 2026");
    CHECK(model.index(0, SessionTableModel::HeadlineResult).data().toString() == u"Revenue +5.0%");
    CHECK(model.index(0, SessionTableModel::HeadlineResult)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("5.0%")));
    CHECK(model.index(1, SessionTableModel::HeadlineResult).data().toString() == u"No results yet");
    CHECK(model.index(0, SessionTableModel::OpenActions).data().toInt() == 2);
    CHECK(model.index(1, 0).data(SessionTableModel::SessionIdRole).toLongLong() == 1);
    CHECK(model.indexOfSession(1).row() == 1);

    // And over real repository data.
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("sample.db"));
    writeSampleTeam(*store, {2, 5}, todayUtc());
    for (const Person &someone : store->people().listAll()) {
        if (someone.role == Role::Salesperson)
            model.setSessions(store->sessions().listForSalesperson(someone.id));
    }
    CHECK(model.rowCount() == 5);
    model.clear();
    CHECK(model.rowCount() == 0);

    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("TeamModel groups salespeople under their manager", "[gui][model]")
{
    test::ModelTesterMessages complaints;
    TeamModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setPeople(
        {person(3, "Ari Cole", Role::Salesperson, 1), person(4, "Bo Lind", Role::Salesperson),
         person(2, "Dana Fox", Role::Salesperson, 1), person(1, "Morgan Lee", Role::Manager)});
    REQUIRE(model.rowCount() == 2); // Morgan, then the "No manager" group
    const QModelIndex morgan = model.index(0, 0);
    CHECK(morgan.data().toString() == u"Morgan Lee");
    REQUIRE(model.rowCount(morgan) == 2);
    CHECK(model.index(0, 0, morgan).data().toString() == u"Ari Cole");
    CHECK(model.index(1, 0, morgan).data().toString() == u"Dana Fox");
    const QModelIndex group = model.index(1, 0);
    CHECK_FALSE(model.personAt(group).has_value());
    CHECK_FALSE(model.flags(group).testFlag(Qt::ItemIsSelectable));
    REQUIRE(model.rowCount(group) == 1);
    CHECK(model.personAt(model.index(0, 0, group))->name == "Bo Lind");
    CHECK(model.indexOfPerson(2) == model.index(1, 0, morgan));
    CHECK(model.parent(model.indexOfPerson(2)) == morgan);

    // Nobody managed: a flat list.
    model.setPeople({person(5, "Cy Park", Role::Salesperson)});
    CHECK(model.rowCount() == 1);
    CHECK(model.index(0, 0).data().toString() == u"Cy Park");
    model.setPeople({});
    CHECK(model.rowCount() == 0);

    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("The coaching balance is the share of time on solutions", "[gui][session]")
{
    MeetingRecord meeting;
    CHECK_FALSE(balanceOf(meeting.stageTimes).solutionPercent().has_value());
    meeting.stageTimes = {{MeetingStage::Acknowledge, 60},
                          {MeetingStage::Explore, 60},
                          {MeetingStage::Plan, 600},
                          {MeetingStage::Support, 480}};
    CHECK(balanceOf(meeting.stageTimes).solutionPercent() == 90);
}
