// `restore` on a store that others are using, as offices do: the real pardesk-cli, real files.
// Writers (the crash tests' `torture` command) keep committing while a backup is restored; every
// write a writer reported committed must be in the kept `…-before-restore-…` file or in the store
// afterwards. A store named through a symbolic link is restored where it really is, and the link
// stays a link.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk::test;

namespace {

// The step the torture writer of `period` last wrote into the store at `path` (0: none).
int stepIn(const QString &path, const QString &period)
{
    int step = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT max(v.value) FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
                                     "WHERE s.period = ?"));
            q.addBindValue(period);
            if (q.exec() && q.next())
                step = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return step;
}

int lastCommitted(const QByteArray &out)
{
    int last = 0;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("committed "))
            last = line.mid(10).toInt();
    return last;
}

QString documentsOf(const QString &path)
{
    return QString::fromUtf8(runCli({QStringLiteral("--db"), path, QStringLiteral("plans")}).out);
}

} // namespace

class TestCliRestore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("PARDESK_LANG", "en"); }
    void noCommittedWriteIsLostWhileOthersWrite();
    void aLinkedStoreIsRestoredWhereItIs();
};

void TestCliRestore::noCommittedWriteIsLostWhileOthersWrite()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("office.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    const QStringList periods{QStringLiteral("2001Q1"), QStringLiteral("2001Q2"), QStringLiteral("2001Q3")};
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("init")}).exitCode, 0);
    // Each writer's submission exists in the backup, so that writers go on after the restore.
    for (const QString &period : periods)
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("torture"), QStringLiteral("--edits"),
                         QStringLiteral("1"), QStringLiteral("--period"), period})
                     .exitCode,
                 0);
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);

    // Enough edits that the writers are still writing when the restore lands (with 150 they finished
    // first in one run of two on an idle machine, and no write came after the restore).
    QList<QProcess *> writers;
    for (const QString &period : periods) {
        auto *writer = new QProcess(this);
        writer->start(cliPath(), {QStringLiteral("--db"), store, QStringLiteral("torture"), QStringLiteral("--edits"),
                                  QStringLiteral("1500"), QStringLiteral("--period"), period});
        writers.append(writer);
    }
    // Several commits each before the restore, however slow the machine.
    QList<QByteArray> outputs(writers.size());
    for (int w = 0; w < writers.size(); ++w) {
        while (lastCommitted(outputs[w]) < 5 && writers[w]->waitForReadyRead(60000))
            outputs[w] += writers[w]->readAllStandardOutput();
        QVERIFY2(lastCommitted(outputs[w]) >= 5, outputs[w]);
    }
    const CliRun restored = runCli({QStringLiteral("--db"), store, QStringLiteral("restore"), QStringLiteral("--from"), backup});
    QVERIFY2(restored.exitCode == 0, restored.err);
    const QString kept = QJsonDocument::fromJson(restored.out).object().value(QStringLiteral("previous_store_kept_as")).toString();
    QVERIFY(QFileInfo::exists(kept));

    bool someAfterRestore = false;
    for (int w = 0; w < writers.size(); ++w) {
        QVERIFY(writers[w]->waitForFinished(180000));
        const QByteArray out = outputs[w] + writers[w]->readAllStandardOutput();
        QVERIFY2(writers[w]->exitCode() == 0, writers[w]->readAllStandardError());
        const int committed = lastCommitted(out);
        const int inKept = stepIn(kept, periods[w]);
        const int inStore = stepIn(store, periods[w]);
        // Steps only grow: the last one reported committed is where the writer's data went on.
        QVERIFY2(committed == inStore || (committed <= inKept && inStore <= committed),
                 qPrintable(QStringLiteral("%1: committed %2, kept file %3, store %4").arg(periods[w]).arg(committed).arg(inKept).arg(inStore)));
        QVERIFY(inKept > 1); // the restore came after some writes
        someAfterRestore = someAfterRestore || inStore > inKept;
        delete writers[w];
    }
    QVERIFY(someAfterRestore);
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("check")}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), kept, QStringLiteral("check")}).exitCode, 0);
}

void TestCliRestore::aLinkedStoreIsRestoredWhereItIs()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString real = dir.filePath(QStringLiteral("real/office.sqlite"));
    const QString link = dir.filePath(QStringLiteral("office-link.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), real, QStringLiteral("init")}).exitCode, 0);
    QVERIFY(QFile::link(real, link));
    QCOMPARE(runCli({QStringLiteral("--db"), link, QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    const QString original = documentsOf(real);
    {   // A change after the backup, which the restore undoes.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(real);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE documents SET title = 'changed'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    QVERIFY(documentsOf(real) != original);

    const CliRun run = runCli({QStringLiteral("--db"), link, QStringLiteral("restore"), QStringLiteral("--from"), backup});
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(documentsOf(real), original);
    const QString kept = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("previous_store_kept_as")).toString();
    QCOMPARE(QFileInfo(kept).absolutePath(), QFileInfo(real).absolutePath());
    QVERIFY(documentsOf(kept).contains(QStringLiteral("changed")));
}

QTEST_GUILESS_MAIN(TestCliRestore)
#include "tst_cli_restore.moc"
