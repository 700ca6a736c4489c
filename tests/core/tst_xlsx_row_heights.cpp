// Rows of wrapped text in the workbooks ParDesk writes are tall enough for their lines: read from
// the file itself (xl/worksheets/sheet1.xml through the project's zip reader, the cells through
// XlsxReader), since LibreOffice does not measure the rows of a file it opens and a row left at the
// default height lets its wrapped text run over the rows under it.
#include "XlsxLayout.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxTemplate.h"
#include "report/FormAppendix.h"
#include "report/PlanAppendix.h"
#include "report/XlsxExport.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pardesk;
using namespace pardesk::test;

namespace {

// The fewest lines `text` can take in a column `width` characters wide: even text of narrow
// letters holds no more than 1.6 characters per unit of width at 11 or 12 points.
int fewestLines(const QString &text, double width)
{
    int lines = 0;
    for (const QString &paragraph : text.split(u'\n'))
        lines += std::max(1, int(std::ceil(paragraph.size() / (1.6 * width))));
    return lines;
}

// The most lines it can take: no line holds fewer than half a character per unit, plus one line a
// paragraph for where the words break.
int mostLines(const QString &text, double width)
{
    int lines = 0;
    for (const QString &paragraph : text.split(u'\n'))
        lines += int(std::ceil(paragraph.size() / (0.5 * width))) + 1;
    return lines;
}

} // namespace

class TestXlsxRowHeights : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(store, qPrintable(store.error()));
        m_store = std::move(store).value();
    }

    void appendixRowsFitTheirText_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("plan 268/KH-UBND") << "plan";
        QTest::newRow("form of submission 1") << "form";
    }
    void appendixRowsFitTheirText()
    {
        QFETCH(QString, which);
        const auto table = which == u"plan" ? PlanAppendix::build(*m_store, QStringLiteral("268/KH-UBND"))
                                            : FormAppendix::build(*m_store, 1);
        QVERIFY2(table, qPrintable(table.error()));
        const QString path = m_dir.filePath(which + QStringLiteral(".xlsx"));
        QVERIFY(XlsxExport::write(table.value(), path));
        // Every cell of the sheet wraps (the appendix writes no other kind).
        const int checked = checkRows(path, 1, 12);
        QVERIFY2(checked > table->rows.size(), qPrintable(QString::number(checked)));
    }

    // The template an agency fills in: the long item labels of Phụ lục 02 wrap in their 70
    // characters and their rows are tall enough; the title and the header row too.
    void templateRowsFitTheirText()
    {
        const QString path = m_dir.filePath(QStringLiteral("template.xlsx"));
        QVERIFY(XlsxTemplate::write(*m_store,
                                    {QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STTTT"), QStringLiteral("2022S1")}, path));
        // Rows 2 and 3 say whose template it is, on one line running to the right, unwrapped.
        QVERIFY(checkRows(path, 1, 11, {2, 3}) > 100);
        const XlsxLayout layout = readXlsxLayout(path);
        // At least one label needs three lines or more: its row is at least three lines tall.
        QVERIFY(std::any_of(layout.rowHeights.cbegin(), layout.rowHeights.cend(), [](double h) { return h >= 3 * 11; }));
    }

private:
    // Checks every row with text from `firstRow` on: its height is set, at least its tallest
    // cell's fewest lines and at most its most lines; returns how many rows were checked.
    int checkRows(const QString &path, int firstRow, double fontPoints, const QList<int> &unwrapped = {})
    {
        const XlsxLayout layout = readXlsxLayout(path);
        if (!layout.error.isEmpty()) {
            qWarning() << layout.error;
            return -1;
        }
        const auto sheets = XlsxReader::read(path);
        if (!sheets) {
            qWarning() << sheets.error();
            return -1;
        }
        QHash<int, std::pair<int, int>> lines; // row → (fewest, most) over its cells
        for (const XlsxCell &cell : sheets->first().cells) {
            // A number never wraps (its cell shows it rounded to its format); text does.
            if (cell.row < firstRow || unwrapped.contains(cell.row) || cell.text.isEmpty() || cell.number
                || layout.hidden(cell.row, cell.column))
                continue;
            const double width = layout.width(cell.row, cell.column);
            auto &[fewest, most] = lines[cell.row];
            fewest = std::max(fewest, fewestLines(cell.text, width));
            most = std::max(most, mostLines(cell.text, width));
        }
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            const int row = it.key();
            const QString where = QStringLiteral("%1 row %2: height %3, lines %4 to %5")
                                      .arg(path).arg(row).arg(layout.rowHeights.value(row, -1)).arg(it->first).arg(it->second);
            if (!layout.rowHeights.contains(row)) {
                QTest::qFail(qPrintable(where + QStringLiteral(" (no height set)")), __FILE__, __LINE__);
                return -1;
            }
            const double height = layout.rowHeights.value(row);
            if (height < it->first * fontPoints || height > it->second * fontPoints * 1.6 + 4) {
                QTest::qFail(qPrintable(where), __FILE__, __LINE__);
                return -1;
            }
        }
        return int(lines.size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestXlsxRowHeights)
#include "tst_xlsx_row_heights.moc"
