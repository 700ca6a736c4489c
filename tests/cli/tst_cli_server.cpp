// pardesk-cli with a store on a PostgreSQL server (issue 14), the real executable against the
// throw-away cluster: a whole store copied SQLite → server → SQLite with every row of every table
// kept, a non-empty target refused, the read commands printing the same JSON on both engines, and
// the SQLite-only commands refused on a server. Skips where PostgreSQL is missing.
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace pardesk::test;

namespace {

// Every row of a table as text, sorted: the same rows on both engines give the same list whatever
// order each engine keeps them in. Numbers print the same on both (a REAL is a double on each).
QStringList rowsOf(QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
        out << QStringLiteral("cannot read %1: %2").arg(table, q.lastError().text());
        return out;
    }
    while (q.next()) {
        QStringList cells;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            QString cell = v.isNull() ? QStringLiteral("<null>")
                           : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                  : v.toString();
            cells << record.fieldName(i) + u'=' + cell;
        }
        out << cells.join(u'|');
    }
    out.sort();
    return out;
}

// A connection of the test's own to a file or to a database of the cluster.
QSqlDatabase openRaw(const QString &name, const QString &store)
{
    QSqlDatabase db;
    if (store.startsWith(QLatin1String("postgresql://"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qEnvironmentVariable("PARDESK_TEST_PG_DIR"));
        db.setUserName(QStringLiteral("pardesk"));
        db.setDatabaseName(store.section(u'/', -1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store);
    }
    db.open();
    return db;
}

QJsonObject objectOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void copyThereAndBackKeepsEveryRow();
    void copyRefusesANonEmptyTarget();
    void readCommandsAgree_data();
    void readCommandsAgree();
    void sqliteOnlyCommandsAreRefused();
    void serverUsersAreAddedListedAndRemoved();
    void helpTellsEachCommandsFrom();

private:
    QTemporaryDir m_dir;
    QString m_file;   // a new store from the bundled dataset
    QString m_server; // m_file copied into an empty server database
};

void TestCliServer::initTestCase()
{
    if (const QString why = pgServerUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    qputenv("PARDESK_LANG", "en"); // the messages checked below are the English source strings
    m_file = m_dir.filePath(QStringLiteral("file.sqlite"));
    const CliRun file = runCli({QStringLiteral("--db"), m_file, QStringLiteral("init")});
    QVERIFY2(file.exitCode == 0, file.err.constData());
    QString error;
    m_server = pgFreshDatabase(QStringLiteral("cli"), &error);
    QVERIFY2(!m_server.isEmpty(), qPrintable(error));
    // The same rows on both engines, times of loading included: copied, not loaded a second later.
    const CliRun copied = runCli({QStringLiteral("copy"), QStringLiteral("--from"), m_file, QStringLiteral("--to"), m_server});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    const CliRun server = runCli({QStringLiteral("--db"), m_server, QStringLiteral("init")});
    QVERIFY2(server.exitCode == 0, server.err.constData());
    QCOMPARE(objectOf(server).value("dataset_loaded_now").toBool(), false);
}

void TestCliServer::copyThereAndBackKeepsEveryRow()
{
    QString error;
    const QString server = pgFreshDatabase(QStringLiteral("copy"), &error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));

    const CliRun there = runCli({QStringLiteral("copy"), QStringLiteral("--from"), m_file, QStringLiteral("--to"), server});
    QVERIFY2(there.exitCode == 0, there.err.constData());
    const CliRun home = runCli({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    QVERIFY2(home.exitCode == 0, home.err.constData());
    const QJsonArray tables = objectOf(there).value("tables").toArray();
    QVERIFY(tables.size() > 20);
    QCOMPARE(objectOf(home).value("tables").toArray(), tables);
    QVERIFY(objectOf(there).value("rows").toDouble() > 1000);

    {
        QSqlDatabase original = openRaw(QStringLiteral("original"), m_file);
        QSqlDatabase onServer = openRaw(QStringLiteral("server"), server);
        QSqlDatabase roundTrip = openRaw(QStringLiteral("back"), back);
        QVERIFY2(onServer.isOpen(), qPrintable(onServer.lastError().text()));
        for (const QJsonValue &t : tables) {
            const QString table = t.toObject().value("table").toString();
            const QStringList rows = rowsOf(original, table);
            QCOMPARE(rows.size(), t.toObject().value("rows").toInt());
            QCOMPARE(rowsOf(onServer, table), rows);
            QCOMPARE(rowsOf(roundTrip, table), rows);
        }
        // A new row on the server after the copy gets an id after the copied ones.
        QSqlQuery max(onServer);
        QVERIFY(max.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && max.next());
        const qlonglong copied = max.value(0).toLongLong();
        QSqlQuery insert(onServer);
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO audit_log(at, \"user\", entity, action) VALUES ('t', 'u', 'e', 'a') RETURNING id")),
                 qPrintable(insert.lastError().text()));
        QVERIFY(insert.next());
        QVERIFY(insert.value(0).toLongLong() > copied);
    }
    for (const QString &name : {QStringLiteral("original"), QStringLiteral("server"), QStringLiteral("back")})
        QSqlDatabase::removeDatabase(name);
}

void TestCliServer::copyRefusesANonEmptyTarget()
{
    const QString target = m_dir.filePath(QStringLiteral("full.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), target, QStringLiteral("init")}).exitCode, 0);
    const QByteArray before = fileDigest(target);
    for (const QString &to : {m_server, target}) {
        const CliRun run = runCli({QStringLiteral("copy"), QStringLiteral("--from"), m_file, QStringLiteral("--to"), to});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("not empty"), run.err.constData());
    }
    QCOMPARE(fileDigest(target), before);
    // The server store is as `init` left it.
    const CliRun plans = runCli({QStringLiteral("--db"), m_server, QStringLiteral("plans")});
    QCOMPARE(plans.out, runCli({QStringLiteral("--db"), m_file, QStringLiteral("plans")}).out);
    // A source that is not there is named; nothing is made at the target.
    const QString none = m_dir.filePath(QStringLiteral("none.sqlite"));
    const CliRun missing = runCli({QStringLiteral("copy"), QStringLiteral("--from"), none, QStringLiteral("--to"), m_dir.filePath(QStringLiteral("new.sqlite"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("none.sqlite"), missing.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new.sqlite"))));
}

void TestCliServer::readCommandsAgree_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("plans") << QStringList{QStringLiteral("plans")};
    QTest::newRow("targets") << QStringList{QStringLiteral("targets")};
    QTest::newRow("targets of a province") << QStringList{QStringLiteral("targets"), QStringLiteral("--province"), QStringLiteral("TV")};
    QTest::newRow("tasks") << QStringList{QStringLiteral("tasks")};
    QTest::newRow("forms") << QStringList{QStringLiteral("forms")};
    QTest::newRow("themes") << QStringList{QStringLiteral("themes")};
    QTest::newRow("scores") << QStringList{QStringLiteral("scores")};
    QTest::newRow("submissions") << QStringList{QStringLiteral("submissions")};
    QTest::newRow("values") << QStringList{QStringLiteral("values"), QStringLiteral("--submission"), QStringLiteral("1")};
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), QStringLiteral("--submission"), QStringLiteral("1")};
    QTest::newRow("evaluate") << QStringList{QStringLiteral("evaluate")};
    QTest::newRow("periods") << QStringList{QStringLiteral("periods"), QStringLiteral("--year"), QStringLiteral("2024")};
    QTest::newRow("criteria sets") << QStringList{QStringLiteral("assessment"), QStringLiteral("sets")};
    QTest::newRow("certificates") << QStringList{QStringLiteral("certificates"), QStringLiteral("list")};
    // Consolidation and the self-assessment picture: aggregation and estimates, on both engines.
    QTest::newRow("consolidate") << QStringList{QStringLiteral("consolidate"), QStringLiteral("--form"), QStringLiteral("TQ-PL08-CQDT"),
                                                QStringLiteral("--period"), QStringLiteral("2022S1"), QStringLiteral("--today"),
                                                QStringLiteral("2024-01-01")};
    QTest::newRow("assessment scores") << QStringList{QStringLiteral("assessment"), QStringLiteral("scores")};
    QTest::newRow("assessment estimate") << QStringList{QStringLiteral("assessment"), QStringLiteral("estimate"), QStringLiteral("--province"),
                                                        QStringLiteral("TV"), QStringLiteral("--year"), QStringLiteral("2022")};
    QTest::newRow("assessment lost points") << QStringList{QStringLiteral("assessment"), QStringLiteral("lost-points"),
                                                           QStringLiteral("--province"), QStringLiteral("TV"), QStringLiteral("--year"),
                                                           QStringLiteral("2022")};
    QTest::newRow("evaluate a period") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--province"), QStringLiteral("TQ"),
                                                      QStringLiteral("--period"), QStringLiteral("2022S1")};
}

void TestCliServer::readCommandsAgree()
{
    QFETCH(QStringList, command);
    const CliRun file = runCli(QStringList{QStringLiteral("--db"), m_file} + command);
    const CliRun server = runCli(QStringList{QStringLiteral("--db"), m_server} + command);
    QVERIFY2(file.exitCode == 0 || file.exitCode == 1, file.err.constData()); // validate: 1 when it finds errors
    QCOMPARE(server.exitCode, file.exitCode);
    QVERIFY(file.out.size() > 2);
    if (server.out != file.out) {
        // Name the first place they differ, so that a failure says what.
        qsizetype at = 0;
        while (at < file.out.size() && at < server.out.size() && file.out[at] == server.out[at])
            ++at;
        QFAIL(qPrintable(QStringLiteral("differs at byte %1: file …%2… server …%3…")
                             .arg(at)
                             .arg(QString::fromUtf8(file.out.mid(qMax<qsizetype>(0, at - 60), 160)),
                                  QString::fromUtf8(server.out.mid(qMax<qsizetype>(0, at - 60), 160)))));
    }
    QVERIFY(server.err.isEmpty());
}

void TestCliServer::sqliteOnlyCommandsAreRefused()
{
    const CliRun backup = runCli({QStringLiteral("--db"), m_server, QStringLiteral("backup"), QStringLiteral("--out"),
                                  m_dir.filePath(QStringLiteral("b.sqlite"))});
    QCOMPARE(backup.exitCode, 2);
    QVERIFY2(backup.err.contains("pg_dump"), backup.err.constData());
    const CliRun check = runCli({QStringLiteral("--db"), m_server, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(check.err.contains("PostgreSQL"), check.err.constData());
}

// pardesk-cli server: a login added with its password from stdin connects and reads as a reader,
// and is refused a write; what cannot be done is said, on stderr, with exit code 2.
void TestCliServer::serverUsersAreAddedListedAndRemoved()
{
    const QString login = QStringLiteral("cli_reader_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("a pass:word with 'quotes'");
    const CliRun added = runCliWithInput({QStringLiteral("--db"), m_server, QStringLiteral("server"), QStringLiteral("add-user"),
                                          QStringLiteral("--login"), login, QStringLiteral("--role"), QStringLiteral("reader"),
                                          QStringLiteral("--password-stdin")},
                                         password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(objectOf(added).value("password").toString(), QStringLiteral("set"));
    QVERIFY(!added.out.contains("quotes") && !added.err.contains("quotes"));
    const CliRun users = runCli({QStringLiteral("--db"), m_server, QStringLiteral("server"), QStringLiteral("users")});
    QVERIFY2(users.exitCode == 0, users.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(users.out).array();
    QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const QJsonValue &v) {
        return v[QStringLiteral("login")].toString() == login && v[QStringLiteral("role")].toString() == u"reader";
    }));

    // The reader connects with its own login and password, reads, and may not write.
    QTemporaryDir passDir;
    const QString passFile = passDir.filePath(QStringLiteral("pgpass"));
    {
        QFile pass(passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        QString escaped = password;
        escaped.replace(u':', QStringLiteral("\\:"));
        pass.write(QStringLiteral("%1:5432:*:%2:%3\n").arg(qEnvironmentVariable("PARDESK_TEST_PG_DIR"), login, escaped).toUtf8());
    }
    QVERIFY(QFile::setPermissions(passFile, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray originalPassFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    const QString asReader = QString(m_server).replace(QStringLiteral("pardesk@"), login + u'@');
    const CliRun read = runCli({QStringLiteral("--db"), asReader, QStringLiteral("submissions")});
    const CliRun write = runCli({QStringLiteral("--db"), asReader, QStringLiteral("server"), QStringLiteral("add-user"),
                                 QStringLiteral("--login"), QStringLiteral("someone_else"), QStringLiteral("--role"), QStringLiteral("reader")});
    qputenv("PGPASSFILE", originalPassFile);
    QVERIFY2(read.exitCode == 0, read.err.constData());
    QCOMPARE(write.exitCode, 2);
    QVERIFY2(write.err.contains("may not add or remove logins"), write.err.constData());

    const QList<std::pair<QStringList, QByteArray>> refused = {
        {{QStringLiteral("add-user"), QStringLiteral("--login"), QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("boss")}, "Unknown role"},
        {{QStringLiteral("add-user"), QStringLiteral("--login"), QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("agency"),
          QStringLiteral("--agency"), QStringLiteral("XX.NONE")}, "no agency with the key"},
        {{QStringLiteral("add-user"), QStringLiteral("--login"), QStringLiteral("x1")}, "needs --role"},
        {{QStringLiteral("remove-user")}, "needs --login"},
        {{QStringLiteral("drop-everything")}, "add-user, users, remove-user"},
    };
    for (const auto &[arguments, expected] : refused) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_server, QStringLiteral("server")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }
    const CliRun onFile = runCli({QStringLiteral("--db"), m_file, QStringLiteral("server"), QStringLiteral("users")});
    QCOMPARE(onFile.exitCode, 2);
    QVERIFY2(onFile.err.contains("PostgreSQL"), onFile.err.constData());

    const CliRun removed = runCli({QStringLiteral("--db"), m_server, QStringLiteral("server"), QStringLiteral("remove-user"),
                                   QStringLiteral("--login"), login});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(objectOf(removed).value("removed").toString(), login);
}

// --from means a period for chart, a backup for restore and a store for copy: the help says each.
void TestCliServer::helpTellsEachCommandsFrom()
{
    const CliRun help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QByteArray &words : {QByteArray("chart: The first period"), QByteArray("restore: The backup to restore."),
                                    QByteArray("copy: The store to copy")})
        QVERIFY2(help.out.contains(words), help.out.constData());
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
