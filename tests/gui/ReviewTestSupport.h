#pragma once

// A sample team in a temporary database and the main window over it, for the Review tests.

#include "GuiTestSupport.h"

#include "gui/MainWindow.h"
#include "gui/ReviewMenu.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QApplication>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace reins::test {

struct ReviewFixture {
    explicit ReviewFixture(SampleTeamSize size = {3, 6})
    {
        auto store = storage::SqliteDataStore::open(path);
        (void)writeSampleTeam(*store, size, todayUtc());
    }

    // The main window over the database; the store it opens is window->store().
    std::unique_ptr<gui::MainWindow> openMainWindow()
    {
        auto window = std::make_unique<gui::MainWindow>(storage::SqliteDataStore::open(path),
                                                        QString::fromStdString(path.string()));
        window->resize(1100, 700);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    static gui::ReviewMenu &reviewMenu(const gui::MainWindow &window)
    {
        auto *menu = window.findChild<gui::ReviewMenu *>();
        REQUIRE(menu);
        return *menu;
    }

    // The first salesperson (by name) who has sessions.
    static Person firstSalesperson(DataStore &store)
    {
        for (const Person &person : store.people().listAll()) {
            if (person.role == Role::Salesperson &&
                !store.sessions().listForSalesperson(person.id).empty())
                return person;
        }
        FAIL("the sample team has no salesperson with sessions");
        return {};
    }

    TempDir dir;
    std::filesystem::path path = dir.file("review.reins");
};

} // namespace reins::test
