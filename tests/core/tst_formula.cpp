// Derived-item formulas: reading their JSON and computing, with missing values kept missing.
#include "forms/Formula.h"

#include <QTest>

using namespace pardesk;

class TestFormula : public QObject {
    Q_OBJECT
private slots:
    void readsRatioAndSum();
    void rejectsWhatIsNeither_data();
    void rejectsWhatIsNeither();
    void computes();
};

void TestFormula::readsRatioAndSum()
{
    const auto ratio = Formula::fromJson(QStringLiteral(R"({"op":"ratio","num":"1.2.2","den":"1.2.1"})"));
    QVERIFY2(ratio, qPrintable(ratio.error()));
    QCOMPARE(ratio->op(), Formula::Op::Ratio);
    QCOMPARE(ratio->numerator(), QStringLiteral("1.2.2"));
    QCOMPARE(ratio->denominator(), QStringLiteral("1.2.1"));
    QCOMPARE(Formula::fromJson(ratio->toJson())->inputs(), ratio->inputs());

    const auto sum = Formula::fromJson(QStringLiteral(R"({"op":"sum","of":["2.1.1","2.1.2","2.1.3"]})"));
    QVERIFY(sum);
    QCOMPARE(sum->op(), Formula::Op::Sum);
    QCOMPARE(sum->inputs(), (QStringList{"2.1.1", "2.1.2", "2.1.3"}));
}

void TestFormula::rejectsWhatIsNeither_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("not JSON") << "ratio of 1 and 2";
    QTest::newRow("unknown op") << R"({"op":"mean","of":["1"]})";
    QTest::newRow("ratio without denominator") << R"({"op":"ratio","num":"1"})";
    QTest::newRow("empty sum") << R"({"op":"sum","of":[]})";
}

void TestFormula::rejectsWhatIsNeither()
{
    QFETCH(QString, json);
    const auto f = Formula::fromJson(json);
    QVERIFY(!f);
    QVERIFY(f.error().contains(json));
}

void TestFormula::computes()
{
    const Formula ratio = Formula::ratio(QStringLiteral("n"), QStringLiteral("d"));
    QCOMPARE(*ratio.compute({2.0, 6.0}), 2.0 / 6.0 * 100.0);
    QCOMPARE(*ratio.compute({56.0, 56.0}), 100.0);
    QVERIFY(!ratio.compute({1.0, 0.0}));          // no denominator: no percentage
    QVERIFY(!ratio.compute({std::nullopt, 5.0})); // missing is not zero
    const Formula sum = Formula::sum({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(*sum.compute({4.0, 0.0, 1.5}), 5.5);
    QVERIFY(!sum.compute({4.0, std::nullopt, 1.0}));
    QVERIFY(!sum.compute({4.0, 1.0})); // wrong arity
}

QTEST_GUILESS_MAIN(TestFormula)
#include "tst_formula.moc"
