#include "CliCommands.h"
#include "util/Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <memory>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    // Charts and printing need Qt Gui; they render on the offscreen platform, so no display is needed.
    std::unique_ptr<QCoreApplication> app;
    if (pardesk::cli::CliCommands::needsWidgets(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
        // Without a session (cron, ssh, CI) Qt warns on stderr that XDG_RUNTIME_DIR is unset; give it
        // the private folder it would fall back to, so that stderr carries only our messages.
        // (Windows has no such folder and no warning.)
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-pardesk-%1").arg(getuid());
            if (QDir().mkpath(runtime)) {
                QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
            }
        }
#endif
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pardesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARDESK_VERSION));
    pardesk::installLanguage(pardesk::defaultLanguage());
    return pardesk::cli::CliCommands::run(QCoreApplication::arguments());
}
