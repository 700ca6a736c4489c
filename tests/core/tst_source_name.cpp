// Sources a user can follow: the document as officials cite it and the part of it, in Vietnamese,
// from the machine provenance ("001:II.2.14"); every target and task of the store gets one.
#include "TestSupport.h"
#include "store/Store.h"
#include "store/Database.h"
#include "text/SourceName.h"
#include "util/Language.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestSourceName : public QObject {
    Q_OBJECT
private slots:
    void parts_data();
    void parts();
    void documents_data();
    void documents();
    void everyRecordOfTheStoreIsNamed();
    void cleanup() { installLanguage(QStringLiteral("en")); }
};

void TestSourceName::parts_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("vietnamese");
    QTest::newRow("section") << "001:II.2.14" << "section II.2.14" << "mục II.2.14";
    QTest::newRow("remarks dropped") << "003:II.6 (line 49; một giá trị cho ba cấp)" << "section II.6" << "mục II.6";
    QTest::newRow("appendix row") << "000:Phụ lục row 10, lines 159–160 (ô thừa)" << "Appendix, row 10" << "Phụ lục, dòng 10";
    QTest::newRow("numbered appendix row") << "002:Phụ lục 03 row 16 (line 653)" << "Appendix 03, row 16" << "Phụ lục 03, dòng 16";
    QTest::newRow("numbered appendix") << "002:Phụ lục 08 (lines 655-700)" << "Appendix 08" << "Phụ lục 08";
    QTest::newRow("appendix item") << "004:Phụ lục I.4.a (line 167); cột trống" << "Appendix, section I.4.a" << "Phụ lục, mục I.4.a";
    QTest::newRow("unnumbered row") << "004:Phụ lục II.1, dòng không có số thứ tự (lines 170, 173)"
                                    << "Appendix, section II.1, dòng không có số thứ tự"
                                    << "Phụ lục, mục II.1, dòng không có số thứ tự";
    QTest::newRow("table row") << "004:I.3 table row 3 (line 93)" << "section I.3, table, row 3" << "mục I.3, bảng, dòng 3";
    QTest::newRow("heading") << "000:header" << "heading" << "phần đầu văn bản";
    QTest::newRow("file line only") << "002:line 511" << "" << "";
    QTest::newRow("own words") << "003:Nơi nhận (line 84)" << "Nơi nhận" << "Nơi nhận";
}

void TestSourceName::parts()
{
    QFETCH(QString, source);
    QFETCH(QString, english);
    QFETCH(QString, vietnamese);
    QCOMPARE(SourceName::part(source), english);
    installLanguage(QStringLiteral("vi"));
    QCOMPARE(SourceName::part(source), vietnamese);
}

void TestSourceName::documents_data()
{
    QTest::addColumn<QString>("typeLabel");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("vietnamese");
    QTest::newRow("numbered") << "Kế hoạch" << "268/KH-UBND" << "2023-12-23" << "Ủy ban nhân dân tỉnh Tuyên Quang"
                              << "Kế hoạch số 268/KH-UBND";
    QTest::newRow("blank number, month") << "Kế hoạch hành động" << "/KH-UBND" << "2024-07" << "Ủy ban nhân dân tỉnh Tuyên Quang"
                                         << "Kế hoạch hành động tháng 7/2024 của Ủy ban nhân dân tỉnh Tuyên Quang";
    QTest::newRow("blank number, day") << "Báo cáo" << "/BC-STTTT" << "2022-06-14" << "Sở Thông tin và Truyền thông"
                                       << "Báo cáo ngày 14/6/2022 của Sở Thông tin và Truyền thông";
    QTest::newRow("no number at all") << "Kế hoạch" << "" << "2024" << "UBND tỉnh" << "Kế hoạch năm 2024 của UBND tỉnh";
}

void TestSourceName::documents()
{
    QFETCH(QString, typeLabel);
    QFETCH(QString, number);
    QFETCH(QString, issued);
    QFETCH(QString, issuer);
    QFETCH(QString, vietnamese);
    installLanguage(QStringLiteral("vi"));
    QCOMPARE(SourceName::document({typeLabel, number, issued, issuer}), vietnamese);
}

void TestSourceName::everyRecordOfTheStoreIsNamed()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("names.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    installLanguage(QStringLiteral("vi"));
    QStringList names;
    for (const Target &t : Plans(db.value()->connection()).targets().value())
        names << t.sourceName;
    for (const Task &t : Plans(db.value()->connection()).tasks().value())
        names << t.sourceName;
    for (const Document &d : Plans(db.value()->connection()).documents().value())
        names << d.name;
    QVERIFY(names.size() > 300);
    for (const QString &name : std::as_const(names)) {
        // No file numbers, English bookkeeping or blank numbers left for a reader to decode.
        QVERIFY2(!name.contains(QStringLiteral("line")) && !name.contains(QStringLiteral(" row ")) &&
                     !name.contains(QStringLiteral("header")) && !name.startsWith(u'/') && !name.contains(QStringLiteral(" /")) &&
                     !QRegularExpression(QStringLiteral("^00[0-4]:")).match(name).hasMatch(),
                 qPrintable(name));
    }
    const auto targets = Plans(db.value()->connection()).targets().value();
    const auto plan268 = std::find_if(targets.cbegin(), targets.cend(), [](const Target &t) { return t.source == u"001:II.2.14"; });
    QVERIFY(plan268 != targets.cend());
    QCOMPARE(plan268->sourceName, QStringLiteral("Kế hoạch số 268/KH-UBND, mục II.2.14"));
    QCOMPARE(plan268->source, QStringLiteral("001:II.2.14")); // the machine field stays
}

QTEST_GUILESS_MAIN(TestSourceName)
#include "tst_source_name.moc"
