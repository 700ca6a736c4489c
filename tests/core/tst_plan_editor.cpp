// Writing plans: every field checked, each write audited, and a delete undone to the very row.
#include "PgTestServer.h"
#include "store/Store.h"
#include "store/Database.h"
#include "store/PlanEditor.h"
#include "store/PlanUpdate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

// Every row of the tables a document's delete touches, as text: equal dumps mean an exact restore.
// Sorted, because a table without an id of its own (target_agencies) gets new hidden rowids.
QStringList dump(QSqlDatabase db)
{
    QStringList out;
    for (const char *table : {"documents", "document_legal_basis", "targets", "target_agencies", "tasks",
                              "task_agencies", "dossier_counts", "submissions"}) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))))
            qFatal("dump %s: %s", table, qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList cells{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out << cells.join(u'|');
        }
    }
    out.sort();
    return out;
}

struct AuditRow {
    QString user, entity, action;
    qint64 entityId = 0;
    QJsonObject oldValue, newValue;
};

AuditRow lastAudit(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT \"user\", entity, entity_id, action, old_value, new_value FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(3).toString(), q.value(2).toLongLong(),
            QJsonDocument::fromJson(q.value(4).toByteArray()).object(), QJsonDocument::fromJson(q.value(5).toByteArray()).object()};
}

int auditCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    return q.next() ? q.value(0).toInt() : -1;
}

Target newTarget()
{
    Target t;
    t.documentKey = QStringLiteral("TQ-268-KH-UBND-2023");
    t.stt = QStringLiteral("9.1");
    t.text = QStringLiteral("Tối thiểu 80% hồ sơ được số hóa");
    t.kind = TargetKind::Level;
    t.comparator = Comparator::AtLeast;
    t.value = 80;
    t.unit = QStringLiteral("%");
    t.direction = Direction::Higher;
    t.theme = QStringLiteral("digitisation");
    return t;
}

bool hasIssue(const QList<FieldIssue> &issues, const QString &field)
{
    return std::any_of(issues.begin(), issues.end(), [&](const FieldIssue &i) { return i.field == field && !i.message.isEmpty(); });
}

} // namespace

class TestPlanEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PARDESK_REQUIRE_ENGINE(); }
    void init();
    void cleanup();
    void createsUpdatesAndRemovesATarget();
    void busyStoreWritesNothing();
    void staleUpdateFromAnotherConnectionIsRefused();
    void removingADocumentIsUndoneExactly();
    void removingATargetKeepsTheLinksOfItsTasks();
    void checksEveryField();
    void refusesWholeBatchWithAnIssue();
    void documentKeyIsMadeFromTheNumber();
    void documentKeyUnknowableIsAnError();
    void taskStatus();
    void readDate_data();
    void readDate();
    void readNumber();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPlanEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(test::storeLocation(m_dir->filePath(QStringLiteral("plans.sqlite"))));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db.value());
}

void TestPlanEditor::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPlanEditor::staleUpdateFromAnotherConnectionIsRefused()
{
    // Two editors on the same file, as two ParDesk windows or PCs: both read target 9.1 at 80.
    PlanEditor mine(m_db->connection());
    const auto id = mine.create(QList<Target>{newTarget()});
    QVERIFY2(id, qPrintable(id.error()));
    auto other = Database::open(m_db->path());
    QVERIFY2(other, qPrintable(other.error()));
    PlanEditor theirs(other.value()->connection());
    const Target read = mine.target(id->first()).value();

    Target changed = theirs.target(id->first()).value();
    changed.value = 90;
    const Status theirsSaved = updateUnlessChanged(theirs, changed, theirs.target(id->first()).value());
    QVERIFY2(theirsSaved, qPrintable(theirsSaved.error()));

    Target stale = read;
    stale.value = 100;
    const Status refused = updateUnlessChanged(mine, stale, read);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("changed since you opened")), qPrintable(refused.error()));
    QVERIFY(!refused.isRetryable());
    QCOMPARE(unchangedSince(mine, read).value(), false);
    QCOMPARE(mine.target(id->first())->value, std::optional<double>(90)); // their change stands

    // Read again, the same edit goes through; a document is checked the same way.
    QVERIFY(updateUnlessChanged(mine, stale, mine.target(id->first()).value()));
    QCOMPARE(mine.target(id->first())->value, std::optional<double>(100));
    const auto documents = Plans(m_db->connection()).documents().value();
    const auto of268 = std::find_if(documents.begin(), documents.end(), [](const Document &d) {
        return d.key == QStringLiteral("TQ-268-KH-UBND-2023");
    });
    QVERIFY(of268 != documents.end());
    const Document document = *of268;
    Document renamed = document;
    renamed.title += QStringLiteral(" (sửa)");
    QVERIFY(updateUnlessChanged(theirs, renamed, document));
    QVERIFY(!updateUnlessChanged(mine, document, document));
    QCOMPARE(unchangedSince(mine, document).value(), false);
    // Another target added to the document is not a change of the document's own fields.
    QVERIFY(theirs.create(QList<Target>{[] { Target t = newTarget(); t.stt = QStringLiteral("9.2"); return t; }()}));
    QVERIFY(updateUnlessChanged(mine, renamed, renamed));
}

void TestPlanEditor::busyStoreWritesNothing()
{
    PARDESK_FILE_ENGINE_ONLY("SQLite's busy lock; a server makes the second writer wait (tst_server_concurrency)");
    // Another connection (a colleague's ParDesk on the shared file) holds the write lock.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(m_db->path());
    QVERIFY(other.open());
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA busy_timeout = 50"));
    const auto count = [this] {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM targets) + (SELECT count(*) FROM audit_log)"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int before = count();
    const auto ids = PlanEditor(m_db->connection()).create(QList<Target>{newTarget()});
    QVERIFY(!ids);
    QVERIFY2(ids.error().contains(QStringLiteral("transaction could not start")), qPrintable(ids.error()));
    QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
    QCOMPARE(count(), before); // nothing written outside a transaction
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestPlanEditor::createsUpdatesAndRemovesATarget()
{
    PlanEditor editor(m_db->connection());
    const auto ids = editor.create(QList<Target>{newTarget()});
    QVERIFY2(ids, qPrintable(ids.error()));
    const qint64 id = ids->first();

    TargetFilter filter;
    filter.plan = QStringLiteral("268/KH-UBND");
    auto stored = editor.target(id);
    QVERIFY(stored);
    QCOMPARE(stored->text, newTarget().text);
    QCOMPARE(stored->value, std::optional<double>(80));
    QCOMPARE(stored->plan, QStringLiteral("268/KH-UBND"));
    AuditRow audit = lastAudit(m_db->connection());
    QCOMPARE(audit.entity, QStringLiteral("target"));
    QCOMPARE(audit.action, QStringLiteral("create"));
    QCOMPARE(audit.entityId, id);
    QVERIFY(audit.oldValue.isEmpty());
    QCOMPARE(audit.newValue.value(QStringLiteral("value")).toDouble(), 80.0);
    QVERIFY(!audit.user.isEmpty());

    Target changed = stored.value();
    changed.value = 85;
    changed.text = QStringLiteral("Tối thiểu 85% hồ sơ được số hóa");
    QVERIFY(editor.update(changed));
    QCOMPARE(editor.target(id)->value, std::optional<double>(85));
    audit = lastAudit(m_db->connection());
    QCOMPARE(audit.action, QStringLiteral("update"));
    QCOMPARE(audit.oldValue.value(QStringLiteral("value")).toDouble(), 80.0);
    QCOMPARE(audit.newValue.value(QStringLiteral("value")).toDouble(), 85.0);

    const auto removed = editor.remove(PlanEntity::Target, {id});
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!editor.target(id));
    QCOMPARE(lastAudit(m_db->connection()).action, QStringLiteral("delete"));
    QVERIFY(editor.restore(removed.value()));
    QCOMPARE(editor.target(id)->value, std::optional<double>(85));
    QCOMPARE(lastAudit(m_db->connection()).action, QStringLiteral("restore"));
}

void TestPlanEditor::removingADocumentIsUndoneExactly()
{
    PlanEditor editor(m_db->connection());
    const QStringList before = dump(m_db->connection());
    // The report of seed 002 lists directive documents and has submissions filed as it.
    const auto docs = Plans(m_db->connection()).documents();
    QVERIFY(docs);
    for (const Document &d : docs.value()) {
        if (!d.citedBy.isEmpty())
            continue;
        const int audits = auditCount(m_db->connection());
        const auto removed = editor.remove(PlanEntity::Document, {d.id});
        QVERIFY2(removed, qPrintable(removed.error()));
        QVERIFY(!editor.document(d.id));
        QCOMPARE(removed->rows.rowCount(QStringLiteral("targets")), d.targetCount);
        QCOMPARE(removed->rows.rowCount(QStringLiteral("tasks")), d.taskCount);
        const auto left = Plans(m_db->connection()).documents();
        QVERIFY(std::none_of(left->begin(), left->end(), [&](const Document &o) { return o.citedBy == d.key; }));
        QVERIFY(dump(m_db->connection()) != before);
        const Status restored = editor.restore(removed.value());
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(dump(m_db->connection()), before);
        QCOMPARE(auditCount(m_db->connection()), audits + 2); // the delete and the restore
    }
}

void TestPlanEditor::removingATargetKeepsTheLinksOfItsTasks()
{
    PlanEditor editor(m_db->connection());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT target_id FROM tasks WHERE target_id IS NOT NULL LIMIT 1")) && q.next());
    const qint64 target = q.value(0).toLongLong();
    const QStringList before = dump(m_db->connection());
    const auto removed = editor.remove(PlanEntity::Target, {target});
    QVERIFY(removed);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks WHERE target_id = %1").arg(target)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(editor.restore(removed.value()));
    QCOMPARE(dump(m_db->connection()), before);
}

void TestPlanEditor::checksEveryField()
{
    PlanEditor editor(m_db->connection());
    Target t = newTarget();
    t.text = QStringLiteral("  ");
    t.value.reset();
    t.stt.clear();
    t.theme.clear();
    t.baselineYear = 20;
    t.deadline = QStringLiteral("2024-02-30");
    auto issues = editor.check(t);
    for (const char *field : {"text", "value", "stt", "theme", "baseline_year", "deadline"})
        QVERIFY2(hasIssue(issues, QLatin1String(field)), field);

    t = newTarget();
    t.value = 120;
    QVERIFY(hasIssue(editor.check(t), QStringLiteral("value"))); // 120% cannot be reached
    t = newTarget();
    t.kind = TargetKind::Qualitative;
    QVERIFY(hasIssue(editor.check(t), QStringLiteral("comparator"))); // qualitative with a number
    t.comparator = Comparator::None;
    t.value.reset();
    t.unit.clear();
    QVERIFY(editor.check(t).isEmpty());

    // 6.8 part 1 exists in 268/KH-UBND: the same number and part is refused on the STT field.
    t = newTarget();
    t.stt = QStringLiteral("6.8");
    QVERIFY(hasIssue(editor.check(t), QStringLiteral("stt")));
    t.part = 4;
    QVERIFY(editor.check(t).isEmpty());

    Document d;
    d.type = QStringLiteral("memo");
    d.year = 1900;
    d.issued = QStringLiteral("2024-13");
    issues = editor.check(d);
    for (const char *field : {"number", "type", "province", "title", "year", "issued"})
        QVERIFY2(hasIssue(issues, QLatin1String(field)), field);

    Task k;
    k.documentKey = QStringLiteral("TQ-268-KH-UBND-2023");
    k.status = QStringLiteral("finished");
    k.targetStt = QStringLiteral("99.99");
    issues = editor.check(k);
    for (const char *field : {"text", "status", "target"})
        QVERIFY2(hasIssue(issues, QLatin1String(field)), field);
}

void TestPlanEditor::refusesWholeBatchWithAnIssue()
{
    PlanEditor editor(m_db->connection());
    const QStringList before = dump(m_db->connection());
    const int audits = auditCount(m_db->connection());
    Target bad = newTarget();
    bad.stt = QStringLiteral("9.2");
    bad.text.clear();
    const auto ids = editor.create(QList<Target>{newTarget(), bad});
    QVERIFY(!ids);
    QVERIFY(!ids.error().isEmpty());
    QCOMPARE(dump(m_db->connection()), before);
    QCOMPARE(auditCount(m_db->connection()), audits);
}

void TestPlanEditor::documentKeyIsMadeFromTheNumber()
{
    PlanEditor editor(m_db->connection());
    Document d;
    d.number = QStringLiteral("268/KH-UBND");
    d.type = QStringLiteral("plan");
    d.province = QStringLiteral("TQ");
    d.year = 2023;
    d.title = QStringLiteral("Kế hoạch thử");
    d.legalBasis = {QStringLiteral("Căn cứ A"), QStringLiteral("Căn cứ B")};
    const auto ids = editor.create(QList<Document>{d, d});
    QVERIFY2(ids, qPrintable(ids.error()));
    QCOMPARE(editor.document(ids->at(0))->key, QStringLiteral("TQ-268-KH-UBND-2023-2")); // the dataset has the first
    QCOMPARE(editor.document(ids->at(1))->key, QStringLiteral("TQ-268-KH-UBND-2023-3"));
    QCOMPARE(editor.document(ids->at(1))->legalBasis, d.legalBasis);
}

void TestPlanEditor::documentKeyUnknowableIsAnError()
{
    // When the store cannot say whether a key is taken, the key is not taken for free: the create
    // fails with the store's words and writes nothing. (Its own check of the key would fail on the
    // same table later; this guards the lookup, whose failure once read as "free".)
    PlanEditor editor(m_db->connection());
    const int audits = auditCount(m_db->connection());
    QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("ALTER TABLE documents RENAME TO documents_hidden")));
    Document d;
    d.number = QStringLiteral("7/KH-UBND");
    d.type = QStringLiteral("plan");
    d.province = QStringLiteral("TQ");
    d.year = 2024;
    d.title = QStringLiteral("Kế hoạch thử");
    const auto ids = editor.create(QList<Document>{d});
    QVERIFY(!ids);
    QVERIFY(!ids.isRetryable());
    QVERIFY2(ids.error().contains(QLatin1String("documents")), qPrintable(ids.error()));
    QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("ALTER TABLE documents_hidden RENAME TO documents")));
    QCOMPARE(auditCount(m_db->connection()), audits);
    const auto documents = Plans(m_db->connection()).documents();
    QVERIFY2(documents, qPrintable(documents.error()));
    QVERIFY(std::none_of(documents->begin(), documents->end(), [](const Document &o) { return o.number == u"7/KH-UBND"; }));
}

void TestPlanEditor::taskStatus()
{
    PlanEditor editor(m_db->connection());
    const auto tasks = Plans(m_db->connection()).tasks();
    QVERIFY(tasks && !tasks->isEmpty());
    const Task first = tasks->first();
    QVERIFY(editor.setTaskStatus(first.id, QStringLiteral("done")));
    QCOMPARE(editor.task(first.id)->status, QStringLiteral("done"));
    const AuditRow audit = lastAudit(m_db->connection());
    QCOMPARE(audit.oldValue.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(audit.newValue.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QVERIFY(!editor.setTaskStatus(first.id, QStringLiteral("finished")));
    QCOMPARE(editor.task(first.id)->status, QStringLiteral("done"));
}

void TestPlanEditor::readDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("partial");
    QTest::addColumn<QString>("iso"); // empty: refused
    QTest::newRow("day/month/year") << "15/12/2024" << false << "2024-12-15";
    QTest::newRow("short day and month") << "5/2/2024" << false << "2024-02-05";
    QTest::newRow("iso") << "2024-02-29" << false << "2024-02-29";
    QTest::newRow("no such day") << "30/02/2024" << false << "";
    QTest::newRow("month/year refused") << "12/2024" << false << "";
    QTest::newRow("month/year") << "12/2024" << true << "2024-12";
    QTest::newRow("year") << "2024" << true << "2024";
    QTest::newRow("words") << "Năm 2024" << true << "";
}

void TestPlanEditor::readDate()
{
    QFETCH(QString, text);
    QFETCH(bool, partial);
    QFETCH(QString, iso);
    QList<FieldIssue> issues;
    QCOMPARE(PlanChecks::readDate(text, QStringLiteral("deadline"), partial, issues), iso);
    QCOMPARE(issues.isEmpty(), !iso.isEmpty());
}

void TestPlanEditor::readNumber()
{
    QList<FieldIssue> issues;
    QCOMPARE(PlanChecks::readNumber(QStringLiteral("0,45"), QStringLiteral("value"), issues), std::optional<double>(0.45));
    QVERIFY(issues.isEmpty());
    QCOMPARE(PlanChecks::readNumber(QString(), QStringLiteral("value"), issues), std::nullopt);
    QVERIFY(issues.isEmpty());
    QCOMPARE(PlanChecks::readNumber(QStringLiteral("tám mươi"), QStringLiteral("value"), issues), std::nullopt);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("value"));
    QVERIFY(issues.first().message.contains(QStringLiteral("tám mươi")));
}

QTEST_GUILESS_MAIN(TestPlanEditor)
#include "tst_plan_editor.moc"
