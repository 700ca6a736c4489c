// Vietnamese and C number conventions as officials type them.
#include "text/NumberFormat.h"
#include "util/Language.h"

#include <QTest>

using namespace pardesk;

class TestNumberFormat : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
    void unitScale();
    void byteSize_data();
    void byteSize();
    void byteSizeInVietnamese();
};

Q_DECLARE_METATYPE(pardesk::UnitScale)
Q_DECLARE_METATYPE(pardesk::NumberConvention)

void TestNumberFormat::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<UnitScale>("scale");
    QTest::addColumn<NumberConvention>("convention");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<bool>("slip");

    const auto vn = NumberConvention::Vietnamese;
    const auto c = NumberConvention::C;
    QTest::newRow("thousands") << "1.044" << UnitScale::Count << vn << 1044.0 << false << false;
    QTest::newRow("seed 002 dossiers") << "65.454" << UnitScale::Count << vn << 65454.0 << false << false;
    QTest::newRow("millions") << "1.234.567" << UnitScale::Other << vn << 1234567.0 << false << false;
    QTest::newRow("decimal comma") << "10,1352" << UnitScale::Points << vn << 10.1352 << false << false;
    QTest::newRow("percent decimal") << "0,45%" << UnitScale::Percent << vn << 0.45 << true << false;
    QTest::newRow("percent sign") << "100%" << UnitScale::Percent << vn << 100.0 << true << false;
    QTest::newRow("percent in a count row") << "100%" << UnitScale::Count << vn << 100.0 << true << false;
    QTest::newRow("spaces") << " 1 044 " << UnitScale::Count << vn << 1044.0 << false << false;
    QTest::newRow("no-break space") << QStringLiteral("15\u00A0444") << UnitScale::Count << vn << 15444.0 << false << false;
    QTest::newRow("space before percent") << "24 %" << UnitScale::Percent << vn << 24.0 << true << false;
    QTest::newRow("grouped with decimals") << "1.234,5" << UnitScale::Other << vn << 1234.5 << false << false;
    QTest::newRow("negative") << "-3" << UnitScale::Other << vn << -3.0 << false << false;
    QTest::newRow("zero") << "0" << UnitScale::Count << vn << 0.0 << false << false;
    QTest::newRow("slip: C decimal") << "2.57" << UnitScale::Points << vn << 2.57 << false << true;
    QTest::newRow("slip: C decimal, count") << "2.5" << UnitScale::Count << vn << 2.5 << false << true;
    QTest::newRow("points decide 1.500") << "1.500" << UnitScale::Points << vn << 1.5 << false << true;
    QTest::newRow("percent decides 1.500") << "1.500" << UnitScale::Percent << vn << 1.5 << false << true;
    QTest::newRow("count decides 1.500") << "1.500" << UnitScale::Count << vn << 1500.0 << false << false;
    QTest::newRow("C thousands") << "1,044" << UnitScale::Count << c << 1044.0 << false << false;
    QTest::newRow("C decimal") << "10.1352" << UnitScale::Points << c << 10.1352 << false << false;
    QTest::newRow("C grouped decimal") << "65,454.5" << UnitScale::Other << c << 65454.5 << false << false;
}

void TestNumberFormat::parse()
{
    QFETCH(QString, text);
    QFETCH(UnitScale, scale);
    QFETCH(NumberConvention, convention);
    QFETCH(double, value);
    QFETCH(bool, percent);
    QFETCH(bool, slip);
    const ParsedNumber n = parseNumber(text, scale, convention);
    QVERIFY2(n.isNumber(), qPrintable(n.error));
    QCOMPARE(n.value, value);
    QCOMPARE(n.percentSign, percent);
    QCOMPARE(n.decimalSlip, slip);
}

void TestNumberFormat::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("noData"); // true: "no data", false: invalid
    QTest::newRow("empty") << "" << true;
    QTest::newRow("blank") << "   " << true;
    QTest::newRow("dash") << "-" << true;
    QTest::newRow("en dash") << QStringLiteral("–") << true;
    QTest::newRow("words") << "Có" << false;
    QTest::newRow("two commas") << "1,2,3" << false;
    QTest::newRow("bad grouping") << "1.04.4" << false;
    QTest::newRow("letters inside") << "12a" << false;
    QTest::newRow("only separators") << ".," << false;
    QTest::newRow("percent alone") << "%" << false;
}

void TestNumberFormat::rejects()
{
    QFETCH(QString, text);
    QFETCH(bool, noData);
    const ParsedNumber n = parseNumber(text);
    QVERIFY(!n.isNumber());
    QCOMPARE(n.kind == ParsedNumber::Kind::NoData, noData);
    if (!noData)
        QVERIFY2(n.error.contains(text.trimmed()), qPrintable(n.error)); // the message quotes the input
}

void TestNumberFormat::format_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<NumberConvention>("convention");
    QTest::addColumn<QString>("text");
    QTest::newRow("thousands") << 1044.0 << 2 << NumberConvention::Vietnamese << "1.044";
    QTest::newRow("large") << 65454.0 << 0 << NumberConvention::Vietnamese << "65.454";
    QTest::newRow("decimal") << 10.1352 << 4 << NumberConvention::Vietnamese << "10,1352";
    QTest::newRow("rounded") << 33.3333 << 1 << NumberConvention::Vietnamese << "33,3";
    QTest::newRow("trailing zeros dropped") << 0.45 << 4 << NumberConvention::Vietnamese << "0,45";
    QTest::newRow("negative") << -1234.5 << 1 << NumberConvention::Vietnamese << "-1.234,5";
    QTest::newRow("negative zero") << -0.001 << 1 << NumberConvention::Vietnamese << "0";
    QTest::newRow("C") << 1234567.25 << 2 << NumberConvention::C << "1,234,567.25";
}

void TestNumberFormat::format()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(NumberConvention, convention);
    QFETCH(QString, text);
    QCOMPARE(formatNumber(value, decimals, convention), text);
    // What is written can be read back.
    QCOMPARE(parseNumber(text, UnitScale::Other, convention).value, QString::number(value, 'f', decimals).toDouble() == 0
                                                                        ? 0.0
                                                                        : QString::number(value, 'f', decimals).toDouble());
}

void TestNumberFormat::unitScale()
{
    QCOMPARE(unitScaleOf(QStringLiteral("%")), UnitScale::Percent);
    QCOMPARE(unitScaleOf(QStringLiteral("Hồ sơ")), UnitScale::Count);
    QCOMPARE(unitScaleOf(QStringLiteral("Cơ quan, đơn vị")), UnitScale::Count);
    QCOMPARE(unitScaleOf(QStringLiteral("điểm")), UnitScale::Points);
    QCOMPARE(unitScaleOf(QStringLiteral("phút")), UnitScale::Other);
    QCOMPARE(unitScaleOf(QStringLiteral("Có = 1; Không = 0")), UnitScale::Other);
    QCOMPARE(unitScaleOf(QString()), UnitScale::Other);
}

// In English (the source texts, no translation installed), in either convention.
void TestNumberFormat::byteSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<NumberConvention>("convention");
    QTest::addColumn<QString>("text");
    const auto vn = NumberConvention::Vietnamese;
    const auto c = NumberConvention::C;
    QTest::newRow("none") << qint64(0) << vn << "0 bytes";
    QTest::newRow("one") << qint64(1) << c << "1 byte";
    QTest::newRow("bytes") << qint64(48) << c << "48 bytes";
    QTest::newRow("bytes grouped") << qint64(1023) << vn << "1.023 bytes";
    QTest::newRow("bytes grouped, C") << qint64(1000) << c << "1,000 bytes";
    QTest::newRow("one KB") << qint64(1024) << vn << "1 KB";
    QTest::newRow("KB decimal comma") << qint64(1229) << vn << "1,2 KB";
    QTest::newRow("KB decimal point") << qint64(1229) << c << "1.2 KB";
    QTest::newRow("KB grouped") << qint64(1000 * 1024) << vn << "1.000 KB";
    QTest::newRow("rounds up to MB") << qint64(1024 * 1024 - 20) << vn << "1 MB";
    QTest::newRow("MB") << qint64(3565158) << vn << "3,4 MB";
    QTest::newRow("MB, C") << qint64(3565158) << c << "3.4 MB";
    QTest::newRow("evidence limit") << qint64(10 * 1024 * 1024) << vn << "10 MB";
    QTest::newRow("GB") << qint64(5) * 1024 * 1024 * 1024 / 2 << c << "2.5 GB";
}

void TestNumberFormat::byteSize()
{
    QFETCH(qint64, bytes);
    QFETCH(NumberConvention, convention);
    QFETCH(QString, text);
    QCOMPARE(formatByteSize(bytes, convention), text);
}

// With the Vietnamese catalogue built into the program, as a Vietnamese user sees it.
void TestNumberFormat::byteSizeInVietnamese()
{
    installLanguage(QStringLiteral("vi"));
    const QString bytes = formatByteSize(48);
    const QString one = formatByteSize(1);
    const QString kilo = formatByteSize(1229);
    installLanguage(QStringLiteral("en"));
    QCOMPARE(bytes, QStringLiteral("48 byte"));
    QCOMPARE(one, QStringLiteral("1 byte"));
    QCOMPARE(kilo, QStringLiteral("1,2 KB"));
    QCOMPARE(formatByteSize(48), QStringLiteral("48 bytes")); // English again
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_number_format.moc"
