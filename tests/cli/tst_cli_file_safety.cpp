// What pardesk-cli promises about the files it writes and reads, on the real executable:
// - a file it writes is whole or not there: on a full disk (a small tmpfs mounted in a private
//   user and mount namespace, filled up) it exits 2, says so, leaves the older file of that name
//   byte for byte and no partial file beside it;
// - a backup replaces an existing file only with --force, and keeps a ParDesk store it replaces;
// - a path that is not a regular file (a pipe, a device) is refused at once, also in a folder;
// - files and fields larger than any real submission are refused before they are read whole;
// - a store on read-only media can still be read and backed up;
// - five `init` at once on a new path all succeed quietly.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace pardesk::test;

namespace {

// Runs `script` as root of a private user and mount namespace (no privileges needed), so that it
// can mount a small file system; exit 99 means namespaces are not available here.
CliRun inNamespace(const QString &script, const QStringList &arguments, int timeoutMs = 180000)
{
    return runProgram(QStringLiteral("unshare"),
                      QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                                  QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")} +
                          arguments,
                      timeoutMs);
}

QString lineValue(const QByteArray &out, const QByteArray &key)
{
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(key + '='))
            return QString::fromUtf8(line.mid(key.size() + 1));
    return {};
}

} // namespace

class TestCliFileSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aFullDiskLeavesThePreviousFile_data();
    void aFullDiskLeavesThePreviousFile();
    void backupReplacesAFileOnlyWhenForced();
    void whatIsNotARegularFileIsRefused_data();
    void whatIsNotARegularFileIsRefused();
    void aFolderWithAPipeStillImportsTheRest();
    void oversizedFilesAndFieldsAreRefused();
    void aStoreOnReadOnlyMediaCanBeRead();
    void aFullDiskIsNotCalledDamage();
    void aBusyStoreIsNamedAndExplained();
    void aDanglingLinkIsNamed();
    void fiveInitsAtOnceSucceedQuietly();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestCliFileSafety::initTestCase()
{
    qputenv("PARDESK_LANG", "en");
    m_store = m_dir.filePath(QStringLiteral("office.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("init")}).exitCode, 0);
}

void TestCliFileSafety::aFullDiskLeavesThePreviousFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("command"); // OUT stands for the file
    const QStringList form{QStringLiteral("--form"), QStringLiteral("TQ-PL02-CCHC")};
    QTest::newRow("package") << "sent.pardesk" << QStringList{"export-package", "--submission", "1", "--out", "OUT"};
    QTest::newRow("CSV template") << "blank.csv"
                                  << QStringList{"template", "--agency", "TQ.SNV", "--period", "2024Q1", "--out", "OUT"} + form;
    QTest::newRow("XLSX template") << "blank.xlsx"
                                   << QStringList{"template", "--agency", "TQ.SNV", "--period", "2024Q1", "--out", "OUT"} + form;
    QTest::newRow("CSV print") << "form.csv" << QStringList{"print", "--submission", "1", "--out", "OUT"};
    QTest::newRow("PDF print") << "form.pdf" << QStringList{"print", "--submission", "1", "--out", "OUT"};
    QTest::newRow("XLSX print") << "form.xlsx" << QStringList{"print", "--submission", "1", "--out", "OUT"};
    QTest::newRow("PNG chart") << "scores.png" << QStringList{"chart", "scores", "--province", "TV", "--out", "OUT"};
    QTest::newRow("consolidation CSV") << "totals.csv" << QStringList{"consolidate", "--period", "2022S1", "--out", "OUT"} + form;
    QTest::newRow("backup") << "copy.sqlite" << QStringList{"backup", "--force", "--out", "OUT"};
}

void TestCliFileSafety::aFullDiskLeavesThePreviousFile()
{
    QFETCH(QString, file);
    QFETCH(QStringList, command);
    QTemporaryDir mountPoint;
    const QString out = mountPoint.filePath(file);
    command.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
    // Written once on an empty disk, then again once the disk is full.
    const QString script = QStringLiteral(
        "out=$1; dir=$2; shift 2\n"
        "mount -t tmpfs -o size=6m tmpfs \"$dir\" || exit 99\n"
        "\"$@\" >/dev/null 2>&1 || { echo first=$?; exit 98; }\n"
        "echo before=$(sha256sum \"$out\" | cut -c1-64)\n"
        "head -c 8m /dev/zero > \"$dir/filler\" 2>/dev/null\n"
        "\"$@\" >/dev/null; echo code=$?\n"
        "echo after=$(sha256sum \"$out\" | cut -c1-64)\n"
        "echo files=$(ls -A \"$dir\" | tr '\\n' ' ')\n");
    const CliRun run = inNamespace(script, QStringList{out, mountPoint.path(), cliPath(), QStringLiteral("--db"), m_store} + command);
    if (run.exitCode == 99)
        QSKIP("user and mount namespaces are not available to mount a small file system");
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(lineValue(run.out, "code"), QStringLiteral("2"));
    QVERIFY2(run.err.contains("full"), run.err);
    QVERIFY(!lineValue(run.out, "before").isEmpty());
    QCOMPARE(lineValue(run.out, "after"), lineValue(run.out, "before"));
    // The older file and the filler: no partial file, no temporary one.
    QStringList files = lineValue(run.out, "files").trimmed().split(u' ');
    files.sort();
    QStringList expected{file, QStringLiteral("filler")};
    expected.sort();
    QCOMPARE(files, expected);
}

void TestCliFileSafety::backupReplacesAFileOnlyWhenForced()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode, 0);
    const QByteArray otherDigest = fileDigest(other);

    CliRun run = runCli({QStringLiteral("--db"), m_store, QStringLiteral("backup"), QStringLiteral("--out"), other});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("exists already") && run.err.contains("--force"), run.err);
    QCOMPARE(fileDigest(other), otherDigest);

    run = runCli({QStringLiteral("--db"), m_store, QStringLiteral("backup"), QStringLiteral("--force"), QStringLiteral("--out"), other});
    QVERIFY2(run.exitCode == 0, run.err);
    const QString kept = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("replaced_store_kept_as")).toString();
    QVERIFY2(kept.contains(QStringLiteral("other-replaced-")), run.out);
    QCOMPARE(fileDigest(kept), otherDigest);
    QCOMPARE(runCli({QStringLiteral("--db"), other, QStringLiteral("check")}).exitCode, 0);
}

void TestCliFileSafety::whatIsNotARegularFileIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("command");
    for (const char *kind : {"pipe", "link to /dev/zero"}) {
        QTest::addRow("%s as package", kind) << kind << "pardesk" << "import";
        QTest::addRow("%s as workbook", kind) << kind << "xlsx" << "import";
        QTest::addRow("%s as CSV import", kind) << kind << "csv" << "import";
        QTest::addRow("%s to validate", kind) << kind << "csv" << "validate";
    }
}

void TestCliFileSafety::whatIsNotARegularFileIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.") + suffix);
    if (kind == u"pipe")
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    QStringList arguments{QStringLiteral("--db"), m_store, command};
    if (command == u"validate")
        arguments << QStringLiteral("--form") << QStringLiteral("TQ-PL02-CCHC");
    else if (suffix == u"csv")
        arguments << QStringLiteral("--form") << QStringLiteral("TQ-PL02-CCHC") << QStringLiteral("--agency")
                  << QStringLiteral("TQ.SNV") << QStringLiteral("--period") << QStringLiteral("2024Q1");
    arguments << path;
    const CliRun run = runCli(arguments, 20000); // a hang fails the test, not the suite
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a regular file") && run.err.contains(path.toUtf8()), run.err);
}

void TestCliFileSafety::aFolderWithAPipeStillImportsTheRest()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("office.sqlite"));
    QVERIFY(QFile::copy(m_store, store));
    const QString folder = dir.filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(folder));
    // A package of submission 1 (into a store that has it already: --replace), a pipe and a link to a device.
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("export-package"), QStringLiteral("--submission"),
                     QStringLiteral("1"), QStringLiteral("--out"), folder + QStringLiteral("/b-good.pardesk")})
                 .exitCode,
             0);
    QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/a-pipe.pardesk")).constData(), 0600), 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/c-zero.pardesk")));
    const CliRun run =
        runCli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--explanation"),
                QStringLiteral("Số liệu theo văn bản gốc"), folder}, // submission 1 keeps its paper original's errors
               30000);
    QCOMPARE(run.exitCode, 2);
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QStringLiteral("summary")).toString(), QStringLiteral("0 imported, 1 replaced, 2 refused"));
    QVERIFY2(run.err.contains("a-pipe.pardesk") && run.err.contains("c-zero.pardesk"), run.err);
}

void TestCliFileSafety::oversizedFilesAndFieldsAreRefused()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,value,note\n1.1,4,\n");
        const QByteArray filler = QByteArray("1.2.1,3,") + QByteArray(1000, 'x') + '\n';
        for (int i = 0; i < 20000; ++i) // 20 MB
            f.write(filler);
    }
    CliRun run = runCli({QStringLiteral("--db"), m_store, QStringLiteral("validate"), QStringLiteral("--form"),
                         QStringLiteral("TQ-PL02-CCHC"), big});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("larger than") && run.err.contains("big.csv"), run.err);

    const QString longNote = dir.filePath(QStringLiteral("note.csv"));
    QFile f(longNote);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,value,note\n1.1,4,\n1.2.1,3," + QByteArray(5000, 'n') + "\n");
    f.close();
    run = runCli({QStringLiteral("--db"), m_store, QStringLiteral("validate"), QStringLiteral("--form"),
                  QStringLiteral("TQ-PL02-CCHC"), longNote});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("row 3") && run.err.contains("1.2.1") && run.err.contains("note is 5000 characters"), run.err);
}

// A CD or a share mounted read-only: the store's folder cannot be written at all (EROFS).
void TestCliFileSafety::aStoreOnReadOnlyMediaCanBeRead()
{
    QTemporaryDir mountPoint, outside;
    const QString onMedia = mountPoint.filePath(QStringLiteral("office.sqlite"));
    const QString rescued = outside.filePath(QStringLiteral("rescued.sqlite"));
    const QString script = QStringLiteral(
        "store=$1; media=$2; cli=$3; rescued=$4\n"
        "mount -t tmpfs -o size=64m tmpfs \"$media\" || exit 99\n"
        "cp \"$store\" \"$media/\" && mount -o remount,ro \"$media\" || exit 98\n"
        "\"$cli\" --db \"$media/office.sqlite\" submissions >/dev/null; echo submissions=$?\n"
        "\"$cli\" --db \"$media/office.sqlite\" check >/dev/null; echo check=$?\n"
        "\"$cli\" --db \"$media/office.sqlite\" backup --out \"$rescued\" >/dev/null; echo backup=$?\n"
        "\"$cli\" --db \"$media/office.sqlite\" import \"$media/none.pardesk\" >/dev/null 2>&1; echo import=$?\n");
    const CliRun run = inNamespace(script, {m_store, mountPoint.path(), cliPath(), rescued});
    if (run.exitCode == 99)
        QSKIP("user and mount namespaces are not available to mount a read-only file system");
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(lineValue(run.out, "submissions"), QStringLiteral("0"));
    QCOMPARE(lineValue(run.out, "check"), QStringLiteral("0"));
    QCOMPARE(lineValue(run.out, "backup"), QStringLiteral("0"));
    QCOMPARE(lineValue(run.out, "import"), QStringLiteral("2")); // writing is refused, with a message
    QCOMPARE(runCli({QStringLiteral("--db"), rescued, QStringLiteral("check")}).exitCode, 0);
    Q_UNUSED(onMedia)
}

// A store on a disk with no room left: SQLite's "disk I/O error" is not a damaged file.
void TestCliFileSafety::aFullDiskIsNotCalledDamage()
{
    QTemporaryDir mountPoint;
    const QString script = QStringLiteral(
        "store=$1; dir=$2; cli=$3\n"
        "mount -t tmpfs -o size=6m tmpfs \"$dir\" || exit 99\n"
        "cp \"$store\" \"$dir/office.sqlite\" || exit 98\n"
        "before=$(sha256sum \"$dir/office.sqlite\" | cut -c1-64)\n"
        "head -c 8m /dev/zero > \"$dir/filler\" 2>/dev/null\n"
        "\"$cli\" --db \"$dir/office.sqlite\" submissions >/dev/null; echo code=$?\n"
        "after=$(sha256sum \"$dir/office.sqlite\" | cut -c1-64)\n"
        "[ \"$before\" = \"$after\" ] && echo same=yes\n");
    const CliRun run = inNamespace(script, {m_store, mountPoint.path(), cliPath()});
    if (run.exitCode == 99)
        QSKIP("user and mount namespaces are not available to mount a small file system");
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(lineValue(run.out, "code"), QStringLiteral("2"));
    QCOMPARE(lineValue(run.out, "same"), QStringLiteral("yes"));
    QVERIFY2(run.err.contains("disk holding it is full") && !run.err.contains("damaged"), run.err);
}

// Another program holds the store locked past the busy timeout: the message says so and names it.
void TestCliFileSafety::aBusyStoreIsNamedAndExplained()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("busy.sqlite"));
    QVERIFY(QFile::copy(m_store, store));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET title = title")));
        const CliRun run = runCli({QStringLiteral("--db"), store, QStringLiteral("submissions")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("busy.sqlite") && run.err.contains("another program is writing to it"), run.err);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestCliFileSafety::aDanglingLinkIsNamed()
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("office.sqlite"));
    const QString gone = dir.filePath(QStringLiteral("moved-away/office.sqlite"));
    QVERIFY(QFile::link(gone, link));
    const CliRun run = runCli({QStringLiteral("--db"), link, QStringLiteral("submissions")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("link to") && run.err.contains(gone.toUtf8()) && run.err.contains("does not exist"), run.err);
}

void TestCliFileSafety::fiveInitsAtOnceSucceedQuietly()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("new.sqlite"));
    QList<QProcess *> processes;
    for (int i = 0; i < 5; ++i) {
        auto *p = new QProcess(this);
        p->start(cliPath(), {QStringLiteral("--db"), store, QStringLiteral("init")});
        processes.append(p);
    }
    for (QProcess *p : processes) {
        QVERIFY(p->waitForFinished(60000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitCode() == 0 && err.isEmpty(), err);
        delete p;
    }
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("check")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliFileSafety)
#include "tst_cli_file_safety.moc"
