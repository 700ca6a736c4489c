// Outliers: the robust score on worked examples, then values checked against an agency's own
// history in a small store.
#include "StoreBuilder.h"
#include "aggregate/OutlierDetector.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestOutliers : public QObject {
    Q_OBJECT
private slots:
    void judge_data();
    void judge();
    void tooLittleHistory();
    void againstTheAgencysOwnHistory();
};

void TestOutliers::judge_data()
{
    QTest::addColumn<QList<double>>("history");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("spread");
    QTest::addColumn<bool>("outlier");
    const QList<double> spreadOut = {100, 120, 80, 110, 90, 100};
    // Sorted 80 90 100 100 110 120: median 100; deviations 0 0 10 10 20 20: MAD 10;
    // spread 1,4826 × 10 = 14,826 (above √100 = 10). 160: 60 / 14,826 = 4,05 > 3,5.
    QTest::newRow("MAD, far") << spreadOut << 160.0 << 100.0 << 1.4826 * 10 << true;
    // 150: 50 / 14,826 = 3,37.
    QTest::newRow("MAD, near") << spreadOut << 150.0 << 100.0 << 1.4826 * 10 << false;
    const QList<double> zeros = {0, 0, 0, 0, 0, 2};
    // Median 0, MAD 0; mean deviation 2 / 6, × 1,2533 = 0,42: below one unit, so the spread is 1.
    // 4: 4 / 1 = 4 > 3,5.
    QTest::newRow("zero-heavy, 4") << zeros << 4.0 << 0.0 << 1.0 << true;
    QTest::newRow("zero-heavy, 3") << zeros << 3.0 << 0.0 << 1.0 << false;
    const QList<double> mostlyFifty = {50, 50, 50, 50, 50, 10, 90};
    // Median 50, MAD 0 (five of seven deviations are 0); mean deviation (40 + 40) / 7 = 11,43,
    // × 1,2533 = 14,32 (above √50 = 7,07). 110: 60 / 14,32 = 4,19.
    QTest::newRow("MAD 0, mean deviation, far") << mostlyFifty << 110.0 << 50.0 << 1.2533 * (80.0 / 7.0) << true;
    // 95: 45 / 14,32 = 3,14.
    QTest::newRow("MAD 0, mean deviation, near") << mostlyFifty << 95.0 << 50.0 << 1.2533 * (80.0 / 7.0) << false;
    const QList<double> constant = {100, 100, 100, 100};
    // Nothing varies: the spread is √100 = 10. 140: 40 / 10 = 4; 130: 3.
    QTest::newRow("constant, 140") << constant << 140.0 << 100.0 << 10.0 << true;
    QTest::newRow("constant, 130") << constant << 130.0 << 100.0 << 10.0 << false;
    QTest::newRow("constant, 60") << constant << 60.0 << 100.0 << 10.0 << true;
    // Sorted 11 12 13 14 15: median 13; deviations 0 1 1 2 2: MAD 1, 1,4826 × 1 below √13 = 3,61.
    // A typed 130 for 13: 117 / 3,61 = 32,4.
    QTest::newRow("an extra zero") << QList<double>{12, 15, 11, 14, 13} << 130.0 << 13.0 << std::sqrt(13.0) << true;
}

void TestOutliers::judge()
{
    QFETCH(QList<double>, history);
    QFETCH(double, value);
    QFETCH(double, median);
    QFETCH(double, spread);
    QFETCH(bool, outlier);
    const auto verdict = OutlierDetector::judge(value, history);
    QVERIFY(verdict);
    QCOMPARE(verdict->median, median);
    QCOMPARE(verdict->spread, spread);
    QCOMPARE(verdict->score, std::abs(value - median) / spread);
    QCOMPARE(verdict->outlier, outlier);
}

void TestOutliers::tooLittleHistory()
{
    QVERIFY(!OutlierDetector::judge(1000, {1, 2, 3}));
    QVERIFY(OutlierDetector::judge(1000, {1, 2, 3, 4}));
}

void TestOutliers::againstTheAgencysOwnHistory()
{
    QTemporaryDir dir;
    Database::Options options;
    options.loadBundledDataset = false;
    auto db = Database::open(dir.filePath(QStringLiteral("outliers.sqlite")), options);
    QVERIFY2(db, qPrintable(db.error()));
    bench::StoreBuilder b(db.value()->connection());
    b.addProvince(QStringLiteral("TS"), QStringLiteral("Tỉnh thử (dữ liệu kiểm thử)"), true);
    const qint64 a = b.addAgency(QStringLiteral("TS.A"), QStringLiteral("Sở A"), QStringLiteral("TS"), QStringLiteral("department"));
    const qint64 other = b.addAgency(QStringLiteral("TS.B"), QStringLiteral("Sở B"), QStringLiteral("TS"), QStringLiteral("department"));
    const qint64 form = b.addForm(QStringLiteral("TS-O"), QStringLiteral("Biểu thử"), QStringLiteral("TS"));
    const qint64 flow = b.addItem(form, QStringLiteral("1"), QStringLiteral("Số văn bản"), {}, QStringLiteral("Văn bản"), QStringLiteral("count"));
    const qint64 running = b.addItem(form, QStringLiteral("2"), QStringLiteral("Số hồ sơ"), QStringLiteral("Lũy kế đến thời điểm báo cáo"),
                                     QStringLiteral("Hồ sơ"), QStringLiteral("count"));
    const qint64 ratio = b.addItem(form, QStringLiteral("3"), QStringLiteral("Tỷ lệ"), {}, QStringLiteral("%"), QStringLiteral("percent"),
                                   QStringLiteral(R"({"op":"ratio","num":"3.2","den":"3.1"})"));
    const qint64 den = b.addItem(form, QStringLiteral("3.1"), QStringLiteral("Tổng số"), {}, QStringLiteral("Hồ sơ"), QStringLiteral("count"));
    const qint64 num = b.addItem(form, QStringLiteral("3.2"), QStringLiteral("Số đúng hạn"), {}, QStringLiteral("Hồ sơ"), QStringLiteral("count"));
    // 2020Q1 … 2024Q4. Item 1: 10, 11, 12, 10, … Item 2 runs up to a year-end peak: 2, 4, 6, 100.
    // Item 3: 9 of 10. In 2024Q4 agency A types 120 for item 1, 1000 for item 2, and 1 of 10.
    const QList<double> yearRun = {2, 4, 6, 100};
    for (int year = 2020, i = 0; year <= 2024; ++year)
        for (int quarter = 1; quarter <= 4; ++quarter, ++i) {
            const QString period = QStringLiteral("%1Q%2").arg(year).arg(quarter);
            const bool last = period == u"2024Q4";
            for (qint64 agency : {a, other}) {
                const bool typo = last && agency == a;
                const qint64 s = b.addSubmission(form, agency, period);
                b.setValue(s, flow, typo ? 120 : 10 + i % 3);
                b.setValue(s, running, typo ? 1000 : yearRun[quarter - 1]);
                b.setValue(s, den, 10);
                b.setValue(s, num, typo ? 1 : 9);
                b.setValue(s, ratio, typo ? 10 : 90);
            }
        }
    QVERIFY2(b.status(), qPrintable(b.status().error()));
    const auto values = FormValues::load(db.value()->connection(), QStringLiteral("TS-O"));
    QVERIFY2(values, qPrintable(values.error()));
    const int last = values->periodIndex(QStringLiteral("2024Q4"));

    const QList<Outlier> found = OutlierDetector::inPeriod(values.value(), values->agencyIndex(a), last);
    // Not item 3 (a ratio is judged through its parts), nor 3.2: 1 against nine 9s is 8 / √9 = 2,7.
    QCOMPARE(found.size(), 2);
    const Outlier &typed = found[0];
    QCOMPARE(typed.code, QStringLiteral("1"));
    QCOMPARE(typed.rule, QStringLiteral("VALUE_OUTLIER"));
    QCOMPARE(typed.severity, QStringLiteral("warning"));
    QCOMPARE(typed.agencyId, a);
    QCOMPARE(typed.period, QStringLiteral("2024Q4"));
    QCOMPARE(typed.value, 120.0);
    // The 12 latest quarters before it, 2021Q4 … 2024Q3 (indexes 7 … 18: 11, 12, 10, …).
    QCOMPARE(typed.history.size(), OutlierDetector::kMaxHistory);
    QCOMPARE(typed.history.first(), (std::pair<QString, double>(QStringLiteral("2021Q4"), 10 + 7 % 3)));
    QCOMPARE(typed.history.last(), (std::pair<QString, double>(QStringLiteral("2024Q3"), 10 + 18 % 3)));
    QCOMPARE(typed.median, 11.0);
    QVERIFY(typed.message.contains(QStringLiteral("120")));
    QVERIFY(typed.message.contains(QStringLiteral("2024Q3: 10")));

    // Cumulative: compared with the fourth quarters only (100 each year), not with 2, 4, 6.
    const Outlier &runningTotal = found[1];
    QCOMPARE(runningTotal.code, QStringLiteral("2"));
    QCOMPARE(runningTotal.history,
             (QList<std::pair<QString, double>>{{"2020Q4", 100}, {"2021Q4", 100}, {"2022Q4", 100}, {"2023Q4", 100}}));
    QCOMPARE(runningTotal.score, (1000.0 - 100.0) / std::sqrt(100.0));

    // Agency B's year-end peak of 100 is its usual fourth quarter: nothing to flag. Over the whole
    // form only A's two typed values are.
    QVERIFY(OutlierDetector::inPeriod(values.value(), values->agencyIndex(other), last).isEmpty());
    QCOMPARE(OutlierDetector::inForm(values.value()).size(), 2);
}

QTEST_GUILESS_MAIN(TestOutliers)
#include "tst_outliers.moc"
