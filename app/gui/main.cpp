#include "MainWindow.h"
#include "store/Database.h"
#include "util/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <cstdio>

using namespace pardesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pardesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ParDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PARDESK_VERSION));
    installLanguage(defaultLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ParDesk: plans, targets and reports of administrative reform."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QApplication::translate("main", "The database file."), QApplication::translate("main", "path")},
        {QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to a PNG file and quit."),
         QApplication::translate("main", "file")},
        {QStringLiteral("document"), QApplication::translate("main", "Select this document (its key) on start."),
         QApplication::translate("main", "key")},
    });
    parser.process(app);

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "pardesk: %s\n", qPrintable(database.error()));
        if (!parser.isSet(QStringLiteral("screenshot")))
            QMessageBox::critical(nullptr, QApplication::translate("main", "ParDesk"), database.error());
        return 2;
    }

    MainWindow window(*database.value());
    if (parser.isSet(QStringLiteral("document")))
        window.selectDocument(parser.value(QStringLiteral("document")));
    window.show();

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(200, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "pardesk: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 2);
        });
    }
    return app.exec();
}
