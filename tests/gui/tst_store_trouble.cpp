// The entry grid when the store cannot take a write: another program holds the write lock (the
// edit stays on screen, marked not saved, and is written when the store is free), the disk is full
// or the store is read-only (a clear message, the store unchanged, the edit still on screen).
#include "EntryTestSupport.h"
#include "entry/EntryModel.h"
#include "entry/MessageBar.h"
#include "entry/SubmissionView.h"
#include "settings/AppSettings.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pardesk;
using namespace pardesk::test;

class TestStoreTrouble : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aLockedStoreKeepsTheEditAndRetries();
    void aNewerEditReplacesTheKeptOne();
    void aFullDiskRefusesTheEditAndKeepsItOnScreen();
    void aReadOnlyStoreRefusesTheEditAndKeepsItOnScreen();

private:
    bool edit(const QString &code, int column, const QString &text);
    QModelIndex cell(const QString &code, int column = EntryModel::ValueColumn) const
    {
        return cellOf(*m_view->model(), code, column);
    }
    void holdWriteLock();
    void releaseWriteLock();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<SubmissionView> m_view;
    qint64 m_submission = 0;
};

void TestStoreTrouble::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestStoreTrouble::init()
{
    m_db = freshStore(m_dir.path());
    QVERIFY(m_db);
    m_submission = seededSubmission(*m_db);
    QVERIFY(Submissions(m_db->database().connection()).reopen(m_submission));
    // Waiting the app's five seconds for the lock is real but slow; a tenth of a second shows the same.
    QVERIFY(QSqlQuery(m_db->database().connection()).exec(QStringLiteral("PRAGMA busy_timeout = 100")));
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<SubmissionView>(*m_db, m_undo.get());
    m_view->model()->setRetryInterval(50);
    m_view->show();
    QVERIFY(m_view->openSubmission(m_submission));
    QVERIFY(!m_view->model()->sheet().isReadOnly());
}

void TestStoreTrouble::cleanup()
{
    releaseWriteLock();
    m_view.reset();
    m_undo.reset();
    m_db.reset();
}

bool TestStoreTrouble::edit(const QString &code, int column, const QString &text)
{
    return m_view->model()->setData(cell(code, column), text, Qt::EditRole);
}

// A second connection, as a colleague's ParDesk on the shared file, in the middle of its write.
void TestStoreTrouble::holdWriteLock()
{
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("colleague"));
    other.setDatabaseName(m_db->path());
    QVERIFY(other.open());
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
}

void TestStoreTrouble::releaseWriteLock()
{
    if (!QSqlDatabase::contains(QStringLiteral("colleague")))
        return;
    {
        QSqlDatabase other = QSqlDatabase::database(QStringLiteral("colleague"));
        QSqlQuery(other).exec(QStringLiteral("COMMIT"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("colleague"));
}

void TestStoreTrouble::aLockedStoreKeepsTheEditAndRetries()
{
    QCOMPARE(storedValue(*m_db, m_submission, QStringLiteral("1.1"))->raw, QStringLiteral("2"));
    holdWriteLock();
    QVERIFY(!edit(QStringLiteral("1.1"), EntryModel::ValueColumn, QStringLiteral("7")));
    // Told, kept on screen and marked, not stored yet.
    QCOMPARE(m_view->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_view->messageBar()->text().contains(u"kept"), qPrintable(m_view->messageBar()->text()));
    QCOMPARE(cell(QStringLiteral("1.1")).data().toString(), QStringLiteral("7"));
    QVERIFY(cell(QStringLiteral("1.1")).data(EntryModel::UnsavedRole).toBool());
    QCOMPARE(m_view->model()->pendingRetries(), 1);
    // Tried again while the lock is held: still kept, nothing lost, nothing half-written.
    QTest::qWait(300);
    QCOMPARE(m_view->model()->pendingRetries(), 1);
    QCOMPARE(storedValue(*m_db, m_submission, QStringLiteral("1.1"))->raw, QStringLiteral("2"));

    releaseWriteLock();
    QTRY_COMPARE(m_view->model()->pendingRetries(), 0);
    QCOMPARE(storedValue(*m_db, m_submission, QStringLiteral("1.1"))->raw, QStringLiteral("7"));
    QVERIFY(!cell(QStringLiteral("1.1")).data(EntryModel::UnsavedRole).toBool());
    QCOMPARE(m_view->messageBar()->kind(), MessageBar::Kind::Information);
}

void TestStoreTrouble::aNewerEditReplacesTheKeptOne()
{
    holdWriteLock();
    QVERIFY(!edit(QStringLiteral("1.1"), EntryModel::ValueColumn, QStringLiteral("7")));
    releaseWriteLock();
    // Typed again before the retry: the newer text is written, the kept one never overwrites it.
    m_view->model()->setRetryInterval(200);
    QVERIFY(edit(QStringLiteral("1.1"), EntryModel::ValueColumn, QStringLiteral("8")));
    QCOMPARE(m_view->model()->pendingRetries(), 0);
    QTest::qWait(300);
    QCOMPARE(storedValue(*m_db, m_submission, QStringLiteral("1.1"))->raw, QStringLiteral("8"));
}

void TestStoreTrouble::aFullDiskRefusesTheEditAndKeepsItOnScreen()
{
    // The store may not grow by a page: as a disk with no space left.
    QSqlQuery q(m_db->database().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toLongLong())));
    const QString note(4000, QLatin1Char('x')); // the longest note accepted; needs new pages
    QVERIFY(!edit(QStringLiteral("1.1"), EntryModel::NoteColumn, note));
    QCOMPARE(m_view->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_view->messageBar()->text().contains(u"full"), qPrintable(m_view->messageBar()->text()));
    QCOMPARE(cell(QStringLiteral("1.1"), EntryModel::NoteColumn).data(Qt::EditRole).toString(), note);
    QVERIFY(cell(QStringLiteral("1.1"), EntryModel::NoteColumn).data(EntryModel::UnsavedRole).toBool());
    QVERIFY(storedValue(*m_db, m_submission, QStringLiteral("1.1"))->note.isEmpty());
    QCOMPARE(m_view->model()->pendingRetries(), 0); // not a lock: waiting would not help
}

void TestStoreTrouble::aReadOnlyStoreRefusesTheEditAndKeepsItOnScreen()
{
    // As a store on a read-only share after it was opened (as root, file modes do not stop writes;
    // SQLite's own read-only switch does).
    QVERIFY(QSqlQuery(m_db->database().connection()).exec(QStringLiteral("PRAGMA query_only = ON")));
    QVERIFY(!edit(QStringLiteral("1.1"), EntryModel::ValueColumn, QStringLiteral("9")));
    QCOMPARE(m_view->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_view->messageBar()->text().contains(u"read"), qPrintable(m_view->messageBar()->text()));
    QCOMPARE(cell(QStringLiteral("1.1")).data().toString(), QStringLiteral("9"));
    QVERIFY(cell(QStringLiteral("1.1")).data(EntryModel::UnsavedRole).toBool());
    QCOMPARE(storedValue(*m_db, m_submission, QStringLiteral("1.1"))->raw, QStringLiteral("2"));
}

QTEST_MAIN(TestStoreTrouble)
#include "tst_store_trouble.moc"
