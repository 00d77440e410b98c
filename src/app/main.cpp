// Reins: with no command it opens the window; with a command it runs headless.

#include "CommandLine.h"
#include "gui/GuiLauncher.h"

#include <QApplication>
#include <QCoreApplication>

#include <iostream>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Reins"));
    QCoreApplication::setApplicationName(QStringLiteral("Reins"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REINS_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    const auto parsed = reins::app::parseCommandLine(arguments);
    if (!parsed.invocation) {
        std::cerr << "reins: " << parsed.error << "\n\n" << reins::app::usageText();
        return reins::app::exitUsage;
    }
    const auto &invocation = *parsed.invocation;
    nameApplication();

    if (invocation.command == reins::app::Command::OpenWindow) {
        QApplication app(argc, argv);
        const auto path = invocation.databasePath ? QString::fromStdString(*invocation.databasePath)
                                                  : reins::gui::defaultDatabasePath();
        return reins::gui::runReins(path);
    }

    // Headless: a QCoreApplication never needs a display.
    QCoreApplication app(argc, argv);
    const auto defaultDatabase =
        invocation.databasePath ? std::string() : reins::gui::defaultDatabasePath().toStdString();
    return reins::app::runCommand(invocation, defaultDatabase, std::cout, std::cerr);
}
