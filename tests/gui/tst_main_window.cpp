// The plans area of this version (documents and their targets) and the real executable, offscreen.
#include "TestSupport.h"
#include "shell/MainWindow.h"
#include "shell/StandardViews.h"
#include "shell/ViewNavigator.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pardesk;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void screenshotOfTheRealExecutable_data();
    void screenshotOfTheRealExecutable();
    void unknownNameIsRefused_data();
    void unknownNameIsRefused();
    void screenshotOfWhatACommandOpens_data();
    void screenshotOfWhatACommandOpens();
    void bothExecutablesPrintTheProjectVersion();
    void windowAndPrintPreviewHaveTheIcon();
    void everyAreaHasItsOwnIcon();
    void theShownAreaIsBuiltAfterTheFirstPaint();
    void startUpWorkWaitsForTheShownArea();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    QUndoStack m_undo;
};

void TestMainWindow::initTestCase()
{
    auto db = Store::open(m_dir.filePath(QStringLiteral("gui.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestMainWindow::screenshotOfTheRealExecutable_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("select");
    QTest::newRow("plans") << "plans" << "TQ-268-KH-UBND-2023";
    QTest::newRow("submissions") << "submissions" << "1";
}

void TestMainWindow::screenshotOfTheRealExecutable()
{
    QFETCH(QString, view);
    QFETCH(QString, select);
    const QString png = m_dir.filePath(view + QStringLiteral(".png"));
    QProcess gui;
    gui.start(test::guiPath(), {QStringLiteral("--db"), m_db->path(), QStringLiteral("--view"), view,
                                QStringLiteral("--select"), select, QStringLiteral("--screenshot"), png});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 600);
}

void TestMainWindow::unknownNameIsRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hint"); // what the message offers instead
    QTest::newRow("area") << "--view" << "nowhere" << "plans";
    QTest::newRow("command") << "--trigger" << "actionNowhere" << "";
}

// Refused before anything is shown, with a message naming what was asked for.
void TestMainWindow::unknownNameIsRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    QFETCH(QString, hint);
    const QString png = m_dir.filePath(QStringLiteral("none.png"));
    QProcess gui;
    gui.start(test::guiPath(), {QStringLiteral("--db"), m_db->path(), option, name, QStringLiteral("--screenshot"), png});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 2);
    const QString err = QString::fromUtf8(gui.readAllStandardError());
    QVERIFY2(err.contains(name) && err.contains(hint), qPrintable(err));
    QVERIFY(!QFile::exists(png));
}

void TestMainWindow::screenshotOfWhatACommandOpens_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QSize>("size"); // of the main window, the manual's window (ui/help), a dialog
    QTest::newRow("nothing") << QString() << QSize(1400, 850);
    QTest::newRow("the manual") << "actionManual" << QSize(1100, 760);
    QTest::newRow("a modal dialog") << "actionPrintAppendix" << QSize();
}

// --trigger runs a menu command; --screenshot then renders the window or dialog it opened.
void TestMainWindow::screenshotOfWhatACommandOpens()
{
    QFETCH(QString, command);
    QFETCH(QSize, size);
    const QString png = m_dir.filePath(QStringLiteral("command-%1.png").arg(command));
    QStringList arguments{QStringLiteral("--db"), m_db->path(), QStringLiteral("--view"), QStringLiteral("submissions"),
                          QStringLiteral("--select"), QStringLiteral("1"), QStringLiteral("--screenshot"), png};
    if (!command.isEmpty())
        arguments << QStringLiteral("--trigger") << command;
    QProcess gui;
    gui.start(test::guiPath(), arguments);
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    if (size.isValid())
        QCOMPARE(image.size(), size);
    else // the print dialog: smaller than any window
        QVERIFY2(image.width() < 1000 && image.height() < 600, qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
}

// The version comes from one place, the CMake project version.
void TestMainWindow::bothExecutablesPrintTheProjectVersion()
{
    for (const QString &program : {test::guiPath(), test::cliPath()}) {
        const auto run = test::runProgram(program, {QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out).trimmed();
        QVERIFY2(out.endsWith(QLatin1String(" " PARDESK_VERSION_TEXT)), qPrintable(program + QStringLiteral(": ") + out));
    }
    // Without any display (a terminal on a server, an install check) the window program still answers.
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        noDisplay.remove(QString::fromLatin1(name));
    QProcess gui;
    gui.setProcessEnvironment(noDisplay);
    gui.start(test::guiPath(), {QStringLiteral("--version")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY(QString::fromUtf8(gui.readAllStandardOutput()).trimmed().endsWith(QLatin1String(" " PARDESK_VERSION_TEXT)));
}

void TestMainWindow::windowAndPrintPreviewHaveTheIcon()
{
    auto db = Store::open(m_dir.filePath(QStringLiteral("icon.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    MainWindow window(std::move(db.value()));
    // Set once the window has painted (MainWindow: not to delay the first paint).
    window.show();
    QTRY_VERIFY(!window.windowIcon().isNull());
    const QList<QSize> sizes = window.windowIcon().availableSizes();
    for (int size : {16, 32, 48, 64})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    // Not the launcher's sizes: the window system would decode them at every start (AppIcon.cpp).
    QVERIFY(!sizes.contains(QSize(256, 256)));
    // The 16-pixel picture is drawn, not blank: ParDesk's red around a white sheet.
    const QImage small = window.windowIcon().pixmap(16, 16).toImage();
    QVERIFY(qRed(small.pixel(1, 8)) > 150 && qGreen(small.pixel(1, 8)) < 80);
    QVERIFY(qGray(small.pixel(4, 5)) > 200);

    QPrinter printer;
    QPrintPreviewDialog preview(&printer, &window);
    QVERIFY(preview.windowIcon().availableSizes().contains(QSize(16, 16)));
}

// Each area in the navigation has its drawing (resources/icons/areas), drawn, and no two alike.
void TestMainWindow::everyAreaHasItsOwnIcon()
{
    auto db = Store::open(m_dir.filePath(QStringLiteral("areas.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    MainWindow window(std::move(db.value()));
    addStandardViews(window);
    QListWidget *navigation = window.navigator()->list();
    QCOMPARE(navigation->count(), 7);
    QList<QImage> drawn;
    for (int row = 0; row < navigation->count(); ++row) {
        const QString key = navigation->item(row)->data(Qt::UserRole).toString();
        const QImage image = navigation->item(row)->icon().pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!image.isNull(), qPrintable(key));
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 128;
        QVERIFY2(inked > 40, qPrintable(QStringLiteral("%1: %2 pixels drawn").arg(key).arg(inked)));
        QVERIFY2(!drawn.contains(image), qPrintable(key));
        drawn.append(image);
    }
}

// The real start: the window paints its frame, then builds and paints the area it opens on. The
// probe of --exit-when-area-painted quits only once that area was built and painted again, so a
// start that never builds it does not exit.
void TestMainWindow::theShownAreaIsBuiltAfterTheFirstPaint()
{
    const QString store = m_dir.filePath(QStringLiteral("start.sqlite"));
    for (const QString &area : {QStringLiteral("plans"), QStringLiteral("assessment")}) {
        const auto run = test::runProgram(test::guiPath(), {QStringLiteral("--db"), store, QStringLiteral("--view"), area,
                                                            QStringLiteral("--exit-when-area-painted")},
                                          60000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("painted\n"));
    }
}

// The start's full check and backup copy (main.cpp, afterStartUp) run once the area the window
// opens on is built and painted, not between the window's first paint and the area: on a large
// store the copy would hold the area back for half a second. Without a deferred area, after the
// first paint.
void TestMainWindow::startUpWorkWaitsForTheShownArea()
{
    for (const bool deferred : {true, false}) {
        auto db = Store::open(m_dir.filePath(QStringLiteral("startup-%1.sqlite").arg(deferred)));
        QVERIFY2(db, qPrintable(db.error()));
        MainWindow window(std::move(db.value()));
        addStandardViews(window);
        QVERIFY(window.showView(QStringLiteral("plans")));
        ViewNavigator *navigator = window.navigator();
        if (deferred)
            navigator->buildShownAreaAfterFirstPaint();
        int ran = 0;
        qsizetype builtWhenRun = -1;
        window.show();
        QCOMPARE(navigator->views().size(), deferred ? 0 : 1); // deferred: not built by show()
        navigator->afterStartUp([&] {
            ++ran;
            builtWhenRun = navigator->views().size();
        });
        QCOMPARE(ran, 0); // nothing before a paint
        QTRY_COMPARE(ran, 1);
        QCOMPARE(builtWhenRun, 1);
        QCOMPARE(navigator->views().first()->viewKey(), QStringLiteral("plans"));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
