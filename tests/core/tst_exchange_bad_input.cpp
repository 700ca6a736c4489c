// Every importer meets files that are not what they claim. Each row is one bad file: the import
// must be refused with a message that names the file, the row or cell where there is one, and
// what is wrong, and the store must be exactly as it was (a digest of every table, before and
// after), even though the import was allowed to replace.
#include "PgTestServer.h"
#include "ExchangeTestSupport.h"

#include "exchange/FolderImport.h"
#include "exchange/SubmissionPackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QStringEncoder>
#include <xlsxwriter.h>

using namespace pardesk;
using namespace pardesk::test;

namespace {

// A workbook with a header row and item rows, as an office might make it.
void writeSheet(const QString &path, const QList<QStringList> &rows)
{
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Data");
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            worksheet_write_string(sheet, r, c, rows[r][c].toUtf8().constData(), nullptr);
    workbook_close(book);
}

// The seeded submission's package with its content changed, sealed again or not.
QByteArray package(Store &db, const std::function<void(QJsonObject &)> &change, bool reseal)
{
    QJsonObject json = QJsonDocument::fromJson(SubmissionPackage::build(db, 1).value()).object();
    QJsonObject content = json.value("content").toObject();
    change(content);
    json.insert("content", content);
    if (reseal)
        json.insert("sha256", SubmissionPackage::digestOf(content));
    return QJsonDocument(json).toJson();
}

} // namespace

class TestExchangeBadInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PARDESK_REQUIRE_ENGINE(); }
    void refusedAndStoreUnchanged_data();
    void refusedAndStoreUnchanged();

private:
    QTemporaryDir m_dir;
};

void TestExchangeBadInput::refusedAndStoreUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // parts of the message, besides the file name

    auto db = openStore(m_dir.filePath("source.sqlite"));
    const auto path = [&](const char *name) { return m_dir.filePath(QString::fromUtf8(name)); };

    writeAll(path("not-a-zip.xlsx"), "This is a text file renamed .xlsx\n");
    QTest::newRow("not a zip") << path("not-a-zip.xlsx") << QStringList{"not a zip"};

    writeAll(path("zip-slip.xlsx"), makeZip({{"xl/workbook.xml", "<workbook/>"}, {"../../evil.sh", "rm -rf /"}}));
    QTest::newRow("zip slip") << path("zip-slip.xlsx") << QStringList{"../../evil.sh", "outside"};

    writeAll(path("absolute.xlsx"), makeZip({{"/etc/passwd", "x"}}));
    QTest::newRow("absolute entry") << path("absolute.xlsx") << QStringList{"/etc/passwd", "outside"};

    writeAll(path("bomb.xlsx"), makeZip({{"xl/workbook.xml", QByteArray(80 * 1024 * 1024, ' ')}}));
    QTest::newRow("decompression bomb") << path("bomb.xlsx") << QStringList{"decompression bomb"};

    QByteArray truncatedZip = readAll(path("zip-slip.xlsx"));
    writeAll(path("truncated.xlsx"), truncatedZip.left(truncatedZip.size() / 2));
    QTest::newRow("truncated zip") << path("truncated.xlsx") << QStringList{"truncated"};

    writeSheet(path("no-code.xlsx"), {{"Chỉ tiêu", "Số liệu"}, {"1.1", "5"}});
    QTest::newRow("no code column") << path("no-code.xlsx") << QStringList{"sheet Data", "\"code\""};

    writeSheet(path("unknown-code.xlsx"), {{"code", "value"}, {"1.1", "5"}, {"9.9.9", "3"}});
    QTest::newRow("unknown code") << path("unknown-code.xlsx") << QStringList{"row 3", "9.9.9", "no such item"};

    writeSheet(path("text-in-number.xlsx"), {{"code", "value"}, {"1.1", "năm"}});
    QTest::newRow("text in a number cell") << path("text-in-number.xlsx") << QStringList{"row 2", "1.1", "năm"};

    writeAll(path("negative.csv"), "code,value,note\n1.1,4,\n1.2.1,-3,\n");
    QTest::newRow("negative count") << path("negative.csv") << QStringList{"row 3", "1.2.1", "negative"};

    writeAll(path("duplicate.csv"), "code,value,note\n1.1,4,\n1.2.1,3,\n1.1,5,\n");
    QTest::newRow("duplicated code") << path("duplicate.csv") << QStringList{"row 4", "1.1", "twice", "row 2"};

    writeAll(path("cp1258.csv"), "code,value,note\n1.1,4,\n1.2.1,3,S\xf4\xd2 li\xea\xd5u\n");
    QTest::newRow("CSV in Windows-1258") << path("cp1258.csv") << QStringList{"row 3", "not UTF-8"};

    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    writeAll(path("utf16.csv"), utf16(QStringLiteral("code,value,note\n1.1,4,Số liệu\n")));
    QTest::newRow("CSV in UTF-16") << path("utf16.csv") << QStringList{"UTF-16"};

    writeAll(path("unknown-agency.pardesk"), package(*db, [](QJsonObject &c) {
        QJsonObject agency = c.value("agency").toObject();
        agency.insert("key", "TQ.KHONGCO");
        c.insert("agency", agency);
    }, true));
    QTest::newRow("package for an unknown agency") << path("unknown-agency.pardesk") << QStringList{"TQ.KHONGCO", "not in this store"};

    writeAll(path("newer-form.pardesk"), package(*db, [](QJsonObject &c) {
        QJsonObject form = c.value("form").toObject();
        form.insert("version", 7);
        c.insert("form", form);
    }, true));
    QTest::newRow("package from a newer form version") << path("newer-form.pardesk") << QStringList{"version 7", "TQ-PL02-CCHC", "newer"};

    writeAll(path("altered.pardesk"), package(*db, [](QJsonObject &c) { c.insert("period", "2022S2"); }, false));
    QTest::newRow("altered package") << path("altered.pardesk") << QStringList{"altered", "SHA-256"};

    const QByteArray whole = package(*db, [](QJsonObject &) {}, false);
    writeAll(path("truncated.pardesk"), whole.left(whole.size() * 2 / 3));
    QTest::newRow("truncated package") << path("truncated.pardesk") << QStringList{"truncated"};

    writeAll(path("bad-code.pardesk"), package(*db, [](QJsonObject &c) {
        QJsonArray values = c.value("values").toArray();
        QJsonObject first = values[0].toObject();
        first.insert("code", "99.1");
        values[0] = first;
        c.insert("values", values);
    }, true));
    QTest::newRow("package naming an unknown item") << path("bad-code.pardesk") << QStringList{"value 1", "99.1"};

    // Issue 16: a package's number is the one its text reads; a disagreement is forgery or damage.
    const auto withValue = [&](const char *name, const QJsonValue &raw, const QJsonValue &number) {
        writeAll(path(name), package(*db, [&](QJsonObject &c) {
            QJsonArray values = c.value("values").toArray();
            for (qsizetype i = 0; i < values.size(); ++i) {
                QJsonObject v = values[i].toObject();
                if (v.value("code").toString() == u"1.1") {
                    v.insert("raw", raw);
                    v.insert("value", number);
                    values[i] = v;
                }
            }
            c.insert("values", values);
        }, true));
    };
    withValue("raw-3-value-999.pardesk", "3", 999);
    QTest::newRow("package: text 3, number 999") << path("raw-3-value-999.pardesk") << QStringList{"1.1", "\"3\"", "999", "not what the text reads"};
    withValue("raw-abc.pardesk", "abc", 3);
    QTest::newRow("package: text abc, number 3") << path("raw-abc.pardesk") << QStringList{"1.1", "abc"};
    withValue("raw-null.pardesk", QJsonValue(), 3);
    QTest::newRow("package: no text, number 3") << path("raw-null.pardesk") << QStringList{"1.1", "not what the text reads"};
    writeAll(path("array.pardesk"), "[1,2,3]");
    QTest::newRow("package that is a JSON array") << path("array.pardesk") << QStringList{"JSON but not a ParDesk submission package"};
    writeAll(path("values-not-objects.pardesk"), package(*db, [](QJsonObject &c) { c.insert("values", QJsonArray{1, 2}); }, true));
    QTest::newRow("package whose values are numbers") << path("values-not-objects.pardesk") << QStringList{"value 1", "not a value"};

    // Ambiguous workbooks: programs would read them differently.
    const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray book = "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const auto sheetXml = [](const QByteArray &value) {
        return "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B1\" "
               "t=\"inlineStr\"><is><t>value</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1.1</t></is>"
               "</c>" + value + "</row></sheetData></worksheet>";
    };
    writeAll(path("twice-entry.xlsx"), makeZip({{"xl/workbook.xml", book}, {"xl/_rels/workbook.xml.rels", rels},
                                               {"xl/worksheets/sheet1.xml", sheetXml("<c r=\"B2\"><v>5</v></c>")},
                                               {"xl/worksheets/sheet1.xml", sheetXml("<c r=\"B2\"><v>500</v></c>")}}));
    QTest::newRow("zip entry twice") << path("twice-entry.xlsx") << QStringList{"xl/worksheets/sheet1.xml", "twice"};
    writeAll(path("twice-cell.xlsx"), makeZip({{"xl/workbook.xml", book}, {"xl/_rels/workbook.xml.rels", rels},
                                              {"xl/worksheets/sheet1.xml", sheetXml("<c r=\"B2\"><v>5</v></c><c r=\"B2\"><v>500</v></c>")}}));
    QTest::newRow("cell written twice") << path("twice-cell.xlsx") << QStringList{"cell B2", "twice"};

    // Text that is not a CSV, said as it is.
    static const char nul[] = "code,value,note\n1.1,4,\n1.2.1,3,a\0b\n";
    writeAll(path("nul.csv"), QByteArray(nul, sizeof nul - 1));
    QTest::newRow("CSV with a NUL byte") << path("nul.csv") << QStringList{"row 3", "NUL"};
    writeAll(path("workbook.csv"), readAll(path("twice-cell.xlsx")));
    QTest::newRow("workbook named .csv") << path("workbook.csv") << QStringList{"workbook", "not CSV"};
    writeAll(path("long-note.csv"), "code,value,note\n1.1,4," + QByteArray(4001, 'n') + "\n");
    QTest::newRow("note too long") << path("long-note.csv") << QStringList{"row 2", "1.1", "4001 characters"};
}

void TestExchangeBadInput::refusedAndStoreUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    static int run = 0;
    auto db = openStore(m_dir.filePath(QStringLiteral("target%1.sqlite").arg(++run)));
    const QByteArray before = storeDigest(db->database().connection());
    // A CSV names no submission: it is given one that exists, so that only the file is at fault.
    const ExchangeIdentity identity{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STTTT"), QStringLiteral("2022S1")};
    const std::optional<ExchangeIdentity> given = file.endsWith(".pardesk") ? std::nullopt : std::optional(identity);
    const FolderImportEntry entry = FolderImport::importFile(*db, file, SubmissionImport::Existing::Replace, given);
    QCOMPARE(entry.outcome, FolderImportEntry::Outcome::Refused);
    QVERIFY2(entry.message.contains(file), qPrintable(entry.message));
    for (const QString &part : expected)
        QVERIFY2(entry.message.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, entry.message)));
    QCOMPARE(storeDigest(db->database().connection()), before);
}

QTEST_GUILESS_MAIN(TestExchangeBadInput)
#include "tst_exchange_bad_input.moc"
