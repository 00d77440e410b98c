// Renders each Prepare page with the sample team's data, for the user guide and for a
// person to look at. Hidden: run with `reins_gui_tests "[screenshots]"`; the pictures go
// to $REINS_SCREENSHOT_DIR (default: the system temp folder).

#include "PrepTestSupport.h"

#include "gui/PartTableModel.h"
#include "gui/PrepFactorsPage.h"
#include "gui/PrepGapsPage.h"
#include "gui/PrepLastTimePage.h"
#include "gui/PrepPlanPage.h"
#include "gui/PrepReadyPage.h"
#include "gui/PrepResultsPage.h"
#include "gui/PrepSelfAuditPage.h"
#include "gui/PrepStrategiesPage.h"
#include "gui/PrepUpskillingPage.h"
#include "gui/SessionDocument.h"
#include "gui/SessionWindow.h"

#include <QDir>
#include <QTableView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace reins;
using namespace reins::gui;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("REINS_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

void render(QWidget &page, const QString &name, QSize size = {860, 660})
{
    page.resize(size);
    page.show();
    QApplication::processEvents();
    QTest::qWait(50);
    const QString file = QDir(screenshotDir()).filePath(QStringLiteral("prepare-%1.png").arg(name));
    CHECK(page.grab().save(file));
}

} // namespace

TEST_CASE("Screenshots of the Prepare pages", "[.][screenshots]")
{
    test::PrepFixture fixture(6);
    // The newest sample session: a complete preparation.
    SessionDocument document(*fixture.store, fixture.newest.id);
    document.edit(QStringLiteral("Draft"),
                  [](SessionState &state) { state.session.stage = Stage::Draft; });
    // A new session after it, as a salesperson starts it: last time's actions to review.
    SessionDocument fresh(*fixture.store, fixture.createNextSession());
    const auto &carried = fresh.earlier().carriedActions;
    REQUIRE(carried.size() >= 2);
    fresh.edit(QStringLiteral("Review"), [&](SessionState &state) {
        state.reviews.push_back({0, carried[0].id, state.session.id, ActionStatus::Done,
                                 "Done in the first week; the pipeline review is now a habit.",
                                 nowUtc()});
        state.reviews.push_back({0, carried[1].id, state.session.id, ActionStatus::Open,
                                 "Sundial asked for another month.", nowUtc()});
    });

    PrepLastTimePage lastTime(fresh);
    lastTime.actionsView()->setCurrentIndex(lastTime.actionsModel()->index(1, 3));
    render(lastTime, QStringLiteral("last-time"), {860, 720});
    PrepResultsPage results(document);
    render(results, QStringLiteral("results"));
    PrepSelfAuditPage selfAudit(document);
    render(selfAudit, QStringLiteral("self-audit"), {900, 680});
    PrepGapsPage gaps(document);
    render(gaps, QStringLiteral("gaps"));
    PrepFactorsPage factors(document);
    render(factors, QStringLiteral("factors"));
    PrepUpskillingPage upskilling(document);
    render(upskilling, QStringLiteral("upskilling"));
    PrepStrategiesPage strategies(document);
    render(strategies, QStringLiteral("strategies"));
    PrepPlanPage plan(document);
    render(plan, QStringLiteral("focus-and-plan"), {900, 1060});
    PrepResultsPage freshResults(fresh); // prefills the new session's results, as the window does
    PrepReadyPage ready(fresh);
    render(ready, QStringLiteral("ready"));

    // The whole window, as a salesperson sees it while preparing.
    SessionWindow window(*fixture.store, fixture.newest.id);
    window.showStep(SessionStep::SelfAudit);
    render(window, QStringLiteral("window"), {1100, 760});
}
