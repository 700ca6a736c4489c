// The store: creation from the bundled dataset, refusal of unusable files, migrations, transactions.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "store/StoreInfo.h"
#include "store/Transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using pardesk::test::fileDigest;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Runs SQL on a file with a plain connection of its own, outside ParDesk's checks.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + u' ' + q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void newStoreIsCreatedAndFilled();
    void reopeningKeepsTheStore();
    void unusableFilesAreRefusedUntouched_data();
    void unusableFilesAreRefusedUntouched();
    void upgradesFromEveryOlderVersion_data();
    void upgradesFromEveryOlderVersion();
    void failedMigrationLeavesTheStoreAsItWas();
    void transactionRollsBackUnlessCommitted();
    void foreignKeysAreEnforced();
    void deferredCheckRefusesWritesToADamagedStore();
    void deferredCheckLetsAHealthyStoreWrite();
    void syntheticMarkUnreadableIsAnError();
};

void TestDatabase::newStoreIsCreatedAndFilled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(db.value()->loadedDatasetNow());
    QCOMPARE(db.value()->schemaVersion().value(), latestSchemaVersion());
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM documents")).toInt() > 0);
    QVERIFY(scalar(*db.value(), QStringLiteral("SELECT value FROM meta WHERE key = 'dataset'")).toString().startsWith(u"bundled"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_key_check")), QVariant()); // no dangling reference
}

void TestDatabase::reopeningKeepsTheStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    int documents = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM tasks WHERE id = (SELECT min(id) FROM tasks)")));
        documents = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM tasks")).toInt();
    }
    auto again = Database::open(path);
    QVERIFY(again);
    QVERIFY(!again.value()->loadedDatasetNow());
    QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM tasks")).toInt(), documents);
}

void TestDatabase::unusableFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a word of the English message
    QTest::newRow("missing folder") << "missing-folder" << "does not exist";
    QTest::newRow("not SQLite") << "text" << "not a SQLite database";
    QTest::newRow("corrupt") << "corrupt" << "damaged";
    QTest::newRow("read-only") << "read-only" << "read-only";
    QTest::newRow("newer version") << "newer" << "newer version";
    QTest::newRow("another program's SQLite") << "foreign" << "another program";
    QTest::newRow("a folder") << "folder" << "folder";
}

void TestDatabase::unusableFilesAreRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.sqlite"));

    if (kind == u"missing-folder") {
        path = dir.filePath(QStringLiteral("no/such/folder/store.sqlite"));
    } else if (kind == u"text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("STT\tNội dung chỉ tiêu\n1\tTỷ lệ hồ sơ trực tuyến\n");
    } else if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("store.sqlite")));
    } else if (kind == u"foreign") {
        rawSql(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                      QStringLiteral("INSERT INTO invoices(total) VALUES (12.5)")});
    } else {
        QVERIFY(Database::open(path)); // a healthy ParDesk store, then spoiled
        if (kind == u"corrupt") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8192);
            // Keep the header, overwrite the first pages behind it (the schema and tables).
            f.seek(100);
            f.write(QByteArray(int(qMin<qint64>(size - 100, 16384)), '\x5a'));
        } else if (kind == u"read-only") {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        } else if (kind == u"newer") {
            rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)});
        }
    }

    const QByteArray before = fileDigest(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().contains(QFileInfo(path).fileName()), qPrintable(db.error())); // names the path
    QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::upgradesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    // Every version a released store can have: none, and each migration's but the last. (Versions
    // may have gaps while branches that add migrations are merged.)
    QList<int> versions{0};
    for (const Migration &m : migrations())
        if (m.version != latestSchemaVersion())
            versions.append(m.version);
    for (int v : versions)
        QTest::newRow(qPrintable(QStringLiteral("from version %1").arg(v))) << v;
}

void TestDatabase::upgradesFromEveryOlderVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    if (from == 0) {
        QFile empty(path); // version 0: an empty file, as an interrupted first start leaves it
        QVERIFY(empty.open(QIODevice::WriteOnly));
    } else {
        Database::Options old;
        old.schemaVersion = from;
        old.loadBundledDataset = false;
        auto db = Database::open(path, old);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion().value(), from);
        // A user's own record must survive the upgrade, and keep the dataset from being loaded over it.
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO provinces(code, name) VALUES ('TQ', 'Tuyên Quang')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO documents(key, number, type, province, title) "
                                      "VALUES ('own', '1/KH-UBND', 'plan', 'TQ', 'Kế hoạch riêng')")));
    }

    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(upgraded.error()));
    QCOMPARE(upgraded.value()->schemaVersion().value(), latestSchemaVersion());
    QVERIFY(scalar(*upgraded.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'")).toInt() == 1);
    const int documents = scalar(*upgraded.value(), QStringLiteral("SELECT count(*) FROM documents")).toInt();
    if (from == 0) {
        QVERIFY(upgraded.value()->loadedDatasetNow());
        QVERIFY(documents > 1);
    } else {
        QVERIFY(!upgraded.value()->loadedDatasetNow());
        QCOMPARE(documents, 1);
        QCOMPARE(scalar(*upgraded.value(), QStringLiteral("SELECT title FROM documents")).toString(), QStringLiteral("Kế hoạch riêng"));
    }
}

void TestDatabase::failedMigrationLeavesTheStoreAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        Database::Options old;
        old.schemaVersion = 1;
        old.loadBundledDataset = false;
        QVERIFY(Database::open(path, old));
    }
    // Migration 2 creates audit_log and then indexes; an index already named like one of them makes it
    // fail half-way, after audit_log was created.
    rawSql(path, {QStringLiteral("CREATE INDEX tasks_document ON tasks(document_id)")});
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().contains(QStringLiteral("schema 2")), qPrintable(db.error()));

    Database::Options keep;
    keep.schemaVersion = 1;
    keep.loadBundledDataset = false;
    auto v1 = Database::open(path, keep);
    QVERIFY(v1);
    QCOMPARE(v1.value()->schemaVersion().value(), 1);
    QCOMPARE(scalar(*v1.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'")).toInt(), 0);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("tx.sqlite")));
    QVERIFY(db);
    const QSqlDatabase c = db.value()->connection();
    {
        Transaction tx(c);
        QVERIFY(tx.isActive());
        QSqlQuery(c).exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('rolled back', 'x')"));
    }
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM meta WHERE key = 'rolled back'")).toInt(), 0);
    {
        Transaction tx(c);
        QSqlQuery(c).exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('kept', 'y')"));
        QVERIFY(tx.commit());
    }
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT value FROM meta WHERE key = 'kept'")).toString(), QStringLiteral("y"));
}

void TestDatabase::foreignKeysAreEnforced()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fk.sqlite")));
    QVERIFY(db);
    QSqlQuery q(db.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO targets(document_id, stt, text, kind, direction) "
                                   "VALUES (999999, '1', 'x', 'qualitative', 'higher')")));
}

// Options::deferIntegrityCheck: the file's pages are read after the open, and until that check has
// passed the store takes no write, so a damaged file is never written to.
void TestDatabase::deferredCheckRefusesWritesToADamagedStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(Database::open(path)); // the bundled dataset: pages enough to spoil some in the middle
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 256 * 1024);
        f.seek(f.size() / 2);
        f.write(QByteArray(16384, '\xA5')); // table pages overwritten; the schema at the start intact
    }
    const QByteArray before = fileDigest(path);
    Database::Options options;
    options.deferIntegrityCheck = true;
    auto db = Database::open(path, options);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(db.value()->integrityPending());
    QSqlQuery q(db.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
    const Status checked = Database::checkIntegrity(path);
    QVERIFY(!checked);
    QVERIFY2(checked.error().contains(QStringLiteral("damaged")), qPrintable(checked.error()));
    const Status accepted = db.value()->acceptIntegrityCheck(checked);
    QVERIFY(!accepted);
    QVERIFY2(accepted.error().contains(QStringLiteral("will not write")), qPrintable(accepted.error()));
    QVERIFY(db.value()->integrityPending());
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM meta")));
    db.value().reset();
    QCOMPARE(fileDigest(path), before);
    // Without the deferral the same file is refused at once.
    QVERIFY(!Database::open(path));
}

void TestDatabase::deferredCheckLetsAHealthyStoreWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Database::Options options;
    options.deferIntegrityCheck = true;
    {
        // A new store is created and filled at once: nothing to defer.
        auto created = Database::open(path, options);
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(!created.value()->integrityPending());
    }
    auto db = Database::open(path, options);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(db.value()->integrityPending());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next()); // reads meanwhile
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
    const Status checked = Database::checkIntegrity(path);
    QVERIFY2(checked, qPrintable(checked.error()));
    QVERIFY(db.value()->acceptIntegrityCheck(checked));
    QVERIFY(!db.value()->integrityPending());
    QVERIFY2(q.exec(QStringLiteral("CREATE TABLE scratch (x)")), qPrintable(q.lastError().text()));
}

void TestDatabase::syntheticMarkUnreadableIsAnError()
{
    QTemporaryDir dir;
    Database::Options options;
    options.loadBundledDataset = false;
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")), options);
    QVERIFY2(store, qPrintable(store.error()));
    const QSqlDatabase db = store.value()->database().connection();
    const Result<bool> real = StoreInfo::isSynthetic(db);
    QVERIFY2(real, qPrintable(real.error()));
    QVERIFY(!real.value());
    QCOMPARE(StoreInfo::syntheticDescription(db).value(), QString());
    {
        Transaction transaction(db);
        QVERIFY(StoreInfo::markSynthetic(db, QStringLiteral("test")).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(StoreInfo::isSynthetic(db).value(), true);
    QCOMPARE(StoreInfo::syntheticDescription(db).value(), QStringLiteral("test"));
    QVERIFY(store.value()->isSynthetic());

    // store_info unreadable: an error, not "not synthetic", with the store's own words.
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE store_info RENAME TO store_info_hidden")));
    const Result<bool> unreadable = StoreInfo::isSynthetic(db);
    QVERIFY(!unreadable);
    QVERIFY2(unreadable.error().contains(QLatin1String("store_info")), qPrintable(unreadable.error()));
    QVERIFY(!StoreInfo::syntheticDescription(db));
    // The window's banner, charts and printouts take it for not synthetic (Store.cpp says why), and
    // the log says it could not be read.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("synthetic data could not be read: .*store_info")));
    QVERIFY(!store.value()->isSynthetic());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
