// The index scores view: PAR Index criteria by points lost, PAPI year over year, SIPAS against
// the averages, each with its source, as the core computes them from the store.
#include "ViewTestSupport.h"
#include "plans/PlanFormat.h"
#include "plans/ScoresView.h"
#include "scores/IndexScores.h"
#include "store/Store.h"
#include "text/NumberFormat.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QUndoStack>

using namespace pardesk;

class TestScoresView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void parCriteriaSortedByPointsLost();
    void papiYearOverYear();
    void sipasAgainstTheAverages();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    QList<Score> m_scores;
};

void TestScoresView::initTestCase()
{
    installLanguage(defaultLanguage());
    m_db = test::openStore(m_dir);
    m_scores = Scores(m_db->database().connection()).list().value();
}

void TestScoresView::parCriteriaSortedByPointsLost()
{
    ScoresView view(*m_db, nullptr);
    QAbstractItemModel *par = view.parView()->model();
    QAbstractItemModelTester tester(par, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ParArea> areas = IndexScores::parAreas(m_scores);
    QCOMPARE(areas.size(), 1); // Trà Vinh's e-government area, 2022 (seed 004)
    const ParArea &area = areas.first();
    QVERIFY(area.criteria.size() > 3);

    // Row 0: the area itself (10,1352 of 13,5), then its criteria.
    QCOMPARE(par->index(0, 0).data().toString(), area.area.code);
    QVERIFY(par->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    // Two decimals shown, the published four on hover: 10,14 and 10,1352.
    QCOMPARE(par->index(0, 2).data().toString(), PlanFormat::number(*area.area.achieved, 2));
    QCOMPARE(par->index(0, 2).data(Qt::ToolTipRole).toString(), PlanFormat::number(*area.area.achieved, 4));
    QCOMPARE(par->index(1, 2).data().toString(), PlanFormat::number(*area.criteria.first().achieved, 2));
    QCOMPARE(par->index(1, 2).data(Qt::ToolTipRole).toString(), PlanFormat::number(*area.criteria.first().achieved, 4));
    double previous = *area.area.lost();
    QStringList codes;
    for (int row = 1; row <= area.criteria.size(); ++row) {
        codes << par->index(row, 0).data().toString();
        const ParsedNumber lost = parseNumber(par->index(row, ScoresView::kParLostColumn).data().toString());
        QVERIFY(lost.isNumber());
        QVERIFY2(lost.value <= previous + 1e-9, qPrintable(codes.last()));
        previous = lost.value;
        QVERIFY(!par->index(row, 6).data().toString().isEmpty()); // its source
    }
    QStringList expected;
    for (const ParCriterion &c : area.criteria)
        expected << c.code;
    QCOMPARE(codes, expected);
    // 7.III.7 (online dossiers, 0,2734 of 1,5) loses the most: 1,2266 points.
    QCOMPARE(codes.first(), QStringLiteral("7.III.7"));
    QVERIFY(view.findChildren<QLabel *>().size() > 3);
    bool sourceNamed = false;
    for (const QLabel *label : view.findChildren<QLabel *>())
        sourceNamed = sourceNamed || label->text().contains(QStringLiteral("37/KH-STTTT-VP"));
    QVERIFY(sourceNamed);
}

void TestScoresView::papiYearOverYear()
{
    ScoresView view(*m_db, nullptr);
    QAbstractItemModel *papi = view.papiView()->model();
    QAbstractItemModelTester tester(papi, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<YearOverYear> rows = IndexScores::papi(m_scores, QStringLiteral("TV"), 2021, 2022);
    QCOMPARE(papi->rowCount(), rows.size());
    QCOMPARE(papi->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2021"));
    QCOMPARE(papi->headerData(3, Qt::Horizontal).toString(), QStringLiteral("2022"));
    for (int row = 0; row < rows.size(); ++row) {
        QCOMPARE(papi->index(row, 0).data().toString(), rows[row].code);
        const ParsedNumber change = parseNumber(papi->index(row, 4).data().toString().replace(QStringLiteral("−"), QStringLiteral("-")));
        QVERIFY(change.isNumber());
        QVERIFY(qAbs(change.value - *rows[row].change()) < 0.005);
    }
}

void TestScoresView::sipasAgainstTheAverages()
{
    ScoresView view(*m_db, nullptr);
    QAbstractItemModel *sipas = view.sipasView()->model();
    QAbstractItemModelTester tester(sipas, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<SipasComparison> rows = IndexScores::sipas(m_scores);
    QCOMPARE(sipas->rowCount(), rows.size());
    // The agency's 99% against the province's 81,93%: 99 − 81,93 = 17,07 points above.
    QCOMPARE(sipas->index(0, 4).data().toString(), QStringLiteral("+") + PlanFormat::number(17.07));
}

void TestScoresView::screenshot()
{
    ScoresView view(*m_db, nullptr);
    view.retranslate();
    QVERIFY(!test::screenshot(view, QStringLiteral("scores.png"), m_dir.path()).isEmpty());
}

QTEST_MAIN(TestScoresView)
#include "tst_scores_view.moc"
