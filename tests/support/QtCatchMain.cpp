// Test main for suites that need a QApplication: offscreen unless told otherwise, and
// QStandardPaths in test mode so no test touches a real user's data or settings.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <cstdlib>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Reins"));
    QApplication::setApplicationName(QStringLiteral("Reins tests"));
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
