// Criteria sets of the PAR index self-assessment: the check of a set, the points a sub-criterion
// accepts, the running totals, and storing a set in a real store. The sets here are literal test
// data written for these tests (generated, not from a source document).
#include "CriteriaNodes.h"
#include "assessment/AssessmentTotals.h"
#include "assessment/CriteriaSetCheck.h"
#include "assessment/ScoreRules.h"
#include "dataset/CriteriaSetJson.h"
#include "store/CriteriaSets.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pardesk;
using pardesk::test::criteriaNode;
using pardesk::test::generatedSet;

namespace {

CriteriaNode node(int row, const QString &code, const QString &parent, CriteriaLevel level, std::optional<double> max,
                  ScoringKind kind = ScoringKind::Points)
{
    return test::criteriaNode(row, code, parent, level, max, kind);
}

// Generated: an area of 3 points, two criteria (2 + 1), four sub-criteria.
CriteriaSet sample()
{
    CriteriaSet s;
    s.key = QStringLiteral("TEST.generated");
    s.name = QStringLiteral("Bộ tiêu chí thử (dữ liệu sinh cho kiểm thử)");
    s.yearFrom = 2024;
    s.agencyGroup = QStringLiteral("department");
    s.nodes = {node(1, "1", {}, CriteriaLevel::Area, 3),
               node(2, "1.1", "1", CriteriaLevel::Criterion, 2),
               node(3, "1.1.1", "1.1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
               node(4, "1.1.2", "1.1", CriteriaLevel::SubCriterion, 1, ScoringKind::Ratio),
               node(5, "1.2", "1", CriteriaLevel::Criterion, 1),
               node(6, "1.2.1", "1.2", CriteriaLevel::SubCriterion, 1, ScoringKind::Levels),
               node(7, "1.2.2", "1.2", CriteriaLevel::SubCriterion, 0.5, ScoringKind::Deduction)};
    s.nodes[3].rateForm = QStringLiteral("TQ.PL02");
    s.nodes[3].rateFormula = QStringLiteral(R"({"op":"ratio","num":"7.6.4.2","den":"7.6.4"})");
    s.nodes[5].levels = {{QStringLiteral("Chưa"), 0}, {QStringLiteral("Một phần"), 0.5}, {QStringLiteral("Đủ"), 1}};
    return s;
}

QStringList blocking(const QList<CriteriaProblem> &problems)
{
    QStringList out;
    for (const CriteriaProblem &p : problems)
        if (p.blocking)
            out << p.message;
    return out;
}

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestAssessCriteria : public QObject {
    Q_OBJECT
private slots:
    void goodSetPasses();
    void duplicateCodeNamesBothRows();
    void childrenMustAddUpToParent();
    void unstatedMaximaAreANoteNotARefusal();
    void unknownParentAndWrongLevel();
    void parentsComeFirst();
    void badFormulaAndLevels();
    void acceptedPoints_data();
    void acceptedPoints();
    void ratioPoints();
    void totalsAndLostPoints();
    void importStoresTheTreeAndAudits();
    void badSetChangesNothing();
    void jsonCarriesEveryField();
    void jsonRefusesWhatItCannotRead();
};

void TestAssessCriteria::goodSetPasses()
{
    const auto problems = CriteriaSetCheck::check(sample());
    QVERIFY2(problems.isEmpty(), qPrintable(CriteriaSetCheck::summary(problems)));
    QVERIFY(CriteriaSetCheck::acceptable(problems));
}

void TestAssessCriteria::duplicateCodeNamesBothRows()
{
    CriteriaSet s = sample();
    s.nodes[6].code = QStringLiteral("1.2.1");
    const QStringList messages = blocking(CriteriaSetCheck::check(s));
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.first().contains(u"7") && messages.first().contains(u"1.2.1") && messages.first().contains(u"6"),
             qPrintable(messages.join(u'\n')));
}

void TestAssessCriteria::childrenMustAddUpToParent()
{
    CriteriaSet s = sample();
    s.nodes[3].maxPoints = 1.5; // 1.1 now has 1 + 1,5 = 2,5 under a maximum of 2, and area 1 still says 3
    const QStringList messages = blocking(CriteriaSetCheck::check(s));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"1.1") && messages.first().contains(u"2,5") && messages.first().contains(u"Row 2"),
             qPrintable(messages.first()));
}

void TestAssessCriteria::unstatedMaximaAreANoteNotARefusal()
{
    CriteriaSet s = sample();
    s.nodes[5].maxPoints.reset();
    s.nodes[5].label.clear(); // an unnamed place, as a source that counts it without naming it
    s.nodes[5].kind = ScoringKind::Points;
    const auto problems = CriteriaSetCheck::check(s);
    QVERIFY2(CriteriaSetCheck::acceptable(problems), qPrintable(CriteriaSetCheck::summary(problems)));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(u"1.2"));
    QVERIFY(!problems.first().blocking);

    s.nodes[2].maxPoints = 2.5; // the stated ones exceed the parent's maximum: refused
    QVERIFY(!CriteriaSetCheck::acceptable(CriteriaSetCheck::check(s)));
}

void TestAssessCriteria::unknownParentAndWrongLevel()
{
    CriteriaSet s = sample();
    s.nodes[2].parentCode = QStringLiteral("9.9");
    s.nodes[4].level = CriteriaLevel::Area; // an area under an area
    const QStringList messages = blocking(CriteriaSetCheck::check(s));
    QVERIFY(messages.join(u'\n').contains(u"9.9"));
    QVERIFY(messages.join(u'\n').contains(u"Row 5"));
}

void TestAssessCriteria::parentsComeFirst()
{
    CriteriaSet s = sample();
    for (CriteriaNode &n : s.nodes)
        n.row = 0; // a set built in code has no sheet rows: order alone decides
    QVERIFY(CriteriaSetCheck::acceptable(CriteriaSetCheck::check(s)));
    s.nodes.swapItemsAt(1, 2); // 1.1.1 before its parent 1.1
    const QStringList messages = blocking(CriteriaSetCheck::check(s));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"1.1.1") && messages.first().contains(u"before"), qPrintable(messages.first()));
}

void TestAssessCriteria::badFormulaAndLevels()
{
    CriteriaSet s = sample();
    s.nodes[3].rateFormula = QStringLiteral("{\"op\":\"avg\"}");
    s.nodes[5].levels.append({QStringLiteral("Vượt"), 1.5});
    const QStringList messages = blocking(CriteriaSetCheck::check(s));
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages[0].contains(u"1.1.2"));
    QVERIFY(messages[1].contains(u"Vượt") && messages[1].contains(u"1,5"));
}

void TestAssessCriteria::acceptedPoints_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("points");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("yes/no: the maximum") << 2 << 1.0 << true;
    QTest::newRow("yes/no: nothing") << 2 << 0.0 << true;
    QTest::newRow("yes/no: half") << 2 << 0.5 << false;
    QTest::newRow("ratio: within") << 3 << 0.2734 << true;
    QTest::newRow("ratio: above max") << 3 << 1.0001 << false;
    QTest::newRow("ratio: negative") << 3 << -0.1 << false;
    QTest::newRow("levels: a level") << 5 << 0.5 << true;
    QTest::newRow("levels: off the levels") << 5 << 0.75 << false;
    QTest::newRow("deduction: within") << 6 << -0.25 << true;
    QTest::newRow("deduction: positive") << 6 << 0.25 << false;
    QTest::newRow("deduction: beyond") << 6 << -0.75 << false;
    QTest::newRow("criterion: not scored") << 1 << 1.0 << false;
}

void TestAssessCriteria::acceptedPoints()
{
    QFETCH(int, index);
    QFETCH(double, points);
    QFETCH(bool, accepted);
    const CriteriaNode n = sample().nodes[index];
    const Status s = ScoreRules::accept(n, points);
    QCOMPARE(s.ok(), accepted);
    if (!accepted)
        QVERIFY2(s.error().contains(n.code), qPrintable(s.error()));
}

void TestAssessCriteria::ratioPoints()
{
    QCOMPARE(ScoreRules::ratioPoints(1.5, 50), 0.75);
    QCOMPARE(ScoreRules::ratioPoints(1.5, 120), 1.5); // capped
    QCOMPARE(ScoreRules::ratioPoints(0.5, 60, 50), 0.5); // full points from 50%
    QCOMPARE(ScoreRules::ratioPoints(0.5, 25, 50), 0.25);
    QCOMPARE(ScoreRules::ratioPoints(1, -5), 0.0);
    QCOMPARE(ScoreRules::ratioPoints(1, 50, 0), 0.0); // no rule, no points
}

void TestAssessCriteria::totalsAndLostPoints()
{
    const CriteriaSet s = sample();
    const QHash<QString, double> points{{"1.1.1", 1}, {"1.1.2", 0.25}, {"1.2.2", -0.5}};
    const QList<NodeTotal> totals = AssessmentTotals::compute(s, points);
    QCOMPARE(totals.size(), s.nodes.size());
    QCOMPARE(totals[0].achieved, 0.75); // 1 + 0,25 − 0,5
    QCOMPARE(totals[0].scored, 3);
    QCOMPARE(totals[0].unscored, 1); // 1.2.1
    QCOMPARE(totals[0].lostScored, 1.25); // 0 + 0,75 + 0,5 deducted
    QCOMPARE(totals[1].achieved, 1.25);
    QCOMPARE(totals[4].achieved, -0.5);
    QCOMPARE(totals[4].unscored, 1);

    const QList<LostPoints> lost = AssessmentTotals::lost(s, points);
    QCOMPARE(lost.size(), 2);
    QCOMPARE(lost[0].code, QStringLiteral("1.1.2"));
    QCOMPARE(lost[0].lost(), 0.75);
    QCOMPARE(lost[1].code, QStringLiteral("1.2.2"));
    QCOMPARE(lost[1].lost(), 0.5);
}

void TestAssessCriteria::importStoresTheTreeAndAudits()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const CriteriaSets sets(store.value()->database().connection());
    const int auditBefore = count(store.value()->database().connection(), QStringLiteral("audit_log"));
    const auto id = sets.import(sample());
    QVERIFY2(id.ok(), qPrintable(id.error()));

    const auto back = sets.get(id.value());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->key, sample().key);
    QCOMPARE(back->nodes.size(), sample().nodes.size());
    QCOMPARE(back->nodes[5].levels.size(), 3);
    QCOMPARE(back->nodes[5].levels[1].points, 0.5);
    QCOMPARE(back->nodes[3].rateFormula, sample().nodes[3].rateFormula);
    QCOMPARE(back->nodes[6].kind, ScoringKind::Deduction);
    QVERIFY(CriteriaSetCheck::check(back.value()).isEmpty());
    QCOMPARE(count(store.value()->database().connection(), QStringLiteral("audit_log")), auditBefore + 1);

    const auto listed = sets.list();
    QVERIFY(listed.ok());
    bool found = false;
    for (const CriteriaSetSummary &s : listed.value())
        if (s.id == id.value()) {
            found = true;
            QCOMPARE(s.nodes, 7);
            QCOMPARE(s.maxPoints, std::optional<double>(3));
        }
    QVERIFY(found);

    const auto again = sets.import(sample()); // the same key twice
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(sample().key));
}

void TestAssessCriteria::badSetChangesNothing()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const QSqlDatabase db = store.value()->database().connection();
    const int sets = count(db, QStringLiteral("criteria_sets"));
    const int nodes = count(db, QStringLiteral("criteria_nodes"));
    const int audit = count(db, QStringLiteral("audit_log"));
    CriteriaSet bad = sample();
    bad.nodes[3].maxPoints = 1.5;
    const auto id = CriteriaSets(db).import(bad);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(u"1.1") && id.error().contains(u"Row 2"), qPrintable(id.error()));
    QCOMPARE(count(db, QStringLiteral("criteria_sets")), sets);
    QCOMPARE(count(db, QStringLiteral("criteria_nodes")), nodes);
    QCOMPARE(count(db, QStringLiteral("audit_log")), audit);
}

// The JSON of a set (the bundled dataset's format, carried by the packages): written and read back,
// every field of every kind of node comes back as it was.
void TestAssessCriteria::jsonCarriesEveryField()
{
    CriteriaSet set = generatedSet(QStringLiteral("TEST.json"),
                                   {criteriaNode(1, "1", {}, CriteriaLevel::Area, 6),
                                    criteriaNode(2, "1.1", "1", CriteriaLevel::Criterion, 6),
                                    criteriaNode(3, "1.1.1", "1.1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
                                    criteriaNode(4, "1.1.2", "1.1", CriteriaLevel::SubCriterion, 1, ScoringKind::Levels),
                                    criteriaNode(5, "1.1.3", "1.1", CriteriaLevel::SubCriterion, 2, ScoringKind::Ratio),
                                    criteriaNode(6, "1.1.4", "1.1", CriteriaLevel::SubCriterion, 1, ScoringKind::Survey),
                                    criteriaNode(7, "1.1.5", "1.1", CriteriaLevel::SubCriterion, 1, ScoringKind::Points),
                                    criteriaNode(8, "1.1.6", "1.1", CriteriaLevel::SubCriterion, 1, ScoringKind::Deduction),
                                    criteriaNode(9, "1.1.7", "1.1", CriteriaLevel::SubCriterion, std::nullopt)});
    set.document = QStringLiteral("1/QĐ-THU (dữ liệu sinh)");
    set.yearTo = 2026;
    set.province = QStringLiteral("TQ");
    set.note = QStringLiteral("ghi chú");
    set.source = QStringLiteral("sinh cho kiểm thử");
    set.nodes[3].levels = {{QStringLiteral("Chưa"), 0}, {QStringLiteral("Đủ"), 1}};
    set.nodes[4].rateFullAt = 80;
    set.nodes[4].rateForm = QStringLiteral("TQ-PL08-CQDT");
    set.nodes[4].rateFormula = QStringLiteral(R"({"op":"ratio","num":"1","den":"2"})");
    set.nodes[2].evidenceRequired = true;
    set.nodes[2].responsible = QStringLiteral("Sở Nội vụ");
    set.nodes[2].planDocument = QStringLiteral("TV-37-KH-STTTT-VP-2023");
    set.nodes[2].planStt = QStringLiteral("I.1");
    set.nodes[2].note = QStringLiteral("ghi chú của mục");
    set.nodes[2].source = QStringLiteral("nguồn của mục");
    set.nodes[8].label.clear(); // a place the source does not name

    QStringList errors;
    const CriteriaSet back = criteriajson::read(criteriajson::write(set), QStringLiteral("test"),
                                                criteriajson::Provenance::Optional, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(criteriajson::write(back), criteriajson::write(set));
    QCOMPARE(back.nodes.size(), set.nodes.size());
    for (qsizetype i = 0; i < set.nodes.size(); ++i) // every field of every node, the levels' labels and points too
        QVERIFY2(back.nodes[i] == set.nodes[i], qPrintable(QStringLiteral("node %1 changed in the round trip").arg(set.nodes[i].code)));
    QCOMPARE(back.nodes[3].levels[1].label, QStringLiteral("Đủ"));
    QCOMPARE(back.nodes[3].levels[1].points, 1.0);
    QVERIFY(back.nodes[8].unnamed());
    QCOMPARE(back.document, set.document);
    QCOMPARE(back.yearTo, 2026);
    QCOMPARE(back.province, set.province);
}

// Strict as the dataset's reader is: an unknown key, a wrong type, a word that is no level or kind,
// each named with the node; the bundled dataset also requires where each comes from.
void TestAssessCriteria::jsonRefusesWhatItCannotRead()
{
    const CriteriaSet set = generatedSet(QStringLiteral("TEST.json"),
                                         {criteriaNode(1, "1", {}, CriteriaLevel::Area, 1),
                                          criteriaNode(2, "1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo)});
    const auto readErrors = [](const QJsonObject &json, criteriajson::Provenance provenance) {
        QStringList errors;
        criteriajson::read(json, QStringLiteral("set"), provenance, &errors);
        return errors.join(u'\n');
    };
    QVERIFY(readErrors(criteriajson::write(set), criteriajson::Provenance::Optional).isEmpty());
    QVERIFY(readErrors(criteriajson::write(set), criteriajson::Provenance::Required).contains(u"\"src\""));

    const auto withNode = [&](const char *key, const QJsonValue &value) {
        QJsonObject json = criteriajson::write(set);
        QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
        QJsonObject node = nodes[1].toObject();
        node.insert(QLatin1String(key), value);
        nodes[1] = node;
        json.insert(QStringLiteral("nodes"), nodes);
        return readErrors(json, criteriajson::Provenance::Optional);
    };
    for (const QString &error : {withNode("max", QStringLiteral("one")), withNode("kind", QStringLiteral("guess")),
                                 withNode("level", QStringLiteral("leaf")), withNode("weight", 2),
                                 withNode("levels", QJsonArray{QJsonObject{{QStringLiteral("label"), 1}}})})
        QVERIFY2(error.contains(u"node 1.1"), qPrintable(error));
    QJsonObject noName = criteriajson::write(set);
    noName.remove(QStringLiteral("name"));
    QVERIFY(readErrors(noName, criteriajson::Provenance::Optional).contains(u"\"name\""));
}

QTEST_GUILESS_MAIN(TestAssessCriteria)
#include "tst_assess_criteria.moc"
