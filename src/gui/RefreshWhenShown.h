#pragma once

#include <functional>

class QWidget;

namespace reins::gui {

class SessionDocument;

// Runs `refresh` when the document changes while `view` is on screen. A view out of sight
// in a window on screen (another step's page) only notes that it is out of date and
// refreshes when it is shown again, so a keystroke costs the refresh of the page typed
// into, not of every page built so far. A view whose window is not shown refreshes at once.
void refreshWhenShown(QWidget *view, SessionDocument &document, std::function<void()> refresh);

} // namespace reins::gui
