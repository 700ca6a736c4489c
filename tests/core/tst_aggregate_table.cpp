// The grid of aggregates kept up to date edit by edit (literal tables, no database): after each
// kind of edit it equals a full recomputation, and only the aggregates that read the edited value are recomputed.
#include "SmallProvince.h"
#include "AggregateTable.h"

#include <QTest>

using namespace pardesk;

class TestAggregateTable : public QObject {
    Q_OBJECT
private slots:
    void editsRefreshLikeAFullRecomputation();
};

void TestAggregateTable::editsRefreshLikeAFullRecomputation()
{
    using test::SmallProvince;
    QList<FormValues::ValueRow> rows = SmallProvince::rows(); // as edited so far
    auto makeTable = [&] {
        auto values = FormValues::build(SmallProvince::form(), SmallProvince::agencies(), rows);
        if (!values)
            qFatal("%s", qPrintable(values.error()));
        Aggregator aggregator(std::move(values).value());
        const auto ranges = AggregateTable::periodsAndYears(aggregator.values());
        QList<AgencyScope> scopes = AggregateTable::provinceAndLevels(QStringLiteral("TS"));
        scopes << AgencyScope::subtree(SmallProvince::agencyId(QStringLiteral("H1")));
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

    auto row = [](const char *agency, const char *period, const char *code, std::optional<double> value) {
        return FormValues::ValueRow{SmallProvince::agencyId(QString::fromLatin1(agency)), QString::fromLatin1(period),
                                    QString::fromLatin1(code), value};
    };
    const QList<FormValues::ValueRow> edits = {
        // D2's numerator 5 → 6: (3 + 6) / (4 + 6) in 2024Q1.
        row("D2", "2024Q1", "1.2", 6),
        // D2 fills in the count it had left empty.
        row("D2", "2024Q1", "2", 8),
        // H1 fills in the numerator it had written as "-".
        row("H1", "2024Q2", "1.2", 7),
        // D1 takes back a part of its total: the total now has no value from D1.
        row("D1", "2024Q1", "4.1", std::nullopt),
        // The cumulative item of the latest quarter.
        row("D1", "2024Q2", "3", 11),
    };
    for (const FormValues::ValueRow &edit : edits) {
        rows.append(edit); // the later row of a cell stands
        const QString what = QStringLiteral("%1 %2 %3").arg(edit.agencyId).arg(edit.period, edit.item);
        const auto refreshed = table.applyEdit(edit);
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QVERIFY(refreshed.value() > 0);
        const AggregateTable full = makeTable();
        const FormValues &values = table.aggregator().values();
        for (int i = 0; i < values.items().size(); ++i)
            for (int s = 0; s < table.scopeCount(); ++s)
                for (int r = 0; r < table.ranges().size(); ++r)
                    QVERIFY2(table.at(i, s, r) == full.at(i, s, r),
                             qPrintable(QStringLiteral("after %1: item %2, scope %3, range %4")
                                            .arg(what, values.items()[i].code)
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
    QCOMPARE(table.applyEdit(row("D2", "2024Q1", "1.2", 2)).value(), 2 * 2 * 2);
}

QTEST_GUILESS_MAIN(TestAggregateTable)
#include "tst_aggregate_table.moc"
