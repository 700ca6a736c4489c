// Kills `pardesk-cli torture` with SIGKILL at random moments, over and over, on one store: after
// every kill the store must open, pass PRAGMA integrity_check, hold every step reported committed
// and no step half-written. CRASH_KILLS sets how many kills (200 by default, CI's bounded run).
#include "TestSupport.h"
#include "TortureStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pardesk::test;

namespace {

const QString kPeriod = QStringLiteral("2000Q1");

struct Killed {
    int lastReported = -1; // the last "committed k" printed before the kill; -1 when none
    int items = 0;         // from the "submission … items N" line, 0 when not reached
};

// Starts torture and kills it `delayMs` after its first committed step when `afterStart` (so that
// every such run moves on, however slow the build), else after the process start, which may fall
// in opening or creating the store, or before the first step.
Killed runAndKill(const QString &store, int delayMs, bool afterStart)
{
    QProcess process;
    process.start(cliPath(), {QStringLiteral("--db"), store, QStringLiteral("torture"), QStringLiteral("--edits"),
                              QStringLiteral("1000000"), QStringLiteral("--period"), kPeriod});
    process.waitForStarted();
    QByteArray out;
    if (afterStart) {
        while (!out.contains("committed") && process.state() == QProcess::Running && process.waitForReadyRead(30000))
            out += process.readAllStandardOutput();
    }
    QThread::msleep(delayMs);
    process.kill(); // SIGKILL
    process.waitForFinished(30000);
    out += process.readAllStandardOutput();
    Killed killed;
    static const QRegularExpression committed(QStringLiteral("committed (\\d+)\\n"));
    for (auto it = committed.globalMatch(QString::fromLatin1(out)); it.hasNext();)
        killed.lastReported = it.next().captured(1).toInt();
    const auto items = QRegularExpression(QStringLiteral("items (\\d+)")).match(QString::fromLatin1(out));
    if (items.hasMatch())
        killed.items = items.captured(1).toInt();
    return killed;
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT
private slots:
    void killedAtRandomMomentsLosesNothingCommitted();
};

void TestCrash::killedAtRandomMomentsLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("crash.sqlite"));
    const int kills = qEnvironmentVariableIntValue("CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("CRASH_KILLS") : 200;
    // A fixed seed by default, so that a failure can be run again; CRASH_SEED for other moments.
    const quint32 seed = qEnvironmentVariableIsSet("CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("CRASH_SEED")) : 20250101u;
    QRandomGenerator random(seed);
    qInfo("%d kills, seed %u", kills, seed);

    int step = 0, items = 0, killsDuringSteps = 0;
    for (int kill = 1; kill <= kills; ++kill) {
        // One kill in ten lands anywhere from the start (creating or opening the store, migrations).
        const bool afterStart = random.bounded(10) != 0;
        const Killed killed = runAndKill(store, random.bounded(afterStart ? 60 : 250), afterStart);
        if (killed.items > 0)
            items = killed.items;

        const TortureState state = readTortureStore(store, kPeriod);
        const QByteArray where = QByteArray("kill ") + QByteArray::number(kill);
        QVERIFY2(state.opened, where);
        QVERIFY2(state.integrity == u"ok" || (state.integrity.isEmpty() && state.submission == 0),
                 where + " integrity: " + state.integrity.toUtf8());
        // Durable: every step reported committed is there; at most the one being committed besides.
        const int floor = std::max(step, killed.lastReported);
        QVERIFY2(state.step >= floor && state.step <= floor + 1,
                 where + QByteArray(" holds step ") + QByteArray::number(state.step) + " after reported " +
                     QByteArray::number(killed.lastReported));
        if (state.step > 0) {
            // Atomic: the step's every value, one number, and exactly its audit rows.
            QVERIFY2(items > 0, where);
            QCOMPARE(state.values, items);
            QCOMPARE(state.distinct, 1);
            QCOMPARE(state.auditRows, 1 + state.step * items);
        }
        killsDuringSteps += state.step > step ? 1 : 0;
        step = state.step;
    }
    qInfo("%d kills, %d steps committed, %d kills after new steps", kills, step, killsDuringSteps);
    QVERIFY2(step > 0, "no step was ever committed: the kills came too early to test anything");

    // Finally the app's own check of the whole store.
    const CliRun check = runCli({QStringLiteral("--db"), store, QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.out + check.err);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
