// A Reins writer that never stops: it saves sessions one after another and says on stdout
// which ones were committed. The crash test kills it at random moments and then checks that
// every acknowledged session survived.

#include "reins/Repositories.h"
#include "reins/storage/SqliteDataStore.h"

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: reins_crash_writer DATABASE\n");
        return 2;
    }
    try {
        auto store = reins::storage::SqliteDataStore::open(argv[1]);
        reins::Id salesperson = 0;
        for (const auto &person : store->people().listAll())
            if (person.role == reins::Role::Salesperson)
                salesperson = person.id;
        if (salesperson == 0)
            salesperson = store->people().add(
                {0, "Crash Test", "crash@example.com", reins::Role::Salesperson, {}});
        std::printf("ready\n");
        std::fflush(stdout);
        for (long round = 0;; ++round) {
            reins::Session session;
            session.salespersonId = salesperson;
            session.periodStart = *reins::parseIsoDate("2026-01-01");
            session.periodEnd = *reins::parseIsoDate("2026-01-31");
            session.meetingDate = *reins::parseIsoDate("2026-02-03");
            session.focus = "Round " + std::to_string(round);
            reins::Id id = 0;
            store->inTransaction([&] {
                id = store->sessions().create(session);
                reins::SessionPrep prep;
                for (int i = 0; i < 5; ++i)
                    prep.factors.push_back({0, "Factor " + std::to_string(i),
                                            reins::FactorOrigin::Internal,
                                            reins::FactorEffect::Helped, true});
                prep.results.push_back({0,
                                        reins::Metric::Revenue,
                                        "",
                                        "EUR",
                                        reins::Amount{100000},
                                        reins::Amount{round},
                                        {},
                                        ""});
                store->sessions().savePrep(id, prep);
            });
            // Only after the commit returned is the session acknowledged.
            std::printf("committed %lld %ld\n", static_cast<long long>(id), round);
            std::fflush(stdout);
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "reins_crash_writer: %s\n", error.what());
        return 1;
    }
}
