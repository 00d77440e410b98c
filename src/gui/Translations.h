#pragma once

// Which language Reins speaks. Reins ships German and English; English is the language of
// the sources, so it is also the fallback.

#include <QLocale>
#include <QString>

namespace reins::gui {

// Installs Reins' catalogue for the first of the locale's UI languages that Reins has, and
// Qt's own translations (standard buttons, file dialogs) for that language when the system
// has them. Catalogues installed by an earlier call are removed first. Returns the language
// now spoken: "de" or "en". Call it before any window is built: texts set from forms and in
// constructors are translated once, when they are set.
QString installTranslations(const QLocale &locale = QLocale::system());

} // namespace reins::gui
