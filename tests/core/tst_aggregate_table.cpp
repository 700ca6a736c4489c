// The grid of aggregates kept up to date edit by edit: after each kind of edit it equals a full
// recomputation, and only the aggregates that read the edited value are recomputed.
#include "SmallProvince.h"
#include "aggregate/AggregateTable.h"

#include <QSqlQuery>
#include <QTest>

using namespace pardesk;

class TestAggregateTable : public QObject {
    Q_OBJECT
private slots:
    void editsRefreshLikeAFullRecomputation();
};

void TestAggregateTable::editsRefreshLikeAFullRecomputation()
{
    auto store = test::SmallProvince::build();
    QSqlDatabase db = store->db->connection();
    auto makeTable = [&] {
        Aggregator aggregator = store->load();
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

QTEST_GUILESS_MAIN(TestAggregateTable)
#include "tst_aggregate_table.moc"
