// Measuring actual values against targets: worked examples (the arithmetic in the comments), the
// seeds' own targets, per-level targets, and the status labels.
#include "store/Store.h"
#include "store/Database.h"
#include "targets/TargetEvaluation.h"

#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace pardesk;

Q_DECLARE_METATYPE(pardesk::Target)
Q_DECLARE_METATYPE(pardesk::EvaluationOptions)
Q_DECLARE_METATYPE(pardesk::EvaluationStatus)

namespace {

Target target(const QString &comparator, double value, const QString &unit = QStringLiteral("%"),
              const QString &kind = QStringLiteral("level"))
{
    Target t;
    t.kind = targetKindFrom(kind).value();
    t.comparator = comparatorFrom(comparator).value();
    t.value = value;
    t.unit = unit;
    t.direction = lowerIsBetter(t.comparator) ? Direction::Lower : Direction::Higher;
    return t;
}

Target withBaseline(Target t, double baseline)
{
    t.baselineValue = baseline;
    return t;
}

EvaluationOptions options(std::optional<double> tolerance, std::optional<double> baseline = std::nullopt)
{
    EvaluationOptions o;
    o.tolerance = tolerance;
    o.baseline = baseline;
    return o;
}

QVariant none()
{
    return {};
}

void compareOptional(const std::optional<double> &actual, const QVariant &expected, const char *what)
{
    QVERIFY2(actual.has_value() == expected.isValid(), what);
    if (actual)
        QVERIFY2(qFuzzyCompare(1.0 + *actual, 1.0 + expected.toDouble()),
                 qPrintable(QStringLiteral("%1: %2, expected %3").arg(what).arg(*actual).arg(expected.toDouble())));
}

} // namespace

class TestTargetEvaluation : public QObject {
    Q_OBJECT
private slots:
    void evaluates_data();
    void evaluates();
    void qualitativeAndMissing();
    void seedTargets();
    void perLevel();
    void labels();
};

void TestTargetEvaluation::evaluates_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<EvaluationOptions>("opts");
    QTest::addColumn<QVariant>("actual");
    QTest::addColumn<EvaluationStatus>("status");
    QTest::addColumn<QVariant>("gap");
    QTest::addColumn<QVariant>("progress");
    using S = EvaluationStatus;
    const EvaluationOptions plain;

    // ≥ 50% of dossiers online (004 III.7.a); progress from 0: 56 / 50 = 1,12, not clamped.
    QTest::newRow(">= 50, 56 reached") << target(">=", 50) << plain << QVariant(56.0) << S::Met << QVariant(56.0 - 50)
                                       << QVariant(56.0 / 50);
    QTest::newRow(">= 50, 45 short") << target(">=", 50) << plain << QVariant(45.0) << S::NotMet
                                     << QVariant(45.0 - 50) << QVariant(45.0 / 50); // gap −5, progress 0,9
    QTest::newRow(">= 50, exactly 50") << target(">=", 50) << plain << QVariant(50.0) << S::Met << QVariant(0.0)
                                       << QVariant(1.0);
    QTest::newRow(">= 40, 100 exceeded") << target(">=", 40) << plain << QVariant(100.0) << S::Met << QVariant(60.0)
                                         << QVariant(100.0 / 40); // 2,5: reported, not clamped to 1
    // > 90% on time (003 III.2): strict, so 90 itself is not enough.
    QTest::newRow("> 90, 90 not enough") << target(">", 90) << plain << QVariant(90.0) << S::NotMet << QVariant(0.0)
                                         << QVariant(1.0);
    QTest::newRow("> 90, 90,5") << target(">", 90) << plain << QVariant(90.5) << S::Met << QVariant(0.5)
                                << QVariant(90.5 / 90);
    // ≤ 25 minutes' wait (001 2.9): lower is better, gap = 25 − actual; no natural start, so no
    // progress unless a baseline is given.
    QTest::newRow("<= 25 phút, 22") << target("<=", 25, "phút") << plain << QVariant(22.0) << S::Met
                                    << QVariant(25.0 - 22) << none();
    QTest::newRow("<= 25 phút, exactly 25") << target("<=", 25, "phút") << plain << QVariant(25.0) << S::Met
                                            << QVariant(0.0) << none();
    // … from 40 minutes last year to 31: (31 − 40) / (25 − 40) = −9 / −15 = 0,6 of the way; gap 25 − 31 = −6.
    QTest::newRow("<= 25 phút from 40, 31") << target("<=", 25, "phút") << options(std::nullopt, 40.0)
                                            << QVariant(31.0) << S::NotMet << QVariant(-6.0) << QVariant(0.6);
    QTest::newRow("< 5, 5 not enough") << target("<", 5) << plain << QVariant(5.0) << S::NotMet << QVariant(0.0)
                                       << none();
    QTest::newRow("< 5, 4") << target("<", 5) << plain << QVariant(4.0) << S::Met << QVariant(1.0) << none();
    // "khoảng 80%" (001 6.2): within 2 points by default; gap is actual − target either side.
    QTest::newRow("~ 80, 78,5 within 2") << target("~", 80) << plain << QVariant(78.5) << S::Met << QVariant(-1.5)
                                         << QVariant(78.5 / 80);
    QTest::newRow("~ 80, 83 beyond 2") << target("~", 80) << plain << QVariant(83.0) << S::NotMet << QVariant(3.0)
                                       << QVariant(83.0 / 80);
    QTest::newRow("~ 80, 83 within a set 5") << target("~", 80) << options(5.0) << QVariant(83.0) << S::Met
                                             << QVariant(3.0) << QVariant(83.0 / 80);
    // "khoảng 30 phút" with the default 5% of 30 = 1,5 minutes.
    QTest::newRow("~ 30 phút, 31,4") << target("~", 30, "phút") << plain << QVariant(31.4) << S::Met
                                     << QVariant(31.4 - 30) << QVariant(31.4 / 30);
    QTest::newRow("~ 30 phút, 31,6") << target("~", 30, "phút") << plain << QVariant(31.6) << S::NotMet
                                     << QVariant(31.6 - 30) << QVariant(31.6 / 30);
    QTest::newRow("= 100, 100") << target("=", 100) << plain << QVariant(100.0) << S::Met << QVariant(0.0)
                                << QVariant(1.0);
    QTest::newRow("= 100, 99,9") << target("=", 100) << plain << QVariant(99.9) << S::NotMet << QVariant(99.9 - 100)
                                 << QVariant(99.9 / 100);
    // Reductions (001 3.3, "tinh giản 0,45%"): actual is the cut achieved; progress from no cut.
    QTest::newRow("reduction 0,45, cut 0,5") << target(">=", 0.45, "%", "reduction") << plain << QVariant(0.5)
                                             << S::Met << QVariant(0.5 - 0.45) << QVariant(0.5 / 0.45);
    QTest::newRow("reduction 0,45, cut 0,3") << target(">=", 0.45, "%", "reduction") << plain << QVariant(0.3)
                                             << S::NotMet << QVariant(0.3 - 0.45) << QVariant(0.3 / 0.45);
    // A stated baseline (hypothetical "from 60% to 80%"): (70 − 60) / (80 − 60) = 0,5; it wins over
    // the caller's baseline of 50 ((70 − 50) / (80 − 50) would be 0,667).
    QTest::newRow("stated baseline 60") << withBaseline(target(">=", 80), 60) << options(std::nullopt, 50.0)
                                        << QVariant(70.0) << S::NotMet << QVariant(-10.0) << QVariant(0.5);
    QTest::newRow("caller's baseline 50") << target(">=", 80) << options(std::nullopt, 50.0) << QVariant(70.0)
                                          << S::NotMet << QVariant(-10.0) << QVariant((70.0 - 50) / (80 - 50));
    QTest::newRow("baseline equals target") << withBaseline(target(">=", 80), 80) << plain << QVariant(85.0) << S::Met
                                            << QVariant(5.0) << none();
    // Computed actuals: 0,45 × 100 is 45,000000000000007 in binary, and still "at most 45".
    QTest::newRow("<= 45, computed 45") << target("<=", 45) << plain << QVariant(0.45 * 100) << S::Met
                                        << QVariant(0.0) << none();
    QTest::newRow("> 45, computed 45") << target(">", 45) << plain << QVariant(0.45 * 100) << S::NotMet
                                       << QVariant(0.0) << QVariant(1.0);
}

void TestTargetEvaluation::evaluates()
{
    QFETCH(Target, target);
    QFETCH(EvaluationOptions, opts);
    QFETCH(QVariant, actual);
    QFETCH(EvaluationStatus, status);
    QFETCH(QVariant, gap);
    QFETCH(QVariant, progress);
    const Evaluation e = evaluate(target, actual.toDouble(), opts);
    QCOMPARE(e.status, status);
    compareOptional(e.actual, actual, "actual");
    compareOptional(e.gap, gap, "gap");
    compareOptional(e.progress, progress, "progress");
    QCOMPARE(e.tolerance.has_value(), target.comparator == Comparator::About);
}

void TestTargetEvaluation::qualitativeAndMissing()
{
    Target qualitative;
    qualitative.kind = TargetKind::Qualitative;
    qualitative.direction = Direction::Higher;
    const Evaluation q = evaluate(qualitative, 100.0);
    QCOMPARE(q.status, EvaluationStatus::NotMeasurable);
    QVERIFY(!q.gap && !q.progress);

    Target aspiring = target(">=", 85);
    aspiring.aspirational = true;
    const Evaluation missing = evaluate(aspiring, std::nullopt);
    QCOMPARE(missing.status, EvaluationStatus::NoData); // missing is not zero: not "not met"
    QVERIFY(!missing.actual && !missing.gap && !missing.progress);
    QVERIFY(missing.aspirational);
    QCOMPARE(evaluate(aspiring, std::numeric_limits<double>::quiet_NaN()).status, EvaluationStatus::NoData);
    QVERIFY(evaluate(aspiring, 90.0).aspirational);
    QVERIFY(!evaluate(target(">=", 85), 90.0).aspirational);
}

void TestTargetEvaluation::seedTargets()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    const auto targets = Plans(db.value()->connection()).targets();
    QVERIFY2(targets, qPrintable(targets.error()));
    auto find = [&](const QString &seed, const QString &stt, int part) {
        for (const Target &t : targets.value())
            if (t.source.startsWith(seed + u':') && t.stt == stt && t.part == part)
                return t;
        return Target{};
    };

    // 004 III.7.a, "phần đầu … tối thiểu 50% hồ sơ TTHC … trực tuyến": 56 of 56 dossiers online
    // (seed 002, 7.6.4) is 100%: met, gap 100 − 50 = 50, progress 100 / 50 = 2; aspirational.
    const Evaluation online = evaluate(find(QStringLiteral("004"), QStringLiteral("III.7.a"), 1), 56.0 / 56 * 100);
    QCOMPARE(online.status, EvaluationStatus::Met);
    QCOMPARE(*online.gap, 50.0);
    QCOMPARE(*online.progress, 2.0);
    QVERIFY(online.aspirational);

    // 001 2.9 part 2, "tối đa 25 phút/01 lần giao dịch": 28 minutes is 3 too many (gap 25 − 28 = −3);
    // from 35 minutes last year, (28 − 35) / (25 − 35) = 0,7 of the way.
    const Target wait = find(QStringLiteral("001"), QStringLiteral("2.9"), 2);
    QCOMPARE(wait.direction, Direction::Lower);
    const Evaluation slow = evaluate(wait, 28.0, options(std::nullopt, 35.0));
    QCOMPARE(slow.status, EvaluationStatus::NotMet);
    QCOMPARE(*slow.gap, -3.0);
    QVERIFY(qFuzzyCompare(*slow.progress, 0.7));
    QCOMPARE(evaluate(wait, 18.5).status, EvaluationStatus::Met); // gap 25 − 18,5 = 6,5
    QCOMPARE(*evaluate(wait, 18.5).gap, 6.5);

    // 001 2.1 is qualitative.
    QCOMPARE(evaluate(find(QStringLiteral("001"), QStringLiteral("2.1"), 1), 1.0).status,
             EvaluationStatus::NotMeasurable);
}

void TestTargetEvaluation::perLevel()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    const auto all = Plans(db.value()->connection()).targets();
    QVERIFY2(all, qPrintable(all.error()));
    QList<Target> row10; // 000 row 10: tỉnh 90%, huyện 80%, xã 75%
    for (const Target &t : all.value())
        if (t.source.startsWith(QStringLiteral("000:")) && t.stt == u"10")
            row10.append(t);
    QCOMPARE(row10.size(), 3);

    // Province 92 (gap 92 − 90 = 2), district 78 (78 − 80 = −2), commune not reported.
    const QMap<AdminLevel, double> actuals{{AdminLevel::Province, 92.0}, {AdminLevel::District, 78.0}};
    const QList<Evaluation> e = evaluatePerLevel(row10, actuals);
    QCOMPARE(e.size(), 3);
    QMap<AdminLevel, Evaluation> byLevel;
    for (qsizetype i = 0; i < row10.size(); ++i)
        byLevel.insert(row10[i].level, e[i]);
    QCOMPARE(byLevel[AdminLevel::Province].status, EvaluationStatus::Met);
    QCOMPARE(*byLevel[AdminLevel::Province].gap, 2.0);
    QCOMPARE(byLevel[AdminLevel::District].status, EvaluationStatus::NotMet);
    QCOMPARE(*byLevel[AdminLevel::District].gap, -2.0);
    QCOMPARE(*byLevel[AdminLevel::District].progress, 78.0 / 80);
    QCOMPARE(byLevel[AdminLevel::Commune].status, EvaluationStatus::NoData);

    // The same 78 would meet the commune's 75 (gap 3): each level is measured against its own target.
    const QList<Evaluation> swapped = evaluatePerLevel(row10, {{AdminLevel::Commune, 78.0}});
    for (qsizetype i = 0; i < row10.size(); ++i)
        QCOMPARE(swapped[i].status, row10[i].level == AdminLevel::Commune ? EvaluationStatus::Met : EvaluationStatus::NoData);

    // A target with no level reads the key AdminLevel::None.
    QCOMPARE(evaluatePerLevel({target(">=", 50)}, {{AdminLevel::None, 60.0}}).first().status, EvaluationStatus::Met);
}

void TestTargetEvaluation::labels()
{
    const QList<EvaluationStatus> all = {EvaluationStatus::Met, EvaluationStatus::NotMet, EvaluationStatus::NoData,
                                         EvaluationStatus::NotMeasurable};
    QStringList labels;
    QSet<QString> keys;
    for (EvaluationStatus s : all) {
        labels.append(TargetEvaluation::statusLabel(s));
        keys.insert(TargetEvaluation::statusKey(s));
    }
    // No translator is installed here: the English source text.
    QCOMPARE(labels, (QStringList{"Met", "Not met", "No data", "Not measurable"}));
    QCOMPARE(keys, (QSet<QString>{"met", "not_met", "no_data", "not_measurable"}));
}

QTEST_GUILESS_MAIN(TestTargetEvaluation)
#include "tst_target_evaluation.moc"
