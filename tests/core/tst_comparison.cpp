// The comparison of a value with a target, shared by evaluation and projection.
#include "targets/Comparison.h"

#include <QTest>

using namespace pardesk;

class TestComparison : public QObject {
    Q_OBJECT
private slots:
    void satisfies_data();
    void satisfies();
    void vocabularyRoundTrips();
};

void TestComparison::satisfies_data()
{
    QTest::addColumn<double>("actual");
    QTest::addColumn<QString>("comparator");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<bool>("holds");
    QTest::newRow("tối thiểu 50%: 50 meets") << 50.0 << ">=" << 50.0 << 0.0 << true;
    QTest::newRow("tối thiểu 50%: 49,9 fails") << 49.9 << ">=" << 50.0 << 0.0 << false;
    QTest::newRow("trên 90%: 90 fails") << 90.0 << ">" << 90.0 << 0.0 << false;
    QTest::newRow("trên 90%: 90,1 meets") << 90.1 << ">" << 90.0 << 0.0 << true;
    QTest::newRow("tối đa 25 phút: 25 meets") << 25.0 << "<=" << 25.0 << 0.0 << true;
    QTest::newRow("tối đa 25 phút: 26 fails") << 26.0 << "<=" << 25.0 << 0.0 << false;
    QTest::newRow("dưới 5: 5 fails") << 5.0 << "<" << 5.0 << 0.0 << false;
    QTest::newRow("khoảng 80% ± 2: 78 meets") << 78.0 << "~" << 80.0 << 2.0 << true;
    QTest::newRow("khoảng 80% ± 2: 77,9 fails") << 77.9 << "~" << 80.0 << 2.0 << false;
    QTest::newRow("computed 45/99×100 meets 45,45…") << 45.0 / 99.0 * 100.0 << ">=" << 45.45454545454545 << 0.0 << true;
    QTest::newRow("equal") << 100.0 << "=" << 100.0 << 0.0 << true;
}

void TestComparison::satisfies()
{
    QFETCH(double, actual);
    QFETCH(QString, comparator);
    QFETCH(double, target);
    QFETCH(double, tolerance);
    QFETCH(bool, holds);
    QCOMPARE(pardesk::satisfies(actual, pardesk::comparatorFrom(comparator).value(), target, tolerance),
             std::optional<bool>(holds));
}

// Every word the store and the JSON files write reads back as the same enum, and a word outside
// the vocabulary is refused rather than read as a default.
void TestComparison::vocabularyRoundTrips()
{
    using namespace pardesk;
    for (Comparator c : kComparators) {
        QCOMPARE(comparatorFrom(storeText(c)), std::optional<Comparator>(c));
        QVERIFY(!comparatorSymbol(c).isEmpty());
    }
    QCOMPARE(comparatorFrom(u""), std::optional<Comparator>(Comparator::None));
    QCOMPARE(comparatorFrom(u"≥"), std::nullopt);
    for (TargetKind k : {TargetKind::Level, TargetKind::Reduction, TargetKind::Qualitative})
        QCOMPARE(targetKindFrom(storeText(k)), std::optional<TargetKind>(k));
    QCOMPARE(targetKindFrom(u"levels"), std::nullopt);
    for (Direction d : {Direction::Higher, Direction::Lower})
        QCOMPARE(directionFrom(storeText(d)), std::optional<Direction>(d));
    for (AdminLevel l : {AdminLevel::None, AdminLevel::Province, AdminLevel::Department, AdminLevel::District,
                         AdminLevel::Commune})
        QCOMPARE(adminLevelFrom(storeText(l)), std::optional<AdminLevel>(l));
    QCOMPARE(adminLevelFrom(u"huyện"), std::nullopt);
    QCOMPARE(comparatorSymbol(Comparator::AtLeast), QStringLiteral("≥"));
    QCOMPARE(comparatorSymbol(Comparator::About), QStringLiteral("≈"));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
