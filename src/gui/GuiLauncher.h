#pragma once

#include <QString>

namespace reins::gui {

// The default database: reins.db in the platform's app-data folder, which is created
// when missing.
[[nodiscard]] QString defaultDatabasePath();

// Opens the database and shows the main window, then runs the event loop. When the file
// cannot be opened, says why (nothing is written to it) and offers another file or Quit.
// Needs a QApplication; returns the exit code.
int runReins(const QString &databasePath);

// Makes the compiled-in icons available (needed once, as reins_gui is a static library).
void initResources();

} // namespace reins::gui
