// Year-end projection from cumulative values: worked examples with their arithmetic written out.
#include "periods/Projection.h"

#include <QTest>

using namespace pardesk;

namespace {

// A comparator as the store writes it (">=", "~"), for readable rows.
Comparator c(const char *word)
{
    return comparatorFrom(QString::fromLatin1(word)).value();
}

const Period Q1 = Period::quarter(2024, 1);
const Period Q2 = Period::quarter(2024, 2);
const Period Q3 = Period::quarter(2024, 3);
const Period Q4 = Period::quarter(2024, 4);
const Period S1 = Period::half(2024, 1);
const Period N9 = Period::nineMonths(2024);
const Period Y = Period::wholeYear(2024);

bool close(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestProjection : public QObject {
    Q_OBJECT
private slots:
    void linearTrend_data();
    void linearTrend();
    void assumptionIsWrittenOut();
    void missingPeriodsAreSkipped();
    void onePointIsNoTrend();
    void noValueAtAll();
    void knownYearEnd();
    void sameMomentTwice();
    void refusals_data();
    void refusals();
    void meets_data();
    void meets();
    void periodValuesAreCumulatedFirst();
    void cumulateRefusals();
};

void TestProjection::linearTrend_data()
{
    QTest::addColumn<QList<PeriodValue>>("points");
    QTest::addColumn<double>("projected");
    QTest::addColumn<double>("perQuarter");
    // x = quarters elapsed, y = cumulative value; the year ends at x = 4.
    // (1, 20), (2, 35), (3, 50) lie on y = 5 + 15x → 5 + 60 = 65.
    QTest::newRow("exact line") << QList<PeriodValue>{{Q1, 20}, {S1, 35}, {N9, 50}} << 65.0 << 15.0;
    // (1, 10), (2, 30), (3, 35): mean x 2, mean y 25; Sxy = (−1)(−15) + 0 + (1)(10) = 25, Sxx = 2;
    // slope 12,5; 25 + 12,5 × (4 − 2) = 50.
    QTest::newRow("least squares") << QList<PeriodValue>{{Q1, 10}, {Q2, 30}, {Q3, 35}} << 50.0 << 12.5;
    // Two points: the line through them. (2, 40), (3, 46) → slope 6 → 46 + 6 = 52.
    QTest::newRow("two points, given out of order") << QList<PeriodValue>{{N9, 46}, {S1, 40}} << 52.0 << 6.0;
    // Lower is better (waiting time, minutes): (1, 30), (2, 28), (3, 26) → 26 − 2 = 24.
    QTest::newRow("falling") << QList<PeriodValue>{{Q1, 30}, {Q2, 28}, {Q3, 26}} << 24.0 << -2.0;
}

void TestProjection::linearTrend()
{
    QFETCH(QList<PeriodValue>, points);
    QFETCH(double, projected);
    QFETCH(double, perQuarter);
    const auto p = Projection::project(points);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QCOMPARE(p->method, YearEndProjection::Method::LinearTrend);
    QCOMPARE(p->year, 2024);
    QVERIFY2(close(*p->value, projected), qPrintable(QString::number(*p->value)));
    QVERIFY(close(*p->perQuarter, perQuarter));
    QCOMPARE(p->used.size(), points.size());
    QVERIFY(std::is_sorted(p->used.begin(), p->used.end()));
    QVERIFY(!p->meetsTarget.has_value()); // no target given
}

void TestProjection::assumptionIsWrittenOut()
{
    // The exact line above (year end 65) against "tối thiểu 60%" and "tối thiểu 70%".
    const QList<PeriodValue> points{{Q1, 20}, {S1, 35}, {N9, 50}};
    const auto met = Projection::project(points, c(">="), 60);
    QCOMPARE(met->meetsTarget, std::optional<bool>(true));
    QCOMPARE(met->assumption, QStringLiteral("Linear trend (least squares) of 3 cumulative values (2024Q1, 2024S1, "
                                             "2024N9), projected to the end of 2024."));
    QCOMPARE(Projection::project(points, c(">="), 70)->meetsTarget, std::optional<bool>(false));
    QCOMPARE(Projection::project(points, c("~"), 60, 5)->meetsTarget, std::optional<bool>(true));
    QCOMPARE(Projection::project(points, c("~"), 60, 4)->meetsTarget, std::optional<bool>(false));
    // Waiting time, "tối đa 25 phút": the falling trend reaches 24.
    QCOMPARE(Projection::project({{Q1, 30}, {Q2, 28}, {Q3, 26}}, c("<="), 25)->meetsTarget, std::optional<bool>(true));
}

void TestProjection::missingPeriodsAreSkipped()
{
    // Q2 has no value (not zero): (1, 10), (3, 30) → slope 10 → 30 + 10 = 40.
    const auto p = Projection::project({{Q1, 10}, {Q2, std::nullopt}, {Q3, 30}}, c(">"), 40);
    QVERIFY(p.ok());
    QVERIFY(close(*p->value, 40));
    QCOMPARE(p->used, (QList<Period>{Q1, Q3}));
    QCOMPARE(p->skipped, QList<Period>{Q2});
    QCOMPARE(p->meetsTarget, std::optional<bool>(false)); // 40 is not above 40
    QVERIFY2(p->assumption.contains(QStringLiteral("2 cumulative values (2024Q1, 2024Q3)")), qPrintable(p->assumption));
    QVERIFY2(p->assumption.endsWith(QStringLiteral("Skipped for lack of a value: 2024Q2.")), qPrintable(p->assumption));
}

void TestProjection::onePointIsNoTrend()
{
    const auto p = Projection::project({{Q1, 25}, {Q2, std::nullopt}}, c(">="), 50);
    QVERIFY(p.ok());
    QCOMPARE(p->method, YearEndProjection::Method::None);
    QVERIFY(!p->value.has_value());
    QVERIFY(!p->meetsTarget.has_value()); // unknown, not "not met"
    QCOMPARE(p->used, QList<Period>{Q1});
    QVERIFY2(p->assumption.startsWith(QStringLiteral("Only one value (2024Q1)")), qPrintable(p->assumption));
    QVERIFY(p->assumption.contains(QStringLiteral("2024Q2")));
}

void TestProjection::noValueAtAll()
{
    const auto p = Projection::project({{Q1, std::nullopt}, {S1, std::nullopt}});
    QVERIFY(p.ok());
    QCOMPARE(p->method, YearEndProjection::Method::None);
    QVERIFY(p->used.isEmpty());
    QCOMPARE(p->skipped.size(), 2);
    QVERIFY(p->assumption.contains(QStringLiteral("nothing to project")));
}

void TestProjection::knownYearEnd()
{
    const auto p = Projection::project({{Q1, 10}, {S1, 30}, {Y, 55}}, c("<="), 50);
    QVERIFY(p.ok());
    QCOMPARE(p->method, YearEndProjection::Method::Known);
    QCOMPARE(*p->value, 55.0);
    QCOMPARE(p->used, QList<Period>{Y});
    QCOMPARE(p->meetsTarget, std::optional<bool>(false));
    QVERIFY(p->assumption.contains(QStringLiteral("without projection")));
    // The fourth quarter's cumulative value is the year's.
    QCOMPARE(Projection::project({{Q1, 10}, {Q4, 48}})->value, std::optional<double>(48));
}

void TestProjection::sameMomentTwice()
{
    // Q2 and S1 are the same point in time when they agree: (1, 10), (2, 20) → 20 + 10 × 2 = 40.
    const auto p = Projection::project({{Q1, 10}, {Q2, 20}, {S1, 20}});
    QVERIFY(p.ok());
    QCOMPARE(p->used.size(), 2);
    QVERIFY(close(*p->value, 40));
}

void TestProjection::refusals_data()
{
    QTest::addColumn<QList<PeriodValue>>("points");
    QTest::addColumn<QString>("comparator");
    QTest::addColumn<bool>("hasTarget");
    QTest::addColumn<QString>("quoted"); // what the message must name
    QTest::newRow("nothing") << QList<PeriodValue>{} << QString() << false << QString();
    QTest::newRow("two years") << QList<PeriodValue>{{Q1, 1}, {Period::quarter(2023, 2), 2}} << QString() << false
                               << "2023Q2";
    QTest::newRow("Q2 and S1 disagree") << QList<PeriodValue>{{Q2, 20}, {S1, 21}} << QString() << false << "2024S1";
    QTest::newRow("comparison without target") << QList<PeriodValue>{{Q1, 1}, {Q2, 2}} << ">=" << false << ">=";
}

void TestProjection::refusals()
{
    QFETCH(QList<PeriodValue>, points);
    QFETCH(QString, comparator);
    QFETCH(bool, hasTarget);
    QFETCH(QString, quoted);
    const auto p = Projection::project(points, comparatorFrom(comparator).value(), hasTarget ? std::optional<double>(50) : std::nullopt);
    QVERIFY(!p.ok());
    QVERIFY(!p.error().isEmpty());
    QVERIFY2(p.error().contains(quoted), qPrintable(p.error()));
}

void TestProjection::meets_data()
{
    QTest::addColumn<double>("actual");
    QTest::addColumn<QString>("comparator");
    QTest::addColumn<double>("target");
    QTest::addColumn<bool>("met");
    QTest::newRow(">= equal") << 80.0 << ">=" << 80.0 << true;
    QTest::newRow(">= below") << 79.9 << ">=" << 80.0 << false;
    QTest::newRow("> equal") << 90.0 << ">" << 90.0 << false;
    QTest::newRow("> above") << 90.1 << ">" << 90.0 << true;
    QTest::newRow("= 100") << 100.0 << "=" << 100.0 << true;
    QTest::newRow("<= above") << 26.0 << "<=" << 25.0 << false;
    QTest::newRow("< below") << 24.0 << "<" << 25.0 << true;
    QTest::newRow("rounding of a fit") << 0.1 + 0.2 << ">=" << 0.3 << true; // 0.30000000000000004
    QTest::newRow("rounding the other way") << 89.99999999999 << ">=" << 90.0 << true;
}

void TestProjection::meets()
{
    QFETCH(double, actual);
    QFETCH(QString, comparator);
    QFETCH(double, target);
    QFETCH(bool, met);
    QCOMPARE(Projection::meets(actual, c(qPrintable(comparator)), target).value(), met);
}

void TestProjection::periodValuesAreCumulatedFirst()
{
    // Dossiers per quarter 5, 7, 6 → cumulative Q1 5, S1 12, N9 18. Mean x 2, mean y 35/3;
    // Sxy = (−1)(5 − 35/3) + (1)(18 − 35/3) = 13, Sxx = 2 → slope 6,5; 35/3 + 13 = 74/3.
    const auto cumulative = Projection::cumulate({{Q1, 5}, {Q2, 7}, {Q3, 6}});
    QVERIFY(cumulative.ok());
    QCOMPARE(cumulative->size(), 3);
    QCOMPARE(cumulative->at(1).period, S1);
    QCOMPARE(*cumulative->at(1).value, 12.0);
    QCOMPARE(*cumulative->at(2).value, 18.0);
    const auto p = Projection::project(cumulative.value());
    QVERIFY(close(*p->value, 74.0 / 3));

    // A missing quarter leaves every later total unknown; it is never read as zero.
    const auto gap = Projection::cumulate({{Q4, 4}, {Q1, 5}, {Q2, 7}, {Q3, std::nullopt}});
    QVERIFY(gap.ok());
    QCOMPARE(gap->size(), 4);
    QCOMPARE(gap->at(1).value, std::optional<double>(12));
    QVERIFY(!gap->at(2).value.has_value());
    QVERIFY(!gap->at(3).value.has_value());
    QCOMPARE(gap->at(3).period, Y);
    // A quarter not given at all is missing too.
    const auto absent = Projection::cumulate({{Q1, 5}, {Q3, 6}});
    QCOMPARE(absent->size(), 3);
    QVERIFY(!absent->at(1).value.has_value());
}

void TestProjection::cumulateRefusals()
{
    QVERIFY(!Projection::cumulate({{Q1, 5}, {S1, 7}}).ok());
    QVERIFY(!Projection::cumulate({{Q1, 5}, {Period::quarter(2023, 2), 7}}).ok());
    const auto twice = Projection::cumulate({{Q1, 5}, {Q1, 6}});
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().contains(QStringLiteral("2024Q1")));
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
