// Period keys, labels, data windows and order (docs/periods.md).
#include "periods/Period.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace pardesk;

namespace {

// Stands in for the Vietnamese catalogue: answers the Period context with the translations the
// .ts file is to hold, so the test sees what a Vietnamese user sees.
class VietnameseLabels : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> vi = {
            {"First quarter of %1", "Quý I năm %1"},         {"Second quarter of %1", "Quý II năm %1"},
            {"Third quarter of %1", "Quý III năm %1"},       {"Fourth quarter of %1", "Quý IV năm %1"},
            {"First half of %1", "6 tháng đầu năm %1"},      {"Second half of %1", "6 tháng cuối năm %1"},
            {"First nine months of %1", "9 tháng năm %1"}, {"Year %1", "Năm %1"},
        };
        return qstrcmp(context, "Period") == 0 ? vi.value(QString::fromUtf8(source)) : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPeriod : public QObject {
    Q_OBJECT
private slots:
    void parsesKeys_data();
    void parsesKeys();
    void rejectsWithTheInputQuoted_data();
    void rejectsWithTheInputQuoted();
    void windows_data();
    void windows();
    void calendarMonths_data();
    void calendarMonths();
    void quartersTileTheYears();
    void cumulativePeriodsAreUnionsOfQuarters();
    void orderOfAYear();
    void periodsOfAKind();
    void labels_data();
    void labels();
};

void TestPeriod::parsesKeys_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("index");
    QTest::newRow("quarter") << "2024Q1" << "2024Q1" << "quarter" << 1;
    QTest::newRow("fourth quarter") << "2024Q4" << "2024Q4" << "quarter" << 4;
    QTest::newRow("first half") << "2022S1" << "2022S1" << "half" << 1;
    QTest::newRow("second half") << "2024S2" << "2024S2" << "half" << 2;
    QTest::newRow("nine months") << "2024N9" << "2024N9" << "nine_months" << 1;
    QTest::newRow("year") << "2024" << "2024" << "year" << 1;
    QTest::newRow("lower case and spaces") << " 2024q3 " << "2024Q3" << "quarter" << 3;
    QTest::newRow("quarter with a leading zero") << "2024Q01" << "2024Q1" << "quarter" << 1;
    QTest::newRow("earliest year") << "1000" << "1000" << "year" << 1;
}

void TestPeriod::parsesKeys()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QFETCH(QString, kind);
    QFETCH(int, index);
    const auto period = Period::parse(input);
    QVERIFY2(period.ok(), qPrintable(period.error()));
    QCOMPARE(period->key(), key);
    QCOMPARE(Period::kindName(period->kind()), kind);
    QCOMPARE(period->index(), index);
    QCOMPARE(period->year(), key.left(4).toInt());
    QCOMPARE(Period::parse(period->key()).value(), period.value()); // the key reads back as itself
}

void TestPeriod::rejectsWithTheInputQuoted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("hint"); // what the message must explain
    QTest::newRow("fifth quarter") << "2024Q5" << "quarters 1 to 4";
    QTest::newRow("quarter zero") << "2024Q0" << "quarters 1 to 4";
    QTest::newRow("third half") << "2024S3" << "halves 1 and 2";
    QTest::newRow("six months as N6") << "2024N6" << "N9";
    QTest::newRow("month") << "202403" << "2024Q1";
    QTest::newRow("two-digit year") << "24Q1" << "2024Q1";
    QTest::newRow("words") << "quý 1" << "2024Q1";
    QTest::newRow("empty") << "" << "2024Q1";
    QTest::newRow("DHIS2 financial year") << "2024April" << "2024Q1";
    // The edges of the shape, read by hand since it stopped being a regular expression.
    QTest::newRow("year from 0") << "0999" << "2024Q1";
    QTest::newRow("letter without number") << "2024Q" << "2024Q1";
    QTest::newRow("three-digit number") << "2024Q100" << "2024Q1";
    QTest::newRow("five-digit year") << "20241" << "2024Q1";
    QTest::newRow("other letter") << "2024M1" << "2024Q1";
    QTest::newRow("full-width digits") << QStringLiteral("２０２４Q1") << "2024Q1";
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("2024Q\u0661") << "2024Q1";
}

void TestPeriod::rejectsWithTheInputQuoted()
{
    QFETCH(QString, input);
    QFETCH(QString, hint);
    const auto period = Period::parse(input);
    QVERIFY(!period.ok());
    QVERIFY2(period.error().contains(u'"' + input + u'"'), qPrintable(period.error()));
    QVERIFY2(period.error().contains(hint), qPrintable(period.error()));
}

void TestPeriod::windows_data()
{
    // The cut-off of Nghị định 09/2019/NĐ-CP as DOMAIN.md states it: the 15th of the month before
    // the period to the 14th of its last month.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("Q1") << "2024Q1" << QDate(2023, 12, 15) << QDate(2024, 3, 14);
    QTest::newRow("Q2") << "2024Q2" << QDate(2024, 3, 15) << QDate(2024, 6, 14);
    QTest::newRow("Q3") << "2024Q3" << QDate(2024, 6, 15) << QDate(2024, 9, 14);
    QTest::newRow("Q4") << "2024Q4" << QDate(2024, 9, 15) << QDate(2024, 12, 14);
    QTest::newRow("first half") << "2024S1" << QDate(2023, 12, 15) << QDate(2024, 6, 14);
    QTest::newRow("second half") << "2024S2" << QDate(2024, 6, 15) << QDate(2024, 12, 14);
    QTest::newRow("nine months") << "2024N9" << QDate(2023, 12, 15) << QDate(2024, 9, 14);
    QTest::newRow("year") << "2024" << QDate(2023, 12, 15) << QDate(2024, 12, 14);
}

void TestPeriod::windows()
{
    QFETCH(QString, key);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const Period period = Period::parse(key).value();
    QCOMPARE(period.windowStart(), start);
    QCOMPARE(period.windowEnd(), end);
}

void TestPeriod::calendarMonths_data()
{
    // The months the key names, whatever the data window: 2024Q2 is April to June.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("Q1") << "2024Q1" << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("Q2") << "2024Q2" << QDate(2024, 4, 1) << QDate(2024, 6, 30);
    QTest::newRow("Q4") << "2024Q4" << QDate(2024, 10, 1) << QDate(2024, 12, 31);
    QTest::newRow("first half") << "2024S1" << QDate(2024, 1, 1) << QDate(2024, 6, 30);
    QTest::newRow("second half") << "2024S2" << QDate(2024, 7, 1) << QDate(2024, 12, 31);
    QTest::newRow("nine months") << "2024N9" << QDate(2024, 1, 1) << QDate(2024, 9, 30);
    QTest::newRow("year") << "2024" << QDate(2024, 1, 1) << QDate(2024, 12, 31);
}

void TestPeriod::calendarMonths()
{
    QFETCH(QString, key);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const Period period = Period::parse(key).value();
    QCOMPARE(period.firstDay(), first);
    QCOMPARE(period.lastDay(), last);
}

void TestPeriod::quartersTileTheYears()
{
    // Every day from 2019 to 2026 falls in exactly one quarter: no gap, no overlap.
    QDate expectedStart = Period::quarter(2019, 1).windowStart();
    for (int year = 2019; year <= 2026; ++year)
        for (const Period &q : Period::periodsOf(Period::Kind::Quarter, year)) {
            QCOMPARE(q.windowStart(), expectedStart);
            QVERIFY(q.windowEnd() > q.windowStart());
            expectedStart = q.windowEnd().addDays(1);
        }
}

void TestPeriod::cumulativePeriodsAreUnionsOfQuarters()
{
    for (int year : {2023, 2024}) {
        const QList<Period> quarters = Period::periodsOf(Period::Kind::Quarter, year);
        for (const Period &p : Period::allOf(year)) {
            const int length = p.kind() == Period::Kind::Half ? 2 : 1; // in quarters, when it does not start the year
            const Period &first = p.startsTheYear() ? quarters.first() : quarters[p.lastQuarter() - length];
            QCOMPARE(p.windowStart(), first.windowStart());
            QCOMPARE(p.windowEnd(), quarters[p.lastQuarter() - 1].windowEnd());
        }
    }
}

void TestPeriod::orderOfAYear()
{
    QStringList keys;
    for (const Period &p : Period::allOf(2024))
        keys << p.key();
    // As reports come in: a quarter before the longer period that ends with it.
    QCOMPARE(keys, (QStringList{"2024Q1", "2024Q2", "2024S1", "2024Q3", "2024N9", "2024Q4", "2024S2", "2024"}));
    QVERIFY(Period::wholeYear(2023) < Period::quarter(2024, 1));
    QVERIFY(Period::quarter(2024, 2) < Period::half(2024, 1));
    QVERIFY(Period::half(2024, 1) != Period::quarter(2024, 2));
    QCOMPARE(Period::parse("2024S1").value() <=> Period::half(2024, 1), std::strong_ordering::equal);
}

void TestPeriod::periodsOfAKind()
{
    QCOMPARE(Period::periodsOf(Period::Kind::Quarter, 2024).size(), 4);
    QCOMPARE(Period::periodsOf(Period::Kind::Half, 2024).size(), 2);
    QCOMPARE(Period::periodsOf(Period::Kind::NineMonths, 2024), QList<Period>{Period::nineMonths(2024)});
    QCOMPARE(Period::periodsOf(Period::Kind::Year, 2024), QList<Period>{Period::wholeYear(2024)});
    for (Period::Kind kind : {Period::Kind::Quarter, Period::Kind::Half, Period::Kind::NineMonths, Period::Kind::Year})
        for (const Period &p : Period::periodsOf(kind, 2025)) {
            QCOMPARE(p.kind(), kind);
            QCOMPARE(p.year(), 2025);
        }
}

void TestPeriod::labels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("vietnamese");
    QTest::newRow("Q1") << "2024Q1" << "First quarter of 2024" << "Quý I năm 2024";
    QTest::newRow("Q2") << "2024Q2" << "Second quarter of 2024" << "Quý II năm 2024";
    QTest::newRow("Q3") << "2024Q3" << "Third quarter of 2024" << "Quý III năm 2024";
    QTest::newRow("Q4") << "2024Q4" << "Fourth quarter of 2024" << "Quý IV năm 2024";
    QTest::newRow("S1") << "2022S1" << "First half of 2022" << "6 tháng đầu năm 2022";
    QTest::newRow("S2") << "2024S2" << "Second half of 2024" << "6 tháng cuối năm 2024";
    QTest::newRow("N9") << "2024N9" << "First nine months of 2024" << "9 tháng năm 2024";
    QTest::newRow("year") << "2024" << "Year 2024" << "Năm 2024";
}

void TestPeriod::labels()
{
    QFETCH(QString, key);
    QFETCH(QString, english);
    QFETCH(QString, vietnamese);
    const Period period = Period::parse(key).value();
    QCOMPARE(period.label(), english);
    VietnameseLabels vi;
    QVERIFY(QCoreApplication::installTranslator(&vi));
    const QString translated = period.label();
    QCoreApplication::removeTranslator(&vi);
    QCOMPARE(translated, vietnamese);
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
