// The header block of a printed appendix (Nghị định 30/2020): who heads it, from the names the data
// uses, and the "Số:" and place-and-date lines with their dotted blanks. In Vietnamese, as printed.
#include "report/AppendixTable.h"
#include "report/DocumentHeader.h"
#include "report/FormAppendix.h"
#include "report/PlanAppendix.h"
#include "report/ProgressAppendix.h"
#include "report/TaskAppendix.h"
#include "report/ComparisonAppendix.h"
#include "store/Store.h"
#include "util/Language.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestDocumentHeader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { installLanguage(QStringLiteral("vi")); }

    void issuerUnderItsParentBody_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("place");
        // A department: the province's committee above it, the province dropped from its own name.
        QTest::newRow("department") << "Sở Thông tin và Truyền thông" << "Tuyên Quang" << "UBND TỈNH TUYÊN QUANG"
                                    << "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" << "Tuyên Quang";
        QTest::newRow("department of the province") << "Sở Thông tin và Truyền thông tỉnh" << "Trà Vinh"
                                                    << "UBND TỈNH TRÀ VINH" << "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" << "Trà Vinh";
        QTest::newRow("steering committee") << "Ban Chỉ đạo Chuyển đổi số tỉnh Tuyên Quang" << "Tuyên Quang"
                                            << "UBND TỈNH TUYÊN QUANG" << "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ" << "Tuyên Quang";
        // The province's committee heads its own documents: no parent body, its full name.
        QTest::newRow("provincial committee") << "Ủy ban nhân dân tỉnh Tuyên Quang" << "Tuyên Quang" << ""
                                              << "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG" << "Tuyên Quang";
        QTest::newRow("committee as agencies list it") << "Ủy ban nhân dân tỉnh" << "Trà Vinh" << ""
                                                       << "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH" << "Trà Vinh";
        QTest::newRow("abbreviated") << "UBND tỉnh" << "Tuyên Quang" << "" << "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG" << "Tuyên Quang";
        // The chair signs for the committee, whose name heads the document.
        QTest::newRow("chair") << "Chủ tịch UBND tỉnh" << "Bắc Giang" << "" << "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" << "Bắc Giang";
        // A district's committee: no parent body, dated in its own town.
        QTest::newRow("district") << "Ủy ban nhân dân thị xã Duyên Hải" << "Trà Vinh" << ""
                                  << "ỦY BAN NHÂN DÂN THỊ XÃ DUYÊN HẢI" << "Duyên Hải";
    }
    void issuerUnderItsParentBody()
    {
        QFETCH(QString, name);
        QFETCH(QString, province);
        QFETCH(QString, parent);
        QFETCH(QString, body);
        QFETCH(QString, place);
        const DocumentHeader::Issuer issuer = DocumentHeader::issuer(name, province);
        QCOMPARE(issuer.parentBody, parent);
        QCOMPARE(issuer.body, body);
        QCOMPARE(issuer.place, place);
    }

    void numberAndDateLines()
    {
        QCOMPARE(DocumentHeader::numberLine(QStringLiteral("268/KH-UBND")), QStringLiteral("Số: 268/KH-UBND"));
        QCOMPARE(DocumentHeader::numberLine(QStringLiteral("/BC-STTTT")), QStringLiteral("Số: …/BC-STTTT"));
        QCOMPARE(DocumentHeader::numberLine(QString()), QStringLiteral("Số: …/…"));
        QCOMPARE(DocumentHeader::dateLine(QStringLiteral("Tuyên Quang"), QStringLiteral("2023-12-23")),
                 QStringLiteral("Tuyên Quang, ngày 23 tháng 12 năm 2023"));
        // Nghị định 30: a zero before days under 10 and before months 1 and 2.
        QCOMPARE(DocumentHeader::dateLine(QStringLiteral("Bắc Giang"), QStringLiteral("2024-02-05")),
                 QStringLiteral("Bắc Giang, ngày 05 tháng 02 năm 2024"));
        QCOMPARE(DocumentHeader::dateLine(QStringLiteral("Trà Vinh"), QStringLiteral("2023-07-11")),
                 QStringLiteral("Trà Vinh, ngày 11 tháng 7 năm 2023"));
        QCOMPARE(DocumentHeader::dateLine(QStringLiteral("Tuyên Quang"), QStringLiteral("2024-07")),
                 QStringLiteral("Tuyên Quang, ngày … tháng 7 năm 2024"));
        QCOMPARE(DocumentHeader::dateLine(QString(), QString()), QStringLiteral("……, ngày … tháng … năm …"));
    }

    // What the header prints when the data has nothing: dots to fill by hand, never an empty line.
    void blanksPrintAsDots()
    {
        const HeaderLines lines = DocumentHeader::lines(AppendixIdentity{});
        QVERIFY(lines.parentBody.isEmpty());
        QCOMPARE(lines.issuingBody, DocumentHeader::blank());
        QCOMPARE(lines.number, QStringLiteral("Số: …/…"));
        QCOMPARE(lines.nationalName, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        QCOMPARE(lines.motto, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
        QCOMPARE(lines.placeAndDate, QStringLiteral("……, ngày … tháng … năm …"));
        AppendixIdentity typed;
        typed.place = QStringLiteral("Tuyên Quang");
        typed.placeAndDate = QStringLiteral("Tuyên Quang, ngày 15 tháng 6 năm 2024");
        QCOMPARE(DocumentHeader::lines(typed).placeAndDate, typed.placeAndDate);
    }

    // Every appendix of the bundled store gets its header from the data.
    void appendicesOfTheBundledStore()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(store, qPrintable(store.error()));
        const Store &db = *store.value();

        const auto form = FormAppendix::build(db, 1);
        QVERIFY(form);
        QCOMPARE(form->identity.parentBody, QStringLiteral("UBND TỈNH TUYÊN QUANG"));
        QCOMPARE(form->identity.issuingBody, QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
        const HeaderLines formLines = DocumentHeader::lines(form->identity);
        QCOMPARE(formLines.number, QStringLiteral("Số: …/BC-STTTT")); // the report of seed 002 has no number
        QCOMPARE(formLines.placeAndDate, QStringLiteral("Tuyên Quang, ngày 14 tháng 6 năm 2022"));

        const auto plan = PlanAppendix::build(db, QStringLiteral("268/KH-UBND"));
        QVERIFY(plan);
        QVERIFY(plan->identity.parentBody.isEmpty());
        QCOMPARE(plan->identity.issuingBody, QStringLiteral("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"));
        QCOMPARE(DocumentHeader::lines(plan->identity).number, QStringLiteral("Số: 268/KH-UBND"));
        QCOMPARE(DocumentHeader::lines(plan->identity).placeAndDate, QStringLiteral("Tuyên Quang, ngày 23 tháng 12 năm 2023"));

        const auto tasks = TaskAppendix::build(db, QStringLiteral("37/KH-STTTT-VP"));
        QVERIFY(tasks);
        QCOMPARE(tasks->identity.parentBody, QStringLiteral("UBND TỈNH TRÀ VINH"));
        QCOMPARE(tasks->identity.issuingBody, QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));

        const auto progress = ProgressAppendix::build(db, QStringLiteral("BG"), QStringLiteral("2024"));
        QVERIFY(progress);
        QCOMPARE(progress->identity.issuingBody, QStringLiteral("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"));
        QCOMPARE(DocumentHeader::lines(progress->identity).placeAndDate, QStringLiteral("Bắc Giang, ngày … tháng … năm …"));

        // Three provinces side by side: nobody's in particular, the official writes the body in.
        const auto comparison = ComparisonAppendix::build(db);
        QVERIFY(comparison);
        QCOMPARE(DocumentHeader::lines(comparison->identity).issuingBody, DocumentHeader::blank());
    }
};

QTEST_GUILESS_MAIN(TestDocumentHeader)
#include "tst_document_header.moc"
