// The store on a PostgreSQL server (issue 14), against the throw-away cluster of the CTest fixture
// pg_cluster: created and filled like a new file, migrated one transaction per version, refused
// when it is not usable, SQLite-only features refused with a message. Skips where PostgreSQL is missing.
#include "PgTestServer.h"
#include "store/Backup.h"
#include "store/ConsistencyCheck.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Restore.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/StoreCopy.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    const auto value = Statement(db.connection(), sql).scalar();
    return value ? value.value() : QVariant();
}

Database::Options at(int version)
{
    Database::Options options;
    options.schemaVersion = version;
    options.loadBundledDataset = false;
    return options;
}

} // namespace

class TestServerStore : public QObject {
    Q_OBJECT
private slots:
    void newStoreIsCreatedAndFilledLikeAFile();
    void reopeningKeepsTheStore();
    void upgradesFromEveryOlderVersion_data();
    void upgradesFromEveryOlderVersion();
    void failedMigrationLeavesTheStoreAsItWas();
    void unusableDatabasesAreRefused_data();
    void unusableDatabasesAreRefused();
    void readOnlyRefusesWrites();
    void transactionsNestAndRollBack();
    void sqliteOnlyFeaturesAreRefused();
    void aSubmissionIsWrittenAndApproved();
};

void TestServerStore::newStoreIsCreatedAndFilledLikeAFile()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("created"));
    auto server = Database::open(url);
    QVERIFY2(server, qPrintable(server.error()));
    QVERIFY(server.value()->isServer());
    QVERIFY(server.value()->loadedDatasetNow());
    QCOMPARE(server.value()->schemaVersion().value(), latestSchemaVersion());
    QCOMPARE(scalar(*server.value(), QStringLiteral("SELECT application FROM schema_version")).toString(), QStringLiteral("pardesk"));

    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY2(file, qPrintable(file.error()));
    const auto onServer = StoreCopy::count(*server.value());
    const auto inFile = StoreCopy::count(*file.value());
    QVERIFY2(onServer, qPrintable(onServer.error()));
    QVERIFY2(inFile, qPrintable(inFile.error()));
    QCOMPARE(onServer->size(), inFile->size());
    for (int i = 0; i < inFile->size(); ++i) {
        QCOMPARE(onServer->at(i).table, inFile->at(i).table);
        QVERIFY2(onServer->at(i).source == inFile->at(i).source,
                 qPrintable(QStringLiteral("%1: %2 rows on the server, %3 in the file")
                                .arg(inFile->at(i).table)
                                .arg(onServer->at(i).source)
                                .arg(inFile->at(i).source)));
    }
    QVERIFY(scalar(*server.value(), QStringLiteral("SELECT count(*) FROM documents")).toInt() > 0);
}

void TestServerStore::reopeningKeepsTheStore()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("reopened"));
    qlonglong tasks = 0;
    {
        auto db = Database::open(url);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(Statement::run(db.value()->connection(), QStringLiteral("DELETE FROM tasks WHERE id = (SELECT min(id) FROM tasks)")));
        tasks = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM tasks")).toLongLong();
    }
    auto again = Database::open(url);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!again.value()->loadedDatasetNow());
    QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM tasks")).toLongLong(), tasks);
}

void TestServerStore::upgradesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < latestSchemaVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void TestServerStore::upgradesFromEveryOlderVersion()
{
    QFETCH(int, from);
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("upgraded"));
    {
        auto old = Database::open(url, at(from));
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion().value(), from);
    }
    auto db = Database::open(url);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion().value(), latestSchemaVersion());
    QVERIFY(db.value()->loadedDatasetNow());
}

// DDL is transactional on PostgreSQL: a migration that fails half-way leaves nothing of itself.
void TestServerStore::failedMigrationLeavesTheStoreAsItWas()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("failed"));
    const int before = 8;
    {
        auto old = Database::open(url, at(before));
        QVERIFY2(old, qPrintable(old.error()));
    }
    // Migration 9 creates criteria_sets first, then criteria_nodes: make the second fail.
    QCOMPARE(pardesk::test::pgExec(url, QStringLiteral("CREATE TABLE criteria_nodes (x integer)")), QString());
    auto failed = Database::open(url);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QStringLiteral("schema 9")), qPrintable(failed.error()));
    auto old = Database::open(url, at(before));
    QVERIFY2(old, qPrintable(old.error()));
    QCOMPARE(old.value()->schemaVersion().value(), before);
    QCOMPARE(scalar(*old.value(), QStringLiteral("SELECT to_regclass('criteria_sets') IS NULL")).toBool(), true);
}

void TestServerStore::unusableDatabasesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // words of the English message
    QTest::newRow("newer version") << "newer" << "newer version";
    QTest::newRow("another program's tables") << "foreign" << "another program";
    QTest::newRow("a password in the URL") << "password" << "~/.pgpass";
    QTest::newRow("no password found") << "no-pgpass" << "~/.pgpass";
    QTest::newRow("no such database") << "missing" << "does not exist";
    QTest::newRow("read-only, nothing there") << "read-only-empty" << "holds no ParDesk store";
    QTest::newRow("no database name") << "no-name" << "database name";
}

void TestServerStore::unusableDatabasesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("refused"));
    Database::Options options;
    const QByteArray passFile = qgetenv("PGPASSFILE");
    if (kind == u"newer") {
        QVERIFY(Database::open(url, at(latestSchemaVersion())));
        QCOMPARE(pardesk::test::pgExec(url, QStringLiteral("UPDATE schema_version SET version = %1").arg(latestSchemaVersion() + 1)),
                 QString());
    } else if (kind == u"foreign") {
        QCOMPARE(pardesk::test::pgExec(url, QStringLiteral("CREATE TABLE ledger (id integer)")), QString());
    } else if (kind == u"password") {
        url.replace(QStringLiteral("pardesk@"), QStringLiteral("pardesk:secret@"));
    } else if (kind == u"no-pgpass") {
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    } else if (kind == u"missing") {
        url += QStringLiteral("_gone");
    } else if (kind == u"read-only-empty") {
        options.readOnly = true;
    } else if (kind == u"no-name") {
        url = url.section(u'/', 0, -2) + u'/';
    }
    auto db = Database::open(url, options);
    qputenv("PGPASSFILE", passFile);
    QVERIFY2(!db, "a store that must be refused was opened");
    QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
    QVERIFY2(!db.error().contains(QStringLiteral("secret")), "the message repeats the password");
}

void TestServerStore::readOnlyRefusesWrites()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("readonly"));
    QVERIFY(Database::open(url));
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(url, options);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM documents")).toInt() > 0);
    const Status write = Statement::run(db.value()->connection(), QStringLiteral("DELETE FROM tasks"));
    QVERIFY(!write);
    QVERIFY2(write.error().contains(QStringLiteral("read-only")), qPrintable(write.error()));
}

// A transaction inside another is a savepoint of it (counted per connection on a server), and the
// id of a new row comes back through RETURNING.
void TestServerStore::transactionsNestAndRollBack()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("nested"));
    auto db = Database::open(url);
    QVERIFY2(db, qPrintable(db.error()));
    const QSqlDatabase c = db.value()->connection();
    const qlonglong before = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    qint64 id = 0;
    {
        Transaction outer(c);
        QVERIFY(outer.began());
        {
            Transaction inner(c);
            QVERIFY(inner.began());
            Statement insert(c, QStringLiteral("INSERT INTO audit_log(at, \"user\", entity, action) VALUES ('t', 'u', 'e', 'a')"));
            QVERIFY(insert.exec());
            id = insert.lastInsertId();
            QVERIFY(inner.commit());
        }
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong(), id);
        QVERIFY(id > 0);
    } // the outer one rolls back, the savepoint's row with it
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before);
    Transaction again(c); // the connection is out of every transaction: this one begins afresh
    QVERIFY(again.began());
    QVERIFY(again.commit());
}

void TestServerStore::sqliteOnlyFeaturesAreRefused()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("sqliteonly"));
    auto db = Database::open(url);
    QVERIFY2(db, qPrintable(db.error()));
    QTemporaryDir dir;
    const Status backup = Backup::copy(db.value()->connection(), dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(!backup);
    QVERIFY2(backup.error().contains(QStringLiteral("pg_dump")), qPrintable(backup.error()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.sqlite"))));
    const auto check = ConsistencyCheck::run(db.value()->connection());
    QVERIFY(!check);
    QVERIFY2(check.error().contains(QStringLiteral("PostgreSQL")), qPrintable(check.error()));
    const auto restore = Restore::replace(url, dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(!restore);
    QVERIFY2(restore.error().contains(QStringLiteral("pg_restore")), qPrintable(restore.error()));
    QCOMPARE(Database::checkIntegrity(url).error(), QString());
}

// The submissions repository's write policy on the server: a draft takes values (an insert, then
// an update of the same cell, whose source goes), then is submitted and approved, each audited.
void TestServerStore::aSubmissionIsWrittenAndApproved()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("written"));
    auto store = Store::open(url);
    QVERIFY2(store, qPrintable(store.error()));
    Store &db = *store.value();
    const auto forms = db.forms().list();
    QVERIFY2(forms && !forms->isEmpty(), qPrintable(forms.error()));
    const Form form = forms->first();
    const auto agencies = db.references().agencies(form.province);
    QVERIFY2(agencies && !agencies->isEmpty(), qPrintable(agencies.error()));
    const auto definition = db.forms().definition(form.id);
    QVERIFY2(definition, qPrintable(definition.error()));
    std::optional<FormItem> item;
    for (const FormItem &i : definition->items())
        if (!item && !i.formula && i.kind == ItemKind::Count)
            item = i;
    QVERIFY(item);
    const auto audited = [&] { return scalar(db.database(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(); };
    const qlonglong auditBefore = audited();

    const auto id = db.submissions().create(form.id, agencies->first().id, QStringLiteral("2024Q1"));
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(id.value() > 0);
    for (const QString &typed : {QStringLiteral("12"), QStringLiteral("1.044")}) {
        const CellWrite write{item->id, item->code, CellWrite::Field::Value, typed, typed == u"12" ? 12.0 : 1044.0};
        const Status written = db.submissions().write(id.value(), {write});
        QVERIFY2(written, qPrintable(written.error()));
    }
    const auto values = db.submissions().values(id.value());
    QVERIFY2(values, qPrintable(values.error()));
    QCOMPARE(values->size(), 1);
    QCOMPARE(values->first().raw, QStringLiteral("1.044"));
    QCOMPARE(values->first().value, std::optional<double>(1044.0));
    QVERIFY(db.submissions().submit(id.value(), QString()));
    QVERIFY(db.submissions().approve(id.value()));
    QCOMPARE(db.submissions().header(id.value())->status, QStringLiteral("approved"));
    // An approved submission takes no more values: the write is refused and nothing changes.
    const CellWrite late{item->id, item->code, CellWrite::Field::Value, QStringLiteral("7"), 7.0};
    QVERIFY(!db.submissions().write(id.value(), {late}));
    QCOMPARE(db.submissions().values(id.value())->first().raw, QStringLiteral("1.044"));
    QVERIFY(audited() > auditBefore);
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
