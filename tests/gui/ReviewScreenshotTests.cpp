// Renders the Review windows with the sample team, for the user guide and for a person to
// look at. Hidden: run with `reins_gui_tests "[screenshots]"`; the pictures go to
// $REINS_SCREENSHOT_DIR (default: the system temp folder).

#include "ReviewTestSupport.h"

#include "gui/ActionsBoard.h"
#include "gui/CompareWindow.h"
#include "gui/SearchWindow.h"
#include "gui/TrendsWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>

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

void render(QWidget &window, const QString &name, QSize size)
{
    window.resize(size);
    window.show();
    QApplication::processEvents();
    QTest::qWait(80);
    CHECK(window.grab().save(QDir(screenshotDir()).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("Screenshots of the Review windows", "[.][screenshots]")
{
    test::TempDir dir;
    auto store = storage::SqliteDataStore::open(dir.file("screens.reins"));
    (void)writeSampleTeam(*store, {6, 12}, todayUtc());
    const Person person = test::ReviewFixture::firstSalesperson(*store);
    const auto sessions = store->sessions().listForSalesperson(person.id);
    REQUIRE(sessions.size() >= 3);

    CompareWindow compare(*store,
                          {sessions[2].session.id, sessions[1].session.id, sessions[0].session.id});
    render(compare, QStringLiteral("compare"), {1240, 900});
    compare.hideUnchangedBox()->setChecked(true);
    render(compare, QStringLiteral("compare-changes-only"), {1240, 900});
    compare.hideUnchangedBox()->setChecked(false);

    TrendsWindow trends(*store);
    trends.showSalesperson(person.id);
    render(trends, QStringLiteral("trends"), {1320, 860});

    ActionsBoard board(*store, todayUtc());
    render(board, QStringLiteral("actions-board"), {1100, 600});

    SearchWindow search(*store, true);
    search.searchField()->setText(QStringLiteral("discount"));
    search.searchNow();
    render(search, QStringLiteral("search"), {860, 640});
}
