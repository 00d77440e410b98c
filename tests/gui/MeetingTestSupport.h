#pragma once

// What the meeting tests share: a sample database with one session in a chosen stage, the
// meeting widgets over it as the app builds them, and everything a person could read on
// screen.

#include "GuiTestSupport.h"

#include "gui/MeetingController.h"
#include "gui/MeetingWorkspace.h"
#include "gui/QuestionBankSettings.h"
#include "gui/SessionDocument.h"
#include "reins/Clock.h"
#include "reins/Repositories.h"
#include "reins/SampleTeam.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextEdit>

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>

namespace reins::test {

// A sample team's database in a temporary folder, with the newest session of the first
// salesperson put into `stage`.
struct MeetingDatabase {
    explicit MeetingDatabase(Stage stage)
        : path(dir.file("meeting.db"))
        , store(storage::SqliteDataStore::open(path))
    {
        // Every meeting test starts from the default question bank, whatever an earlier
        // (perhaps failed) test left in the settings.
        QSettings settings;
        gui::resetQuestionBank(settings);
        writeSampleTeam(*store, {2, 3}, todayUtc());
        for (const Person &person : store->people().listAll()) {
            if (person.role != Role::Salesperson)
                continue;
            Session session = store->sessions().listForSalesperson(person.id).front().session;
            session.stage = stage;
            store->sessions().update(session);
            sessionId = session.id;
            break;
        }
        REQUIRE(sessionId != 0);
    }

    // Closes the database, so it can be opened again as a later run of the app would.
    void close() { store.reset(); }
    void reopen() { store = storage::SqliteDataStore::open(path); }

    TempDir dir;
    std::filesystem::path path;
    std::unique_ptr<storage::SqliteDataStore> store;
    Id sessionId = 0;
};

// The meeting of one session: its document, the controller on `clock` and the workspace.
struct OpenMeeting {
    OpenMeeting(DataStore &store, Id sessionId, const Clock &clock)
        : document(store, sessionId)
        , meeting(document, clock)
        , workspace(document, meeting)
    {
        document.setAutosaveDelay(0);
        workspace.resize(1180, 760);
    }

    gui::SessionDocument document;
    gui::MeetingController meeting;
    gui::MeetingWorkspace workspace;
};

// Every text a person could read in `root` and in the models of its views, hidden parts
// included, so a private note cannot hide in a page that is merely not on top.
inline QStringList everythingShown(const QWidget *root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    const auto addModel = [&](const QAbstractItemModel *model) {
        if (!model)
            return;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                                     int(Qt::AccessibleTextRole)})
                        texts << index.data(role).toString();
                    if (column == 0)
                        walk(index);
                }
            }
        };
        walk({});
    };
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            texts << line->text();
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
            texts << rich->toPlainText();
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            texts << combo->currentText();
            addModel(combo->model());
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
            addModel(view->model());
    }
    texts.removeAll(QString());
    return texts;
}

inline bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

} // namespace reins::test
