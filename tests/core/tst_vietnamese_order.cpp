// Names sort as a Vietnamese reader expects (text/VietnameseOrder.h), and the agency lists that
// References hands to every picker follow it.
#include "store/Store.h"
#include "text/VietnameseOrder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

class TestVietnameseOrder : public QObject {
    Q_OBJECT
private slots:
    void before_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        // Code-point order gets each of these the other way round.
        QTest::newRow("Đ after D, before V") << "Đài Phát thanh và Truyền hình tỉnh" << "Văn phòng UBND tỉnh";
        QTest::newRow("Đ after Cục") << "Cục Thuế tỉnh" << "Đài Phát thanh và Truyền hình tỉnh";
        QTest::newRow("Ủ among the U, before V") << "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" << "Văn phòng UBND tỉnh";
        QTest::newRow("Ô after O") << "Sở Tài chính" << "Sở Tư pháp";
        QTest::newRow("Ư after U") << "Trung tâm" << "Trưởng ban";
        QTest::newRow("numbers by value") << "Kế hoạch 37" << "Kế hoạch 268";
        QTest::newRow("tone after letters") << "Công an tỉnh" << "Cổng Thông tin điện tử tỉnh";
    }
    void before()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(vietnameseLess(first, second));
        QVERIFY(!vietnameseLess(second, first));
    }

    void agenciesOfAProvinceAreListedInVietnameseOrder()
    {
        QTemporaryDir dir;
        auto db = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        // Tuyên Quang's departments (seed 000-002), in the order of a Vietnamese directory.
        const QStringList expected{
            QStringLiteral("Ban Chỉ đạo Chuyển đổi số tỉnh Tuyên Quang"),
            QStringLiteral("Báo Tuyên Quang"),
            QStringLiteral("Công an tỉnh"),
            QStringLiteral("Cổng Thông tin điện tử tỉnh"),
            QStringLiteral("Cục Thuế tỉnh"),
            QStringLiteral("Đài Phát thanh và Truyền hình tỉnh"),
            QStringLiteral("Kho bạc Nhà nước tỉnh"),
            QStringLiteral("Sở Kế hoạch và Đầu tư"),
            QStringLiteral("Sở Nội vụ"),
            QStringLiteral("Sở Tài chính"),
            QStringLiteral("Sở Thông tin và Truyền thông"),
            QStringLiteral("Sở Tư pháp"),
            QStringLiteral("Trung tâm Công nghệ thông tin và Truyền thông"),
            QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh"),
            QStringLiteral("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
            QStringLiteral("Văn phòng UBND tỉnh"),
        };
        QStringList listed;
        for (const AgencyRef &a : db.value()->references().agencies(QStringLiteral("TQ")).value())
            if (expected.contains(a.name))
                listed << a.name;
        QCOMPARE(listed, expected);
    }
};

QTEST_GUILESS_MAIN(TestVietnameseOrder)
#include "tst_vietnamese_order.moc"
