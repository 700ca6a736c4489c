#include "CliCommands.h"
#include "util/Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // Charts and printing need Qt Gui; they render on the offscreen platform, so no display is needed.
    std::unique_ptr<QCoreApplication> app;
    if (pardesk::cli::CliCommands::needsWidgets(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pardesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARDESK_VERSION));
    pardesk::installLanguage(pardesk::defaultLanguage());
    return pardesk::cli::CliCommands::run(QCoreApplication::arguments());
}
