// The plans area of this version (documents and their targets) and the real executable, offscreen.
#include "TestSupport.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QListView>
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
    void unknownViewIsRefused();
    void bothExecutablesPrintTheProjectVersion();
    void windowAndPrintPreviewHaveTheIcon();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
};

void TestMainWindow::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")));
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

void TestMainWindow::unknownViewIsRefused()
{
    const QString png = m_dir.filePath(QStringLiteral("none.png"));
    QProcess gui;
    gui.start(test::guiPath(), {QStringLiteral("--db"), m_db->path(), QStringLiteral("--view"), QStringLiteral("nowhere"),
                                QStringLiteral("--screenshot"), png});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 2);
    const QString err = QString::fromUtf8(gui.readAllStandardError());
    QVERIFY2(err.contains(u"nowhere") && err.contains(u"plans"), qPrintable(err));
    QVERIFY(!QFile::exists(png));
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
}

void TestMainWindow::windowAndPrintPreviewHaveTheIcon()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("icon.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    MainWindow window(std::move(db.value()));
    const QList<QSize> sizes = window.windowIcon().availableSizes();
    for (int size : {16, 32, 48, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    // The 16-pixel picture is drawn, not blank: ParDesk's red around a white sheet.
    const QImage small = window.windowIcon().pixmap(16, 16).toImage();
    QVERIFY(qRed(small.pixel(1, 8)) > 150 && qGreen(small.pixel(1, 8)) < 80);
    QVERIFY(qGray(small.pixel(4, 5)) > 200);

    QPrinter printer;
    QPrintPreviewDialog preview(&printer, &window);
    QVERIFY(preview.windowIcon().availableSizes().contains(QSize(16, 16)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
