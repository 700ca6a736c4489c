// Writes of other clients on a PostgreSQL server reach this client's StoreEvents (issue 14): each
// commit sends what it changed on the server's channel (NOTIFY), and every other connection's events
// hear it at once (LISTEN) with the same tables and rows; a rolled-back write sends nothing, and a
// client's own write is announced once, not again by the server. Skips where PostgreSQL is missing.
#include "PgTestServer.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreEvents.h"
#include "store/Transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace pardesk;

namespace {

// One committed (or abandoned) write of the audit log on `db`, said to touch `table`'s `ids`.
bool writeAudit(const Database &db, const QString &table, const QList<qint64> &ids, bool commit = true)
{
    Transaction tx(db.connection());
    if (!tx.began())
        return false;
    if (!Statement(db.connection(), QStringLiteral("INSERT INTO audit_log(at, \"user\", entity, action) VALUES ('t', 'u', 'e', 'a')")).exec())
        return false;
    tx.touched(table, ids);
    return !commit || tx.commit().ok();
}

} // namespace

class TestServerEvents : public QObject {
    Q_OBJECT
private slots:
    void theChangeTravelsAsText();
    void anotherClientsWriteIsHeard();
};

void TestServerEvents::theChangeTravelsAsText()
{
    StoreChange change;
    change.rows[QStringLiteral("submissions")] = {7, 9};
    change.rows[QStringLiteral("targets")] = {};
    const StoreChange back = StoreEvents::decode(StoreEvents::encode(change));
    QCOMPARE(back.rows, change.rows);
    QVERIFY(back.concerns(QStringLiteral("submissions"), 9));
    QVERIFY(!back.concerns(QStringLiteral("submissions"), 8));
    QVERIFY(back.concerns(QStringLiteral("targets"), 1)); // the whole table
    QVERIFY(!back.concerns(QStringLiteral("scores")));

    // Past the server's limit the rows are dropped, never the tables.
    StoreChange big;
    for (qint64 id = 0; id < 5000; ++id)
        big.rows[QStringLiteral("submission_values")].append(id);
    const QString text = StoreEvents::encode(big);
    QVERIFY(text.toUtf8().size() < 8000);
    const StoreChange shortened = StoreEvents::decode(text);
    QVERIFY(shortened.concerns(QStringLiteral("submission_values"), 123456));
    QVERIFY(!shortened.concerns(QStringLiteral("targets")));

    QVERIFY(StoreEvents::decode(QStringLiteral("not json")).rows.isEmpty()); // anything may have changed
}

void TestServerEvents::anotherClientsWriteIsHeard()
{
    QString url;
    PARDESK_PG_DATABASE(url, QStringLiteral("events"));
    Database::Options options;
    options.loadBundledDataset = false;
    auto mine = Database::open(url, options);
    QVERIFY2(mine, qPrintable(mine.error()));
    auto theirs = Database::open(url, options); // another PC, as far as the server knows
    QVERIFY2(theirs, qPrintable(theirs.error()));
    QSignalSpy heard(&StoreEvents::of(mine.value()->connection()), &StoreEvents::changed);

    QVERIFY(writeAudit(*theirs.value(), QStringLiteral("submissions"), {42}));
    QTRY_COMPARE(heard.count(), 1);
    const auto change = heard.takeFirst().at(0).value<StoreChange>();
    QVERIFY(change.concerns(QStringLiteral("submissions"), 42));
    QVERIFY(!change.concerns(QStringLiteral("submissions"), 41));
    QVERIFY(!change.concerns(QStringLiteral("targets")));
    QVERIFY(!StoreEvents::of(mine.value()->connection()).checkOtherWriters()); // the server told already

    // Abandoned: nothing is sent. Own write: announced once by the commit, not again by the server.
    QVERIFY(writeAudit(*theirs.value(), QStringLiteral("targets"), {1}, false));
    QVERIFY(writeAudit(*mine.value(), QStringLiteral("tasks"), {3}));
    QCOMPARE(heard.count(), 1);
    QVERIFY(heard.takeFirst().at(0).value<StoreChange>().concerns(QStringLiteral("tasks"), 3));
    QTest::qWait(300); // time for a notification that must not come
    QCOMPARE(heard.count(), 0);
}

QTEST_GUILESS_MAIN(TestServerEvents)
#include "tst_server_events.moc"
