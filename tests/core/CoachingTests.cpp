#include "reins/Coaching.h"

#include <catch2/catch.hpp>

using namespace reins;
using namespace std::chrono_literals;

TEST_CASE("A session moves Draft, Ready, In meeting, Closed and refuses shortcuts")
{
    CHECK_FALSE(stageChangeRefusal(Stage::Draft, Stage::Ready));
    CHECK_FALSE(stageChangeRefusal(Stage::Ready, Stage::InMeeting));
    CHECK_FALSE(stageChangeRefusal(Stage::InMeeting, Stage::Closed));
    CHECK_FALSE(stageChangeRefusal(Stage::Ready, Stage::Draft)); // the salesperson reopens prep
    CHECK_FALSE(stageChangeRefusal(Stage::InMeeting, Stage::Ready));

    CHECK_THAT(*stageChangeRefusal(Stage::Draft, Stage::InMeeting),
               Catch::Contains("not marked the preparation ready"));
    CHECK(stageChangeRefusal(Stage::Draft, Stage::Closed));
    CHECK(stageChangeRefusal(Stage::Ready, Stage::Closed));
    CHECK(stageChangeRefusal(Stage::InMeeting, Stage::Draft));
    for (auto to : {Stage::Draft, Stage::Ready, Stage::InMeeting})
        CHECK_THAT(*stageChangeRefusal(Stage::Closed, to), Catch::Contains("cannot be reopened"));
}

TEST_CASE("The coaching balance counts plan and support as solutions")
{
    const auto balance = balanceOf({{MeetingStage::Acknowledge, 60},
                                    {MeetingStage::Explore, 120},
                                    {MeetingStage::Plan, 1200},
                                    {MeetingStage::Support, 420}});
    CHECK(balance.problemSeconds == 180);
    CHECK(balance.solutionSeconds == 1620);
    CHECK(balance.solutionPercent() == 90);
    CHECK(balance.meetsGoal());
    CHECK_FALSE(balance.deservesHint());
}

TEST_CASE("Just under the goal is not the goal, and earns a gentle hint")
{
    const auto balance = balanceOf({{MeetingStage::Explore, 104}, {MeetingStage::Plan, 896}});
    CHECK(balance.solutionPercent() == 89);
    CHECK_FALSE(balance.meetsGoal());
    CHECK(balance.deservesHint());
}

TEST_CASE("No time yet means no percentage and no hint")
{
    const auto empty = balanceOf({});
    CHECK_FALSE(empty.solutionPercent());
    CHECK_FALSE(empty.meetsGoal());
    CHECK_FALSE(empty.deservesHint());
    // Ninety seconds all on the problem is too early to nag about.
    CHECK_FALSE(balanceOf({{MeetingStage::Acknowledge, 90}}).deservesHint());
}

TEST_CASE("The meeting timer adds time to the stage it is in, and stops when paused")
{
    ManualClock clock;
    MeetingTimer timer(clock);
    timer.start(MeetingStage::Acknowledge);
    clock.advance(90s);
    timer.start(MeetingStage::Explore);
    clock.advance(30s);
    CHECK(timer.secondsIn(MeetingStage::Explore) == 30); // counts while running
    timer.pause();
    clock.advance(10min); // a coffee break is not meeting time
    CHECK(timer.secondsIn(MeetingStage::Explore) == 30);
    timer.start(MeetingStage::Plan);
    clock.advance(15min);
    timer.start(MeetingStage::Explore); // back to explore for a moment
    clock.advance(15s);
    const auto times = timer.times();
    REQUIRE(times.size() == 3);
    CHECK(times[0].seconds == 90);
    CHECK(times[1].seconds == 45);
    CHECK(times[2].seconds == 900);
    CHECK(timer.currentStage() == MeetingStage::Explore);
}

TEST_CASE("A resumed meeting continues from the times recorded before")
{
    ManualClock clock;
    MeetingTimer timer(clock);
    timer.restore({{MeetingStage::Plan, 300}});
    CHECK_FALSE(timer.isRunning());
    timer.start(MeetingStage::Plan);
    clock.advance(60s);
    CHECK(timer.secondsIn(MeetingStage::Plan) == 360);
}

TEST_CASE("The default question bank asks the model's questions in every stage")
{
    const auto &bank = defaultQuestionBank();
    for (int stage = 0; stage < meetingStageCount; ++stage)
        CHECK(bank.forStage(static_cast<MeetingStage>(stage)).size() >= 3);
    CHECK(bank.forStage(MeetingStage::Support).front() ==
          "How can I help you achieve a great result next period?");
}
