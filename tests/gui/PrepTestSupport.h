#pragma once

// Helpers for the Prepare flow's tests: a sample team in a real database with a fresh
// session to prepare, and the table gestures of a person (double-click a cell and type,
// pick a choice from its combo box, tick a check box).

#include "GuiTestSupport.h"

#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace reins::test {

// A sample team of one salesperson with a year of sessions, and a new draft session after
// the newest one, as a salesperson finds it before preparing.
struct PrepFixture {
    explicit PrepFixture(int sessions = 4)
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        path = dir.file("reins.db");
        store = storage::SqliteDataStore::open(path);
        writeSampleTeam(*store, {1, sessions}, todayUtc());
        for (const Person &person : store->people().listAll()) {
            if (person.role == Role::Salesperson)
                salesperson = person;
        }
        const auto overview = store->sessions().listForSalesperson(salesperson.id);
        REQUIRE_FALSE(overview.empty());
        newest = overview.front().session;
    }

    // A draft session one month after the newest, reviewing the month after its period.
    Id createNextSession()
    {
        Session next;
        next.salespersonId = salesperson.id;
        next.managerId = newest.managerId;
        next.cadence = Cadence::Monthly;
        next.stage = Stage::Draft;
        next.periodStart = addDays(newest.periodEnd, 1);
        const auto start = next.periodStart;
        const auto following =
            std::chrono::year_month{start.year(), start.month()} + std::chrono::months{1};
        next.periodEnd = addDays(Date{following / std::chrono::day{1}}, -1);
        next.meetingDate = addDays(next.periodEnd, 3);
        next.createdAt = nowUtc();
        next.updatedAt = next.createdAt;
        nextSession = next;
        nextSession.id = store->sessions().create(next);
        return nextSession.id;
    }

    void reopen()
    {
        store.reset();
        store = storage::SqliteDataStore::open(path);
    }

    TempDir dir;
    std::filesystem::path path;
    std::unique_ptr<storage::SqliteDataStore> store;
    Person salesperson;
    Session newest;
    Session nextSession;
};

// The cell editor the view has open, or nullptr.
template <typename Editor = QWidget>
Editor *openEditor(const QAbstractItemView *view)
{
    for (Editor *editor : view->viewport()->findChildren<Editor *>()) {
        if (editor->isVisible() && editor->parentWidget() == view->viewport())
            return editor;
    }
    return nullptr;
}

// Double-clicks the cell, as a person opens its editor.
inline void doubleClickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    REQUIRE(index.isValid());
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    // The first click selects the cell, the double click opens the editor.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
}

// Opens the cell's editor, selects what it holds, types `text` and presses Enter.
inline void typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    doubleClickCell(view, row, column);
    auto *line = openEditor<QLineEdit>(view);
    REQUIRE(line != nullptr);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QApplication::processEvents();
}

// Opens the cell's combo box and moves to `choice` with the arrow keys, as a person would.
inline void chooseInCell(QTableView *view, int row, int column, const QString &choice)
{
    doubleClickCell(view, row, column);
    auto *combo = openEditor<QComboBox>(view);
    REQUIRE(combo != nullptr);
    const int target = combo->findText(choice);
    REQUIRE(target >= 0);
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(combo, Qt::Key_Return);
    QApplication::processEvents();
}

// Makes the cell current and presses Space, which ticks or clears its check box.
inline void toggleCheckCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    REQUIRE(index.isValid());
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space);
}

// Opens the date editor of the cell, picks the date (as from its calendar) and presses
// Enter.
inline void pickDateInCell(QTableView *view, int row, int column, const QDate &date)
{
    doubleClickCell(view, row, column);
    auto *edit = openEditor<QDateEdit>(view);
    REQUIRE(edit != nullptr);
    edit->setDate(date);
    QTest::keyClick(edit, Qt::Key_Return);
    QApplication::processEvents();
}

inline QString cellText(const QAbstractItemView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

} // namespace reins::test
