// The printed appendices read back with independent tools: pdftotext and pdfinfo (poppler) for the
// PDFs that AppendixPainter lays out, LibreOffice for the ODT and XLSX files.
#include "OutputTools.h"
#include "print/AppendixExport.h"
#include "report/ComparisonAppendix.h"
#include "report/DocumentHeader.h"
#include "report/FormAppendix.h"
#include "report/PlanAppendix.h"
#include "report/ProgressAppendix.h"
#include "report/TaskAppendix.h"
#include "store/Store.h"
#include "store/StoreInfo.h"
#include "store/Transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

Q_DECLARE_METATYPE(std::function<Result<AppendixTable>(const Store &)>)
using Builder = std::function<Result<AppendixTable>(const Store &)>;

class TestAppendixPrint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfOfEachTable_data();
    void pdfOfEachTable();
    void rowTallerThanAPageIsSplit();
    void planOf268FitsInFewerPages();
    void columnsAreSizedByTheirContent();
    void signatureBlockOnTheLastPage();
    void syntheticStoreSaysSoOnEveryPage();
    void odtAndXlsxOpenInLibreOffice();

private:
    const Store &db() const { return *m_store; }
    // Writes the PDF and checks it against the pagination; returns the pages' text.
    QStringList printAndCheck(const AppendixTable &table, const QString &name, AppendixPagination &pagination);
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAppendixPrint::initTestCase()
{
    if (!hasProgram(QStringLiteral("pdftotext")) || !hasProgram(QStringLiteral("pdfinfo")))
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed: scripts/setup.sh --for-tests installs them.");
    auto store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
}

QStringList TestAppendixPrint::printAndCheck(const AppendixTable &table, const QString &name, AppendixPagination &pagination)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    const Status written = AppendixExport::write(table, path, &pagination);
    if (!written)
        qWarning() << written.error();
    const QStringList pages = pdfPages(path);
    // The page count is what the painter's own layout needs, no more and no fewer.
    if (pdfPageCount(path) != pagination.pageCount() || pages.size() != pagination.pageCount())
        qWarning() << "pages:" << pdfPageCount(path) << pages.size() << pagination.pageCount();
    return pdfPageCount(path) == pagination.pageCount() && pages.size() == pagination.pageCount() ? pages : QStringList();
}

void TestAppendixPrint::pdfOfEachTable_data()
{
    QTest::addColumn<Builder>("build");
    QTest::addColumn<bool>("manyPages");
    QTest::newRow("plan 000") << Builder([](const Store &db) { return PlanAppendix::build(db, QStringLiteral("TQ-KH-UBND-2024-07-DVCTT")); }) << true;
    QTest::newRow("tasks 003") << Builder([](const Store &db) { return TaskAppendix::build(db, QStringLiteral("BG-KH-UBND-2024-01-KSTTHC")); }) << true;
    QTest::newRow("tasks 004") << Builder([](const Store &db) { return TaskAppendix::build(db, QStringLiteral("37/KH-STTTT-VP")); }) << true;
    QTest::newRow("form with findings") << Builder([](const Store &db) { return FormAppendix::build(db, 1, {false, true}); }) << true;
    QTest::newRow("form empty") << Builder([](const Store &db) { return FormAppendix::build(db, 1, {true, false}); }) << true;
    QTest::newRow("progress TQ 2024") << Builder([](const Store &db) { return ProgressAppendix::build(db, QStringLiteral("TQ"), QStringLiteral("2024")); }) << true;
    QTest::newRow("comparison") << Builder([](const Store &db) { return ComparisonAppendix::build(db); }) << true;
}

void TestAppendixPrint::pdfOfEachTable()
{
    QFETCH(Builder, build);
    QFETCH(bool, manyPages);
    const auto table = build(db());
    QVERIFY2(table, qPrintable(table.error()));
    AppendixPagination pagination;
    const QStringList pages = printAndCheck(table.value(), QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'), pagination);
    QVERIFY(!pages.isEmpty());
    if (manyPages)
        QVERIFY(pagination.pageCount() > 1);
    // Pages are filled: no page but the last leaves a quarter of its room empty (a long row that
    // does not fit is split between lines rather than moved on), except the one before a signature
    // that took the last row along.
    QCOMPARE(pagination.spaceLeft.size(), pagination.pageCount());
    for (int p = 0; p + 1 < pagination.pageCount(); ++p)
        QVERIFY2(pagination.spaceLeft[p] < pagination.room / 4,
                 qPrintable(QStringLiteral("page %1 leaves %2 of %3 empty").arg(p + 1).arg(pagination.spaceLeft[p]).arg(pagination.room)));

    // Page 1: the title and the "(Kèm theo …)" line.
    const QString first = pages.first().simplified();
    QVERIFY2(first.contains(table->identity.title.simplified()), qPrintable(first.left(600)));
    QVERIFY(first.contains(table->identity.attachedTo.left(20)));
    // Every page repeats the header row: every word of every header cell is on it.
    for (int p = 0; p < pages.size(); ++p) {
        for (const HeaderCell &cell : table->headerCells()) {
            for (const QString &word : cell.text.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(pages[p].contains(word), qPrintable(QStringLiteral("page %1 lacks \"%2\"").arg(p + 1).arg(word)));
        }
    }
    // Every row's STT begins a line on the page the layout put the row on, in order.
    for (int p = 0; p < pages.size(); ++p) {
        QStringList expected;
        for (const AppendixPagination::Slice &s : pagination.pages[p]) {
            const QString stt = table->rows[s.row].cells[0].text;
            if (!stt.isEmpty() && s.top == 0)
                expected.append(stt.section(u' ', 0, 0));
        }
        QVERIFY2(isSubsequence(expected, lineStarts(pages[p])),
                 qPrintable(QStringLiteral("page %1: %2").arg(p + 1).arg(expected.join(u','))));
    }
    // Every row is on some page, in order; a row split to fill a page goes on where it stopped.
    QList<AppendixPagination::Slice> slices;
    for (const auto &page : pagination.pages)
        slices += page;
    int expected = 0;
    for (int i = 0; i < slices.size(); ++i) {
        const AppendixPagination::Slice &s = slices[i];
        if (i > 0 && s.row == slices[i - 1].row) {
            QVERIFY2(qAbs(s.top - (slices[i - 1].top + slices[i - 1].height)) < 0.01, qPrintable(QString::number(s.row)));
            continue;
        }
        QCOMPARE(s.row, expected++);
        QCOMPARE(s.top, 0.0);
    }
    QCOMPARE(expected, table->rows.size());
}

void TestAppendixPrint::rowTallerThanAPageIsSplit()
{
    AppendixTable table;
    table.identity.title = QStringLiteral("MỘT DÒNG DÀI HƠN MỘT TRANG");
    table.columns = {{QStringLiteral("STT"), 0.5}, {QStringLiteral("Nội dung"), 6}};
    table.addRow(RowKind::Item, {"1", QStringLiteral("Dòng ngắn.")});
    QStringList lines;
    for (int i = 1; i <= 120; ++i)
        lines.append(QStringLiteral("Dòng %1 của một ô rất dài.").arg(i));
    table.addRow(RowKind::Item, {"2", lines.join(u'\n')});
    table.addRow(RowKind::Item, {"3", QStringLiteral("Sau ô dài.")});
    AppendixPagination pagination;
    const QStringList pages = printAndCheck(table, QStringLiteral("tall"), pagination);
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pagination.splitRows(), 1);
    QVERIFY(pagination.pageCount() >= 3);
    const QString all = pages.join(u'\n');
    // Every line of the tall cell is printed once: the cut falls between lines.
    for (int i = 1; i <= 120; ++i)
        QVERIFY2(all.count(QStringLiteral("Dòng %1 của").arg(i)) == 1,
                 qPrintable(QStringLiteral("line %1 printed %2 times").arg(i).arg(all.count(QStringLiteral("Dòng %1 của").arg(i)))));
    QVERIFY(pages.last().contains(QStringLiteral("Sau ô dài.")));
}

// 268/KH-UBND: 53 rows of long text took 13 pages; without its empty columns 5; with columns sized
// by their content and pages filled, fewer.
void TestAppendixPrint::planOf268FitsInFewerPages()
{
    const auto table = PlanAppendix::build(db(), QStringLiteral("268/KH-UBND"));
    QVERIFY(table);
    AppendixPagination pagination;
    const QStringList pages = printAndCheck(table.value(), QStringLiteral("plan-268"), pagination);
    QVERIFY(!pages.isEmpty());
    QVERIFY2(pagination.pageCount() <= 4, qPrintable(QString::number(pagination.pageCount())));
}

// The STT column holds codes like "1.3.3.1" and the figures column numbers: each on one line, as
// pdftotext reads them whole; the header words whole too ("Đơn vị tính" not "Đơn vị tí-nh").
void TestAppendixPrint::columnsAreSizedByTheirContent()
{
    const auto table = FormAppendix::build(db(), 1, {});
    QVERIFY(table);
    AppendixPagination pagination;
    const QStringList pages = printAndCheck(table.value(), QStringLiteral("form-columns"), pagination);
    QVERIFY(!pages.isEmpty());
    QStringList words;
    for (const QString &page : pages)
        words += page.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const AppendixRow &row : table->rows) {
        for (int c : {0, 3}) {
            const QString text = row.cells.value(c).text;
            if (!text.isEmpty() && !text.contains(u' '))
                QVERIFY2(words.contains(text), qPrintable(QStringLiteral("\"%1\" is not printed whole").arg(text)));
        }
    }
    for (const HeaderCell &cell : table->headerCells())
        for (const QString &word : cell.text.split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(words.contains(word), qPrintable(QStringLiteral("header word \"%1\" broken").arg(word)));
}

void TestAppendixPrint::signatureBlockOnTheLastPage()
{
    auto table = FormAppendix::build(db(), 1, {});
    QVERIFY(table);
    table->signature = SignatureBlock{QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Vũ Tuấn")};
    AppendixPagination pagination;
    const QStringList pages = printAndCheck(table.value(), QStringLiteral("signed"), pagination);
    QVERIFY(!pages.isEmpty());
    QVERIFY(pages.last().contains(QStringLiteral("GIÁM ĐỐC")));
    QVERIFY(pages.last().contains(QStringLiteral("Vũ Tuấn")));
    // The signature never stands alone: the last page has rows too.
    QVERIFY(!pagination.pages.last().isEmpty());
    // The place and date are in the header on the first page (under the motto), not by the signature.
    const QString placeAndDate = DocumentHeader::lines(table->identity).placeAndDate;
    QVERIFY(pages.size() > 1);
    QVERIFY2(pages.first().simplified().contains(placeAndDate), qPrintable(pages.first().left(800)));
    QVERIFY(!pages.last().simplified().contains(placeAndDate));
}

void TestAppendixPrint::syntheticStoreSaysSoOnEveryPage()
{
    const QString path = m_dir.filePath(QStringLiteral("synthetic.sqlite"));
    auto store = Store::open(path);
    QVERIFY(store);
    {
        Transaction t(*store.value());
        QVERIFY(StoreInfo::markSynthetic(store.value()->database().connection(), QStringLiteral("test")));
        QVERIFY(t.commit());
    }
    const auto table = FormAppendix::build(*store.value(), 1, {});
    QVERIFY(table);
    QCOMPARE(table->identity.notice, StoreInfo::syntheticNotice());
    AppendixPagination pagination;
    const QStringList pages = printAndCheck(table.value(), QStringLiteral("synthetic"), pagination);
    QVERIFY(pages.size() > 1);
    for (const QString &page : pages)
        QVERIFY(page.simplified().contains(StoreInfo::syntheticNotice().simplified()));
}

void TestAppendixPrint::odtAndXlsxOpenInLibreOffice()
{
    const auto table = PlanAppendix::build(db(), QStringLiteral("TQ-KH-UBND-2024-07-DVCTT"));
    QVERIFY(table);
    QTemporaryDir out;
    const QString odt = out.filePath(QStringLiteral("plan-odt.odt")), xlsx = out.filePath(QStringLiteral("plan-xlsx.xlsx"));
    QVERIFY(AppendixExport::write(table.value(), odt));
    QVERIFY(AppendixExport::write(table.value(), xlsx));
    if (!hasProgram(QStringLiteral("soffice")))
        QSKIP("LibreOffice (soffice) is not installed: scripts/setup.sh --for-tests installs it.");
    // One LibreOffice run converts both: it is slow to start.
    const CliRun run = libreOfficeConvert({odt, xlsx}, QStringLiteral("pdf"), out.path());
    QCOMPARE(run.exitCode, 0);
    for (const QString &name : {QStringLiteral("plan-odt.pdf"), QStringLiteral("plan-xlsx.pdf")})
        QVERIFY2(QFile::exists(out.filePath(name)), qPrintable(name + u' ' + QString::fromUtf8(run.err)));
    for (const QString &name : {QStringLiteral("plan-odt.pdf"), QStringLiteral("plan-xlsx.pdf")}) {
        // Cells wrap in LibreOffice's own column widths: look for words, not whole sentences.
        const QString text = pdfPages(out.filePath(name)).join(u'\n').simplified();
        for (const QString &word : {QStringLiteral("DVCTT"), QStringLiteral("Thường"), table->columns[1].header, table->rows[10].cells[0].text})
            QVERIFY2(text.contains(word), qPrintable(name + u' ' + word + u' ' + text.left(500)));
    }
}

QTEST_MAIN(TestAppendixPrint)
#include "tst_appendix_print.moc"
