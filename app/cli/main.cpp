#include "CliCommands.h"
#include "util/Language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pardesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARDESK_VERSION));
    pardesk::installLanguage(pardesk::defaultLanguage());
    return pardesk::cli::CliCommands::run(QCoreApplication::arguments());
}
