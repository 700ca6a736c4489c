// Writing submissions: creation, values exactly as typed, notes, clearing, the status workflow,
// and the audit row of every change, on a store built from the bundled dataset: in a SQLite file, and
// (tst_submission_store_on_server) on the test cluster's PostgreSQL server.
#include "PgTestServer.h"
#include "forms/FieldLimits.h"
#include "forms/FormDefinition.h"
#include "store/AuditLog.h"
#include "store/Store.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

struct AuditRow {
    QString user;
    QString action;
    QJsonObject before;
    QJsonObject after;
    QDateTime at;
};

QList<AuditRow> auditOf(const QSqlDatabase &db, qint64 submissionId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT \"user\", action, old_value, new_value, at FROM audit_log "
                             "WHERE entity = 'submission' AND entity_id = ? ORDER BY id"));
    q.addBindValue(submissionId);
    q.exec();
    QList<AuditRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(),
                     QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                     QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                     QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    return rows;
}

std::optional<SubmissionValue> valueOf(const QSqlDatabase &db, qint64 submissionId, const QString &code)
{
    const QList<SubmissionValue> values = Submissions(db).values(submissionId).value();
    for (const SubmissionValue &v : values)
        if (v.code == code)
            return v;
    return std::nullopt;
}

} // namespace

class TestSubmissionStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsADraftOnce();
    void refusesAnUnknownPeriod();
    void storesWhatWasTypedWithItsAudit();
    void clearingLeavesNoData();
    void notesAreKeptApartFromValues();
    void refusesTextsLongerThanTheLimits();
    void undoIsAuditedAsUndo();
    void writesAllOrNothing();
    void refusesToWriteASubmittedSubmission();
    void statusWorkflow();
    void busyDatabaseSavesNothing();
    void lookupReadsLooksAndEarlierPeriods();

private:
    CellWrite write(const QString &code, const QString &text, std::optional<double> value) const
    {
        return {m_form->item(m_form->indexOf(code)).id, code, CellWrite::Field::Value, text, value};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<FormDefinition> m_form;
    qint64 m_agency = 0;
    qint64 m_seeded = 0; // seed 002: Sở TT&TT's Phụ lục 02 of the first half of 2022, submitted
};

void TestSubmissionStore::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
}

void TestSubmissionStore::init()
{
    static int n = 0;
    auto db = Database::open(test::storeLocation(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++n))));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db).value();
    m_form = Forms(m_db->connection()).definition(QStringLiteral("TQ-PL02-CCHC")).value();
    const QList<AgencyRef> agencies = References(m_db->connection()).agencies(QStringLiteral("TQ")).value();
    for (const AgencyRef &a : agencies)
        if (a.key == u"TQ.STTTT")
            m_agency = a.id;
    QVERIFY(m_agency > 0);
    const auto found = Submissions(m_db->connection()).find(m_form->id(), m_agency, QStringLiteral("2022S1"));
    QVERIFY(found && found.value());
    m_seeded = *found.value();
}

void TestSubmissionStore::cleanup()
{
    m_form.reset();
    m_db.reset();
}

void TestSubmissionStore::createsADraftOnce()
{
    const auto id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022s2"));
    QVERIFY2(id, qPrintable(id.error()));
    const auto header = Submissions(m_db->connection()).header(id.value());
    QCOMPARE(header->status, QStringLiteral("draft"));
    QCOMPARE(header->period, QStringLiteral("2022S2")); // the key as Period writes it
    QCOMPARE(header->agencyKey, QStringLiteral("TQ.STTTT"));

    const QList<AuditRow> audit = auditOf(m_db->connection(), id.value());
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0].action, QStringLiteral("create"));
    QCOMPARE(audit[0].user, test::auditWriter(m_db->path()));
    QCOMPARE(audit[0].after.value(QStringLiteral("period")).toString(), QStringLiteral("2022S2"));
    QVERIFY(audit[0].at.isValid());

    const auto again = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2"));
    QVERIFY(!again);
    QVERIFY(again.error().contains(u"exists"));
}

void TestSubmissionStore::refusesAnUnknownPeriod()
{
    const auto id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022X7"));
    QVERIFY(!id);
    QVERIFY(id.error().contains(u"2022X7"));
}

void TestSubmissionStore::storesWhatWasTypedWithItsAudit()
{
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("3.3.1.1"), QStringLiteral("1.044"), 1044)}));
    const auto stored = valueOf(m_db->connection(), id, QStringLiteral("3.3.1.1"));
    QVERIFY(stored);
    QCOMPARE(stored->raw, QStringLiteral("1.044")); // as written, not re-typed
    QCOMPARE(stored->value, std::optional<double>(1044));

    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("3.3.1.1"), QStringLiteral("1.050"), 1050)}));
    const QList<AuditRow> audit = auditOf(m_db->connection(), id);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit[1].action, QStringLiteral("set_value"));
    QVERIFY(audit[1].before.value(QStringLiteral("raw")).isNull());
    QCOMPARE(audit[2].before.value(QStringLiteral("raw")).toString(), QStringLiteral("1.044"));
    QCOMPARE(audit[2].after.value(QStringLiteral("raw")).toString(), QStringLiteral("1.050"));
    QCOMPARE(audit[2].after.value(QStringLiteral("value")).toDouble(), 1050.0);
    QCOMPARE(audit[2].after.value(QStringLiteral("item")).toString(), QStringLiteral("3.3.1.1"));
    QCOMPARE(audit[2].user, test::auditWriter(m_db->path()));
}

void TestSubmissionStore::clearingLeavesNoData()
{
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("0"), 0)}));
    QCOMPARE(valueOf(m_db->connection(), id, QStringLiteral("1.1"))->value, std::optional<double>(0)); // zero is a value
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QString(), std::nullopt)}));
    QVERIFY(!valueOf(m_db->connection(), id, QStringLiteral("1.1"))); // no data: no row at all
}

void TestSubmissionStore::notesAreKeptApartFromValues()
{
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    CellWrite note = write(QStringLiteral("1.1"), QStringLiteral("Theo sổ theo dõi văn bản"), std::nullopt);
    note.field = CellWrite::Field::Note;
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("2"), 2), note}));
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QString(), std::nullopt)}));
    const auto kept = valueOf(m_db->connection(), id, QStringLiteral("1.1"));
    QVERIFY(kept); // the note keeps the row
    QVERIFY(!kept->value);
    QVERIFY(kept->raw.isEmpty());
    QCOMPARE(kept->note, QStringLiteral("Theo sổ theo dõi văn bản"));
    QCOMPARE(auditOf(m_db->connection(), id)[2].action, QStringLiteral("set_note"));
}

// Issue 16: a 20 MB note pasted or imported made every screen that showed it slow and huge.
void TestSubmissionStore::refusesTextsLongerThanTheLimits()
{
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    CellWrite note = write(QStringLiteral("1.1"), QString(FieldLimits::kMaxNoteChars + 1, u'n'), std::nullopt);
    note.field = CellWrite::Field::Note;
    const Status refused = Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("2"), 2), note});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("1.1")) && refused.error().contains(QStringLiteral("4001")), qPrintable(refused.error()));
    QVERIFY(!valueOf(m_db->connection(), id, QStringLiteral("1.1"))); // all or nothing
    note.text.chop(1);
    QVERIFY(Submissions(m_db->connection()).write(id, {note}));
}

void TestSubmissionStore::undoIsAuditedAsUndo()
{
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("3"), 3)}));
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QString(), std::nullopt)}, WriteOrigin::Undo));
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("3"), 3)}, WriteOrigin::Redo));
    const QList<AuditRow> audit = auditOf(m_db->connection(), id);
    QCOMPARE(audit.size(), 4);
    QCOMPARE(audit[2].action, QStringLiteral("undo_set_value"));
    QCOMPARE(audit[3].action, QStringLiteral("redo_set_value"));
}

void TestSubmissionStore::writesAllOrNothing()
{
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    const auto other = Forms(m_db->connection()).definition(QStringLiteral("TQ-PL08-CQDT")).value();
    CellWrite foreign{other.item(other.indexOf(QStringLiteral("5.1.1"))).id, QStringLiteral("5.1.1"),
                      CellWrite::Field::Value, QStringLiteral("5"), 5};
    const Status s = Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("4"), 4), foreign});
    QVERIFY(!s);
    QVERIFY(s.error().contains(u"5.1.1"));
    QVERIFY(!valueOf(m_db->connection(), id, QStringLiteral("1.1")));
    QCOMPARE(auditOf(m_db->connection(), id).size(), 1); // only its creation
}

void TestSubmissionStore::refusesToWriteASubmittedSubmission()
{
    const auto before = valueOf(m_db->connection(), m_seeded, QStringLiteral("3.3.1.2"));
    const Status s = Submissions(m_db->connection()).write(m_seeded, {write(QStringLiteral("3.3.1.2"), QStringLiteral("10"), 10)});
    QVERIFY(!s);
    QVERIFY(s.error().contains(u"reopen"));
    QCOMPARE(valueOf(m_db->connection(), m_seeded, QStringLiteral("3.3.1.2"))->raw, before->raw);
    QVERIFY(auditOf(m_db->connection(), m_seeded).isEmpty());
}

void TestSubmissionStore::statusWorkflow()
{
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    QVERIFY(!Submissions(m_db->connection()).approve(id)); // a draft is not approved before it is submitted
    QVERIFY(Submissions(m_db->connection()).submit(id, QStringLiteral("  Số liệu 3.3.1 theo phần mềm một cửa  ")));
    QCOMPARE(Submissions(m_db->connection()).header(id)->status, QStringLiteral("submitted"));
    QCOMPARE(Submissions(m_db->connection()).header(id)->explanation, QStringLiteral("Số liệu 3.3.1 theo phần mềm một cửa"));
    QVERIFY(!Submissions(m_db->connection()).submit(id, {}));
    QVERIFY(Submissions(m_db->connection()).approve(id));
    QCOMPARE(Submissions(m_db->connection()).header(id)->status, QStringLiteral("approved"));
    QVERIFY(!Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("1"), 1)}));
    QVERIFY(Submissions(m_db->connection()).reopen(id));
    QCOMPARE(Submissions(m_db->connection()).header(id)->status, QStringLiteral("draft"));
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("1"), 1)}));

    QStringList actions;
    for (const AuditRow &row : auditOf(m_db->connection(), id))
        actions.append(row.action);
    QCOMPARE(actions, (QStringList{"create", "submit", "approve", "reopen", "set_value"}));
    const AuditRow reopen = auditOf(m_db->connection(), id)[3];
    QCOMPARE(reopen.before.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(reopen.after.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
}

void TestSubmissionStore::busyDatabaseSavesNothing()
{
    PARDESK_FILE_ENGINE_ONLY("a server makes a second writer wait for the row (tst_server_concurrency)");
    const qint64 id = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022S2")).value();
    // Another program holds the write lock; this one gives up after 100 ms instead of 5 s.
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    QSqlQuery lock(other.value()->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
    const Status s = Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("5"), 5)});
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"busy"), qPrintable(s.error()));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!valueOf(m_db->connection(), id, QStringLiteral("1.1")));
    QVERIFY(Submissions(m_db->connection()).write(id, {write(QStringLiteral("1.1"), QStringLiteral("5"), 5)}));
}

void TestSubmissionStore::lookupReadsLooksAndEarlierPeriods()
{
    const QList<ItemLook> looks = Forms(m_db->connection()).looks(*m_form).value();
    // Seed 002 writes "Không = 0 Có = 1" for 1.7 and "Có = 1; Không = 0" for 1.6: the order is kept.
    const ItemLook &dialogue = looks[m_form->indexOf(QStringLiteral("1.7"))];
    QCOMPARE(dialogue.options.size(), 2);
    QCOMPARE(dialogue.options[0], (std::pair<int, QString>{0, QStringLiteral("Không")}));
    QCOMPARE(looks[m_form->indexOf(QStringLiteral("1.6"))].options[0].second, QStringLiteral("Có"));
    QVERIFY(looks[m_form->indexOf(QStringLiteral("1.2"))].bold);

    const qint64 later = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2023Q1")).value();
    const qint64 between = Submissions(m_db->connection()).create(m_form->id(), m_agency, QStringLiteral("2022")).value();
    const auto earlier = Submissions(m_db->connection()).earlier(*m_form, Submissions(m_db->connection()).header(later).value());
    QVERIFY(earlier);
    QCOMPARE(earlier->size(), 2);
    QCOMPARE(earlier->at(0).period, QStringLiteral("2022S1")); // oldest first
    QCOMPARE(earlier->at(1).submissionId, between);
    const StoredCell &resolved = earlier->at(0).cells[m_form->indexOf(QStringLiteral("3.3.1.1"))];
    QCOMPARE(resolved.raw, QStringLiteral("56"));
    QVERIFY(Submissions(m_db->connection()).earlier(*m_form, Submissions(m_db->connection()).header(m_seeded).value())->isEmpty());

    const QList<AgencyRef> agencies = References(m_db->connection()).agencies(QStringLiteral("TQ")).value();
    QVERIFY(!agencies.isEmpty());
    for (const AgencyRef &a : agencies)
        QCOMPARE(a.province, QStringLiteral("TQ"));
}

QTEST_GUILESS_MAIN(TestSubmissionStore)
#include "tst_submission_store.moc"
