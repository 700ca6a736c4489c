// The store's safety net: automatic backups in a rotating set, a restore that checks the backup and
// replaces the store in one step, and the consistency check of the whole store.
#include "TestSupport.h"
#include "store/Backup.h"
#include "store/BackupRotation.h"
#include "store/ConsistencyCheck.h"
#include "store/Database.h"
#include "store/Restore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

int documentsIn(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestStoreSafety : public QObject {
    Q_OBJECT
private slots:
    void rotationKeepsTheNewestBackupsOfEachStore();
    void restoreReplacesTheStoreAndKeepsTheOldOne();
    void restoreRefusesWhatIsNotAHealthyStore_data();
    void restoreRefusesWhatIsNotAHealthyStore();
    void checkFindsNothingInTheDefaultStore();
    void checkReportsBrokenRules();
};

void TestStoreSafety::rotationKeepsTheNewestBackupsOfEachStore()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("backups"));
    auto db = Database::open(dir.filePath(QStringLiteral("office.sqlite")));
    QVERIFY(db);
    // A backup of another store, and a hand-made copy, share the folder and are left alone.
    QDir().mkpath(folder);
    QFile(QDir(folder).filePath(QStringLiteral("other-auto-20200101-000000-000.sqlite"))).open(QIODevice::WriteOnly);
    QFile(QDir(folder).filePath(QStringLiteral("office-auto-mine.sqlite"))).open(QIODevice::WriteOnly);
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        const auto path = BackupRotation::backUp(db.value()->connection(), folder, 3);
        QVERIFY2(path, qPrintable(path.error()));
        written.prepend(path.value());
        QTest::qWait(2); // distinct milliseconds in the names
    }
    const QStringList kept = BackupRotation::backupsOf(db.value()->path(), folder);
    QCOMPARE(kept, written.mid(0, 3));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("other-auto-20200101-000000-000.sqlite"))));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("office-auto-mine.sqlite"))));
    // Each backup is a whole store of its own.
    QCOMPARE(documentsIn(kept.first()), documentsIn(db.value()->path()));
}

void TestStoreSafety::restoreReplacesTheStoreAndKeepsTheOldOne()
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("office.sqlite"));
    const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        auto db = Database::open(storePath);
        QVERIFY(db);
        QVERIFY(Backup::copy(db.value()->connection(), backupPath));
        // After the backup: a change the restore will undo.
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM tasks")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM targets")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM document_legal_basis")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM dossier_counts")));
        QVERIFY(q.exec(QStringLiteral("UPDATE submissions SET document_id = NULL")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM documents WHERE key NOT IN (SELECT key FROM documents LIMIT 1)")));
    }
    const int before = documentsIn(backupPath);
    QCOMPARE(documentsIn(storePath), 1);
    const QByteArray backupDigest = test::fileDigest(backupPath);

    const auto kept = Restore::replace(storePath, backupPath);
    QVERIFY2(kept, qPrintable(kept.error()));
    QCOMPARE(documentsIn(storePath), before);
    QCOMPARE(documentsIn(kept.value()), 1);            // the replaced store, kept
    QCOMPARE(test::fileDigest(backupPath), backupDigest); // the backup itself untouched
    QVERIFY(!QFile::exists(storePath + QStringLiteral(".restoring")));
}

void TestStoreSafety::restoreRefusesWhatIsNotAHealthyStore_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << "missing";
    QTest::newRow("text file") << "text";
    QTest::newRow("another program's SQLite") << "foreign";
    QTest::newRow("newer ParDesk") << "newer";
    QTest::newRow("damaged") << "damaged";
}

void TestStoreSafety::restoreRefusesWhatIsNotAHealthyStore()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("office.sqlite"));
    const QString candidate = dir.filePath(QStringLiteral("candidate.sqlite"));
    QVERIFY(Database::open(storePath));
    if (kind == u"text") {
        QFile f(candidate);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,value\n1,2\n");
    } else if (kind == u"foreign" || kind == u"newer") {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
        db.setDatabaseName(candidate);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE t (x)"));
        if (kind == u"newer")
            q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x50415244));
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kind == u"newer" ? 999 : 3));
        db.close();
    } else if (kind == u"damaged") {
        QVERIFY(QFile::copy(storePath, candidate));
        QFile f(candidate);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\xA5')); // pages in the middle overwritten
    }
    const QByteArray storeDigest = test::fileDigest(storePath);
    const auto restored = Restore::replace(storePath, candidate);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(QDir::toNativeSeparators(candidate)) || kind == u"missing", qPrintable(restored.error()));
    QCOMPARE(test::fileDigest(storePath), storeDigest);
    if (QSqlDatabase::contains(kind))
        QSqlDatabase::removeDatabase(kind);
}

void TestStoreSafety::checkFindsNothingInTheDefaultStore()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("office.sqlite")));
    QVERIFY(db);
    const auto report = ConsistencyCheck::run(db.value()->connection());
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    QVERIFY(report->valuesChecked > 0);
    QCOMPARE(report->toJson().value(QStringLiteral("ok")).toBool(), true);
}

void TestStoreSafety::checkReportsBrokenRules()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("office.sqlite")));
    QVERIFY(db);
    QSqlQuery q(db.value()->connection());
    // What a bug or a hand edit could leave: a number that its text does not read, a value on an
    // item of another form, and a row whose parent is gone (written with the keys off).
    QVERIFY(q.exec(QStringLiteral("UPDATE submission_values SET value = value + 1 WHERE rowid = "
                                  "(SELECT min(rowid) FROM submission_values WHERE value IS NOT NULL)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value) "
                                  "SELECT (SELECT min(id) FROM submissions), i.id, '5', 5 FROM form_items i "
                                  "WHERE i.form_id <> (SELECT form_id FROM submissions ORDER BY id LIMIT 1) LIMIT 1")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO task_agencies(task_id, agency_id, role) VALUES (999999, 999999, 'lead')")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

    const auto report = ConsistencyCheck::run(db.value()->connection());
    QVERIFY(report);
    QSet<QString> checks;
    for (const ConsistencyProblem &p : report->problems)
        checks.insert(p.check);
    QCOMPARE(checks, (QSet<QString>{QStringLiteral("value_number"), QStringLiteral("value_item"), QStringLiteral("foreign_key")}));
    QCOMPARE(report->toJson().value(QStringLiteral("problems")).toArray().size(), report->problems.size());
}

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_store_safety.moc"
