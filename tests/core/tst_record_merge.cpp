// A reload after a refused save: the record as stored now, with what the user typed kept, and the
// fields both sides changed named.
#include "editing/RecordMerge.h"

#include <QTest>

using namespace pardesk;

class TestRecordMerge : public QObject {
    Q_OBJECT
private slots:
    void theirChangesStayWhereTheUserTypedNothing();
    void bothChangedTheSameFieldIsNamedWithTheirValue();
    void bothTypedTheSameIsNoConflict();
    void nothingTypedIsTheStoredRecord();
    void tasksAndDocumentsMergeTheSameWay();
};

namespace {

Target target()
{
    Target t;
    t.id = 7;
    t.text = QStringLiteral("Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%");
    t.comparator = Comparator::AtLeast;
    t.value = 50;
    t.unit = QStringLiteral("%");
    t.lead = QStringLiteral("Sở Thông tin và Truyền thông");
    return t;
}

} // namespace

void TestRecordMerge::theirChangesStayWhereTheUserTypedNothing()
{
    const Target read = target();
    Target typed = read;
    typed.value = 60;
    Target stored = read;
    stored.lead = QStringLiteral("Sở Nội vụ");
    const MergedEdit<Target> merged = mergeEdit(read, typed, stored);
    QCOMPARE(merged.record.value, std::optional<double>(60));
    QCOMPARE(merged.record.lead, QStringLiteral("Sở Nội vụ"));
    QVERIFY(merged.conflicts.isEmpty());
}

void TestRecordMerge::bothChangedTheSameFieldIsNamedWithTheirValue()
{
    const Target read = target();
    Target typed = read;
    typed.value = 100;
    typed.comparator = Comparator::Equal;
    Target stored = read;
    stored.value = 90.5;
    stored.comparator = Comparator::AtMost;
    const MergedEdit<Target> merged = mergeEdit(read, typed, stored);
    QCOMPARE(merged.record.value, std::optional<double>(100)); // what the user typed and saw
    QCOMPARE(merged.record.comparator, Comparator::Equal);
    QCOMPARE(merged.conflicts.size(), 2);
    QCOMPARE(merged.conflicts[0].field, QStringLiteral("comparator"));
    QCOMPARE(merged.conflicts[0].stored, QString()); // the dialog's own control shows a comparator
    QCOMPARE(merged.conflicts[1].field, QStringLiteral("value"));
    QCOMPARE(merged.conflicts[1].stored, QStringLiteral("90,5"));
}

void TestRecordMerge::bothTypedTheSameIsNoConflict()
{
    const Target read = target();
    Target typed = read;
    typed.text = QStringLiteral("Tỷ lệ hồ sơ trực tuyến đạt 60%");
    const MergedEdit<Target> merged = mergeEdit(read, typed, typed);
    QCOMPARE(merged.record.text, typed.text);
    QVERIFY(merged.conflicts.isEmpty());
}

void TestRecordMerge::nothingTypedIsTheStoredRecord()
{
    const Target read = target();
    Target stored = read;
    stored.text = QStringLiteral("changed elsewhere");
    stored.value = 75;
    const MergedEdit<Target> merged = mergeEdit(read, read, stored);
    QCOMPARE(merged.record.text, stored.text);
    QCOMPARE(merged.record.value, stored.value);
    QVERIFY(merged.conflicts.isEmpty());
}

void TestRecordMerge::tasksAndDocumentsMergeTheSameWay()
{
    Task readTask;
    readTask.text = QStringLiteral("Rà soát thủ tục");
    readTask.status = QStringLiteral("open");
    Task typedTask = readTask;
    typedTask.deadline = QStringLiteral("2024-12-31");
    Task storedTask = readTask;
    storedTask.status = QStringLiteral("done");
    storedTask.deadline = QStringLiteral("2024-11-30");
    const MergedEdit<Task> task = mergeEdit(readTask, typedTask, storedTask);
    QCOMPARE(task.record.deadline, QStringLiteral("2024-12-31"));
    QCOMPARE(task.record.status, QStringLiteral("done"));
    QCOMPARE(task.conflicts.size(), 1);
    QCOMPARE(task.conflicts.first().field, QStringLiteral("deadline"));
    QCOMPARE(task.conflicts.first().stored, QStringLiteral("2024-11-30"));

    Document readDoc;
    readDoc.title = QStringLiteral("Kế hoạch cải cách hành chính");
    readDoc.legalBasis = {QStringLiteral("Nghị định 61/2018/NĐ-CP")};
    Document typedDoc = readDoc;
    typedDoc.legalBasis << QStringLiteral("Nghị định 107/2021/NĐ-CP");
    Document storedDoc = readDoc;
    storedDoc.year = 2024;
    const MergedEdit<Document> doc = mergeEdit(readDoc, typedDoc, storedDoc);
    QCOMPARE(doc.record.legalBasis, typedDoc.legalBasis);
    QCOMPARE(doc.record.year, std::optional<int>(2024));
    QVERIFY(doc.conflicts.isEmpty());
}

QTEST_APPLESS_MAIN(TestRecordMerge)
#include "tst_record_merge.moc"
