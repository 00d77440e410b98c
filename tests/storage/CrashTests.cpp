// Kills a writing Reins with SIGKILL at random moments. After every kill the database must
// open, pass integrity_check, and hold every session whose commit was acknowledged.

#include "reins/Repositories.h"
#include "reins/storage/Database.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef REINS_CRASH_WRITER
#error "REINS_CRASH_WRITER must name the crash writer executable"
#endif

using namespace reins;

namespace {

struct Acknowledged {
    Id sessionId = 0;
    long round = 0;
};

// Runs the writer until `lines` acknowledgements (or the deadline), then kills it hard.
std::vector<Acknowledged> runAndKill(const std::filesystem::path &database, int lines,
                                     std::chrono::milliseconds extraDelay)
{
    int output[2];
    REQUIRE(::pipe(output) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(output[1], STDOUT_FILENO);
        ::close(output[0]);
        ::close(output[1]);
        ::execl(REINS_CRASH_WRITER, REINS_CRASH_WRITER, database.c_str(), nullptr);
        ::_exit(127);
    }
    ::close(output[1]);
    std::string received;
    std::vector<Acknowledged> acknowledged;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    auto readAvailable = [&](int timeoutMs) {
        pollfd poller{output[0], POLLIN, 0};
        if (::poll(&poller, 1, timeoutMs) <= 0)
            return false;
        char buffer[4096];
        const auto count = ::read(output[0], buffer, sizeof buffer);
        if (count <= 0)
            return false;
        received.append(buffer, static_cast<std::size_t>(count));
        return true;
    };
    auto countLines = [&] {
        return static_cast<int>(std::count(received.begin(), received.end(), '\n'));
    };
    while (countLines() < lines + 1 && std::chrono::steady_clock::now() < deadline)
        readAvailable(100);
    // Kill somewhere in the middle of a later write.
    const auto killAt = std::chrono::steady_clock::now() + extraDelay;
    while (std::chrono::steady_clock::now() < killAt)
        readAvailable(1);
    ::kill(child, SIGKILL);
    while (readAvailable(50)) {
    }
    ::close(output[0]);
    int status = 0;
    ::waitpid(child, &status, 0);

    std::istringstream lines_(received);
    std::string word;
    std::string line;
    while (std::getline(lines_, line)) {
        // A line cut by the kill has no newline and was never acknowledged in full.
        std::istringstream fields(line);
        Acknowledged ack;
        if (fields >> word && word == "committed" && fields >> ack.sessionId >> ack.round)
            acknowledged.push_back(ack);
    }
    if (!received.empty() && received.back() != '\n' && !acknowledged.empty() &&
        received.rfind("committed") > received.rfind('\n'))
        acknowledged.pop_back();
    return acknowledged;
}

int killCount()
{
    const char *slow = std::getenv("REINS_SLOW_TESTS");
    return slow && std::string(slow) == "1" ? 100 : 6;
}

} // namespace

TEST_CASE("Sessions acknowledged before a SIGKILL are all there after it")
{
    test::TempDir dir;
    const auto path = dir.file("crash.db");
    std::mt19937 random(20261127);
    std::vector<Acknowledged> everAcknowledged;
    const int kills = killCount();
    for (int kill = 0; kill < kills; ++kill) {
        const int lines = 1 + static_cast<int>(random() % 40);
        const auto delay = std::chrono::milliseconds(random() % 7);
        const auto acknowledged = runAndKill(path, lines, delay);
        REQUIRE_FALSE(acknowledged.empty());
        everAcknowledged.insert(everAcknowledged.end(), acknowledged.begin(), acknowledged.end());

        // The next open sees the unclean exit and runs a full integrity check.
        auto database = storage::Database::open(path);
        CHECK(database->recoveredFromUncleanExit());
        database.reset();
        const auto report = storage::checkDatabase(path);
        REQUIRE(report.healthy);
        auto store = storage::SqliteDataStore::open(path);
        int missing = 0;
        for (const auto &ack : everAcknowledged) {
            const auto session = store->sessions().find(ack.sessionId);
            if (!session || session->focus != "Round " + std::to_string(ack.round) ||
                store->sessions().loadPrep(ack.sessionId).factors.size() != 5)
                ++missing;
        }
        CHECK(missing == 0);
    }
    WARN("survived " << kills << " kills; checked " << everAcknowledged.size()
                     << " acknowledged sessions after each");
}
