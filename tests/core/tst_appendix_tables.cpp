// The appendix tables built from the real default store (the five seeds), and their CSV and XLSX
// files read back: CSV byte by byte, XLSX through LibreOffice (numbers must stay numbers).
#include "OutputTools.h"
#include "report/ComparisonAppendix.h"
#include "report/CsvExport.h"
#include "report/FormAppendix.h"
#include "report/PlanAppendix.h"
#include "report/ProgressAppendix.h"
#include "report/TaskAppendix.h"
#include "report/XlsxExport.h"
#include "store/Store.h"
#include "store/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

class TestAppendixTables : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void planAppendixFollowsSeed000();
    void planAppendixLeavesOutEmptyColumns();
    void taskAppendixHasRomanGroups();
    void taskAppendixWithoutOutputs();
    void ambiguousNumberIsRefused();
    void formAppendixComputesDerivedValues();
    void emptyFormHasNoFigures();
    void progressAppendix();
    void progressRefusesUnknownInput();
    void comparisonShowsEveryProvince();
    void csvIsExcelReadyAndNeutralised();
    void xlsxHoldsNumbersAsNumbers();

private:
    const Store &db() const { return *m_store; }
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAppendixTables::initTestCase()
{
    auto store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
}

void TestAppendixTables::planAppendixFollowsSeed000()
{
    const auto table = PlanAppendix::build(db(), QStringLiteral("TQ-KH-UBND-2024-07-DVCTT"));
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->columns.size(), 7);
    QVERIFY(table->landscape());
    // Seed 000's appendix numbers its rows 1 to 11, one per target sentence.
    QStringList expected;
    for (int i = 1; i <= 11; ++i)
        expected.append(QString::number(i));
    QCOMPARE(table->firstColumn(), expected);
    const AppendixRow &first = table->rows.first();
    QVERIFY(first.cells[1].text.startsWith(QStringLiteral("Tỷ lệ cung cấp DVCTT toàn trình")));
    QVERIFY(first.cells[2].text.contains(QStringLiteral("Nghị định số 42/2022/NĐ-CP")));
    QCOMPARE(first.cells[6].text, QStringLiteral("Thường xuyên"));
    QVERIFY(table->identity.attachedTo.contains(QStringLiteral("/KH-UBND")));
    QCOMPARE(table->identity.issuingBody, QStringLiteral("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"));
    QVERIFY(table->identity.notice.isEmpty()); // the bundled data is not synthetic
}

// 268/KH-UBND states no basis, timeframe per target, lead or coordinating agency: those columns,
// empty from top to bottom, are left out and the text takes the width (13 pages became 5).
void TestAppendixTables::planAppendixLeavesOutEmptyColumns()
{
    const auto table = PlanAppendix::build(db(), QStringLiteral("268/KH-UBND"));
    QVERIFY2(table, qPrintable(table.error()));
    QVERIFY(table->columns.size() < 7);
    QVERIFY(table->columns.size() >= 2);
    for (int c = 1; c < table->columns.size(); ++c) {
        const bool filled = std::any_of(table->rows.cbegin(), table->rows.cend(),
                                        [c](const AppendixRow &row) { return !row.cells[c].text.trimmed().isEmpty(); });
        QVERIFY2(filled, qPrintable(table->columns[c].header));
    }
    for (const AppendixRow &row : table->rows)
        QCOMPARE(row.cells.size(), table->columns.size());
}

void TestAppendixTables::taskAppendixHasRomanGroups()
{
    const auto table = TaskAppendix::build(db(), QStringLiteral("BG-KH-UBND-2024-01-KSTTHC"));
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->columns.size(), 6); // with the expected output
    QStringList groups;
    for (const AppendixRow &row : table->rows) {
        if (row.kind == RowKind::Group)
            groups.append(row.cells[0].text);
    }
    QCOMPARE(groups, (QStringList{"I", "II", "III", "IV", "V"}));
    // Only the appendix's tasks: not those of the body's section III (Tổ chức thực hiện).
    for (const AppendixRow &row : table->rows)
        QVERIFY(!row.cells[1].text.startsWith(QStringLiteral("Giao Sở Tài chính")));
    QCOMPARE(table->rows[1].cells[5].text, QStringLiteral("Kế hoạch được ban hành"));
}

void TestAppendixTables::taskAppendixWithoutOutputs()
{
    const auto table = TaskAppendix::build(db(), QStringLiteral("37/KH-STTTT-VP"));
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->columns.size(), 5); // seed 004 has no "Dự kiến sản phẩm"
    // "I.1.a" prints as "a" under "1", as the seed numbers it.
    QCOMPARE(table->firstColumn().mid(0, 3), (QStringList{"I", "1", "a"}));
}

void TestAppendixTables::ambiguousNumberIsRefused()
{
    // Seeds 000 and 003 are both unnumbered drafts "/KH-UBND".
    const auto table = PlanAppendix::build(db(), QStringLiteral("/KH-UBND"));
    QVERIFY(!table);
    QVERIFY(table.error().contains(QStringLiteral("TQ-KH-UBND-2024-07-DVCTT")));
    QVERIFY(!PlanAppendix::build(db(), QStringLiteral("999/KH-UBND")));
}

void TestAppendixTables::formAppendixComputesDerivedValues()
{
    const auto table = FormAppendix::build(db(), 1, {false, true});
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->columns.size(), 6);
    QCOMPARE(table->headerRowCount(), 2);
    QCOMPARE(table->identity.label, QStringLiteral("Phụ lục 02"));
    const QStringList stt = table->firstColumn();
    // 1.2 (tasks done / tasks planned) was left blank: 2 of 6 is 33,33 %, computed.
    const AppendixRow &ratio = table->rows[stt.indexOf(QStringLiteral("1.2"))];
    QVERIFY(ratio.bold);
    QCOMPARE(ratio.cells[3].text, QStringLiteral("33,33"));
    QVERIFY(qAbs(*ratio.cells[3].number - 100.0 / 3) < 1e-9);
    QVERIFY(!ratio.cells[4].text.isEmpty());
    // What the agency wrote stays as written.
    const AppendixRow &entered = table->rows[stt.indexOf(QStringLiteral("1.2.1"))];
    QCOMPARE(entered.cells[3].text, QStringLiteral("6"));
    // Seed 002 has rows whose stated percentage disagrees with its parts: the findings column says so.
    const bool anyFinding = std::any_of(table->rows.begin(), table->rows.end(),
                                        [](const AppendixRow &r) { return !r.cells[5].text.isEmpty(); });
    QVERIFY(anyFinding);
}

void TestAppendixTables::emptyFormHasNoFigures()
{
    const auto table = FormAppendix::build(db(), 1, {true, false});
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->columns.size(), 5);
    for (const AppendixRow &row : table->rows) {
        QVERIFY(row.cells[3].text.isEmpty());
        QVERIFY(row.cells[4].text.isEmpty());
    }
    QVERIFY(!FormAppendix::build(db(), 99999));
}

void TestAppendixTables::progressAppendix()
{
    const auto table = ProgressAppendix::build(db(), QStringLiteral("TQ"), QStringLiteral("2024"));
    QVERIFY2(table, qPrintable(table.error()));
    // Actual, its period and its coverage are columns of their own, not notes in a cell.
    QCOMPARE(table->columns.size(), 9);
    int items = 0, context = 0;
    for (const AppendixRow &row : table->rows) {
        if (row.kind == RowKind::Item) {
            ++items;
            QCOMPARE(row.cells[0].text, QString::number(items)); // numbered through
            QVERIFY(!row.cells[6].text.isEmpty());              // the verdict
            // The 2022 figures stand beside the 2024 targets as context, with their period and coverage.
            if (!row.cells[3].text.isEmpty()) {
                QCOMPARE(row.cells[6].text, QStringLiteral("No figures for 2024"));
                QVERIFY(!row.cells[4].text.isEmpty() && !row.cells[5].text.isEmpty());
                QVERIFY(row.cells[7].text.isEmpty()); // no gap for a target that is not judged
                ++context;
            }
        }
    }
    QVERIFY(context >= 5);
    const auto targets = db().plans().targets({QStringLiteral("TQ"), {}, {}});
    QCOMPARE(items, int(targets->size()));
    QCOMPARE(ProgressAppendix::targetValue(Comparator::AtLeast, 80, QStringLiteral("%")), QStringLiteral("≥ 80%"));
    QCOMPARE(ProgressAppendix::targetValue(Comparator::AtMost, 25, QStringLiteral("phút")), QStringLiteral("≤ 25 phút"));
}

void TestAppendixTables::progressRefusesUnknownInput()
{
    const auto province = ProgressAppendix::build(db(), QStringLiteral("XX"), QStringLiteral("2024"));
    QVERIFY(!province);
    QVERIFY(province.error().contains(QStringLiteral("XX")));
    QVERIFY(!ProgressAppendix::build(db(), QStringLiteral("TQ"), QStringLiteral("2024Q7")));
}

void TestAppendixTables::comparisonShowsEveryProvince()
{
    const auto table = ComparisonAppendix::build(db());
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->columns.size(), 5);
    QCOMPARE(table->columns[2].header, QStringLiteral("Tuyên Quang"));
    const auto themes = db().plans().themes();
    QCOMPARE(table->rows.size(), themes->size());
    for (int i = 0; i < themes->size(); ++i) {
        const Theme &theme = themes->at(i);
        QCOMPARE(table->rows[i].cells[1].text, theme.name);
        for (int p = 0; p < 3; ++p) {
            const QString code = QStringList{"TQ", "BG", "TV"}[p];
            const QString cell = table->rows[i].cells[2 + p].text;
            if (theme.targetsPerProvince.value(code) == 0)
                QCOMPARE(cell, ComparisonAppendix::tr("No target"));
            else
                QVERIFY2(cell != ComparisonAppendix::tr("No target"), qPrintable(theme.key + u' ' + code));
        }
    }
}

void TestAppendixTables::csvIsExcelReadyAndNeutralised()
{
    AppendixTable table;
    table.identity.title = QStringLiteral("BẢNG THỬ");
    table.columns = {{QStringLiteral("STT")}, {QStringLiteral("Nội dung")}, {QStringLiteral("Số liệu"), 1, ColumnAlign::Right, ColumnKind::Number}};
    table.addRow(RowKind::Item, {"1", "=HYPERLINK(\"http://x\")", "+1"});
    table.addRow(RowKind::Item, {"2", "@SUM(A1)", "-2+3"});
    table.addRow(RowKind::Item, {"3", "\tTab, \"quoted\"\nnew line", ""});
    table.rows.last().cells[2] = AppendixTable::numberCell(-3.5);
    const QString path = m_dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(CsvExport::write(table, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(QStringLiteral("\"BẢNG THỬ\"\r\n")));
    QVERIFY(text.contains(QStringLiteral("\"1\",\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\"\r\n")));
    QVERIFY(text.contains(QStringLiteral("\"2\",\"'@SUM(A1)\",\"'-2+3\"\r\n")));
    // A genuine negative number stays a number; a tab-led text is neutralised; quotes doubled.
    QVERIFY(text.contains(QStringLiteral("\"3\",\"'\tTab, \"\"quoted\"\"\nnew line\",\"-3,5\"\r\n")));
}

void TestAppendixTables::xlsxHoldsNumbersAsNumbers()
{
    const auto table = FormAppendix::build(db(), 1, {});
    QVERIFY(table);
    const QString xlsx = m_dir.filePath(QStringLiteral("form.xlsx"));
    QVERIFY(XlsxExport::write(table.value(), xlsx));
    if (!hasProgram(QStringLiteral("soffice")))
        QSKIP("LibreOffice (soffice) is not installed: scripts/setup.sh --for-tests installs it.");
    const CliRun run = libreOfficeConvert({xlsx}, QStringLiteral("fods"), m_dir.path());
    QCOMPARE(run.exitCode, 0);
    QFile fods(m_dir.filePath(QStringLiteral("form.fods")));
    QVERIFY2(fods.open(QIODevice::ReadOnly), run.err.constData());
    const QString xml = QString::fromUtf8(fods.readAll());
    // 1.2.1 = 6 and the computed 1.2 = 33,33… are numbers, not text.
    QVERIFY(xml.contains(QStringLiteral("office:value-type=\"float\" office:value=\"6\"")));
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("office:value-type=\"float\" office:value=\"33\\.33333"))));
    // The merged header "Kết quả thống kê" over two columns, the title, the labels as text.
    QVERIFY(xml.contains(QStringLiteral("table:number-columns-spanned=\"2\"")));
    // The title, broken into balanced lines in its merged row: every word of it.
    for (const QString &word : table->identity.title.split(u' ', Qt::SkipEmptyParts))
        QVERIFY2(xml.contains(word), qPrintable(word));
    QVERIFY(xml.contains(QStringLiteral("Số văn bản chỉ đạo CCHC đã ban hành")));
}

QTEST_GUILESS_MAIN(TestAppendixTables)
#include "tst_appendix_tables.moc"
