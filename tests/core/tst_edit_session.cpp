// Editing a submission without widgets (EditSession) on a real SQLite file (and, in
// tst_edit_session_on_server, on the test cluster): writes, undo and redo,
// the status, the findings (rules, derived values, outliers against the agency's history) kept up
// to date after each edit, and writes refused while another connection holds the write lock: kept,
// retried, saved later and still undoable.
#include "PgTestServer.h"
#include "OutlierStore.h"
#include "editing/EditSession.h"
#include "store/Store.h"
#include "validation/SubmissionFindings.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

class TestEditSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PARDESK_REQUIRE_ENGINE(); }
    void init();
    void cleanup();
    void findingsOfAStoredSubmission();
    void findingsOfValuesAlone();
    void editUndoRedo();
    void rulesFollowEachEdit();
    void statusChanges();
    void errorsAreSentOnlyWithAnExplanation();
    void aBusyWriteIsKeptRetriedAndStaysUndoable();
    void undoingAKeptWriteCancelsIt();
    void aNewerEditReplacesTheKeptOne();
    void undoReopensItsSubmission();
    void anotherWriteOfTheSameCellIsNotOverwritten();

private:
    CellWrite value(const QString &code, double v) const
    {
        return {m_store->item.value(code), code, CellWrite::Field::Value, QString::number(v), v};
    }
    int indexOf(const QString &code) const { return m_session->form().indexOf(code); }
    QString storedRaw(qint64 submission, const QString &code) const;
    QList<QString> rules(const QList<Finding> &findings) const;
    void holdWriteLock();
    void releaseWriteLock();

    std::unique_ptr<OutlierStore> m_store;
    std::unique_ptr<EditSession> m_session;
};

void TestEditSession::init()
{
    m_store = OutlierStore::build();
    m_session = std::make_unique<EditSession>(*m_store->db);
    QVERIFY(m_session->open(m_store->late));
}

void TestEditSession::cleanup()
{
    releaseWriteLock();
    m_session.reset();
    m_store.reset();
}

QString TestEditSession::storedRaw(qint64 submission, const QString &code) const
{
    QSqlQuery q(m_store->db->database().connection());
    q.prepare(QStringLiteral("SELECT raw FROM submission_values WHERE submission_id = ? AND item_id = ?"));
    q.addBindValue(submission);
    q.addBindValue(m_store->item.value(code));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<QString> TestEditSession::rules(const QList<Finding> &findings) const
{
    QList<QString> out;
    for (const Finding &f : findings)
        out.append(f.code + u':' + f.rule);
    return out;
}

// A second connection, as a colleague's ParDesk in the middle of its write.
void TestEditSession::holdWriteLock()
{
    QVERIFY(QSqlQuery(m_store->db->database().connection()).exec(QStringLiteral("PRAGMA busy_timeout = 100")));
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("colleague"));
    other.setDatabaseName(m_store->db->path());
    QVERIFY(other.open());
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
}

void TestEditSession::releaseWriteLock()
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

void TestEditSession::findingsOfAStoredSubmission()
{
    const auto form = m_store->db->forms().definition(m_store->form);
    QVERIFY(form);
    const auto findings = SubmissionFindings::ofStored(*m_store->db, form.value(), m_store->late);
    QVERIFY2(findings, qPrintable(findings.error()));
    QCOMPARE(rules(findings->all()), QList<QString>{QStringLiteral("1:VALUE_OUTLIER")});
    QCOMPARE(findings->all().first().severity, Severity::Warning);
    QCOMPARE(findings->all().first().stated, 1000.0);
    QCOMPARE(findings->of(form->indexOf(QStringLiteral("1"))).size(), 1);
    QVERIFY(!findings->hasErrors());
    QCOMPARE(findings->computed(form->indexOf(QStringLiteral("3"))), 9.0); // 90 / 1000 × 100
    // The session assembles the same.
    QCOMPARE(rules(m_session->findings().all()), rules(findings->all()));
    // Without the history: the rules only.
    const auto rulesOnly = SubmissionFindings::ofStored(*m_store->db, form.value(), m_store->late,
                                                        SubmissionFindings::History::NotRead);
    QVERIFY(rulesOnly);
    QVERIFY(rulesOnly->all().isEmpty());
    // 2024Q2 is within its history.
    const auto usual = SubmissionFindings::ofStored(*m_store->db, form.value(), m_store->usual);
    QVERIFY(usual);
    QVERIFY(usual->all().isEmpty());
}

void TestEditSession::findingsOfValuesAlone()
{
    const FormDefinition &form = m_session->form();
    QList<EnteredValue> entered(form.items().size());
    entered[form.indexOf(QStringLiteral("1"))] = EnteredValue::fromText(QStringLiteral("10"), 10);
    entered[form.indexOf(QStringLiteral("1.1"))] = EnteredValue::fromText(QStringLiteral("20"), 20);
    const SubmissionFindings findings(form, entered);
    QCOMPARE(rules(findings.all()), QList<QString>{QStringLiteral("3:NUMERATOR_EXCEEDS_DENOMINATOR")});
    QCOMPARE(findings.errorCount(), 1);
    QCOMPARE(findings.computed(form.indexOf(QStringLiteral("3"))), 200.0);
}

void TestEditSession::editUndoRedo()
{
    QSignalSpy findingsChanged(m_session.get(), &EditSession::findingsChanged);
    QSignalSpy cellsChanged(m_session.get(), &EditSession::cellsChanged);
    QSignalSpy revisited(m_session.get(), &EditSession::revisited);
    const auto step = m_session->apply({value(QStringLiteral("1"), 100)}, QStringLiteral("Edit 1"));
    QVERIFY2(step, qPrintable(step.error()));
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("100"));
    QVERIFY(m_session->isStored({value(QStringLiteral("1"), 100)}));
    QCOMPARE(m_session->cell(indexOf(QStringLiteral("1"))).stored.raw, QStringLiteral("100"));
    // The outlier is gone, the derived ratio follows, and the view was told.
    QVERIFY(m_session->findings().all().isEmpty());
    QCOMPARE(m_session->findings().computed(indexOf(QStringLiteral("3"))), 90.0);
    QVERIFY(!findingsChanged.isEmpty());
    QVERIFY(!cellsChanged.isEmpty());
    QVERIFY(cellsChanged.last().first().value<QList<int>>().contains(indexOf(QStringLiteral("1"))));
    QVERIFY(m_session->canUndo());
    QVERIFY(!m_session->canRedo());
    QVERIFY(revisited.isEmpty()); // an edit is where the user is already

    QVERIFY(m_session->undo());
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("1.000")); // as seeded
    QCOMPARE(rules(m_session->findings().all()), QList<QString>{QStringLiteral("1:VALUE_OUTLIER")});
    QCOMPARE(m_session->findings().computed(indexOf(QStringLiteral("3"))), 9.0);
    QCOMPARE(revisited.size(), 1);
    QCOMPARE(revisited.first().first().toInt(), indexOf(QStringLiteral("1")));
    QVERIFY(!m_session->canUndo());
    QVERIFY(m_session->canRedo());

    QVERIFY(m_session->redo(step.value()));
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("100"));
    QVERIFY(m_session->findings().all().isEmpty());
    // Only the step on top can be undone or redone; a new edit drops what could be redone.
    QVERIFY(!m_session->redo(step.value()));
    QVERIFY(m_session->undo());
    QVERIFY(m_session->apply({value(QStringLiteral("2"), 13)}));
    QVERIFY(!m_session->canRedo());
    QCOMPARE(m_session->stepCount(), 1);
}

void TestEditSession::rulesFollowEachEdit()
{
    QVERIFY(m_session->apply({value(QStringLiteral("1.1"), 2000)}));
    QCOMPARE(rules(m_session->findings().all()),
             (QList<QString>{QStringLiteral("3:NUMERATOR_EXCEEDS_DENOMINATOR"), QStringLiteral("1:VALUE_OUTLIER"),
                             QStringLiteral("1.1:VALUE_OUTLIER")}));
    QVERIFY(m_session->findings().hasErrors());
    QCOMPARE(m_session->findings().of(indexOf(QStringLiteral("3"))).size(), 1);
    QVERIFY(m_session->apply({value(QStringLiteral("1.1"), 90), value(QStringLiteral("1"), 101)}));
    QVERIFY(m_session->findings().all().isEmpty());
}

void TestEditSession::errorsAreSentOnlyWithAnExplanation()
{
    QVERIFY(m_session->apply({value(QStringLiteral("1.1"), 2000)})); // 3: the numerator exceeds the denominator
    QVERIFY(m_session->findings().hasErrors());
    // SubmitRule, as for an import: refused without an explanation, blank or not.
    for (const QString &blank : {QString(), QStringLiteral("   ")}) {
        const Status refused = m_session->submit(blank);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("explanation")), qPrintable(refused.error()));
        QCOMPARE(m_session->header().status, QString(status::Draft));
    }
    QVERIFY(m_session->submit(QStringLiteral("Số liệu theo phần mềm một cửa")));
    QCOMPARE(m_session->header().status, QString(status::Submitted));
}

void TestEditSession::statusChanges()
{
    QSignalSpy statusChanged(m_session.get(), &EditSession::statusChanged);
    QSignalSpy problem(m_session.get(), &EditSession::problem);
    QVERIFY(m_session->submit(QString()));
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(m_session->header().status, QString(status::Submitted));
    QVERIFY(m_session->isReadOnly());
    QVERIFY(!m_session->whyReadOnly().isEmpty());
    const auto refused = m_session->apply({value(QStringLiteral("1"), 100)});
    QVERIFY(!refused);
    QCOMPARE(problem.size(), 1);
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("1.000")); // as seeded
    QVERIFY(!m_session->canUndo());
    QVERIFY(m_session->approve());
    QCOMPARE(m_session->header().status, QString(status::Approved));
    QVERIFY(m_session->reopen());
    QCOMPARE(m_session->header().status, QString(status::Draft));
    QCOMPARE(statusChanged.size(), 3);
    QVERIFY(m_session->apply({value(QStringLiteral("1"), 100)}));
}

void TestEditSession::aBusyWriteIsKeptRetriedAndStaysUndoable()
{
    PARDESK_FILE_ENGINE_ONLY("SQLite's busy lock; a server makes the second writer wait (tst_server_concurrency)");
    m_session->setRetryInterval(60 * 60 * 1000); // retried by hand here
    QSignalSpy problem(m_session.get(), &EditSession::problem);
    QSignalSpy savedLater(m_session.get(), &EditSession::savedLater);
    holdWriteLock();
    const auto step = m_session->apply({value(QStringLiteral("1"), 100)});
    QVERIFY(step); // kept: a step all the same
    QCOMPARE(problem.size(), 1);
    QCOMPARE(m_session->pendingRetries(), 1);
    QVERIFY(!m_session->isStored({value(QStringLiteral("1"), 100)}));
    const EditSession::Cell &cell = m_session->cell(indexOf(QStringLiteral("1")));
    QVERIFY(cell.value);
    QCOMPARE(cell.value->text, QStringLiteral("100"));
    QCOMPARE(cell.stored.raw, QStringLiteral("1.000"));
    QVERIFY(m_session->canUndo());

    m_session->retryPending(); // still locked: still kept, nothing half-written
    QCOMPARE(m_session->pendingRetries(), 1);
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("1.000")); // as seeded
    QVERIFY(savedLater.isEmpty());

    releaseWriteLock();
    m_session->retryPending();
    QCOMPARE(m_session->pendingRetries(), 0);
    QCOMPARE(savedLater.size(), 1);
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("100"));
    QVERIFY(m_session->isStored({value(QStringLiteral("1"), 100)}));
    QVERIFY(m_session->findings().all().isEmpty()); // the outlier went with the saved value

    // Saved later, and undoable like any other step.
    QVERIFY(m_session->undo(step.value()));
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("1.000")); // as seeded
    QCOMPARE(rules(m_session->findings().all()), QList<QString>{QStringLiteral("1:VALUE_OUTLIER")});
    QVERIFY(m_session->redo(step.value()));
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("100"));
}

void TestEditSession::undoingAKeptWriteCancelsIt()
{
    PARDESK_FILE_ENGINE_ONLY("SQLite's busy lock; a server makes the second writer wait (tst_server_concurrency)");
    m_session->setRetryInterval(60 * 60 * 1000);
    holdWriteLock();
    QVERIFY(m_session->apply({value(QStringLiteral("1"), 100)}));
    QCOMPARE(m_session->pendingRetries(), 1);
    releaseWriteLock();
    QVERIFY(m_session->undo()); // writes the value back, the kept write is stale
    QCOMPARE(m_session->pendingRetries(), 0);
    m_session->retryPending();
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("1.000")); // as seeded
    QVERIFY(!m_session->cell(indexOf(QStringLiteral("1"))).value);
}

void TestEditSession::aNewerEditReplacesTheKeptOne()
{
    PARDESK_FILE_ENGINE_ONLY("SQLite's busy lock; a server makes the second writer wait (tst_server_concurrency)");
    m_session->setRetryInterval(60 * 60 * 1000);
    holdWriteLock();
    QVERIFY(m_session->apply({value(QStringLiteral("1"), 7)}));
    releaseWriteLock();
    QVERIFY(m_session->apply({value(QStringLiteral("1"), 8)}));
    QCOMPARE(m_session->pendingRetries(), 0);
    m_session->retryPending();
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1")), QStringLiteral("8"));
    QCOMPARE(m_session->stepCount(), 2);
}

void TestEditSession::undoReopensItsSubmission()
{
    QVERIFY(m_session->apply({value(QStringLiteral("2"), 13)}));
    QSignalSpy opened(m_session.get(), &EditSession::opened);
    QVERIFY(m_session->open(m_store->usual));
    QCOMPARE(m_session->submissionId(), m_store->usual);
    QVERIFY(m_session->undo());
    QCOMPARE(opened.size(), 2);
    QCOMPARE(m_session->submissionId(), m_store->late);
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("2")), QStringLiteral("12"));
}

// Two people on one cell: the second write, made on what its session showed before the first, is
// refused with the first one's value; its text stays, not saved, beside the value now stored, and
// typing it again replaces that knowingly. Another cell of the same submission is not a conflict.
void TestEditSession::anotherWriteOfTheSameCellIsNotOverwritten()
{
    auto colleagueDb = Store::open(m_store->db->path());
    QVERIFY2(colleagueDb, qPrintable(colleagueDb.error()));
    EditSession colleague(*colleagueDb.value());
    QVERIFY(colleague.open(m_store->late));
    QVERIFY(colleague.apply({value(QStringLiteral("1.1"), 125)}));
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1.1")), QStringLiteral("125"));

    QSignalSpy problems(m_session.get(), &EditSession::problem);
    const int steps = m_session->stepCount();
    const auto mine = m_session->apply({value(QStringLiteral("1.1"), 130)});
    QVERIFY(!mine);
    QVERIFY2(mine.error().contains(QStringLiteral("\"125\"")) && mine.error().contains(QStringLiteral("\"130\"")), qPrintable(mine.error()));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1.1")), QStringLiteral("125")); // theirs kept
    QCOMPARE(m_session->stepCount(), steps);                                          // nothing to undo
    const EditSession::Cell &cell = m_session->cell(indexOf(QStringLiteral("1.1")));
    QCOMPARE(cell.stored.raw, QStringLiteral("125")); // what is stored now is shown
    QVERIFY(cell.value && cell.value->text == u"130"); // mine, not saved, beside it

    // Another cell is no conflict; the same text again replaces theirs, now that it was seen.
    QVERIFY(m_session->apply({value(QStringLiteral("2"), 7)}));
    QVERIFY(m_session->apply({value(QStringLiteral("1.1"), 130)}));
    QCOMPARE(storedRaw(m_store->late, QStringLiteral("1.1")), QStringLiteral("130"));
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_edit_session.moc"
