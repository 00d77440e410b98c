// Test main for suites that need a QApplication: offscreen unless told otherwise, and a
// home folder of its own for each test process, so no test touches a real user's data or
// settings, and tests running side by side (ctest -j) never share a settings file.

#define CATCH_CONFIG_RUNNER
// Test names are listed one a line, unwrapped up to 160 characters: CTest registers each
// test from that list (a longer name would wrap, and "--warn NoTests" then fails it).
#define CATCH_CONFIG_CONSOLE_WIDTH 160
#include <catch2/catch.hpp>

#include "gui/Translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QSettings and QStandardPaths' test locations both live under HOME.
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("HOME", home.path().toUtf8());
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CACHE_HOME");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Reins"));
    QApplication::setApplicationName(QStringLiteral("Reins tests"));
    QApplication app(argc, argv);
    // As Reins itself does at start, in English whatever the machine's language: the tests
    // read the English texts, whose plural forms come from the English catalogue.
    reins::gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    // Numbers, dates and the default currency follow the locale: one fixed locale (English
    // with the euro) makes the tests read the same on every machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    return Catch::Session().run(argc, argv);
}
