// Aggregation across agencies, levels and periods on a small store whose arithmetic is written out
// beside each expectation (SmallProvince), then on the bundled dataset.
#include "SmallProvince.h"
#include "aggregate/CumulativeRule.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestAggregator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_store = test::SmallProvince::build(); }

    void cumulativeWording_data();
    void cumulativeWording();
    void cumulativeItemsOfTheBundledForm();

    void ratioSumsNumeratorsAndDenominators();
    void missingIsNotZero();
    void scopes();
    void agencyValidity();
    void periodRollUp();
    void cumulativeKeptApart();
    void totalsPercentagesAndAnswers();
    void refusesWhatItCannotResolve();
    void bundledSubmission();

private:
    Aggregate agg(const QString &code, const AgencyScope &scope, const QStringList &periods)
    {
        const Aggregator aggregator = m_store->load();
        const auto a = aggregator.aggregate(code, scope, periods);
        if (!a)
            qFatal("%s", qPrintable(a.error()));
        return a.value();
    }
    AgencyScope level(const char *level) { return AgencyScope::atLevel(QStringLiteral("TS"), QString::fromLatin1(level)); }

    std::unique_ptr<test::SmallProvince> m_store;
    const QStringList q1 = {QStringLiteral("2024Q1")};
    const QStringList q2 = {QStringLiteral("2024Q2")};
    const QStringList half = {QStringLiteral("2024Q2"), QStringLiteral("2024Q1")}; // any order
};

void TestAggregator::cumulativeWording_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cumulative");
    QTest::newRow("hint of seed 002 row 1.2") << "Lũy kế đến thời điểm báo cáo" << true;
    QTest::newRow("in a label, lower case") << "Thực hiện tự chủ tài chính (lũy kế đến thời điểm báo cáo)" << true;
    QTest::newRow("tone mark on the y") << "Số lượng (luỹ kế)" << true;
    QTest::newRow("capitals") << "LŨY KẾ TỪ ĐẦU NĂM" << true;
    QTest::newRow("decomposed marks") << QString(QStringLiteral("Lũy kế")).normalized(QString::NormalizationForm_D) << true;
    QTest::newRow("a stock at the reporting date") << "Tổng số biên chế có mặt tại thời điểm báo cáo" << true;
    QTest::newRow("in the period") << "Số biên chế đã tinh giản trong kỳ báo cáo" << false;
    QTest::newRow("plain count") << "Số văn bản chỉ đạo CCHC đã ban hành" << false;
    QTest::newRow("empty") << "" << false;
}

void TestAggregator::cumulativeWording()
{
    QFETCH(QString, text);
    QFETCH(bool, cumulative);
    QCOMPARE(CumulativeRule::saysCumulative(text), cumulative);
}

void TestAggregator::cumulativeItemsOfTheBundledForm()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bundled.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    const auto values = FormValues::load(db.value()->connection(), QStringLiteral("TQ-PL02-CCHC"));
    QVERIFY2(values, qPrintable(values.error()));
    QStringList cumulative;
    for (const auto &item : values->items())
        if (item.cumulative)
            cumulative.append(item.code);
    // 1.2 by its hint (and its numerator and denominator under it); 4.2.2 and 4.3.2 "tại thời điểm
    // báo cáo"; 5.3 "(Lũy kế …" in its label; the heading 6.2 "(lũy kế …)" and every row under it.
    QCOMPARE(cumulative, (QStringList{"1.2", "1.2.1", "1.2.2", "4.2.2", "4.3.2", "5.3", "6.2", "6.2.1", "6.2.2", "6.2.3",
                                      "6.2.4", "6.2.4.1", "6.2.4.2", "6.2.4.3", "6.2.5", "6.2.6"}));
}

void TestAggregator::ratioSumsNumeratorsAndDenominators()
{
    const Aggregate a = agg(QStringLiteral("1"), level("department"), q1);
    QCOMPARE(a.method, Aggregate::Method::Ratio);
    // D1 3 of 4 (75 %), D2 5 of 6 (83,3 %): (3 + 5) / (4 + 6) = 80 %, not their mean 79,17 %.
    QCOMPARE(*a.numerator, 3.0 + 5.0);
    QCOMPARE(*a.denominator, 4.0 + 6.0);
    QCOMPARE(*a.value, (3.0 + 5.0) / (4.0 + 6.0) * 100.0);
    QVERIFY(qAbs(*a.value - (75.0 + 500.0 / 6.0) / 2.0) > 0.5);
    QCOMPARE(a.covered, 2);
    QCOMPARE(a.expected, 2);

    // The whole province: D1, D2, H1 (10 of 10) and X1 (0 of 0: it reported, so it covers);
    // P and X2 sent nothing, H0 not these items. (3 + 5 + 10 + 0) / (4 + 6 + 10 + 0).
    const Aggregate all = agg(QStringLiteral("1"), AgencyScope::wholeProvince(QStringLiteral("TS")), q1);
    QCOMPARE(*all.value, 18.0 / 20.0 * 100.0);
    QCOMPARE(all.covered, 4);
    QCOMPARE(all.expected, 7);

    // Only agencies with both parts count: H1 wrote "-" for 1.2 in 2024Q2. (5 + 1) / (5 + 5).
    const Aggregate q2all = agg(QStringLiteral("1"), AgencyScope::wholeProvince(QStringLiteral("TS")), q2);
    QCOMPARE(*q2all.numerator, 6.0);
    QCOMPARE(*q2all.denominator, 10.0);
    QCOMPARE(q2all.covered, 2);

    // 0 of 0 is covered but has no percentage.
    const Aggregate commune = agg(QStringLiteral("1"), level("commune"), q1);
    QCOMPARE(commune.covered, 1);
    QCOMPARE(*commune.denominator, 0.0);
    QVERIFY(!commune.value);
}

void TestAggregator::missingIsNotZero()
{
    // D1 wrote 10, D2 left item 2 empty: 10 from one of two agencies, not a total of two.
    const Aggregate a = agg(QStringLiteral("2"), level("department"), q1);
    QCOMPARE(*a.value, 10.0);
    QCOMPARE(a.covered, 1);
    QCOMPARE(a.expected, 2);
    // P never reports: no value at all, rather than 0.
    const Aggregate none = agg(QStringLiteral("2"), level("province"), q1);
    QVERIFY(!none.value);
    QCOMPARE(none.covered, 0);
    QCOMPARE(none.expected, 1);
}

void TestAggregator::scopes()
{
    const Aggregator aggregator = m_store->load();
    // H1 and its communes: H1 4, X1 1, X2 sent nothing in 2024Q1.
    const auto h1 = aggregator.aggregate(QStringLiteral("2"), AgencyScope::subtree(m_store->agency[QStringLiteral("H1")]), q1);
    QVERIFY2(h1, qPrintable(h1.error()));
    QCOMPARE(*h1->value, 4.0 + 1.0);
    QCOMPARE(h1->covered, 2);
    QCOMPARE(h1->expected, 3);
    // P's descendants are every agency: the same as the province.
    const auto p = aggregator.aggregate(QStringLiteral("2"), AgencyScope::subtree(m_store->agency[QStringLiteral("P")]), q1);
    const auto province = aggregator.aggregate(QStringLiteral("2"), AgencyScope::wholeProvince(QStringLiteral("TS")), q1);
    QCOMPARE(p.value(), province.value());
    // D1 10 + H1 4 + X1 1 + H0 7.
    QCOMPARE(*province->value, 10.0 + 4.0 + 1.0 + 7.0);
    QCOMPARE(*agg(QStringLiteral("2"), level("district"), q1).value, 4.0 + 7.0);
}

void TestAggregator::agencyValidity()
{
    // H0 ended on 31/3/2024: expected in 2024Q1, not in 2024Q2.
    QCOMPARE(agg(QStringLiteral("2"), level("district"), q1).expected, 2);
    QCOMPARE(agg(QStringLiteral("2"), level("district"), q2).expected, 1);
    // Over both quarters it was expected in one; it gave that one, so it covers: H0 7, and H1 4 + 6.
    const Aggregate a = agg(QStringLiteral("2"), level("district"), half);
    QCOMPARE(a.expected, 2);
    QCOMPARE(a.covered, 2);
    QCOMPARE(*a.value, 7.0 + 4.0 + 6.0);
}

void TestAggregator::periodRollUp()
{
    // Period values add up: D1 10 + 12; D2 left 2024Q1 empty, so it does not cover the half year.
    const Aggregate count = agg(QStringLiteral("2"), level("department"), half);
    QCOMPARE(*count.value, 10.0 + 12.0);
    QCOMPARE(count.covered, 1);
    QCOMPARE(count.expected, 2);
    QVERIFY(!count.cumulative);
    // The ratio over the half year: (3 + 5 + 5 + 1) / (4 + 6 + 5 + 5), not a mean of quarters.
    const Aggregate ratio = agg(QStringLiteral("1"), level("department"), half);
    QCOMPARE(*ratio.numerator, 3.0 + 5.0 + 5.0 + 1.0);
    QCOMPARE(*ratio.denominator, 4.0 + 6.0 + 5.0 + 5.0);
    QCOMPARE(*ratio.value, 14.0 / 20.0 * 100.0);
    // The communes: X1 reported 2024Q1 only, X2 2024Q2 only: neither has the half year.
    const Aggregate communes = agg(QStringLiteral("2"), level("commune"), half);
    QCOMPARE(communes.covered, 0);
    QVERIFY(!communes.value);
}

void TestAggregator::cumulativeKeptApart()
{
    // Item 3 is "lũy kế": over the half year the latest quarter stands, D1 9 + D2 7, not 5 + 7 + 9 + 7.
    const Aggregate a = agg(QStringLiteral("3"), level("department"), half);
    QVERIFY(a.cumulative);
    QCOMPARE(*a.value, 9.0 + 7.0);
    QCOMPARE(a.covered, 2);
    // Within one quarter it adds up across agencies as any count: D1 5 + D2 7 + H1 2.
    QCOMPARE(*agg(QStringLiteral("3"), AgencyScope::wholeProvince(QStringLiteral("TS")), q1).value, 5.0 + 7.0 + 2.0);
    // H1 gave it in 2024Q1 but not in 2024Q2: its running total at the half year is unknown.
    const Aggregate h1 = agg(QStringLiteral("3"), level("district"), half);
    QCOMPARE(h1.covered, 0);
    QVERIFY(!h1.value);
}

void TestAggregator::totalsPercentagesAndAnswers()
{
    // Item 4 = 4.1 + 4.2. D1 from its parts, 2 + 3; D2 wrote a total of 9 with 4.2 empty, so its
    // own total stands.
    const Aggregate total = agg(QStringLiteral("4"), level("department"), q1);
    QCOMPARE(total.method, Aggregate::Method::Sum);
    QCOMPARE(*total.value, (2.0 + 3.0) + 9.0);
    QCOMPARE(total.covered, 2);
    // A percentage with no numerator and denominator is never added up or averaged.
    const Aggregate percent = agg(QStringLiteral("5"), level("department"), q1);
    QCOMPARE(percent.method, Aggregate::Method::None);
    QVERIFY(!percent.value);
    QCOMPARE(percent.covered, 1);
    // Yes/no: how many answered yes; across periods the latest answer stands (D1: 1, then 0).
    QCOMPARE(*agg(QStringLiteral("6"), level("department"), q1).value, 1.0);
    const Aggregate answer = agg(QStringLiteral("6"), level("department"), half);
    QVERIFY(answer.cumulative);
    QCOMPARE(*answer.value, 0.0);
    QCOMPARE(answer.covered, 1);
}

void TestAggregator::refusesWhatItCannotResolve()
{
    const Aggregator aggregator = m_store->load();
    const AgencyScope province = AgencyScope::wholeProvince(QStringLiteral("TS"));
    const auto noItem = aggregator.aggregate(QStringLiteral("9.9"), province, q1);
    QVERIFY(!noItem);
    QVERIFY(noItem.error().contains(QStringLiteral("9.9")));
    const auto noPeriod = aggregator.aggregate(QStringLiteral("2"), province, {QStringLiteral("2030Q1")});
    QVERIFY(!noPeriod);
    QVERIFY(noPeriod.error().contains(QStringLiteral("2030Q1")));
    QVERIFY(!aggregator.aggregate(QStringLiteral("2"), province, {}));
    const auto badLevel = aggregator.aggregate(QStringLiteral("2"), level("ward"), q1);
    QVERIFY(!badLevel);
    QVERIFY(badLevel.error().contains(QStringLiteral("ward")));
    QVERIFY(!aggregator.aggregate(QStringLiteral("2"), AgencyScope::subtree(999999), q1));
    const auto noForm = Aggregator::load(m_store->db->connection(), QStringLiteral("NO-FORM"));
    QVERIFY(!noForm);
    QVERIFY(noForm.error().contains(QStringLiteral("NO-FORM")));
    const auto cycle = Aggregator::load(m_store->db->connection(), QStringLiteral("TS-CYCLE"));
    QVERIFY(!cycle);
    QVERIFY2(cycle.error().contains(QStringLiteral("1 → 2 → 1")), qPrintable(cycle.error()));
    const auto lacking = Aggregator::load(m_store->db->connection(), QStringLiteral("TS-LACKING"));
    QVERIFY(!lacking);
    QVERIFY2(lacking.error().contains(QStringLiteral("1.2")), qPrintable(lacking.error()));
}

void TestAggregator::bundledSubmission()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bundled.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    const auto aggregator = Aggregator::load(db.value()->connection(), QStringLiteral("TQ-PL02-CCHC"));
    QVERIFY2(aggregator, qPrintable(aggregator.error()));
    QSqlQuery q(db.value()->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM agencies WHERE province = 'TQ' AND level = 'department'"));
    QVERIFY(q.next());
    const int departments = q.value(0).toInt();
    const QStringList s1 = {QStringLiteral("2022S1")};
    const AgencyScope tq = AgencyScope::atLevel(QStringLiteral("TQ"), QStringLiteral("department"));
    // Seed 002: Sở TT&TT completed 2 of the 6 tasks of its plan (1.2.2 and 1.2.1), cumulative.
    const auto plan = aggregator->aggregate(QStringLiteral("1.2"), tq, s1);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(*plan->value, 2.0 / 6.0 * 100.0);
    QVERIFY(plan->cumulative);
    QCOMPARE(plan->covered, 1);
    QCOMPARE(plan->expected, departments);
    // 3.1.4 = 3.1.4.1 + 3.1.4.2 + 3.1.4.3 = 43 + 2 + 0.
    QCOMPARE(*aggregator->aggregate(QStringLiteral("3.1.4"), tq, s1)->value, 43.0 + 2.0 + 0.0);
    // 7.5.2 is a percentage written without its parts ("100%"): only its coverage.
    const auto written = aggregator->aggregate(QStringLiteral("7.5.2"), tq, s1);
    QVERIFY(!written->value);
    QCOMPARE(written->covered, 1);
}

QTEST_GUILESS_MAIN(TestAggregator)
#include "tst_aggregator.moc"
