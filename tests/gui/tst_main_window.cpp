// The first window, driven offscreen on a real store.
#include "MainWindow.h"
#include "TestSupport.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsDocumentsAndTheirTargets();
    void keyboardMovesBetweenDocuments();
    void screenshotOfTheRealExecutable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMainWindow::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestMainWindow::listsDocumentsAndTheirTargets()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester documentsTester(window.documentView()->model());
    QAbstractItemModelTester targetsTester(window.targetView()->model());

    QVERIFY(window.documentView()->model()->rowCount() >= 5);
    QVERIFY(window.selectDocument(QStringLiteral("TQ-268-KH-UBND-2023")));
    const QAbstractItemModel *targets = window.targetView()->model();
    QVERIFY(targets->rowCount() > 40);
    bool perLevel = false;
    for (int row = 0; row < targets->rowCount(); ++row)
        if (targets->index(row, 0).data().toString().startsWith(u"6.8") && !targets->index(row, 3).data().toString().isEmpty())
            perLevel = true;
    QVERIFY(perLevel);
    QVERIFY(!window.selectDocument(QStringLiteral("no-such-document")));
}

void TestMainWindow::keyboardMovesBetweenDocuments()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListView *documents = window.documentView();
    documents->setFocus();
    QCOMPARE(documents->currentIndex().row(), 0);
    const QString firstTarget = window.targetView()->model()->index(0, 1).data().toString();
    QTest::keyClick(documents, Qt::Key_Down);
    QCOMPARE(documents->currentIndex().row(), 1);
    QVERIFY(window.targetView()->model()->index(0, 1).data().toString() != firstTarget);
}

void TestMainWindow::screenshotOfTheRealExecutable()
{
    const QString png = m_dir.filePath(QStringLiteral("window.png"));
    QProcess gui;
    gui.start(test::guiPath(), {QStringLiteral("--db"), m_db->path(), QStringLiteral("--screenshot"), png});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 600);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
