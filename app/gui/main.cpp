#include "settings/AppSettings.h"
#include "shell/AppView.h"
#include "shell/FirstPaintProbe.h"
#include "shell/FontConfigWarmUp.h"
#include "shell/MainWindow.h"
#include "shell/ViewNavigator.h"
#include "shell/MessageBox.h"
#include "shell/OpenStore.h"
#include "shell/StartUpStyle.h"
#include "shell/StandardViews.h"
#include "store/BackupRotation.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace pardesk;

namespace {

// Screenshots and the start-up benchmark neither read nor change the user's settings, so they show
// the same window on every machine. Decided before the options are parsed, because the settings
// choose the language the help is printed in.
bool runsWithOwnSettings(const QStringList &arguments)
{
    return std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
        return a.startsWith(QLatin1String("--screenshot")) || a.startsWith(QLatin1String("--exit-on-first-paint"))
            || a.startsWith(QLatin1String("--exit-when-area-painted"));
    });
}

// What a screenshot shows: the dialog or window a triggered command opened, else the main window.
// The store's full check, deferred at open (Database::Options::deferIntegrityCheck), on a worker
// connection once the window is up; the store takes no write until it has passed.
void checkIntegrityInTheBackground(MainWindow &window)
{
    if (!window.database().integrityPending())
        return;
    const QString path = window.database().path();
    auto checked = std::make_shared<Status>();
    QThread *thread = QThread::create([path, checked] { *checked = Database::checkIntegrity(path); });
    QObject::connect(thread, &QThread::finished, &window, [&window, thread, path, checked] {
        thread->deleteLater();
        if (window.database().path() != path) // another store was opened meanwhile
            return;
        if (Status s = window.database().acceptIntegrityCheck(*checked); !s) {
            std::fprintf(stderr, "pardesk: %s\n", qPrintable(s.error()));
            MessageBox::critical(&window, QApplication::translate("main", "ParDesk"), s.error());
        }
    });
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start(QThread::LowPriority);
}

QWidget *shownWindow(QWidget *main)
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    const auto other = std::find_if(windows.begin(), windows.end(), [main](QWidget *w) {
        return w != main && w->isVisible() && !w->inherits("QMenu") && w->parentWidget() == main;
    });
    return other != windows.end() ? *other : main;
}

// --help and --version print and quit without a window, so they must work without a display too
// (a terminal on a server, an install check): Qt's offscreen platform needs none.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool printsOnly = onlyPrints(argc, argv);
    if (printsOnly && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Beside the start of Qt, the translations and the store's opening; waited for before the
    // window is built (its status bar measures the first text).
    std::optional<FontConfigWarmUp> fonts;
    if (!printsOnly)
        fonts.emplace();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pardesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ParDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PARDESK_VERSION));
    StartUpStyle::install();

    QTemporaryDir ownSettings;
    if (runsWithOwnSettings(QApplication::arguments()))
        AppSettings::useFile(ownSettings.filePath(QStringLiteral("settings.ini")));
    installLanguage(qEnvironmentVariableIsSet("PARDESK_LANG")
                        ? defaultLanguage()
                        : AppSettings::instance().value(AppSettings::Key::Language).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ParDesk: plans, targets and reports of administrative reform."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QApplication::translate("main", "The database file, or a server's postgresql://USER@HOST[:PORT]/DATABASE (the password "
                                         "from ~/.pgpass)."),
         QApplication::translate("main", "path")},
        {QStringLiteral("view"), QApplication::translate("main", "Show this area on start: start, plans, tasks, submissions, scores, charts, consolidation, assessment."),
         QApplication::translate("main", "name")},
        {QStringLiteral("select"), QApplication::translate("main", "Select this item of the area on start (a document's key in plans)."),
         QApplication::translate("main", "key")},
        {QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to a PNG file and quit."),
         QApplication::translate("main", "file")},
        {QStringLiteral("trigger"),
         QApplication::translate("main", "Run this menu command on start, e.g. actionManual or actionPrintAppendix; "
                                         "--screenshot then renders the window or dialog it opens."),
         QApplication::translate("main", "action")},
    });
    QCommandLineOption firstPaint(QStringLiteral("exit-on-first-paint"));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp); // for tests/bench only
    parser.addOption(firstPaint);
    QCommandLineOption areaPainted(QStringLiteral("exit-when-area-painted")); // the same, once the area is painted too
    areaPainted.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(areaPainted);
    parser.process(app);

    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    Database::Options options;
    options.deferIntegrityCheck = true; // checked after the first paint: checkIntegrityInTheBackground
    auto database = screenshot ? Store::open(path, options) : openStoreAskingPassword(nullptr, path, options);
    if (!database && database.error().isEmpty()) // the password prompt was cancelled
        return 2;
    if (!database) {
        std::fprintf(stderr, "pardesk: %s\n", qPrintable(database.error()));
        if (!screenshot)
            MessageBox::critical(nullptr, QApplication::translate("main", "ParDesk"), database.error());
        return 2;
    }

    if (fonts)
        fonts->wait();
    MainWindow window(std::move(database.value()));
    addStandardViews(window);
    if (!screenshot)
        window.restoreSettings();
    if (!screenshot && !parser.isSet(QStringLiteral("view")))
        window.showWelcomeOnFirstStart();
    if (parser.isSet(QStringLiteral("view")) && !window.showView(parser.value(QStringLiteral("view")))) {
        std::fprintf(stderr, "pardesk: %s\n",
                     qPrintable(QApplication::translate("main", "There is no area named \"%1\"; the areas are: %2.")
                                    .arg(parser.value(QStringLiteral("view")), window.viewKeys().join(QStringLiteral(", ")))));
        return 2;
    }
    if (parser.isSet(QStringLiteral("select")) && window.currentView())
        window.currentView()->restoreSelection(parser.value(QStringLiteral("select")));
    QAction *trigger = nullptr;
    if (parser.isSet(QStringLiteral("trigger"))) {
        window.currentView(); // built now: the command may be one of the area's own (its menus' actions)
        trigger = window.findChild<QAction *>(parser.value(QStringLiteral("trigger")));
        if (!trigger) {
            std::fprintf(stderr, "pardesk: %s\n",
                         qPrintable(QApplication::translate("main", "There is no command named \"%1\".")
                                        .arg(parser.value(QStringLiteral("trigger")))));
            return 2;
        }
    }
    if (parser.isSet(firstPaint))
        new FirstPaintProbe(&window);
    if (parser.isSet(areaPainted))
        QObject::connect(window.navigator(), &ViewNavigator::viewBuilt, &window, [&window] { new FirstPaintProbe(&window); },
                         Qt::SingleShotConnection);
    // A screenshot shows the area; a user sees the window at once and the area a moment later.
    if (!screenshot)
        window.navigator()->buildShownAreaAfterFirstPaint();
    window.show();
    // A file on a network drive opens, with the risk named once it is on screen (NetworkFilesystem).
    if (const QString warning = window.database().database().locationWarning(); !warning.isEmpty()) {
        std::fprintf(stderr, "pardesk: %s\n", qPrintable(warning));
        if (!screenshot)
            QTimer::singleShot(0, &window, [&window, warning] {
                QMessageBox::warning(&window, QApplication::translate("main", "ParDesk"), warning);
            });
    }
    // After the first paint with the area shown, so that start-up waits neither for the full check nor for the copy;
    // no copy for screenshots and the start-up benchmark, which leave the user's data alone.
    // A server's store is backed up on the server (docs/server.md), not copied to this PC.
    const bool backUp = !runsWithOwnSettings(QApplication::arguments()) && !window.database().isServer();
    window.navigator()->afterStartUp([&window, backUp] {
        checkIntegrityInTheBackground(window);
        if (backUp)
            window.backUpOnStart(BackupRotation::defaultFolder());
    });

    if (screenshot) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(200, &window, [&window, file] {
            const bool saved = shownWindow(&window)->grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "pardesk: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 2);
        });
    }
    // After the screenshot's timer, which a modal dialog's own event loop then runs.
    if (trigger)
        QTimer::singleShot(0, trigger, &QAction::trigger);
    return app.exec();
}
