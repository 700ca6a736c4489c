// Two pardesk-cli processes write the same store at once, each its own submission, step after
// step: every step each reported is in the store, with exactly its audit rows, and the store is
// whole. The one that has to wait gets the busy timeout and tries again; nothing is lost.
#include "TestSupport.h"
#include "TortureStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk::test;

class TestTwoWriters : public QObject {
    Q_OBJECT
private slots:
    void everyWriteOfBothIsKept();
};

void TestTwoWriters::everyWriteOfBothIsKept()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shared.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("init")}).exitCode, 0);

    constexpr int kSteps = 150;
    const QStringList periods = {QStringLiteral("2000Q1"), QStringLiteral("2000Q2")};
    QList<QProcess *> writers;
    for (const QString &period : periods) {
        auto *p = new QProcess(this);
        p->start(cliPath(), {QStringLiteral("--db"), store, QStringLiteral("torture"), QStringLiteral("--edits"),
                             QString::number(kSteps), QStringLiteral("--period"), period});
        writers.append(p);
    }
    for (int w = 0; w < writers.size(); ++w) {
        QProcess *p = writers[w];
        QVERIFY(p->waitForFinished(240000));
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError() + out.right(200));
        // Every step reported, in order.
        QCOMPARE(out.count("committed "), kSteps);
        QVERIFY(out.contains("committed " + QByteArray::number(kSteps) + "\n"));
        qInfo("%s: %s", qPrintable(periods[w]), out.mid(out.lastIndexOf("busy retries")).trimmed().constData());
        const int items = out.mid(out.indexOf("items ") + 6).split('\n').first().toInt();
        QVERIFY(items > 0);

        const TortureState state = readTortureStore(store, periods[w]);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.step, kSteps);
        QCOMPARE(state.values, items);
        QCOMPARE(state.distinct, 1);
        QCOMPARE(state.auditRows, 1 + kSteps * items);
    }
    const CliRun check = runCli({QStringLiteral("--db"), store, QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.out + check.err);
}

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_two_writers.moc"
