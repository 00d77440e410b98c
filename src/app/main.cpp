// Reins: with no command it opens the window; with a command it runs headless.

#include "CommandLine.h"
#include "gui/GuiLauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <iostream>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Reins"));
    QCoreApplication::setApplicationName(QStringLiteral("Reins"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REINS_VERSION));
}

// Only looked up when needed: QStandardPaths wants the application's name set first.
std::string defaultDatabaseFor(const reins::app::Invocation &invocation)
{
    return invocation.databasePath ? std::string()
                                   : reins::gui::defaultDatabasePath().toStdString();
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

    // A PDF is laid out with fonts, which need a QGuiApplication; the offscreen platform
    // keeps even that from needing a display.
    if (invocation.command == reins::app::Command::Export &&
        invocation.option("--format").value_or("md") == "pdf") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return reins::app::runCommand(invocation, defaultDatabaseFor(invocation), std::cout,
                                      std::cerr);
    }

    // Headless: a QCoreApplication never needs a display.
    QCoreApplication app(argc, argv);
    return reins::app::runCommand(invocation, defaultDatabaseFor(invocation), std::cout, std::cerr);
}
