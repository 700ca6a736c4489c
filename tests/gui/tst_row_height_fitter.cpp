// RowHeightFitter: wrapped rows as tall as their text, each measured once per change rather than
// on every layout pass (what QHeaderView::ResizeToContents did, seven times before the first paint).
#include "shell/RowHeightFitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace pardesk;

namespace {

// Counts how often a row is measured.
class CountingTable : public QTableView {
public:
    int sizeHintForRow(int row) const override
    {
        ++measured;
        return QTableView::sizeHintForRow(row);
    }
    mutable int measured = 0;
};

const QString kLong = QStringLiteral("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình "
                                     "đạt từ 50% trở lên trên tổng số hồ sơ của các cơ quan, đơn vị trên địa bàn tỉnh");

QStandardItemModel *fill(QObject *parent, int rows)
{
    auto *model = new QStandardItemModel(rows, 3, parent);
    for (int r = 0; r < rows; ++r) {
        model->setItem(r, 0, new QStandardItem(QString::number(r + 1)));
        model->setItem(r, 1, new QStandardItem(r % 2 ? kLong : QStringLiteral("ngắn")));
        model->setItem(r, 2, new QStandardItem(QStringLiteral("≥ 50%")));
    }
    return model;
}

} // namespace

class RowHeightFitterTest : public QObject {
    Q_OBJECT
private slots:
    void rowsFitTheirTextAndAreMeasuredOncePerChange()
    {
        CountingTable table;
        table.setWordWrap(true);
        table.setModel(fill(&table, 20));
        table.setColumnWidth(1, 200);
        RowHeightFitter::attach(&table);
        table.resize(900, 900); // every column in view at both widths: the columns in view stay the same
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_VERIFY(table.measured >= 20);
        QCoreApplication::processEvents();
        // Each row measured once, however many layout passes the show took.
        QCOMPARE(table.measured, 20);
        const int shortRow = table.rowHeight(0), longRow = table.rowHeight(1);
        QVERIFY2(longRow >= 2 * shortRow, qPrintable(QStringLiteral("%1 vs %2").arg(longRow).arg(shortRow)));

        // Repaints with nothing changed measure nothing.
        table.viewport()->repaint();
        table.viewport()->repaint();
        QCOMPARE(table.measured, 20);

        // A wider column: the long rows get shorter, measured once more.
        table.setColumnWidth(1, 500);
        table.viewport()->repaint();
        QCOMPARE(table.measured, 40);
        QVERIFY(table.rowHeight(1) < longRow);

        // New data: measured again.
        auto *model = static_cast<QStandardItemModel *>(table.model());
        model->item(0, 1)->setText(kLong);
        table.viewport()->repaint();
        QCOMPARE(table.measured, 60);
        QVERIFY(table.rowHeight(0) > shortRow);
    }

    void fitNowServesReadersBeforeAPaint()
    {
        QTableView table;
        table.setWordWrap(true);
        RowHeightFitter *fitter = RowHeightFitter::attach(&table);
        table.setModel(fill(&table, 4)); // a model set after attaching
        table.setColumnWidth(1, 150);
        table.resize(500, 400);
        fitter->fitNow();
        QVERIFY(table.rowHeight(1) > table.rowHeight(0));
    }
};

QTEST_MAIN(RowHeightFitterTest)
#include "tst_row_height_fitter.moc"
