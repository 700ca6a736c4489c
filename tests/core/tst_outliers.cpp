// Outliers: the robust score on worked examples, then values checked against an agency's own
// history as a literal table, and that history read back from a small store.
#include "PgTestServer.h"
#include "StoreBuilder.h"
#include "aggregate/OutlierDetector.h"
#include "aggregate/OutlierFindings.h"
#include "store/Database.h"
#include "store/FormValueRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestOutliers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PARDESK_REQUIRE_ENGINE(); }
    void judge_data();
    void judge();
    void tooLittleHistory();
    void againstTheAgencysOwnHistory();
    void historyReadFromTheStore();
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

namespace {

// Agencies A (id 1) and B (id 2); items 1 a count, 2 a running total, 3 = 3.2 / 3.1.
// 2020Q1 … 2024Q4. Item 1: 10, 11, 12, 10, … Item 2 runs up to a year-end peak: 2, 4, 6, 100.
// Item 3: 9 of 10. In 2024Q4 agency A types 120 for item 1, 1000 for item 2, and 1 of 10.
constexpr qint64 kA = 1, kB = 2;

FormValues::Form outlierForm()
{
    auto item = [](const char *code, const char *label, const QString &hint, const char *unit, const char *kind,
                   std::optional<Formula> formula = std::nullopt) {
        return FormValues::Item{0, QString::fromLatin1(code), QString::fromUtf8(label), hint, QString::fromUtf8(unit),
                                QString::fromLatin1(kind), std::move(formula), {}, false};
    };
    return {QStringLiteral("TS-O"),
            QStringLiteral("TS"),
            {item("1", "Số văn bản", {}, "Văn bản", "count"),
             item("2", "Số hồ sơ", QStringLiteral("Lũy kế đến thời điểm báo cáo"), "Hồ sơ", "count"),
             item("3", "Tỷ lệ", {}, "%", "percent", Formula::ratio(QStringLiteral("3.2"), QStringLiteral("3.1"))),
             item("3.1", "Tổng số", {}, "Hồ sơ", "count"), item("3.2", "Số đúng hạn", {}, "Hồ sơ", "count")}};
}

QList<FormValues::Agency> outlierAgencies()
{
    return {{kA, QStringLiteral("TS.A"), QStringLiteral("Sở A"), QStringLiteral("TS"), QStringLiteral("department"), -1, {}, {}, 0},
            {kB, QStringLiteral("TS.B"), QStringLiteral("Sở B"), QStringLiteral("TS"), QStringLiteral("department"), -1, {}, {}, 0}};
}

QList<FormValues::ValueRow> outlierRows()
{
    const QList<double> yearRun = {2, 4, 6, 100};
    QList<FormValues::ValueRow> rows;
    for (int year = 2020, i = 0; year <= 2024; ++year)
        for (int quarter = 1; quarter <= 4; ++quarter, ++i) {
            const QString period = QStringLiteral("%1Q%2").arg(year).arg(quarter);
            const bool last = period == u"2024Q4";
            for (qint64 agency : {kA, kB}) {
                const bool typo = last && agency == kA;
                rows.append({agency, period, QStringLiteral("1"), typo ? 120 : 10 + i % 3});
                rows.append({agency, period, QStringLiteral("2"), typo ? 1000 : yearRun[quarter - 1]});
                rows.append({agency, period, QStringLiteral("3.1"), 10});
                rows.append({agency, period, QStringLiteral("3.2"), typo ? 1 : 9});
                rows.append({agency, period, QStringLiteral("3"), typo ? 10 : 90});
            }
        }
    return rows;
}

} // namespace

void TestOutliers::againstTheAgencysOwnHistory()
{
    const auto values = FormValues::build(outlierForm(), outlierAgencies(), outlierRows());
    QVERIFY2(values, qPrintable(values.error()));
    const int last = values->periodIndex(QStringLiteral("2024Q4"));

    const QList<Outlier> found = OutlierDetector::inPeriod(values.value(), values->agencyIndex(kA), last);
    // Not item 3 (a ratio is judged through its parts), nor 3.2: 1 against nine 9s is 8 / √9 = 2,7.
    QCOMPARE(found.size(), 2);
    const Outlier &typed = found[0];
    QCOMPARE(typed.code, QStringLiteral("1"));
    QCOMPARE(typed.rule, QStringLiteral("VALUE_OUTLIER"));
    QCOMPARE(typed.severity, QStringLiteral("warning"));
    QCOMPARE(typed.agencyId, kA);
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
    QVERIFY(OutlierDetector::inPeriod(values.value(), values->agencyIndex(kB), last).isEmpty());
    QCOMPARE(OutlierDetector::inForm(values.value()).size(), 2);

    // As findings: warnings for items 1 and 2; none for an agency or a period not in the values.
    const QList<Finding> findings = OutlierFindings::of(values.value(), values->agencyIndex(kA), last);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[0].code, QStringLiteral("1"));
    QCOMPARE(findings[0].severity, Severity::Warning);
    QVERIFY(OutlierFindings::of(values.value(), -1, last).isEmpty());
    QVERIFY(OutlierFindings::of(values.value(), 0, -1).isEmpty());
}

// The same history written into the store (a SQLite file, or the test cluster's server): FormValueRepository::historyOf reads the submission's
// agency only, and its findings are the same.
void TestOutliers::historyReadFromTheStore()
{
    QTemporaryDir dir;
    Database::Options options;
    options.loadBundledDataset = false;
    auto db = Database::open(test::storeLocation(dir.filePath(QStringLiteral("outliers.sqlite"))), options);
    QVERIFY2(db, qPrintable(db.error()));
    bench::StoreBuilder b(db.value()->connection());
    b.addProvince(QStringLiteral("TS"), QStringLiteral("Tỉnh thử (dữ liệu kiểm thử)"), true);
    for (const FormValues::Agency &a : outlierAgencies())
        QCOMPARE(b.addAgency(a.key, a.name, a.province, a.level), a.id);
    const FormValues::Form f = outlierForm();
    const qint64 form = b.addForm(f.key, QStringLiteral("Biểu thử"), f.province);
    QHash<QString, qint64> items;
    for (const FormValues::Item &i : f.items)
        items[i.code] = b.addItem(form, i.code, i.label, i.hint, i.unit, i.kind, i.formula ? i.formula->toJson() : QString());
    QHash<QString, qint64> submissions;
    for (const FormValues::ValueRow &row : outlierRows()) {
        const QString key = QString::number(row.agencyId) + u' ' + row.period;
        if (!submissions.contains(key))
            submissions[key] = b.addSubmission(form, row.agencyId, row.period);
        b.setValue(submissions[key], items[row.item], row.value);
    }
    QVERIFY2(b.status(), qPrintable(b.status().error()));

    const FormValueRepository repository(db.value()->connection());
    const auto history = repository.historyOf(submissions.value(QStringLiteral("1 2024Q4")));
    QVERIFY2(history, qPrintable(history.error()));
    QCOMPARE(repository.rowsRead(), qint64(20 * 5)); // agency A's 20 quarters, not B's
    const QList<Finding> findings = OutlierFindings::of(history->values, history->agency, history->period);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[0].code, QStringLiteral("1"));
    QCOMPARE(findings[1].code, QStringLiteral("2"));
    const auto quiet = repository.historyOf(submissions.value(QStringLiteral("2 2024Q4")));
    QVERIFY(quiet);
    QVERIFY(OutlierFindings::of(quiet->values, quiet->agency, quiet->period).isEmpty());
}

QTEST_GUILESS_MAIN(TestOutliers)
#include "tst_outliers.moc"
