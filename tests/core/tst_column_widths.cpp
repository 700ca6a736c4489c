// fitColumns: a table's width shared by what its columns hold (the painter measures in device
// pixels, the XLSX writer in characters; here plain numbers).
#include "report/ColumnWidths.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace pardesk;

namespace {

double sum(const QList<double> &widths)
{
    return std::accumulate(widths.begin(), widths.end(), 0.0);
}

} // namespace

class TestColumnWidths : public QObject {
    Q_OBJECT
private slots:
    // STT, a long text, a lead agency, a figure: the codes and the figure get their one line, the
    // text takes the rest, the agency between its longest word and its longest line.
    void textTakesWhatCodesDoNotNeed()
    {
        const QList<ColumnNeed> needs = {{4, 4, 40}, {12, 900, 9000}, {10, 60, 600}, {6, 6, 50}};
        const QList<double> w = fitColumns(needs, 300);
        QCOMPARE(w.size(), 4);
        QVERIFY(qFuzzyCompare(sum(w), 300));
        QVERIFY(qFuzzyCompare(w[0], 4));
        QVERIFY(qFuzzyCompare(w[3], 6));
        QVERIFY(w[1] > w[2]);
        QVERIFY(w[2] >= 10 && w[2] <= 60);
    }

    // No column narrower than its widest word while the words fit.
    void everyWordFits()
    {
        const QList<ColumnNeed> needs = {{8, 8, 8}, {30, 400, 2000}, {25, 300, 100}, {20, 20, 20}};
        const QList<double> w = fitColumns(needs, 120);
        for (int c = 0; c < needs.size(); ++c)
            QVERIFY2(w[c] >= needs[c].minimum - 1e-9, qPrintable(QString::number(c)));
        QVERIFY(qFuzzyCompare(sum(w), 120));
    }

    // Everything fits on one line: each column its line, the room left to the text.
    void roomToSpare()
    {
        const QList<ColumnNeed> needs = {{4, 4, 4}, {10, 50, 50}, {6, 6, 6}};
        const QList<double> w = fitColumns(needs, 200);
        QVERIFY(qFuzzyCompare(sum(w), 200));
        QVERIFY(w[1] > 50);
        QVERIFY(w[1] > w[0] && w[1] > w[2]);
    }

    // Not even the words fit: all shrink alike, the widths still add up.
    void tooNarrowForTheWords()
    {
        const QList<ColumnNeed> needs = {{40, 40, 40}, {60, 100, 100}};
        const QList<double> w = fitColumns(needs, 50);
        QVERIFY(qFuzzyCompare(sum(w), 50));
        QVERIFY(qFuzzyCompare(w[0] / w[1], 40.0 / 60.0));
        QVERIFY(fitColumns({}, 100).isEmpty());
    }

    // A header is set on two balanced lines at most (three past six words), never a word a line:
    // the column is as wide as the longer of the two.
    void headerOnTwoBalancedLines_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<double>("width"); // in characters
        QTest::newRow("Điểm tối đa") << QStringLiteral("Điểm tối đa") << 6.0;        // "Điểm" / "tối đa"
        QTest::newRow("Điểm tự chấm") << QStringLiteral("Điểm tự chấm") << 7.0;      // "Điểm tự" / "chấm"
        QTest::newRow("Thời gian thực hiện") << QStringLiteral("Thời gian thực hiện") << 9.0;
        QTest::newRow("one word") << QStringLiteral("STT") << 3.0;
        QTest::newRow("empty") << QString() << 0.0;
        // Eight words: three lines, "Cơ quan chủ" / "trì thực hiện" / "nhiệm vụ" at best 13 wide.
        QTest::newRow("eight words") << QStringLiteral("Cơ quan chủ trì thực hiện nhiệm vụ") << 13.0;
    }
    void headerOnTwoBalancedLines()
    {
        QFETCH(QString, header);
        QFETCH(double, width);
        QCOMPARE(headerWidth(header, [](const QString &line) { return double(line.size()); }), width);
    }

    // Row by row: the room goes where it shortens the rows. Column 1 holds a long paragraph in
    // every row, column 2 in one row only: column 1 gets the width, and the table is shorter than
    // with the room shared by the amount of text alone.
    void roomGoesWhereRowsGetShorter()
    {
        const QList<ColumnNeed> needs = {{5, 5, 50}, {20, 400, 4000}, {20, 400, 1200}};
        QList<RowText> rows;
        for (int r = 0; r < 10; ++r)
            rows.append(RowText{CellParagraphs{5}, CellParagraphs{400}, CellParagraphs{r == 0 ? 400.0 : 30.0}});
        const QList<double> w = fitColumnsToRows(needs, rows, 300, 0);
        QVERIFY(qFuzzyCompare(sum(w), 300));
        QVERIFY(qFuzzyCompare(w[0], 5));
        QVERIFY2(w[1] > w[2], qPrintable(QStringLiteral("%1 %2").arg(w[1]).arg(w[2])));
        QVERIFY(w[2] >= 30); // its short lines stay whole
        const auto lines = [&rows](const QList<double> &widths) {
            double total = 0;
            for (const RowText &row : rows) {
                double tallest = 1;
                for (int c = 0; c < row.size(); ++c)
                    for (double p : row[c])
                        tallest = std::max(tallest, std::ceil(p / widths[c]));
                total += tallest;
            }
            return total;
        };
        QVERIFY(lines(w) <= lines(fitColumns(needs, 300)));
    }
};

QTEST_APPLESS_MAIN(TestColumnWidths)
#include "tst_column_widths.moc"
