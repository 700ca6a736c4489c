// The statement helper of core/store on a real SQLite file: a store busy with another writer gives
// a retryable error, a bad statement an error that names it, and nothing reads as 0 on an error.
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestStatement : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsRows();
    void aBusyStoreIsRetryable();
    void aBadStatementIsNamed();
    void noRowIsAnErrorForScalarOnly();
    void schemaVersionIsAnErrorNotZero();

private:
    QSqlDatabase rawConnection(const QString &name, int busyTimeoutMs);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QStringList m_connections;
};

void TestStatement::init()
{
    static int n = 0;
    Database::Options options;
    options.loadBundledDataset = false;
    auto store = Store::open(m_dir.filePath(QStringLiteral("statement%1.sqlite").arg(++n)), options);
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
}

void TestStatement::cleanup()
{
    m_store.reset();
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
}

// A second connection to the same file that gives up on a lock after `busyTimeoutMs`.
QSqlDatabase TestStatement::rawConnection(const QString &name, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_store->path());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    m_connections.append(name);
    return db;
}

void TestStatement::readsRows()
{
    const QSqlDatabase db = m_store->database().connection();
    QVERIFY(Statement(db, QStringLiteral("INSERT INTO provinces(code, name) VALUES (?, ?)"))
                .bind({QStringLiteral("XX"), QStringLiteral("Tỉnh X")})
                .exec());
    const auto names = Statement(db, QStringLiteral("SELECT name FROM provinces WHERE code = ?"))
                           .bind(QStringLiteral("XX"))
                           .list<QString>([](const Statement &q) { return q.value(0).toString(); });
    QVERIFY2(names, qPrintable(names.error()));
    QCOMPARE(names.value(), QStringList{QStringLiteral("Tỉnh X")});
    const auto provinces = m_store->references().provinces();
    QVERIFY(provinces);
    QCOMPARE(provinces->size(), 1);
    QCOMPARE(provinces->first().code, QStringLiteral("XX"));
}

void TestStatement::aBusyStoreIsRetryable()
{
    // This store's connection holds the write lock...
    Transaction holder(m_store->database().connection());
    QVERIFY(holder.isActive());
    {
        // ...so another writer, waiting 50 ms at most, is told to try again later.
        QSqlDatabase other = rawConnection(QStringLiteral("tst-statement-other"), 50);
        QVERIFY(other.open());
        const Status s = Statement(other, QStringLiteral("INSERT INTO provinces(code, name) VALUES ('YY', 'Y')")).exec();
        QVERIFY(!s);
        QVERIFY2(s.isRetryable(), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QLatin1String("INSERT INTO provinces")), qPrintable(s.error()));
        // A busy write through a repository is retryable too.
        const auto created = Submissions(other).create(1, 1, QStringLiteral("2022S1"));
        QVERIFY(!created);
        QVERIFY2(created.isRetryable(), qPrintable(created.error()));
        other.close();
    }
    QVERIFY(holder.commit());
}

void TestStatement::aBadStatementIsNamed()
{
    const QSqlDatabase db = m_store->database().connection();
    const Status typo = Statement(db, QStringLiteral("SELEC code FROM provinces")).exec();
    QVERIFY(!typo);
    QVERIFY(!typo.isRetryable());
    QVERIFY2(typo.error().contains(QLatin1String("SELEC code FROM provinces")), qPrintable(typo.error()));

    Statement missing(db, QStringLiteral("SELECT code FROM no_such_table"));
    const auto rows = missing.list<QString>([](const Statement &q) { return q.value(0).toString(); });
    QVERIFY(!rows);
    QVERIFY(!rows.isRetryable());
    QVERIFY2(rows.error().contains(QLatin1String("no_such_table")), qPrintable(rows.error()));
    QVERIFY(missing.errorText().contains(QLatin1String("no such table")));

    // A failure wrapped for the user keeps the statement and whether to retry.
    const Error wrapped = missing.failure(QStringLiteral("Reading the provinces failed"));
    QVERIFY(wrapped.message.startsWith(QLatin1String("Reading the provinces failed: ")));
    QVERIFY(wrapped.message.contains(QLatin1String("no_such_table")));
}

void TestStatement::noRowIsAnErrorForScalarOnly()
{
    const QSqlDatabase db = m_store->database().connection();
    const auto none = Statement(db, QStringLiteral("SELECT name FROM provinces WHERE code = 'ZZ'")).first();
    QVERIFY(none);
    QVERIFY(!none.value());
    const auto scalar = Statement(db, QStringLiteral("SELECT name FROM provinces WHERE code = 'ZZ'")).scalar();
    QVERIFY(!scalar);
    const auto count = Statement(db, QStringLiteral("SELECT count(*) FROM provinces")).scalar();
    QVERIFY(count);
    QCOMPARE(count->toInt(), 0);
}

void TestStatement::schemaVersionIsAnErrorNotZero()
{
    const auto version = m_store->schemaVersion();
    QVERIFY(version);
    QVERIFY(version.value() > 0);
    // The connection is gone (closed under the store): an error, never a version of 0.
    QSqlDatabase connection = m_store->database().connection();
    connection.close();
    const auto lost = m_store->schemaVersion();
    QVERIFY(!lost);
    QVERIFY(!lost.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
