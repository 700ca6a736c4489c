// Derived values: computed in dependency order, missing kept missing, and one edit refreshing
// exactly what a full recomputation would change.
#include "forms/DerivedValues.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pardesk;

namespace {

FormItem item(const QString &code, std::optional<Formula> formula = std::nullopt)
{
    FormItem i;
    i.code = code;
    i.kind = formula && formula->op() == Formula::Op::Ratio ? ItemKind::Percent : ItemKind::Count;
    i.formula = std::move(formula);
    return i;
}

// share = part / total × 100 where total = a + b, and a grand total that reads the total again.
FormDefinition chainedForm()
{
    auto form = FormDefinition::build(QStringLiteral("F"), QStringLiteral("test"),
                                      {item("share", Formula::ratio("part", "total")), item("part"),
                                       item("total", Formula::sum({"a", "b"})), item("a"), item("b"), item("c"),
                                       item("grand", Formula::sum({"total", "c"}))});
    return std::move(form).value();
}

} // namespace

class TestDerivedValues : public QObject {
    Q_OBJECT
private slots:
    void computesInDependencyOrder();
    void missingIsNotZero();
    void statedTotalServesWhenItsPartsAreMissing();
    void unknownCodeIsRefused();
    void oneEditRefreshesOnlyItsDependents();
    void editsAgreeWithFullRecomputation();
};

void TestDerivedValues::computesInDependencyOrder()
{
    const FormDefinition form = chainedForm();
    const auto values = DerivedValues::fromCodes(form, {{"part", 3.0}, {"a", 4.0}, {"b", 2.0}, {"c", 10.0}});
    QVERIFY2(values, qPrintable(values.error()));
    QCOMPARE(*values->computed("total"), 4.0 + 2.0);
    QCOMPARE(*values->computed("share"), 3.0 / 6.0 * 100.0);
    QCOMPARE(*values->computed("grand"), 6.0 + 10.0);
    QVERIFY(!values->computed("part")); // entered, not derived
}

void TestDerivedValues::missingIsNotZero()
{
    const FormDefinition form = chainedForm();
    const auto values = DerivedValues::fromCodes(form, {{"part", 3.0}, {"a", 4.0}, {"b", std::nullopt}, {"c", 1.0}});
    QVERIFY(values);
    QVERIFY(!values->computed("total"));
    QVERIFY(!values->computed("share"));
    QVERIFY(!values->computed("grand"));
}

void TestDerivedValues::statedTotalServesWhenItsPartsAreMissing()
{
    const FormDefinition form = chainedForm();
    const auto values = DerivedValues::fromCodes(form, {{"part", 3.0}, {"total", 12.0}});
    QVERIFY(values);
    QVERIFY(!values->computed("total"));
    QCOMPARE(*values->value(form.indexOf("total")), 12.0);
    QCOMPARE(*values->computed("share"), 3.0 / 12.0 * 100.0);
}

void TestDerivedValues::unknownCodeIsRefused()
{
    const FormDefinition form = chainedForm();
    const auto values = DerivedValues::fromCodes(form, {{"9.9", 1.0}});
    QVERIFY(!values);
    QVERIFY(values.error().contains(QStringLiteral("9.9")));
}

void TestDerivedValues::oneEditRefreshesOnlyItsDependents()
{
    const FormDefinition form = chainedForm();
    auto values = DerivedValues::fromCodes(form, {{"part", 3.0}, {"a", 4.0}, {"b", 2.0}, {"c", 10.0}}).value();
    const QList<int> refreshed = values.set(form.indexOf("c"), 20.0);
    QCOMPARE(refreshed, QList<int>{form.indexOf("grand")});
    QCOMPARE(*values.computed("grand"), 6.0 + 20.0);
    QCOMPARE(*values.computed("share"), 50.0); // untouched

    QCOMPARE(values.set(form.indexOf("b"), 6.0).size(), 3); // total, then share and grand
    QCOMPARE(*values.computed("share"), 3.0 / 10.0 * 100.0);
    QCOMPARE(*values.computed("grand"), 10.0 + 20.0);
}

void TestDerivedValues::editsAgreeWithFullRecomputation()
{
    const FormDefinition form = chainedForm();
    QRandomGenerator random(20220614);
    const qsizetype n = form.items().size();
    QList<std::optional<double>> entered(n);
    DerivedValues incremental(form, entered);
    for (int step = 0; step < 500; ++step) {
        const int index = int(random.bounded(qint64(n)));
        const std::optional<double> value =
            random.bounded(5) == 0 ? std::nullopt : std::optional<double>(double(random.bounded(0, 20)));
        entered[index] = value;
        incremental.set(index, value);
        const DerivedValues full(form, entered);
        for (int i = 0; i < n; ++i)
            QCOMPARE(incremental.computed(i), full.computed(i));
    }
}

QTEST_GUILESS_MAIN(TestDerivedValues)
#include "tst_derived_values.moc"
