// The printed self-assessment and appraisal tables and the chart data, from literal values (a
// generated criteria set, not a source document); the CSV rendering checks the cells reach a file.
#include "charts/AssessmentChartData.h"
#include "report/AssessmentAppendix.h"
#include "report/CsvExport.h"

#include <QTest>

using namespace pardesk;

namespace {

CriteriaNode node(const QString &code, const QString &parent, CriteriaLevel level, std::optional<double> max,
                  const QString &label = {})
{
    CriteriaNode n;
    n.code = code;
    n.parentCode = parent;
    n.level = level;
    n.label = label;
    n.maxPoints = max;
    return n;
}

CriteriaSet generated()
{
    CriteriaSet s;
    s.key = QStringLiteral("TEST.print");
    s.name = QStringLiteral("Bộ tiêu chí thử (dữ liệu sinh cho kiểm thử)");
    s.nodes = {node("1", {}, CriteriaLevel::Area, 3, "Lĩnh vực thử"), node("1.1", "1", CriteriaLevel::Criterion, 2, "Tiêu chí thử"),
               node("1.1.1", "1.1", CriteriaLevel::SubCriterion, 1, "Thành phần một"),
               node("1.1.2", "1.1", CriteriaLevel::SubCriterion, 1, "Thành phần hai"),
               node("1.2", "1", CriteriaLevel::SubCriterion, std::nullopt)}; // an unnamed place
    return s;
}

} // namespace

class TestAssessAppendix : public QObject {
    Q_OBJECT
private slots:
    void selfAssessmentTable();
    void appraisalTableKeepsBothNumbers();
    void rankingAndChartData();
};

void TestAssessAppendix::selfAssessmentTable()
{
    AssessmentHeader h;
    h.agencyName = QStringLiteral("Sở thử");
    h.period = QStringLiteral("202403");
    const QList<AssessmentScore> scores{{"1.1.1", 1, {}, std::nullopt, {}}, {"1.1.2", 0.25, "Mới làm một phần", std::nullopt, {}}};
    const QList<Evidence> evidence{{1, "1.1.1", "document", {}, {}, 0, "12/KH-UBND", "2024-03-05"},
                                   {2, "1.1.1", "file", "bien-ban.pdf", "ab", 10, {}, {}}};
    const AppendixTable t = AssessmentAppendix::build(generated(), h, scores, evidence, "UBND TỈNH THỬ", false);
    QCOMPARE(t.columns.size(), 6); // STT, criterion, max, self-assessed, explanation, evidence
    QCOMPARE(t.rows.size(), 6);    // five nodes and the total
    QCOMPARE(t.rows[0].kind, RowKind::Group);
    QCOMPARE(t.rows[0].cells[3].number, std::optional<double>(1.25)); // the area adds its sub-criteria
    QCOMPARE(t.rows[1].cells[3].number, std::optional<double>(1.25));
    QVERIFY(t.rows[1].bold);
    QCOMPARE(t.rows[3].cells[3].text, QStringLiteral("0,25"));
    QCOMPARE(t.rows[3].cells[4].text, QStringLiteral("Mới làm một phần"));
    QCOMPARE(t.rows[2].cells[5].text, QStringLiteral("12/KH-UBND (05/03/2024); bien-ban.pdf"));
    QCOMPARE(t.rows[4].cells[1].text, QStringLiteral("(not named in the source)"));
    QVERIFY(!t.rows[4].cells[2].number); // no stated maximum: blank, not 0
    QVERIFY(!t.rows[4].cells[3].number); // not scored: blank, not 0
    QCOMPARE(t.rows[5].cells[2].number, std::optional<double>(3));
    QCOMPARE(t.rows[5].cells[3].number, std::optional<double>(1.25));

    const QString csv = QString::fromUtf8(CsvExport::toBytes(t));
    QVERIFY2(csv.contains(QStringLiteral("Mới làm một phần")), qPrintable(csv));
}

void TestAssessAppendix::appraisalTableKeepsBothNumbers()
{
    AssessmentHeader h;
    const QList<AssessmentScore> scores{{"1.1.1", 1, {}, 0, "Không có biên bản"}, {"1.1.2", 1, {}, 1, {}}};
    const AppendixTable t = AssessmentAppendix::build(generated(), h, scores, {}, {}, true);
    QCOMPARE(t.columns.size(), 8);
    QCOMPARE(t.rows[2].cells[3].number, std::optional<double>(1));
    QCOMPARE(t.rows[2].cells[4].number, std::optional<double>(0));
    QCOMPARE(t.rows[2].cells[7].text, QStringLiteral("Không có biên bản"));
    QCOMPARE(t.rows.last().cells[3].number, std::optional<double>(2));
    QCOMPARE(t.rows.last().cells[4].number, std::optional<double>(1));

    // Sent, not appraised yet: the council's column is blank to fill by hand, its sums too (not 0).
    const QList<AssessmentScore> sent{{"1.1.1", 1, {}, std::nullopt, {}}};
    const AppendixTable worksheet = AssessmentAppendix::build(generated(), h, sent, {}, {}, true);
    QVERIFY(!worksheet.rows[0].cells[4].number);
    QVERIFY(!worksheet.rows.last().cells[4].number);
    QCOMPARE(worksheet.rows.last().cells[3].number, std::optional<double>(1));
}

void TestAssessAppendix::rankingAndChartData()
{
    ProvincePicture p;
    p.year = 2024;
    p.setKey = QStringLiteral("TEST.print");
    p.agencies = {{"B", "Sở B", "draft", "202404", 1.5, 1}, {"A", "Sở A", "appraised", "202403", 1, 2},
                  {"C", "Sở C", "not_started", {}, 0, std::nullopt}};
    p.areas = {{"1", "Lĩnh vực thử", 3, 1.8, 2, 0, 2.5, 2023, 5, 63}};
    p.total.max = 3;
    const AppendixTable t = AssessmentAppendix::ranking(p, QStringLiteral("Bộ tiêu chí thử"), {});
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows[0].cells[0].text, QStringLiteral("1"));
    QCOMPARE(t.rows[2].cells[3].text, QStringLiteral("not started"));
    QVERIFY(!t.rows[2].cells[4].number);

    const AssessmentChartData c = AssessmentChartData::build(p, {{"202403", 1.2}, {"202404", 1.8}});
    QCOMPARE(c.areas.size(), 1);
    QCOMPARE(c.areas[0].achieved, 1.8);
    QCOMPARE(*c.areas[0].lost, 3 - 1.8);
    QCOMPARE(c.ranking.size(), 2); // the agency not started is not ranked
    QCOMPARE(c.officialLine, std::optional<double>(2.5));
    QCOMPARE(c.maxLine, std::optional<double>(3));
    QCOMPARE(c.totals.size(), 2);
}

QTEST_GUILESS_MAIN(TestAssessAppendix)
#include "tst_assess_appendix.moc"
