// backup, restore, check and generate as a user runs them: the real pardesk-cli on real files.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk::test;

namespace {

QJsonObject objectOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

int tasksIn(const QString &store)
{
    return QJsonDocument::fromJson(runCli({QStringLiteral("--db"), store, QStringLiteral("tasks")}).out).array().size();
}

} // namespace

class TestCliSafety : public QObject {
    Q_OBJECT
private slots:
    void backupThenRestoreBringsBackTheStore();
    void restoreRefusesABadBackupAndLeavesTheStore();
    void checkReportsInJsonAndExitsOneOnProblems();
    void generateWritesASyntheticProvince();
    void aFileSizeLimitFailsCleanly();
    void generateRefusesBadUsage_data();
    void generateRefusesBadUsage();
};

void TestCliSafety::backupThenRestoreBringsBackTheStore()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("office.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("office-backup.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("init")}).exitCode, 0);
    const int tasks = tasksIn(store);
    QVERIFY(tasks > 0);

    const CliRun made = runCli({QStringLiteral("--db"), store, QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QVERIFY2(made.exitCode == 0, made.err);
    QCOMPARE(objectOf(made).value(QStringLiteral("backup")).toString(), backup);

    {   // A change after the backup, as another program would make it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM task_agencies")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM tasks")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    QCOMPARE(tasksIn(store), 0);

    const CliRun restored = runCli({QStringLiteral("--db"), store, QStringLiteral("restore"), QStringLiteral("--from"), backup});
    QVERIFY2(restored.exitCode == 0, restored.err);
    QCOMPARE(tasksIn(store), tasks);
    const QString kept = objectOf(restored).value(QStringLiteral("previous_store_kept_as")).toString();
    QVERIFY(QFile::exists(kept));
    QCOMPARE(tasksIn(kept), 0);
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("check")}).exitCode, 0);
}

void TestCliSafety::restoreRefusesABadBackupAndLeavesTheStore()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("office.sqlite"));
    const QString bad = dir.filePath(QStringLiteral("notes.txt"));
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("init")}).exitCode, 0);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    const QByteArray digest = fileDigest(store);
    const CliRun run = runCli({QStringLiteral("--db"), store, QStringLiteral("restore"), QStringLiteral("--from"), bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("notes.txt"), run.err);
    QCOMPARE(fileDigest(store), digest);
}

void TestCliSafety::checkReportsInJsonAndExitsOneOnProblems()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("office.sqlite"));
    CliRun run = runCli({QStringLiteral("--db"), store, QStringLiteral("check")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(objectOf(run).value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(objectOf(run).value(QStringLiteral("values_checked")).toInt() > 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE submission_values SET value = -7 WHERE raw = '1'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("break"));
    run = runCli({QStringLiteral("--db"), store, QStringLiteral("check")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray problems = objectOf(run).value(QStringLiteral("problems")).toArray();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().toObject().value(QStringLiteral("check")).toString(), QStringLiteral("value_number"));
}

void TestCliSafety::generateWritesASyntheticProvince()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--agencies"), QStringLiteral("12"),
                               QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err);
    const QJsonObject summary = objectOf(run);
    QCOMPARE(summary.value(QStringLiteral("agencies")).toInt(), 12);
    QCOMPARE(summary.value(QStringLiteral("periods")).toArray().size(), 8);
    QVERIFY(summary.value(QStringLiteral("province")).toString().contains(QStringLiteral("tổng hợp")));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo"));
    db.setDatabaseName(out);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM store_info WHERE key = 'synthetic'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
    // Every agency of the synthetic province says it is synthetic in its name.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(name LIKE '%tổng hợp%') FROM agencies WHERE src = 'synthetic'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 12);
    QCOMPARE(q.value(1).toInt(), 12);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
                                  "WHERE s.src = 'synthetic'")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("demo"));
    QCOMPARE(runCli({QStringLiteral("--db"), out, QStringLiteral("check")}).exitCode, 0);
    // A second run never replaces the file.
    const QByteArray digest = fileDigest(out);
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--agencies"), QStringLiteral("3"), QStringLiteral("--years"),
                     QStringLiteral("1"), QStringLiteral("--out"), out}).exitCode, 2);
    QCOMPARE(fileDigest(out), digest);
}

// As a full disk: the process may not write past 1 MiB (RLIMIT_FSIZE, set by the shell for the child
// only, with SIGXFSZ ignored so that the write fails rather than the process dying).
void TestCliSafety::aFileSizeLimitFailsCleanly()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("full.sqlite"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PARDESK_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1024; exec \"$0\" generate --agencies 60 --years 3 --out \"$1\""),
                   cliPath(), out});
    QVERIFY(process.waitForFinished(120000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains("disk is full") || err.contains("full.sqlite"), err);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral("-wal")));
}

void TestCliSafety::generateRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --out") << QStringList{QStringLiteral("--agencies"), QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("1")};
    QTest::newRow("zero agencies") << QStringList{QStringLiteral("--agencies"), QStringLiteral("0"), QStringLiteral("--years"), QStringLiteral("1")};
    QTest::newRow("years not a number") << QStringList{QStringLiteral("--agencies"), QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("x")};
}

void TestCliSafety::generateRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("demo.sqlite"));
    if (arguments.size() == 4 && arguments[1] != u"3")
        arguments << QStringLiteral("--out") << out;
    else if (arguments[3] == u"x")
        arguments << QStringLiteral("--out") << out;
    const CliRun run = runCli(QStringList{QStringLiteral("generate")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
