// Searching as officials type: without accents, in any case, words in any order.
#include "text/SearchText.h"

#include <QTest>

using namespace pardesk;

class TestSearchText : public QObject {
    Q_OBJECT
private slots:
    void folds_data();
    void folds();
    void matches_data();
    void matches();
    void ranks_data();
    void ranks();
    void highlights_data();
    void highlights();
};


void TestSearchText::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("tones and hats") << "hồ sơ trực tuyến" << "ho so truc tuyen";
    QTest::newRow("capitals") << "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" << "cong hoa xa hoi chu nghia";
    QTest::newRow("đ and Đ") << "Đề án đổi mới" << "de an doi moi";
    QTest::newRow("horn letters") << "Ủy ban nhân dân, ư ơ" << "uy ban nhan dan, u o";
    QTest::newRow("precomposed vs combining") << QStringLiteral("ho\u0302\u0300") << "ho";
    QTest::newRow("numbers stay") << "268/KH-UBND" << "268/kh-ubnd";
}

void TestSearchText::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
}

void TestSearchText::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("match");
    const QString target = QStringLiteral("Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết đạt tối thiểu 50%");
    QTest::newRow("without accents") << target << "ho so truc tuyen" << true;
    QTest::newRow("with accents") << target << "hồ sơ trực tuyến" << true;
    QTest::newRow("words out of order") << target << "tuyen ho so" << true;
    QTest::newRow("upper case") << target << "HO SO" << true;
    QTest::newRow("a word missing") << target << "ho so buu chinh" << false;
    QTest::newRow("empty query") << target << "  " << true;
    QTest::newRow("accent in query only") << "Dich vu cong" << "dịch vụ" << true;
}

void TestSearchText::matches()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, match);
    QCOMPARE(matchesSearch(foldForSearch(text), query), match);
}

void TestSearchText::ranks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rank");
    const QString query = QStringLiteral("ho so truc tuyen");
    QTest::newRow("the phrase") << "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ" << query << int(SearchRank::Phrase);
    QTest::newRow("every word, apart: Tuyên Quang")
        << "Hồ sơ giải quyết trực tiếp tại Trung tâm tỉnh Tuyên Quang" << query << int(SearchRank::Words);
    QTest::newRow("a word only inside another") << "Hồ sơ trực tuyến" << "ho so truc tuy" << int(SearchRank::Parts);
    QTest::newRow("a word missing") << "Hồ sơ giấy" << query << int(SearchRank::None);
    QTest::newRow("punctuation between the words") << "hồ sơ (trực tuyến)" << query << int(SearchRank::Phrase);
    QTest::newRow("empty query") << "Hồ sơ giấy" << " " << int(SearchRank::Phrase);
}

void TestSearchText::ranks()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(int, rank);
    QCOMPARE(int(searchRank(foldForSearch(text), query)), rank);
}

QTEST_GUILESS_MAIN(TestSearchText)
void TestSearchText::highlights_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("highlighted");
    QTest::newRow("accents and case") << "Tỷ lệ hồ sơ trực tuyến tại Tuyên Quang" << "ho so truc tuyen"
                                      << QStringList{"hồ", "sơ", "trực", "tuyến", "Tuyên"};
    QTest::newRow("đ") << "Đề án đổi mới" << "doi" << QStringList{"đổi"};
    QTest::newRow("a word asked twice is marked once") << "trực tuyến" << "truc tuyen truc" << QStringList{"trực", "tuyến"};
    QTest::newRow("overlapping words merge") << "thủ tục" << "thu hu" << QStringList{"thủ"};
    QTest::newRow("combining marks stay with their letter") << QStringLiteral("ho\u0302\u0300 so") << "ho"
                                                            << QStringList{QStringLiteral("ho\u0302\u0300")};
    QTest::newRow("nothing found") << "Kế hoạch" << "papi" << QStringList{};
    QTest::newRow("empty query") << "Kế hoạch" << "  " << QStringList{};
}

void TestSearchText::highlights()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QStringList, highlighted);
    QStringList found;
    for (const TextRange &r : searchMatches(text, query))
        found << text.mid(r.start, r.length);
    QCOMPARE(found, highlighted);
}

#include "tst_search_text.moc"
