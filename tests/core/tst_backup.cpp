// The online backup: a consistent copy of a live store, even while another connection writes.
#include "store/Backup.h"
#include "store/Store.h"
#include "store/Database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

struct Counts {
    qsizetype documents = -1, targets = -1, tasks = -1, submissions = -1, values = -1;
    int auditRows = -1;
    bool operator==(const Counts &) const = default;
};

Counts countsOf(const Database &db)
{
    Counts c;
    c.documents = Plans(db.connection()).documents().value().size();
    c.targets = Plans(db.connection()).targets().value().size();
    c.tasks = Plans(db.connection()).tasks().value().size();
    c.submissions = Submissions(db.connection()).list().value().size();
    c.values = Submissions(db.connection()).values(Submissions(db.connection()).list().value().first().id).value().size();
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        c.auditRows = q.value(0).toInt();
    return c;
}

const char *const kWriter = "backup-writer";

} // namespace

class TestBackup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void copiesTheCommittedStateWhileAnotherConnectionWrites();
    void replacesAnOlderBackup();
    void refusesUnusableTargets_data();
    void refusesUnusableTargets();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBackup::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("live.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestBackup::copiesTheCommittedStateWhileAnotherConnectionWrites()
{
    const Counts before = countsOf(*m_db);
    QVERIFY(before.documents > 0 && before.targets > 0 && before.values > 0);
    const QString copyPath = m_dir.filePath(QStringLiteral("copy.sqlite"));
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QLatin1String(kWriter));
        writer.setDatabaseName(m_db->path());
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, user, entity, action) "
                                      "VALUES ('2024-01-01T00:00:00', 'test', 'document', 'update')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM tasks")));

        const Status status = Backup::copy(m_db->connection(), copyPath);
        QVERIFY2(status, qPrintable(status.error()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    }
    QSqlDatabase::removeDatabase(QLatin1String(kWriter));

    // The copy is a single file that ParDesk opens as its own store, without the uncommitted edit.
    QVERIFY(!QFile::exists(copyPath + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(copyPath + QStringLiteral(".part")));
    Database::Options options;
    options.createIfMissing = false;
    auto copy = Database::open(copyPath, options);
    QVERIFY2(copy, qPrintable(copy.error()));
    QVERIFY(!copy.value()->loadedDatasetNow());
    QCOMPARE(countsOf(*copy.value()), before);

    // The live store did take the write.
    const Counts after = countsOf(*m_db);
    QCOMPARE(after.auditRows, before.auditRows + 1);
    QCOMPARE(after.tasks, 0);
}

void TestBackup::replacesAnOlderBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older backup, not even SQLite");
    }
    const Status status = Backup::copy(m_db->connection(), path);
    QVERIFY2(status, qPrintable(status.error()));
    auto copy = Database::open(path);
    QVERIFY2(copy, qPrintable(copy.error()));
    QCOMPARE(countsOf(*copy.value()), countsOf(*m_db));
}

void TestBackup::refusesUnusableTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("why");
    QTest::newRow("missing folder") << QStringLiteral("no-such-folder/copy.sqlite") << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QString() << QStringLiteral("folder, not a file");
    QTest::newRow("the store itself") << QStringLiteral("live.sqlite") << QStringLiteral("open database itself");
}

void TestBackup::refusesUnusableTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, why);
    const QString path = target.isEmpty() ? m_dir.path() : m_dir.filePath(target);
    const Counts before = countsOf(*m_db);
    const Status status = Backup::copy(m_db->connection(), path);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(why), qPrintable(status.error()));
    QCOMPARE(countsOf(*m_db), before); // the live store is untouched and still usable
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
