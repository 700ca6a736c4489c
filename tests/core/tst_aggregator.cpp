// Aggregation across agencies, levels and periods on a small store built here, whose arithmetic is
// written out beside each expectation; then the bundled dataset; then edits refreshed incrementally.
#include "StoreBuilder.h"
#include "aggregate/AggregateTable.h"
#include "aggregate/CumulativeRule.h"
#include "forms/Formula.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

namespace {

// Agencies of the test province "TS":
//   P  (province)      — never reports
//   D1, D2 (department, under P)
//   H1 (district, under P), its communes X1, X2
//   H0 (district, under P), dissolved on 31/3/2024: expected in 2024Q1 only
// Items: 1 = 1.2 / 1.1 × 100; 2 a count; 3 cumulative (lũy kế); 4 = 4.1 + 4.2; 5 a percentage
// with no numerator or denominator; 6 yes/no.
struct SmallStore {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QHash<QString, qint64> agency;
    QHash<QString, qint64> item;
    QHash<QString, qint64> submission; // "D1 2024Q1"
};

std::unique_ptr<SmallStore> buildSmallStore()
{
    auto s = std::make_unique<SmallStore>();
    Database::Options options;
    options.loadBundledDataset = false;
    auto db = Database::open(s->dir.filePath(QStringLiteral("small.sqlite")), options);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    s->db = std::move(db).value();
    bench::StoreBuilder b(s->db->connection());
    b.addProvince(QStringLiteral("TS"), QStringLiteral("Tỉnh thử (dữ liệu kiểm thử)"), true);
    auto agency = [&](const QString &key, const QString &level, const QString &parent, const QString &validTo = {}) {
        s->agency[key] = b.addAgency(QStringLiteral("TS.") + key, key, QStringLiteral("TS"), level, s->agency.value(parent), {}, validTo);
    };
    agency(QStringLiteral("P"), QStringLiteral("province"), {});
    agency(QStringLiteral("D1"), QStringLiteral("department"), QStringLiteral("P"));
    agency(QStringLiteral("D2"), QStringLiteral("department"), QStringLiteral("P"));
    agency(QStringLiteral("H1"), QStringLiteral("district"), QStringLiteral("P"));
    agency(QStringLiteral("X1"), QStringLiteral("commune"), QStringLiteral("H1"));
    agency(QStringLiteral("X2"), QStringLiteral("commune"), QStringLiteral("H1"));
    agency(QStringLiteral("H0"), QStringLiteral("district"), QStringLiteral("P"), QStringLiteral("2024-03-31"));
    const qint64 form = b.addForm(QStringLiteral("TS-F"), QStringLiteral("Biểu thử"), QStringLiteral("TS"));
    auto item = [&](const QString &code, const QString &kind, const QString &hint = {}, const QString &formula = {}) {
        s->item[code] = b.addItem(form, code, QStringLiteral("Chỉ tiêu ") + code, hint, {}, kind, formula);
    };
    item(QStringLiteral("1"), QStringLiteral("percent"), {}, Formula::ratio(QStringLiteral("1.2"), QStringLiteral("1.1")).toJson());
    item(QStringLiteral("1.1"), QStringLiteral("count"));
    item(QStringLiteral("1.2"), QStringLiteral("count"));
    item(QStringLiteral("2"), QStringLiteral("count"));
    item(QStringLiteral("3"), QStringLiteral("count"), QStringLiteral("(Lũy kế đến thời điểm báo cáo)"));
    item(QStringLiteral("4"), QStringLiteral("count"), {}, Formula::sum({QStringLiteral("4.1"), QStringLiteral("4.2")}).toJson());
    item(QStringLiteral("4.1"), QStringLiteral("count"));
    item(QStringLiteral("4.2"), QStringLiteral("count"));
    item(QStringLiteral("5"), QStringLiteral("percent"));
    item(QStringLiteral("6"), QStringLiteral("yesno"));
    // code → value; a code absent from the list has no row; NAN writes the row with "-" and no value.
    auto report = [&](const QString &who, const QString &period, const QList<std::pair<QString, double>> &values) {
        const qint64 id = b.addSubmission(form, s->agency.value(who), period);
        s->submission[who + u' ' + period] = id;
        for (const auto &[code, v] : values)
            b.setValue(id, s->item.value(code), std::isnan(v) ? std::nullopt : std::optional<double>(v));
    };
    const QString q1 = QStringLiteral("2024Q1"), q2 = QStringLiteral("2024Q2");
    report(QStringLiteral("D1"), q1, {{"1.1", 4}, {"1.2", 3}, {"2", 10}, {"3", 5}, {"4.1", 2}, {"4.2", 3}, {"5", 80}, {"6", 1}});
    report(QStringLiteral("D2"), q1, {{"1.1", 6}, {"1.2", 5}, {"3", 7}, {"4", 9}, {"4.1", 1}});
    report(QStringLiteral("H1"), q1, {{"1.1", 10}, {"1.2", 10}, {"2", 4}, {"3", 2}});
    report(QStringLiteral("X1"), q1, {{"1.1", 0}, {"1.2", 0}, {"2", 1}});
    report(QStringLiteral("H0"), q1, {{"2", 7}});
    report(QStringLiteral("D1"), q2, {{"1.1", 5}, {"1.2", 5}, {"2", 12}, {"3", 9}, {"6", 0}});
    report(QStringLiteral("D2"), q2, {{"1.1", 5}, {"1.2", 1}, {"2", 3}, {"3", 7}});
    report(QStringLiteral("H1"), q2, {{"1.1", 8}, {"1.2", NAN}, {"2", 6}});
    report(QStringLiteral("X2"), q2, {{"2", 2}});
    // Two broken forms: derived items computed from each other, and from an item the form lacks.
    const qint64 cycle = b.addForm(QStringLiteral("TS-CYCLE"), QStringLiteral("Biểu vòng"), QStringLiteral("TS"));
    b.addItem(cycle, QStringLiteral("1"), QStringLiteral("Tổng A"), {}, {}, QStringLiteral("count"), Formula::sum({QStringLiteral("2")}).toJson());
    b.addItem(cycle, QStringLiteral("2"), QStringLiteral("Tổng B"), {}, {}, QStringLiteral("count"), Formula::sum({QStringLiteral("1")}).toJson());
    const qint64 lacking = b.addForm(QStringLiteral("TS-LACKING"), QStringLiteral("Biểu thiếu"), QStringLiteral("TS"));
    b.addItem(lacking, QStringLiteral("1"), QStringLiteral("Tỷ lệ"), {}, {}, QStringLiteral("percent"),
              Formula::ratio(QStringLiteral("1.2"), QStringLiteral("1.1")).toJson());
    b.addItem(lacking, QStringLiteral("1.1"), QStringLiteral("Tổng số"), {}, {}, QStringLiteral("count"));
    if (!b.status())
        qFatal("%s", qPrintable(b.status().error()));
    return s;
}

Aggregator load(SmallStore &s)
{
    auto aggregator = Aggregator::load(s.db->connection(), QStringLiteral("TS-F"));
    if (!aggregator)
        qFatal("%s", qPrintable(aggregator.error()));
    return std::move(aggregator).value();
}

} // namespace

class TestAggregator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_store = buildSmallStore(); }

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

    void incrementalRefreshEqualsFullRecomputation();

private:
    Aggregate agg(const QString &code, const AgencyScope &scope, const QStringList &periods)
    {
        const Aggregator aggregator = load(*m_store);
        const auto a = aggregator.aggregate(code, scope, periods);
        if (!a)
            qFatal("%s", qPrintable(a.error()));
        return a.value();
    }
    AgencyScope level(const char *level) { return AgencyScope::atLevel(QStringLiteral("TS"), QString::fromLatin1(level)); }

    std::unique_ptr<SmallStore> m_store;
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
    const Aggregator aggregator = load(*m_store);
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
    const Aggregator aggregator = load(*m_store);
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

void TestAggregator::incrementalRefreshEqualsFullRecomputation()
{
    auto store = buildSmallStore();
    QSqlDatabase db = store->db->connection();
    auto makeTable = [&] {
        Aggregator aggregator = load(*store);
        const auto ranges = AggregateTable::periodsAndYears(aggregator.values());
        QList<AgencyScope> scopes = AggregateTable::provinceAndLevels(QStringLiteral("TS"));
        scopes << AgencyScope::subtree(store->agency[QStringLiteral("H1")]);
        auto table = AggregateTable::create(std::move(aggregator), scopes, ranges);
        if (!table)
            qFatal("%s", qPrintable(table.error()));
        table->computeAll();
        return std::move(table).value();
    };
    AggregateTable table = makeTable();
    // 2 quarters and their year; the whole province, 4 levels and H1's subtree.
    QCOMPARE(table.ranges().size(), 3);
    QCOMPARE(table.scopeCount(), 6);
    const int departments = 2, halfYear = 2, q1Range = 0;
    const int ratio = int(table.aggregator().values().itemIndex(QStringLiteral("1")));
    QCOMPARE(*table.at(ratio, departments, q1Range).value, 80.0);

    struct Edit {
        const char *sql;
        const char *submission;
        const char *code;
    };
    const QList<Edit> edits = {
        // D2's numerator 5 → 6: (3 + 6) / (4 + 6) in 2024Q1.
        {"UPDATE submission_values SET value = 6, raw = '6' WHERE submission_id = :s AND item_id = :i", "D2 2024Q1", "1.2"},
        // D2 fills in the count it had left empty.
        {"INSERT INTO submission_values(submission_id, item_id, raw, value) VALUES (:s, :i, '8', 8)", "D2 2024Q1", "2"},
        // H1 fills in the numerator it had written as "-".
        {"UPDATE submission_values SET value = 7, raw = '7' WHERE submission_id = :s AND item_id = :i", "H1 2024Q2", "1.2"},
        // D1 takes back a part of its total: the total now has no value from D1.
        {"DELETE FROM submission_values WHERE submission_id = :s AND item_id = :i", "D1 2024Q1", "4.1"},
        // The cumulative item of the latest quarter.
        {"UPDATE submission_values SET value = 11, raw = '11' WHERE submission_id = :s AND item_id = :i", "D1 2024Q2", "3"},
    };
    for (const Edit &edit : edits) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(edit.sql));
        q.bindValue(QStringLiteral(":s"), store->submission.value(QString::fromLatin1(edit.submission)));
        q.bindValue(QStringLiteral(":i"), store->item.value(QString::fromLatin1(edit.code)));
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, edit.sql);
        const auto refreshed = table.applyEdit(store->submission.value(QString::fromLatin1(edit.submission)),
                                               QString::fromLatin1(edit.code));
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QVERIFY(refreshed.value() > 0);
        const AggregateTable full = makeTable();
        const FormValues &values = table.aggregator().values();
        for (int i = 0; i < values.items().size(); ++i)
            for (int s = 0; s < table.scopeCount(); ++s)
                for (int r = 0; r < table.ranges().size(); ++r)
                    QVERIFY2(table.at(i, s, r) == full.at(i, s, r),
                             qPrintable(QStringLiteral("after %1: item %2, scope %3, range %4")
                                            .arg(QString::fromLatin1(edit.sql), values.items()[i].code)
                                            .arg(s)
                                            .arg(r)));
    }
    const FormValues &values = table.aggregator().values();
    QCOMPARE(*table.at(ratio, departments, q1Range).value, (3.0 + 6.0) / (4.0 + 6.0) * 100.0);
    QCOMPARE(*table.at(int(values.itemIndex(QStringLiteral("2"))), departments, q1Range).value, 10.0 + 8.0);
    QCOMPARE(*table.at(int(values.itemIndex(QStringLiteral("4"))), departments, q1Range).value, 9.0);
    QCOMPARE(*table.at(int(values.itemIndex(QStringLiteral("3"))), departments, halfYear).value, 11.0 + 7.0);
    // An edit refreshes only what reads it: the numerator, and the ratio computed from it, for the
    // scopes holding D2 (province, departments) and the ranges holding 2024Q1 (itself, the year).
    QSqlQuery q(db);
    q.exec(QStringLiteral("UPDATE submission_values SET value = 2 WHERE submission_id = %1 AND item_id = %2")
               .arg(store->submission.value(QStringLiteral("D2 2024Q1")))
               .arg(store->item.value(QStringLiteral("1.2"))));
    QCOMPARE(table.applyEdit(store->submission.value(QStringLiteral("D2 2024Q1")), QStringLiteral("1.2")).value(), 2 * 2 * 2);
}

QTEST_GUILESS_MAIN(TestAggregator)
#include "tst_aggregator.moc"
