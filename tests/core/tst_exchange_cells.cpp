// What a workbook's cell shows is what is imported: a number under a percent format is the
// percentage on screen, a date is never a count, a code typed as a number is the code it shows,
// the template's columns are found by their headers wherever they are, and a computed row left
// without a cached value (a file saved by openpyxl) is no reason to refuse. The workbooks are
// made here byte by byte, as other programs write them.
#include "PgTestServer.h"
#include "ExchangeTestSupport.h"

#include "exchange/ImportPreview.h"
#include "exchange/SubmissionFile.h"
#include "exchange/XlsxNumberFormats.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

namespace {

const ExchangeIdentity kStttt2022S1{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STTTT"), QStringLiteral("2022S1")};

// Styles: 0 plain, 1 Excel's "0%", 2 Excel's date (id 14), 3 a custom "0.0%", 4 a custom "dd/mm/yyyy".
const QByteArray kStyles = "<styleSheet><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
                           "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"5\">"
                           "<xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                           "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";

QByteArray text(const QString &ref, const QString &value)
{
    return "<c r=\"" + ref.toUtf8() + "\" t=\"inlineStr\"><is><t>" + value.toUtf8() + "</t></is></c>";
}

QByteArray number(const QString &ref, double value, int style = 0)
{
    return "<c r=\"" + ref.toUtf8() + "\" s=\"" + QByteArray::number(style) + "\"><v>" + QByteArray::number(value, 'g', 17) +
           "</v></c>";
}

struct Sheet {
    QString name;
    QList<QByteArray> rows; // each the cells of one row, already as XML
    bool hidden = false;
};

QByteArray workbook(const QList<Sheet> &sheets)
{
    QByteArray list, rels;
    QList<ZipEntry> entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        list += "<sheet name=\"" + sheets[i].name.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" +
                (sheets[i].hidden ? " state=\"hidden\"" : "") + "/>";
        rels += "<Relationship Id=\"rId" + n + "\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        QByteArray data;
        for (int r = 0; r < sheets[i].rows.size(); ++r)
            data += "<row r=\"" + QByteArray::number(r + 1) + "\">" + sheets[i].rows[r] + "</row>";
        entries.append({"xl/worksheets/sheet" + n + ".xml", "<worksheet><sheetData>" + data + "</sheetData></worksheet>"});
    }
    entries.append({"xl/workbook.xml", "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                       "relationships\"><sheets>" + list + "</sheets></workbook>"});
    entries.append({"xl/_rels/workbook.xml.rels", "<Relationships>" + rels + "</Relationships>"});
    entries.append({"xl/styles.xml", kStyles});
    return makeZip(entries);
}

// The hidden sheet of ParDesk's template, naming the submission and where its table is.
Sheet identitySheet(const QString &dataSheet)
{
    const QList<QPair<QString, QString>> facts = {{"form", "TQ-PL02-CCHC"}, {"form_version", "1"}, {"agency", "TQ.STTTT"},
                                                  {"period", "2022S1"},      {"data_sheet", dataSheet}, {"header_row", "1"}};
    Sheet sheet{QStringLiteral("pardesk"), {}, true};
    for (int r = 0; r < facts.size(); ++r)
        sheet.rows.append(text(QStringLiteral("A%1").arg(r + 1), facts[r].first) + text(QStringLiteral("B%1").arg(r + 1), facts[r].second));
    return sheet;
}

} // namespace

class TestExchangeCells : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void formatCodesAreClassified_data();
    void formatCodesAreClassified();
    void aPercentFormatIsThePercentageShown();
    void aDateInACountRowIsRefusedWithTheCell();
    void aCodeTypedAsANumberIsTheCodeShown();
    void templateColumnsAreFoundByTheirHeaders_data();
    void templateColumnsAreFoundByTheirHeaders();
    void aTemplateWhoseHeadersAreGoneIsRefused();
    void aComputedRowWithoutCachedValueIsRead();

private:
    Result<ImportSource> read(const QByteArray &bytes, const std::optional<ExchangeIdentity> &identity = kStttt2022S1);
    ImportCell cellOf(const ImportSource &source, const QString &code) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    int m_files = 0;
};

void TestExchangeCells::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    m_db = openStore(m_dir.filePath(QStringLiteral("office.sqlite")));
}

Result<ImportSource> TestExchangeCells::read(const QByteArray &bytes, const std::optional<ExchangeIdentity> &identity)
{
    const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_files));
    writeAll(path, bytes);
    return SubmissionFile::read(*m_db, path, identity);
}

ImportCell TestExchangeCells::cellOf(const ImportSource &source, const QString &code) const
{
    return source.cells.value(source.target.form->indexOf(code));
}

void TestExchangeCells::formatCodesAreClassified_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("format");
    const int plain = int(XlsxCell::Format::Plain), percent = int(XlsxCell::Format::Percent), date = int(XlsxCell::Format::DateTime);
    QTest::newRow("General") << "General" << plain;
    QTest::newRow("thousands") << "#,##0" << plain;
    QTest::newRow("scientific") << "0.00E+00" << plain;
    QTest::newRow("colour and condition") << "[Red][<0]#,##0" << plain;
    QTest::newRow("quoted text with letters") << "0\" hồ sơ\"" << plain;
    QTest::newRow("percent") << "0.00%" << percent;
    QTest::newRow("day month year") << "dd/mm/yyyy" << date;
    QTest::newRow("elapsed hours") << "[h]:mm" << date;
    QTest::newRow("locale and date") << "[$-42A]d mmmm yyyy" << date;
}

void TestExchangeCells::formatCodesAreClassified()
{
    QFETCH(QString, code);
    QFETCH(int, format);
    QCOMPARE(int(XlsxNumberFormats::classify(code)), format);
}

void TestExchangeCells::aPercentFormatIsThePercentageShown()
{
    // 1.4.2 is a percentage the agency types; Excel keeps 45 % as 0.45 with a percent format.
    const auto source = read(workbook({{QStringLiteral("Data"),
                                        {text("A1", "code") + text("B1", "value"), text("A2", "1.4.2") + number("B2", 0.45, 1),
                                         text("A3", "1.4.1") + number("B3", 0.875, 3), text("A4", "1.1") + number("B4", 12)}}}));
    QVERIFY2(source, qPrintable(source.error()));
    QCOMPARE(cellOf(source.value(), "1.4.2").value, std::optional<double>(45));
    QCOMPARE(cellOf(source.value(), "1.4.2").raw, QStringLiteral("45%"));
    QCOMPARE(cellOf(source.value(), "1.4.1").value, std::optional<double>(87.5));
    QCOMPARE(cellOf(source.value(), "1.1").value, std::optional<double>(12));
}

void TestExchangeCells::aDateInACountRowIsRefusedWithTheCell()
{
    for (int style : {2, 4}) {
        const auto source = read(workbook({{QStringLiteral("Data"),
                                            {text("A1", "code") + text("B1", "value"), text("A2", "1.2.1") + number("B2", 7),
                                             text("A3", "1.1") + number("B3", 45352, style)}}}));
        QVERIFY(!source);
        QVERIFY2(source.error().contains("cell B3") && source.error().contains("1.1") && source.error().contains("date"),
                 qPrintable(source.error()));
    }
}

void TestExchangeCells::aCodeTypedAsANumberIsTheCodeShown()
{
    const auto source = read(workbook({{QStringLiteral("Data"),
                                        {text("A1", "Mã số") + text("B1", "Giá trị"), number("A2", 1.1) + number("B2", 4),
                                         text("A3", "1.2.1") + number("B3", 9)}}}));
    QVERIFY2(source, qPrintable(source.error()));
    QCOMPARE(cellOf(source.value(), "1.1").value, std::optional<double>(4));
    QCOMPARE(cellOf(source.value(), "1.2.1").value, std::optional<double>(9));
}

void TestExchangeCells::templateColumnsAreFoundByTheirHeaders_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::newRow("as written") << QStringList{"Mã số", "Chỉ tiêu", "Đơn vị", "Giá trị", "Ghi chú"};
    QTest::newRow("a column inserted before the value") << QStringList{"Mã số", "Chỉ tiêu", "Đơn vị", "Nguồn", "Giá trị", "Ghi chú"};
    QTest::newRow("value and note swapped") << QStringList{"Mã số", "Chỉ tiêu", "Đơn vị", "Ghi chú", "Giá trị"};
    QTest::newRow("English headers") << QStringList{"Code", "Item", "Unit", "Value", "Note"};
}

void TestExchangeCells::templateColumnsAreFoundByTheirHeaders()
{
    QFETCH(QStringList, headers);
    const auto columnLetter = [](int c) { return QString(QChar(u'A' + c)); };
    const auto rowOf = [&](int r, const QHash<QString, QString> &byHeader) {
        QByteArray cells;
        for (int c = 0; c < headers.size(); ++c)
            if (const QString v = byHeader.value(headers[c].toLower()); !v.isEmpty())
                cells += text(columnLetter(c) + QString::number(r), v);
        return cells;
    };
    QByteArray header;
    for (int c = 0; c < headers.size(); ++c)
        header += text(columnLetter(c) + u'1', headers[c]);
    const auto row = [&](int r, const QString &code, const QString &value, const QString &note) {
        QHash<QString, QString> cells{{"mã số", code}, {"code", code}, {"giá trị", value}, {"value", value},
                                      {"ghi chú", note}, {"note", note}, {"nguồn", "Sở Nội vụ"}};
        return rowOf(r, cells);
    };
    const Sheet data{QStringLiteral("Biểu"), {header, row(2, "1.1", "5", "ghi chú một"), row(3, "1.2.1", "8", "")}};
    const auto source = read(workbook({data, identitySheet(QStringLiteral("Biểu"))}), std::nullopt);
    QVERIFY2(source, qPrintable(source.error()));
    QCOMPARE(cellOf(source.value(), "1.1").value, std::optional<double>(5));
    QCOMPARE(cellOf(source.value(), "1.1").note, QStringLiteral("ghi chú một"));
    QCOMPARE(cellOf(source.value(), "1.2.1").value, std::optional<double>(8));
}

void TestExchangeCells::aTemplateWhoseHeadersAreGoneIsRefused()
{
    const Sheet data{QStringLiteral("Biểu"),
                     {text("A1", "STT") + text("B1", "Chỉ tiêu") + text("C1", "Số"), text("A2", "1.1") + text("C2", "5")}};
    const auto source = read(workbook({data, identitySheet(QStringLiteral("Biểu"))}), std::nullopt);
    QVERIFY(!source);
    QVERIFY2(source.error().contains("row 1") && source.error().contains("Giá trị") && source.error().contains("sheet Biểu"),
             qPrintable(source.error()));
}

// openpyxl keeps a formula and writes an empty cached value; the official typed 7 into the
// computed row 1.2 anyway. The file is read; the typed value is listed as not imported.
void TestExchangeCells::aComputedRowWithoutCachedValueIsRead()
{
    const Sheet data{QStringLiteral("Biểu"),
                     {text("A1", "Mã số") + text("D1", "Giá trị"), text("A2", "1.1") + number("D2", 3),
                      text("A3", "1.2") + "<c r=\"D3\"><f>IF(D5=0,\"\",D6/D5*100)</f><v></v></c>",
                      text("A4", "1.3.3") + number("D4", 7), text("A5", "1.2.1") + number("D5", 4),
                      text("A6", "1.2.2") + number("D6", 2)}};
    auto source = read(workbook({data, identitySheet(QStringLiteral("Biểu"))}), std::nullopt);
    QVERIFY2(source, qPrintable(source.error()));
    const auto preview = ImportPreview::build(*m_db, std::move(source).value());
    QVERIFY2(preview, qPrintable(preview.error()));
    const auto ignored = preview->ignored();
    const bool reported = std::any_of(ignored.cbegin(), ignored.cend(), [](const IgnoredRow &r) { return r.code == u"1.3.3"; });
    QVERIFY(reported);
    QCOMPARE(preview->cells()[preview->form().indexOf(QStringLiteral("1.2.1"))].value, std::optional<double>(4));
}

QTEST_GUILESS_MAIN(TestExchangeCells)
#include "tst_exchange_cells.moc"
