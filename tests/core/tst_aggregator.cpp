// Aggregation across agencies, levels and periods on literal tables whose arithmetic is written out
// beside each expectation (SmallProvince, no database); then the same tables read back from a
// SQLite store through FormValueRepository, and the bundled dataset.
#include "SmallProvince.h"
#include "aggregate/CumulativeRule.h"
#include "store/FormValueRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestAggregator : public QObject {
    Q_OBJECT
private slots:
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
    void editsApplyToTheValues();

    void repositoryReadsTheSameTables();
    void repositoryReadsOnlyTheScope();
    void repositoryListsTheFormsPeriods();
    void repositoryRefusesBrokenForms();
    void repositoryTellsAFailedReadAsOne();
    void bundledSubmission();

private:
    Aggregate agg(const QString &code, const AgencyScope &scope, const QStringList &periods)
    {
        const auto a = m_aggregator.aggregate(code, scope, periods);
        if (!a)
            qFatal("%s", qPrintable(a.error()));
        return a.value();
    }
    AgencyScope level(const char *level) { return AgencyScope::atLevel(QStringLiteral("TS"), QString::fromLatin1(level)); }

    const Aggregator m_aggregator = test::SmallProvince::aggregator();
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
    const auto values = FormValueRepository(db.value()->connection()).load(QStringLiteral("TQ-PL02-CCHC"));
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
    const Aggregator &aggregator = m_aggregator;
    // H1 and its communes: H1 4, X1 1, X2 sent nothing in 2024Q1.
    const auto h1 = aggregator.aggregate(QStringLiteral("2"), AgencyScope::subtree(test::SmallProvince::agencyId(QStringLiteral("H1"))), q1);
    QVERIFY2(h1, qPrintable(h1.error()));
    QCOMPARE(*h1->value, 4.0 + 1.0);
    QCOMPARE(h1->covered, 2);
    QCOMPARE(h1->expected, 3);
    // P's descendants are every agency: the same as the province.
    const auto p = aggregator.aggregate(QStringLiteral("2"), AgencyScope::subtree(test::SmallProvince::agencyId(QStringLiteral("P"))), q1);
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
    const Aggregator &aggregator = m_aggregator;
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
    const auto cycle = FormValues::create(test::SmallProvince::cycleForm(), test::SmallProvince::agencies(), {});
    QVERIFY(!cycle);
    QVERIFY2(cycle.error().contains(QStringLiteral("1 → 2 → 1")), qPrintable(cycle.error()));
    const auto lacking = FormValues::create(test::SmallProvince::lackingForm(), test::SmallProvince::agencies(), {});
    QVERIFY(!lacking);
    QVERIFY2(lacking.error().contains(QStringLiteral("1.2")), qPrintable(lacking.error()));
    // A row naming an item or an agency the form does not have.
    QVERIFY(!FormValues::build(test::SmallProvince::form(), test::SmallProvince::agencies(),
                               {{test::SmallProvince::agencyId(QStringLiteral("D1")), QStringLiteral("2024Q1"), QStringLiteral("9.9"), 1}}));
    QVERIFY(!FormValues::build(test::SmallProvince::form(), test::SmallProvince::agencies(),
                               {{99, QStringLiteral("2024Q1"), QStringLiteral("2"), 1}}));
}

void TestAggregator::editsApplyToTheValues()
{
    Aggregator aggregator = test::SmallProvince::aggregator();
    const qint64 d2 = test::SmallProvince::agencyId(QStringLiteral("D2"));
    // D2's numerator 5 → 6: the ratio of the departments becomes (3 + 6) / (4 + 6).
    const auto change = aggregator.apply({d2, QStringLiteral("2024Q1"), QStringLiteral("1.2"), 6});
    QVERIFY2(change, qPrintable(change.error()));
    const FormValues &values = aggregator.values();
    QCOMPARE(change->items, (QList<int>{values.itemIndex(QStringLiteral("1.2")), values.itemIndex(QStringLiteral("1"))}));
    QCOMPARE(change->agency, values.agencyIndex(d2));
    QCOMPARE(change->period, values.periodIndex(QStringLiteral("2024Q1")));
    QCOMPARE(*aggregator.aggregate(QStringLiteral("1"), level("department"), q1)->value, 9.0 / 10.0 * 100.0);
    // D1 takes back a part of its total: the total has no value from D1 any more.
    const qint64 d1 = test::SmallProvince::agencyId(QStringLiteral("D1"));
    QVERIFY(aggregator.apply({d1, QStringLiteral("2024Q1"), QStringLiteral("4.1"), std::nullopt}));
    QCOMPARE(*aggregator.aggregate(QStringLiteral("4"), level("department"), q1)->value, 9.0);
    // A period the values were built without.
    QVERIFY(!aggregator.apply({d1, QStringLiteral("2030Q1"), QStringLiteral("2"), 1}));
}

// The same tables written into SQLite and read back give the same aggregates, every item, scope and period.
void TestAggregator::repositoryReadsTheSameTables()
{
    auto store = test::SmallProvince::build();
    const Aggregator read = store->load();
    QCOMPARE(read.values().periods().size(), 2);
    QList<AgencyScope> scopes = {AgencyScope::wholeProvince(QStringLiteral("TS")), level("department"), level("district"),
                                 level("commune"), level("province")};
    for (const QString &key : {QStringLiteral("H1"), QStringLiteral("P")}) {
        scopes.append(AgencyScope::subtree(test::SmallProvince::agencyId(key)));
        QCOMPARE(store->agency.value(key), test::SmallProvince::agencyId(key)); // the store numbers them alike
    }
    for (const auto &item : m_aggregator.values().items())
        for (const AgencyScope &scope : scopes)
            for (const QStringList &periods : {q1, q2, half}) {
                const auto expected = m_aggregator.aggregate(item.code, scope, periods);
                const auto got = read.aggregate(item.code, scope, periods);
                QVERIFY(expected && got);
                QVERIFY2(expected.value() == got.value(), qPrintable(item.code + u' ' + periods.join(u',')));
            }
    // After an edit in the store, the row read back is what FormValues::apply takes.
    QSqlQuery q(store->db->connection());
    q.prepare(QStringLiteral("UPDATE submission_values SET value = 6, raw = '6' WHERE submission_id = ? AND item_id = ?"));
    q.addBindValue(store->submission.value(QStringLiteral("D2 2024Q1")));
    q.addBindValue(store->item.value(QStringLiteral("1.2")));
    QVERIFY(q.exec());
    const FormValueRepository repository(store->db->connection());
    const auto row = repository.valueRow(QStringLiteral("TS-F"), store->submission.value(QStringLiteral("D2 2024Q1")),
                                         QStringLiteral("1.2"));
    QVERIFY2(row, qPrintable(row.error()));
    QCOMPARE(row->agencyId, store->agency.value(QStringLiteral("D2")));
    QCOMPARE(row->period, QStringLiteral("2024Q1"));
    QCOMPARE(row->value, std::optional<double>(6));
    const auto blank = repository.valueRow(QStringLiteral("TS-F"), store->submission.value(QStringLiteral("H1 2024Q2")),
                                           QStringLiteral("1.2"));
    QVERIFY(blank && !blank->value);
    QVERIFY(!repository.valueRow(QStringLiteral("TS-CYCLE"), store->submission.value(QStringLiteral("D2 2024Q1")),
                                 QStringLiteral("1.2")));
}

// Each period the form has submissions for, once, whatever the number of its submissions.
void TestAggregator::repositoryListsTheFormsPeriods()
{
    auto store = test::SmallProvince::build();
    const FormValueRepository repository(store->db->connection());
    const auto sorted = [&](const QString &form) {
        auto keys = repository.periodKeys(form);
        if (!keys)
            qFatal("%s", qPrintable(keys.error()));
        keys->sort();
        return keys.value();
    };
    QCOMPARE(sorted(QStringLiteral("TS-F")), (QStringList{QStringLiteral("2024Q1"), QStringLiteral("2024Q2")}));
    // A year's report, which sorts before the quarters as text, and a period given by one agency only.
    QSqlQuery q(store->db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, created_at, updated_at) "
                                  "SELECT form_id, agency_id, p.period, created_at, updated_at FROM submissions, "
                                  "(SELECT '2023' AS period UNION ALL SELECT '2024Q3') p WHERE id = %1")
                       .arg(store->submission.value(QStringLiteral("D1 2024Q1")))));
    QCOMPARE(sorted(QStringLiteral("TS-F")), (QStringList{QStringLiteral("2023"), QStringLiteral("2024Q1"), QStringLiteral("2024Q2"),
                                                          QStringLiteral("2024Q3")}));
    QCOMPARE(sorted(QStringLiteral("TS-CYCLE")), QStringList()); // no submission
    QCOMPARE(sorted(QStringLiteral("TS-NONE")), QStringList());  // no such form
}

void TestAggregator::repositoryReadsOnlyTheScope()
{
    auto store = test::SmallProvince::build();
    const FormValueRepository repository(store->db->connection());
    const auto all = repository.load(QStringLiteral("TS-F"));
    QVERIFY(all);
    const qint64 everyRow = repository.rowsRead();
    QCOMPARE(everyRow, qint64(test::SmallProvince::rows().size() - 1)); // H1's "-" has no value
    // One period: its rows only; the other period is not listed.
    FormValueRepository::Scope scope;
    scope.periods = q2;
    const auto quarter = repository.load(QStringLiteral("TS-F"), scope);
    QVERIFY(quarter);
    QCOMPARE(quarter->periods().size(), 1);
    QCOMPARE(repository.rowsRead() - everyRow, 5 + 4 + 2 + 1); // D1, D2, H1 (not its "-"), X2
    // A ratio brings its numerator and denominator, nothing else.
    scope.items = {QStringLiteral("1")};
    const qint64 before = repository.rowsRead();
    const auto ratio = repository.load(QStringLiteral("TS-F"), scope);
    QVERIFY(ratio);
    QCOMPARE(repository.rowsRead() - before, 2 + 2 + 1); // D1 1.1 1.2, D2 1.1 1.2, H1 1.1
    QCOMPARE(Aggregator(ratio.value()).aggregate(QStringLiteral("1"), level("department"), q2).value(),
             m_aggregator.aggregate(QStringLiteral("1"), level("department"), q2).value());
    QVERIFY(!ratio->value(ratio->itemIndex(QStringLiteral("2")), ratio->agencyIndex(store->agency.value(QStringLiteral("D1"))), 0));
    // An item out of scope is not held: an edit of it is refused, to be read again, not dropped.
    QVERIFY(ratio->holds(ratio->itemIndex(QStringLiteral("1.2"))) && !ratio->holds(ratio->itemIndex(QStringLiteral("2"))));
    FormValues edited = ratio.value();
    QVERIFY(edited.apply({store->agency.value(QStringLiteral("D1")), QStringLiteral("2024Q2"), QStringLiteral("1.2"), 4}));
    QCOMPARE(edited.value(edited.itemIndex(QStringLiteral("1")), edited.agencyIndex(store->agency.value(QStringLiteral("D1"))), 0),
             std::optional<double>(80));
    QVERIFY(!edited.apply({store->agency.value(QStringLiteral("D1")), QStringLiteral("2024Q2"), QStringLiteral("2"), 4}));
    // A percentage a sheet wrote for the ratio is not read: the ratio is computed from its inputs.
    QSqlQuery written(store->db->connection());
    written.prepare(QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value) VALUES (?, ?, '77', 77)"));
    written.addBindValue(store->submission.value(QStringLiteral("D1 2024Q2")));
    written.addBindValue(store->item.value(QStringLiteral("1")));
    QVERIFY2(written.exec(), qPrintable(written.lastError().text()));
    const qint64 beforeWritten = repository.rowsRead();
    const auto ratioAgain = repository.load(QStringLiteral("TS-F"), scope);
    QVERIFY(ratioAgain);
    QCOMPARE(repository.rowsRead() - beforeWritten, 2 + 2 + 1);
    QCOMPARE(Aggregator(ratioAgain.value()).aggregate(QStringLiteral("1"), level("department"), q2).value(),
             m_aggregator.aggregate(QStringLiteral("1"), level("department"), q2).value());
    // A total is read with its parts: what a sheet wrote for it stands when a part is missing (D2's 9).
    scope.items = {QStringLiteral("4")};
    scope.periods = q1;
    const qint64 beforeTotal = repository.rowsRead();
    const auto total = repository.load(QStringLiteral("TS-F"), scope);
    QVERIFY(total);
    QCOMPARE(repository.rowsRead() - beforeTotal, 2 + 2); // D1 4.1 4.2, D2 4 4.1
    QCOMPARE(Aggregator(total.value()).aggregate(QStringLiteral("4"), level("department"), q1).value(),
             m_aggregator.aggregate(QStringLiteral("4"), level("department"), q1).value());
    // One agency's history.
    scope = {};
    scope.agency = store->agency.value(QStringLiteral("H1"));
    const qint64 beforeAgency = repository.rowsRead();
    QVERIFY(repository.load(QStringLiteral("TS-F"), scope));
    QCOMPARE(repository.rowsRead() - beforeAgency, 4 + 2);
    const auto history = repository.historyOf(store->submission.value(QStringLiteral("H1 2024Q2")));
    QVERIFY2(history, qPrintable(history.error()));
    QCOMPARE(history->agency, history->values.agencyIndex(store->agency.value(QStringLiteral("H1"))));
    QCOMPARE(history->values.periods().at(history->period).key, QStringLiteral("2024Q2"));
    QVERIFY(!repository.historyOf(999999));
}

void TestAggregator::repositoryRefusesBrokenForms()
{
    auto store = test::SmallProvince::build();
    const FormValueRepository repository(store->db->connection());
    const auto noForm = repository.load(QStringLiteral("NO-FORM"));
    QVERIFY(!noForm);
    QVERIFY(noForm.error().contains(QStringLiteral("NO-FORM")));
    const auto cycle = repository.load(QStringLiteral("TS-CYCLE"));
    QVERIFY(!cycle);
    QVERIFY2(cycle.error().contains(QStringLiteral("1 → 2 → 1")), qPrintable(cycle.error()));
    const auto lacking = repository.load(QStringLiteral("TS-LACKING"));
    QVERIFY(!lacking);
    QVERIFY2(lacking.error().contains(QStringLiteral("1.2")), qPrintable(lacking.error()));
    FormValueRepository::Scope scope;
    scope.items = {QStringLiteral("9.9")};
    QVERIFY(!repository.load(QStringLiteral("TS-F"), scope));
    QCOMPARE(repository.hasItem(QStringLiteral("TS-F"), QStringLiteral("4.1")).value(), true);
    QCOMPARE(repository.hasItem(QStringLiteral("TS-F"), QStringLiteral("9.9")).value(), false);
}

void TestAggregator::repositoryTellsAFailedReadAsOne()
{
    auto store = test::SmallProvince::build();
    const FormValueRepository repository(store->db->connection());
    const qint64 submission = store->submission.value(QStringLiteral("D2 2024Q1"));
    QVERIFY(repository.valueRow(QStringLiteral("TS-F"), submission, QStringLiteral("1.2")));
    QVERIFY(QSqlQuery(store->db->connection()).exec(QStringLiteral("ALTER TABLE submission_values RENAME TO hidden_values")));
    // Not "there is no submission": the values could not be read, in the store's words.
    const auto row = repository.valueRow(QStringLiteral("TS-F"), submission, QStringLiteral("1.2"));
    QVERIFY(!row);
    QVERIFY2(row.error().contains(QLatin1String("TS-F")) && row.error().contains(QLatin1String("submission_values")),
             qPrintable(row.error()));
    QVERIFY2(!row.error().contains(FormValues::tr("There is no submission %1.").arg(submission)), qPrintable(row.error()));
    const auto values = repository.load(QStringLiteral("TS-F"));
    QVERIFY(!values);
    QVERIFY2(values.error().contains(QLatin1String("TS-F")) && values.error().contains(QLatin1String("submission_values")),
             qPrintable(values.error()));
    const auto history = repository.historyOf(submission);
    QVERIFY(!history);
    QVERIFY2(history.error().contains(QLatin1String("submission_values")), qPrintable(history.error()));
    QVERIFY(repository.periodKeys(QStringLiteral("TS-F")));
    QVERIFY(QSqlQuery(store->db->connection()).exec(QStringLiteral("ALTER TABLE form_items RENAME TO hidden_items")));
    const auto item = repository.hasItem(QStringLiteral("TS-F"), QStringLiteral("1.2"));
    QVERIFY(!item);
    QVERIFY2(item.error().contains(QLatin1String("form_items")), qPrintable(item.error()));
}

void TestAggregator::bundledSubmission()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bundled.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    const auto values = FormValueRepository(db.value()->connection()).load(QStringLiteral("TQ-PL02-CCHC"));
    QVERIFY2(values, qPrintable(values.error()));
    const std::optional<Aggregator> aggregator(Aggregator(values.value()));
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
