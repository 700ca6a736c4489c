// balanceLines: names and titles broken as a typesetter would, measured by a width function
// (here one unit per letter, capitals as wide as small letters), with no widgets.
#include "text/LineBalance.h"

#include <QTest>

using namespace pardesk;

namespace {

double letters(const QString &line)
{
    return double(line.size());
}

// The lines plain greedy wrapping makes: what a word processor would print.
QStringList greedyLines(const QString &text, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && candidate.size() > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

class TestLineBalance : public QObject {
    Q_OBJECT
private slots:
    void shortTextStaysOnOneLine()
    {
        QCOMPARE(balanceLines(QStringLiteral("SỞ NỘI VỤ"), 30, letters), QStringList{QStringLiteral("SỞ NỘI VỤ")});
        QVERIFY(balanceLines(QString(), 30, letters).isEmpty());
        QVERIFY(balanceLines(QStringLiteral("   "), 30, letters).isEmpty());
    }

    // Greedy wrapping at 23 letters prints "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG": the term split and a
    // lone word on the last line. Balanced: the break falls before "VÀ".
    void agencyNameKeepsItsTermsWhole()
    {
        const QString name = QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        QCOMPARE(greedyLines(name, 23), (QStringList{QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN"), QStringLiteral("THÔNG")}));
        QCOMPARE(balanceLines(name, 23, letters), (QStringList{QStringLiteral("SỞ THÔNG TIN"), QStringLiteral("VÀ TRUYỀN THÔNG")}));
        for (double width : {16.0, 18.0, 20.0, 24.0, 26.0}) {
            const QStringList lines = balanceLines(name, width, letters);
            QVERIFY2(!lines.join(u'|').contains(QStringLiteral("TRUYỀN|THÔNG")), qPrintable(lines.join(u'|')));
        }
    }

    void titleLeavesNoLoneWordOnTheLastLine()
    {
        const QString title = QStringLiteral("KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024");
        const QStringList greedy = greedyLines(title, 42);
        QCOMPARE(greedy.last(), QStringLiteral("2024")); // what plain wrapping leaves alone
        const QStringList lines = balanceLines(title, 42, letters);
        QCOMPARE(lines.size(), greedy.size());
        QVERIFY2(lines.last().contains(u' '), qPrintable(lines.join(u'|')));
        QVERIFY2(!lines.join(u'|').contains(QStringLiteral("THỦ|TỤC")), qPrintable(lines.join(u'|')));
        QCOMPARE(lines.join(u' '), title);
    }

    // Over many widths: never more lines than greedy wrapping, every line fits, no word lost or
    // reordered, and no last line of one word where the word before it could have joined it.
    void balancedLinesAreNeverWorse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("title") << QStringLiteral("CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP: KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH TUYÊN QUANG NĂM 2024");
        QTest::newRow("attachment") << QStringLiteral("(Kèm theo Kế hoạch số 268/KH-UBND ngày 23/12/2023 của Ủy ban nhân dân tỉnh Tuyên Quang)");
        QTest::newRow("district") << QStringLiteral("ỦY BAN NHÂN DÂN THỊ XÃ DUYÊN HẢI");
    }
    void balancedLinesAreNeverWorse()
    {
        QFETCH(QString, text);
        for (int width = 12; width <= 120; width += 3) {
            const QStringList greedy = greedyLines(text, width);
            const QStringList lines = balanceLines(text, width, letters);
            const QString at = QStringLiteral("width %1: %2").arg(width).arg(lines.join(u'|'));
            QVERIFY2(lines.size() <= greedy.size(), qPrintable(at));
            QCOMPARE(lines.join(u' '), text.simplified());
            for (const QString &line : lines)
                QVERIFY2(line.size() <= width || !line.contains(u' '), qPrintable(at));
            if (lines.size() > 1 && !lines.last().contains(u' ')) {
                // A lone last word only where the word before it could not join it.
                const QString before = lines[lines.size() - 2].section(u' ', -1);
                QVERIFY2(before.size() + 1 + lines.last().size() > width, qPrintable(at));
            }
        }
    }

    void lineFeedsAndLongWordsAreKept()
    {
        const QStringList lines = balanceLines(QStringLiteral("Dòng một\nhttps://dichvucong.tuyenquang.gov.vn/dich-vu thêm"), 12, letters);
        QCOMPARE(lines.first(), QStringLiteral("Dòng một"));
        QVERIFY(lines.contains(QStringLiteral("https://dichvucong.tuyenquang.gov.vn/dich-vu")));
        QCOMPARE(lines.last(), QStringLiteral("thêm"));
    }

    void goodBreaks()
    {
        QVERIFY(isGoodBreak(QStringLiteral("TIN"), QStringLiteral("VÀ")));
        QVERIFY(isGoodBreak(QStringLiteral("pháp:"), QStringLiteral("Kế")));
        QVERIFY(isGoodBreak(QStringLiteral("vụ,"), QStringLiteral("giải")));
        QVERIFY(isGoodBreak(QStringLiteral("Quang"), QStringLiteral("(2024)")));
        QVERIFY(!isGoodBreak(QStringLiteral("TRUYỀN"), QStringLiteral("THÔNG")));
        QVERIFY(!isGoodBreak(QStringLiteral("THỦ"), QStringLiteral("TỤC")));
    }
};

QTEST_APPLESS_MAIN(TestLineBalance)
#include "tst_line_balance.moc"
