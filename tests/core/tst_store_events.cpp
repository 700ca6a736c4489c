// The one change notification: every committed write announces what it changed, a failed one
// nothing; a write by another connection is found by checkOtherWriters(); an open EditSession reads
// its submission again after a write it did not make (the import that replaced it), not after its own.
#include "editing/EditSession.h"
#include "store/PlanUpdate.h"
#include "store/Store.h"
#include "store/StoreEvents.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

qint64 seeded(const Store &db)
{
    for (const Submission &s : db.submissions().list().value())
        if (s.form == u"TQ-PL02-CCHC" && s.agencyKey == u"TQ.STTTT" && s.period == u"2022S1")
            return s.id;
    return 0;
}

// The one change announced; when there is not exactly one, a change that concerns nothing asked.
StoreChange only(const QSignalSpy &spy)
{
    if (spy.size() == 1)
        return spy.first().first().value<StoreChange>();
    StoreChange none;
    none.rows.insert(QStringLiteral("(not one change)"), {});
    return none;
}

} // namespace

class TestStoreEvents : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db.value());
        m_id = seeded(*m_db);
        QVERIFY(m_id > 0);
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void aCommitAnnouncesWhatItChanged()
    {
        QSignalSpy spy(&m_db->events(), &StoreEvents::changed);
        QVERIFY(m_db->submissions().reopen(m_id));
        QCOMPARE(spy.size(), 1);
        const StoreChange change = only(spy);
        QVERIFY(change.concerns(QStringLiteral("submissions"), m_id));
        QVERIFY(!change.concerns(QStringLiteral("submissions"), m_id + 1000));
        QVERIFY(!change.concerns(QStringLiteral("targets")));

        // Refused (a draft cannot be reopened): rolled back, nothing to announce.
        QVERIFY(!m_db->submissions().reopen(m_id));
        QCOMPARE(spy.size(), 1);

        // A plan edit says its table and row.
        PlanEditor editor = m_db->planEditor();
        Target target = m_db->plans().targets().value().first();
        const Target asRead = target;
        target.text += QStringLiteral(" (sửa)");
        QVERIFY(updateUnlessChanged(editor, target, asRead));
        QCOMPARE(spy.size(), 2);
        QVERIFY(spy.last().first().value<StoreChange>().concerns(QStringLiteral("targets"), target.id));
        QVERIFY(!spy.last().first().value<StoreChange>().concerns(QStringLiteral("submissions")));
    }

    void anotherConnectionsWriteIsFoundOnCheck()
    {
        QSignalSpy spy(&m_db->events(), &StoreEvents::changed);
        QVERIFY(!m_db->events().checkOtherWriters()); // nobody wrote
        auto other = Store::open(m_db->path());
        QVERIFY2(other, qPrintable(other.error()));
        QVERIFY(other.value()->submissions().reopen(m_id));
        QCOMPARE(spy.size(), 0); // another connection: not seen until asked
        QVERIFY(m_db->events().checkOtherWriters());
        QCOMPARE(spy.size(), 1);
        QVERIFY(only(spy).rows.isEmpty()); // anything may have changed
        QVERIFY(!m_db->events().checkOtherWriters()); // told once
        QVERIFY(m_db->submissions().submit(m_id, QStringLiteral("x")));
        QVERIFY(!m_db->events().checkOtherWriters()); // its own commits are announced when made
    }

    void anOpenSessionShowsAWriteItDidNotMake()
    {
        EditSession session(*m_db);
        QVERIFY(session.open(m_id));
        QCOMPARE(session.header().status, QStringLiteral("submitted"));
        QSignalSpy opened(&session, &EditSession::opened);
        // As an import or another area would: the store changes, the session is not asked.
        QVERIFY(m_db->submissions().reopen(m_id));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(session.header().status, QStringLiteral("draft"));

        // Its own write is not news to it: no reopening (which would reset the grid under the user).
        const int item = session.form().indexOf(QStringLiteral("1.1"));
        QVERIFY(item >= 0);
        CellWrite w = session.stored(item, CellWrite::Field::Value);
        w.text = QStringLiteral("9");
        w.value = 9;
        QVERIFY(session.apply({w}));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(session.cell(item).stored.value, std::optional<double>(9));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_db;
    qint64 m_id = 0;
};

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "tst_store_events.moc"
