// A template filled in LibreOffice Calc and saved as XLSX imports correctly. LibreOffice runs
// headless: the template is converted to flat ODF (.fods), its value and note cells are filled in
// the XML as Calc stores typed cells, and Calc converts it back to XLSX, which is what an official
// who types in Calc and saves as Excel sends. Two soffice runs: they are slow.
#include "ExchangeTestSupport.h"
#include "OutputTools.h"

#include "exchange/FolderImport.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxTemplate.h"
#include "store/Store.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace pardesk;
using namespace pardesk::test;

namespace {

const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

struct Typed {
    QString text;
    bool number = false; // typed as a number (Calc stores float), else as text
    QString note;
};

// Copies the flat ODF document, replacing the value (D) and note (E) cells of the rows whose code
// (A) is in `typed`.
QByteArray fill(const QByteArray &fods, const QHash<QString, Typed> &typed)
{
    QXmlStreamReader in(fods);
    QByteArray out;
    QXmlStreamWriter w(&out);
    int column = -1;
    QString code;
    const auto writeCell = [&](const QXmlStreamAttributes &original, const QString &text, bool number) {
        w.writeStartElement(kTable, QStringLiteral("table-cell"));
        if (original.hasAttribute(kTable, QStringLiteral("style-name")))
            w.writeAttribute(kTable, QStringLiteral("style-name"), original.value(kTable, QStringLiteral("style-name")).toString());
        w.writeAttribute(kOffice, QStringLiteral("value-type"), number ? QStringLiteral("float") : QStringLiteral("string"));
        if (number)
            w.writeAttribute(kOffice, QStringLiteral("value"), text);
        w.writeTextElement(kText, QStringLiteral("p"), text);
        w.writeEndElement();
    };
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement() && in.name() == u"table-row") {
            column = -1;
            code.clear();
        }
        if (in.isStartElement() && in.name() == u"table-cell") {
            ++column;
            const QXmlStreamAttributes a = in.attributes();
            const auto found = typed.constFind(code);
            if (found != typed.constEnd() && (column == 3 || column == 4)) {
                const QString text = column == 3 ? found->text : found->note;
                if (!text.isEmpty()) {
                    writeCell(a, text, column == 3 && found->number);
                    in.skipCurrentElement();
                    continue;
                }
            }
            const int repeated = a.value(kTable, QStringLiteral("number-columns-repeated")).toInt();
            if (repeated > 1)
                column += repeated - 1;
            if (column == 0) {
                w.writeCurrentToken(in);
                // The code: the cell's text.
                while (!in.atEnd()) {
                    in.readNext();
                    if (in.isCharacters())
                        code += in.text();
                    w.writeCurrentToken(in);
                    if (in.isEndElement() && in.name() == u"table-cell")
                        break;
                }
                code = code.trimmed();
                continue;
            }
        }
        w.writeCurrentToken(in);
    }
    return in.hasError() ? QByteArray() : out;
}

bool soffice(const QString &profile, const QStringList &arguments, QString *log)
{
    QProcess p;
    p.start(QStringLiteral("soffice"), QStringList{QStringLiteral("-env:UserInstallation=file://") + profile,
                                                   QStringLiteral("--headless")} + arguments);
    const bool done = p.waitForFinished(180000);
    *log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return done && p.exitCode() == 0;
}

} // namespace

class TestExchangeLibreOffice : public QObject {
    Q_OBJECT
private slots:
    // Printed from Calc, the template fits the width of A4 landscape pages, each with the header
    // row: before, LibreOffice printed 13 pages of column A alone.
    void templatePrintsOnA4Pages()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: scripts/setup.sh --for-tests installs it.");
        if (!hasProgram(QStringLiteral("pdfinfo")))
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        const ExchangeIdentity identity{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STP"), QStringLiteral("2024Q2")};
        const QString xlsx = dir.filePath(QStringLiteral("template.xlsx"));
        QVERIFY(XlsxTemplate::write(*db, identity, xlsx).ok());
        QString log;
        QVERIFY2(soffice(dir.filePath(QStringLiteral("lo-profile")),
                         {QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), xlsx}, &log),
                 qPrintable(log));
        const QString pdf = dir.filePath(QStringLiteral("template.pdf"));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        // "Page size: 841.89 x 595.304 pts (A4)": A4, wider than tall.
        QVERIFY2(text.contains(QStringLiteral("(A4)")) && text.contains(QStringLiteral("841.89 x 595")), qPrintable(text));
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(pages.size() >= 2 && pages.size() <= 8, qPrintable(QString::number(pages.size())));
        // Every page has the whole header row: code, item, unit, value, note (in the store's language).
        for (const QString &page : pages)
            for (const QString &header : {XlsxTemplate::tr("Code"), XlsxTemplate::tr("Value"), XlsxTemplate::tr("Note")})
                QVERIFY2(page.contains(header), qPrintable(page.left(300)));
    }

    void templateFilledInCalcImports()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: scripts/setup.sh --for-tests installs it.");
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        const ExchangeIdentity identity{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STP"), QStringLiteral("2024Q2")};
        const QString xlsx = dir.filePath(QStringLiteral("template.xlsx"));
        QVERIFY(XlsxTemplate::write(*db, identity, xlsx).ok());

        const QString profile = dir.filePath(QStringLiteral("lo-profile"));
        QString log;
        QVERIFY2(soffice(profile, {QStringLiteral("--convert-to"), QStringLiteral("fods"), QStringLiteral("--outdir"), dir.filePath("fods"), xlsx}, &log), qPrintable(log));
        const QByteArray fods = readAll(dir.filePath(QStringLiteral("fods/template.fods")));
        QVERIFY2(!fods.isEmpty(), qPrintable(log));

        // As an official types in Calc: numbers as numbers, a count typed as text with Vietnamese
        // thousands, another with C thousands, a percentage with a decimal comma, notes.
        const QHash<QString, Typed> typed = {
            {QStringLiteral("1.1"), {QStringLiteral("7"), true, QStringLiteral("Theo sổ theo dõi văn bản")}},
            {QStringLiteral("1.2.1"), {QStringLiteral("1.250"), false, {}}},
            {QStringLiteral("1.2.2"), {QStringLiteral("1,500"), false, {}}}, // 1,5 is no count: the C reading
            {QStringLiteral("1.3.1"), {QStringLiteral("12"), true, {}}},
        };
        const QByteArray filled = fill(fods, typed);
        QVERIFY(!filled.isEmpty());
        writeAll(dir.filePath(QStringLiteral("filled.fods")), filled);
        QVERIFY2(soffice(profile, {QStringLiteral("--convert-to"), QStringLiteral("xlsx:Calc MS Excel 2007 XML"), QStringLiteral("--outdir"), dir.filePath("back"), dir.filePath(QStringLiteral("filled.fods"))}, &log), qPrintable(log));
        const QString back = dir.filePath(QStringLiteral("back/filled.xlsx"));
        QVERIFY2(QFile::exists(back), qPrintable(log));

        // Calc kept the hidden sheet: the workbook says whose it is without being told.
        const auto sheets = XlsxReader::read(back);
        QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
        QVERIFY(std::any_of(sheets->cbegin(), sheets->cend(), [](const XlsxSheet &s) { return s.name == u"pardesk" && s.hidden; }));

        const QByteArray before = storeDigest(db->database().connection());
        // The filled template has an error left: sent with an explanation, as SubmitRule asks.
        const FolderImportEntry entry = FolderImport::importFile(*db, back, SubmissionImport::Existing::Refuse, {},
                                                                 SubmissionImport::Trust::KnownOnly, QStringLiteral("Theo sổ theo dõi"));
        QVERIFY2(entry.outcome == FolderImportEntry::Outcome::Imported, qPrintable(entry.message));
        QVERIFY(storeDigest(db->database().connection()) != before);
        QHash<QString, SubmissionValue> values;
        for (const SubmissionValue &v : Submissions(db->database().connection()).values(entry.submissionId).value())
            values.insert(v.code, v);
        QCOMPARE(values.value("1.1").value, 7.0);
        QCOMPARE(values.value("1.1").note, QStringLiteral("Theo sổ theo dõi văn bản"));
        QCOMPARE(values.value("1.2.1").value, 1250.0);
        QCOMPARE(values.value("1.2.2").value, 1500.0);
        QCOMPARE(values.value("1.3.1").value, 12.0);
        QVERIFY(!values.contains("1.2")); // derived: computed, not imported
        QCOMPARE(values.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestExchangeLibreOffice)
#include "tst_exchange_libreoffice.moc"
