// Templates, imports, packages and the consolidation, on real stores built from the bundled
// dataset: what a template holds, what an import writes (in one transaction, replacing only when
// asked, audited), a package's round trip between two stores, a folder's summary, and the
// consolidating office's statuses, rates and totals. In SQLite files, and (tst_exchange_on_server) on
// the test cluster's PostgreSQL server.
#include "PgTestServer.h"
#include "ExchangeTestSupport.h"

#include "exchange/Consolidation.h"
#include "exchange/ConsolidationExport.h"
#include "exchange/FolderImport.h"
#include "exchange/SubmissionFile.h"
#include "exchange/SubmissionPackage.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxTemplate.h"
#include "exchange/ZipArchive.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace pardesk;
using namespace pardesk::test;

namespace {

const ExchangeIdentity kSnv2024Q1{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.SNV"), QStringLiteral("2024Q1")};

std::optional<SubmissionValue> valueOf(const QSqlDatabase &db, qint64 submissionId, const QString &code)
{
    const auto values = Submissions(db).values(submissionId);
    for (const SubmissionValue &v : values.value())
        if (v.code == code)
            return v;
    return std::nullopt;
}

Result<ImportPreview> previewOf(Store &db, const QString &path, const std::optional<ExchangeIdentity> &identity = {})
{
    auto source = SubmissionFile::read(db, path, identity);
    if (!source)
        return Error{source.error()};
    return ImportPreview::build(db, std::move(source).value());
}

QString auditActionOf(const QSqlDatabase &db, qint64 submissionId, QJsonObject *before = nullptr)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT action, old_value FROM audit_log WHERE entity = 'submission' AND entity_id = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(submissionId);
    if (!q.exec() || !q.next())
        return {};
    if (before)
        *before = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    return q.value(0).toString();
}

} // namespace

class TestExchange : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PARDESK_REQUIRE_ENGINE(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = openStore(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_run)));
    }
    void cleanup() { m_db.reset(); }

    void xlsxTemplateNamesItsSubmissionAndProtectsTheSheet()
    {
        const QString path = m_dir.filePath(QStringLiteral("t.xlsx"));
        QVERIFY2(XlsxTemplate::write(*m_db, {QStringLiteral("TQ-PL08-CQDT"), 0, QStringLiteral("TQ.SNV"), QStringLiteral("2024S1")}, path).ok(), "write");
        const auto sheets = XlsxReader::read(path);
        QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
        QCOMPARE(sheets->size(), 2);
        QCOMPARE(sheets->at(0).name, QStringLiteral("TQ-PL08-CQDT"));
        QVERIFY(!sheets->at(0).hidden);
        QCOMPARE(sheets->at(1).name, QStringLiteral("pardesk"));
        QVERIFY(sheets->at(1).hidden);
        QHash<QString, QString> facts;
        for (const XlsxCell &c : sheets->at(1).cells)
            if (c.column == 1 && sheets->at(1).cell(c.row, 2))
                facts.insert(c.text, sheets->at(1).cell(c.row, 2)->text);
        QCOMPARE(facts.value("form"), QStringLiteral("TQ-PL08-CQDT"));
        QCOMPARE(facts.value("agency"), QStringLiteral("TQ.SNV"));
        QCOMPARE(facts.value("period"), QStringLiteral("2024S1"));
        QCOMPARE(facts.value("form_version"), QStringLiteral("1"));
        QVERIFY(!facts.value("created_at").isEmpty());
        // The item table under its header: code, label, unit, value, note.
        const XlsxSheet &data = sheets->at(0);
        QCOMPARE(data.cell(5, 1)->text, QStringLiteral("Code"));
        QCOMPARE(data.cell(6, 1)->text, QStringLiteral("1"));

        // Protected, with drop-down lists for the coded answers (items 1 to 3 are choices).
        const auto zip = ZipArchive::open(readAll(path), path);
        QVERIFY(zip.ok());
        auto archive = zip.value();
        const QByteArray sheetXml = archive.read(QStringLiteral("xl/worksheets/sheet1.xml")).value();
        QVERIFY(sheetXml.contains("<sheetProtection"));
        QVERIFY(sheetXml.contains("<dataValidation type=\"list\""));
        QVERIFY(sheetXml.contains("<formula1>\"0 - Chưa,1 - Hoàn thành\"</formula1>"));
        const QByteArray styles = archive.read(QStringLiteral("xl/styles.xml")).value();
        QVERIFY(styles.contains("locked=\"0\""));
    }

    void xlsxTemplateComputesDerivedRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("t2.xlsx"));
        QVERIFY(XlsxTemplate::write(*m_db, kSnv2024Q1, path).ok());
        auto archive = ZipArchive::open(readAll(path), path).value();
        const QByteArray sheetXml = archive.read(QStringLiteral("xl/worksheets/sheet1.xml")).value();
        // 1.2 = 1.2.2 / 1.2.1 × 100: rows 8 (1.2), 9 (1.2.1), 10 (1.2.2).
        const qsizetype d8 = sheetXml.indexOf("<c r=\"D8\"");
        QVERIFY(d8 > 0);
        QCOMPARE(sheetXml.indexOf("<f>IF(AND(ISNUMBER(D10),ISNUMBER(D9),D9&lt;&gt;0),D10/D9*100,\"\")</f>", d8), sheetXml.indexOf("<f>", d8));
    }

    void csvTemplateListsTheEnteredItems()
    {
        const QString path = m_dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(CsvTemplate::write(*m_db, {QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STTTT"), QStringLiteral("2022S1")}, path).ok());
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.first(), QByteArray("code,value,note"));
        QVERIFY(lines.contains("1.1,2,"));     // the stored value of the seeded submission
        QVERIFY(!lines.contains("1.2,,"));     // derived: computed, not entered
        QVERIFY(std::none_of(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("1,"); })); // a heading
    }

    void anyWorkbookWithCodeAndValueColumnsImports()
    {
        // Not our template: a sheet as an office might make it, a title above the header, numbers
        // as numbers and as text in both conventions, a derived row and a remark without a code.
        const QString path = m_dir.filePath(QStringLiteral("own.xlsx"));
        lxw_workbook *book = workbook_new(path.toUtf8().constData());
        lxw_worksheet *sheet = workbook_add_worksheet(book, "Báo cáo");
        worksheet_write_string(sheet, 0, 0, "Báo cáo quý I", nullptr);
        worksheet_write_string(sheet, 2, 0, "Mã số", nullptr);
        worksheet_write_string(sheet, 2, 1, "Giá trị", nullptr);
        worksheet_write_string(sheet, 2, 2, "Ghi chú", nullptr);
        worksheet_write_string(sheet, 3, 0, "1.1", nullptr);
        worksheet_write_number(sheet, 3, 1, 7, nullptr);
        worksheet_write_string(sheet, 3, 2, "Theo sổ theo dõi", nullptr);
        worksheet_write_string(sheet, 4, 0, "1.2.1", nullptr);
        worksheet_write_string(sheet, 4, 1, "1.234", nullptr); // Vietnamese thousands, as text
        worksheet_write_string(sheet, 5, 0, "1.2.2", nullptr);
        worksheet_write_string(sheet, 5, 1, "1,200", nullptr); // C thousands, as text
        worksheet_write_string(sheet, 6, 0, "1.2", nullptr);
        worksheet_write_number(sheet, 6, 1, 97.2, nullptr);   // derived: computed again
        worksheet_write_string(sheet, 7, 1, "Người lập biểu", nullptr);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        const auto preview = previewOf(*m_db, path, kSnv2024Q1);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->recognised().size(), 3);
        QCOMPARE(preview->ignored().size(), 2);
        QVERIFY(preview->ignored()[0].reason.contains(QStringLiteral("no item code")));
        QCOMPARE(preview->ignored()[1].code, QStringLiteral("1.2"));
        QVERIFY(preview->changes().isEmpty());
        QVERIFY(!preview->replaces());

        const auto outcome = SubmissionImport::apply(*m_db, preview.value(), SubmissionImport::Existing::Refuse);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(valueOf(m_db->database().connection(), outcome->submissionId, "1.1")->value, 7.0);
        QCOMPARE(valueOf(m_db->database().connection(), outcome->submissionId, "1.1")->note, QStringLiteral("Theo sổ theo dõi"));
        QCOMPARE(valueOf(m_db->database().connection(), outcome->submissionId, "1.2.1")->value, 1234.0);
        QCOMPARE(valueOf(m_db->database().connection(), outcome->submissionId, "1.2.2")->value, 1200.0);
        QVERIFY(!valueOf(m_db->database().connection(), outcome->submissionId, "1.2"));
        QCOMPARE(auditActionOf(m_db->database().connection(), outcome->submissionId), QStringLiteral("import"));
        const auto header = Submissions(m_db->database().connection()).header(outcome->submissionId);
        QCOMPARE(header->status, QStringLiteral("submitted"));
    }

    void anImportWithErrorsIsSentOnlyWithAnExplanation()
    {
        // 1.2.2 done > 1.2.1 planned: the ratio 1.2 exceeds 100 %, an error, as "Gửi" would find.
        const QString path = m_dir.filePath(QStringLiteral("errors.csv"));
        writeAll(path, "code,value,note\n1.1,5,\n1.2.1,2,\n1.2.2,6,\n");
        const auto preview = previewOf(*m_db, path, kSnv2024Q1);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QVERIFY(preview->errorCount() > 0);
        QVERIFY(preview->source().explanation.isEmpty());

        const QByteArray before = storeDigest(m_db->database().connection());
        const auto refused = SubmissionImport::apply(*m_db, preview.value(), SubmissionImport::Existing::Refuse);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("explanation")), qPrintable(refused.error()));
        QCOMPARE(storeDigest(m_db->database().connection()), before); // nothing written
        // The command line and a folder of packages go the same way.
        const FolderImportEntry entry = FolderImport::importFile(*m_db, path, SubmissionImport::Existing::Refuse, kSnv2024Q1);
        QVERIFY(entry.outcome == FolderImportEntry::Outcome::Refused);
        QVERIFY2(entry.message.contains(QStringLiteral("explanation")), qPrintable(entry.message));

        const QString why = QStringLiteral("Kế hoạch giao bổ sung giữa kỳ");
        const auto sent = SubmissionImport::apply(*m_db, preview.value(), SubmissionImport::Existing::Refuse,
                                                  SubmissionImport::Trust::KnownOnly, why);
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        const auto header = Submissions(m_db->database().connection()).header(sent->submissionId);
        QCOMPARE(header->status, QStringLiteral("submitted"));
        QCOMPARE(header->explanation, why);
    }

    void replacingAsksFirstAndIsAudited()
    {
        const QString path = m_dir.filePath(QStringLiteral("r.csv"));
        writeAll(path, "code,value,note\n1.1,5,sửa lại\n1.2.1,6,\n1.2.2,2,\n");
        const ExchangeIdentity seeded{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STTTT"), QStringLiteral("2022S1")};
        const auto preview = previewOf(*m_db, path, seeded);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QVERIFY(preview->replaces());
        const auto changed = std::find_if(preview->changes().cbegin(), preview->changes().cend(),
                                          [](const ChangedValue &c) { return c.code == u"1.1" && c.field == u"value"; });
        QVERIFY(changed != preview->changes().cend());
        QCOMPARE(changed->before, QStringLiteral("2"));
        QCOMPARE(changed->after, QStringLiteral("5"));

        const QByteArray before = storeDigest(m_db->database().connection());
        const auto refused = SubmissionImport::apply(*m_db, preview.value(), SubmissionImport::Existing::Refuse);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("Replace it, or cancel")));
        QCOMPARE(storeDigest(m_db->database().connection()), before);

        const auto replaced = SubmissionImport::apply(*m_db, preview.value(), SubmissionImport::Existing::Replace);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QVERIFY(replaced->replaced);
        QCOMPARE(valueOf(m_db->database().connection(), replaced->submissionId, "1.1")->raw, QStringLiteral("5"));
        QVERIFY(!valueOf(m_db->database().connection(), replaced->submissionId, "1.3.1")); // not in the file: gone
        QJsonObject old;
        QCOMPARE(auditActionOf(m_db->database().connection(), replaced->submissionId, &old), QStringLiteral("import_replace"));
        QCOMPARE(old.value("values").toObject().value("1.1").toString(), QStringLiteral("2"));
    }

    void packageCarriesASubmissionToAnotherStore()
    {
        // Store A: an agency's new submission, exported.
        const QString csv = m_dir.filePath(QStringLiteral("snv.csv"));
        writeAll(csv, "code,value,note\n1.1,3,ghi chú\n1.2.1,10,\n1.2.2,9,\n");
        const FolderImportEntry made = FolderImport::importFile(*m_db, csv, SubmissionImport::Existing::Refuse, kSnv2024Q1);
        QVERIFY2(made.outcome == FolderImportEntry::Outcome::Imported, qPrintable(made.message));
        const QString package = m_dir.filePath(QStringLiteral("snv.pardesk"));
        QVERIFY(SubmissionPackage::write(*m_db, made.submissionId, package).ok());
        const QJsonObject json = QJsonDocument::fromJson(readAll(package)).object();
        QCOMPARE(json.value("sha256").toString(), SubmissionPackage::digestOf(json.value("content").toObject()));
        QCOMPARE(json.value("content").toObject().value("agency").toObject().value("key").toString(), QStringLiteral("TQ.SNV"));

        // Store B receives it.
        auto b = openStore(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(m_run)));
        const FolderImportEntry received = FolderImport::importFile(*b, package, SubmissionImport::Existing::Refuse);
        QVERIFY2(received.outcome == FolderImportEntry::Outcome::Imported, qPrintable(received.message));
        for (const QString &code : {QStringLiteral("1.1"), QStringLiteral("1.2.1"), QStringLiteral("1.2.2")}) {
            const auto there = valueOf(b->database().connection(), received.submissionId, code);
            const auto here = valueOf(m_db->database().connection(), made.submissionId, code);
            QVERIFY(there && here);
            QCOMPARE(there->raw, here->raw);
            QCOMPARE(there->value, here->value);
            QCOMPARE(there->note, here->note);
        }
        // A second time: refused unless replacing.
        const FolderImportEntry again = FolderImport::importFile(*b, package, SubmissionImport::Existing::Refuse);
        QCOMPARE(again.outcome, FolderImportEntry::Outcome::Refused);
        QVERIFY(again.message.contains(QStringLiteral("Replace it")));
    }

    void folderImportSaysWhatBecameOfEachPackage()
    {
        const QString csv = m_dir.filePath(QStringLiteral("snv.csv"));
        writeAll(csv, "code,value,note\n1.1,3,\n");
        const FolderImportEntry made = FolderImport::importFile(*m_db, csv, SubmissionImport::Existing::Refuse, kSnv2024Q1);
        QCOMPARE(made.outcome, FolderImportEntry::Outcome::Imported);
        QTemporaryDir folder;
        QVERIFY(SubmissionPackage::write(*m_db, made.submissionId, folder.filePath("a-new.pardesk")).ok());
        // The seeded report keeps the errors of its paper original and was never sent through "Gửi":
        // as sent, it carries the explanation that SubmitRule asks of every way of sending.
        QVERIFY(QSqlQuery(m_db->database().connection())
                    .exec(QStringLiteral("UPDATE submissions SET explanation = 'Số liệu theo văn bản gốc' WHERE id = 1")));
        QVERIFY(SubmissionPackage::write(*m_db, 1, folder.filePath("b-seeded.pardesk")).ok());
        QByteArray altered = readAll(folder.filePath("b-seeded.pardesk"));
        altered.replace("\"raw\": \"2\"", "\"raw\": \"20\"");
        writeAll(folder.filePath("c-altered.pardesk"), altered);

        auto b = openStore(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(m_run)));
        const QList<FolderImportEntry> entries = FolderImport::importFolder(*b, folder.path(), SubmissionImport::Existing::Replace);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].outcome, FolderImportEntry::Outcome::Imported);
        QCOMPARE(entries[1].outcome, FolderImportEntry::Outcome::Replaced);
        QCOMPARE(entries[2].outcome, FolderImportEntry::Outcome::Refused);
        QVERIFY(entries[2].message.contains(QStringLiteral("altered")));
        QCOMPARE(FolderImport::summary(entries), QStringLiteral("1 imported, 1 replaced, 1 refused"));
    }

    void consolidationShowsWhoHasReported()
    {
        const QString csv = m_dir.filePath(QStringLiteral("snv.csv"));
        writeAll(csv, "code,value,note\n1.1,3,\n1.2.1,10,\n1.2.2,9,\n");
        const ExchangeIdentity kStc{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STC"), QStringLiteral("2024Q1")};
        const FolderImportEntry snv = FolderImport::importFile(*m_db, csv, SubmissionImport::Existing::Refuse, kStc);
        QCOMPARE(snv.outcome, FolderImportEntry::Outcome::Imported);
        writeAll(csv, "code,value,note\n1.1,4,\n1.2.1,5,\n1.2.2,5,\n");
        const ExchangeIdentity stp{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STP"), QStringLiteral("2024Q1")};
        const FolderImportEntry other = FolderImport::importFile(*m_db, csv, SubmissionImport::Existing::Refuse, stp);
        QVERIFY2(other.outcome == FolderImportEntry::Outcome::Imported, qPrintable(other.message));
        // The second arrived before the due date (the first only now, years late). The office's
        // time of receipt counts (received_at), not the time a file claims (submitted_at).
        QSqlQuery q(m_db->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE submissions SET received_at = '2024-03-10T02:00:00.000Z' WHERE id = %1").arg(other.submissionId)));

        const auto c = Consolidation::build(*m_db, QStringLiteral("TQ-PL02-CCHC"), QStringLiteral("2024Q1"), QDate(2024, 12, 31));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QVERIFY(c->dueDate().has_value());
        const auto statusOf = [&](const QString &key) {
            return *std::find_if(c->statuses().cbegin(), c->statuses().cend(), [&](const AgencyStatus &s) { return s.key == key; });
        };
        QCOMPARE(statusOf("TQ.STC").received, AgencyStatus::Received::Late);
        QCOMPARE(statusOf("TQ.STP").received, AgencyStatus::Received::OnTime);
        QCOMPARE(statusOf("TQ.STTTT").received, AgencyStatus::Received::NotReceived);
        QVERIFY(statusOf("TQ.STTTT").overdue);
        const int expected = int(c->statuses().size());
        QCOMPARE(c->coverage().expected, expected);
        QCOMPARE(c->coverage().submitted, 2);
        QCOMPARE(c->coverage().onTime, 1);
        QCOMPARE(*c->coverage().completeness(), 200.0 / expected);

        // 1.1 is a count: 3 + 4 over 2 of the expected agencies; 1.2 is (9 + 5) / (10 + 5) × 100.
        const auto totalOf = [&](const QString &code) {
            return *std::find_if(c->totals().cbegin(), c->totals().cend(), [&](const ItemTotal &t) { return c->values().items()[t.item].code == code; });
        };
        QCOMPARE(*totalOf("1.1").province.value, 7.0);
        QCOMPARE(totalOf("1.1").province.covered, 2);
        QCOMPARE(totalOf("1.1").province.expected, expected);
        QCOMPARE(*totalOf("1.2").province.value, 14.0 / 15.0 * 100);
        const QList<DrillRow> rows = c->drillDown(totalOf("1.2").item);
        const auto snvRow = std::find_if(rows.cbegin(), rows.cend(), [&](const DrillRow &r) { return c->values().agencies()[r.agency].key == u"TQ.STC"; });
        QCOMPARE(*snvRow->numerator, 9.0);
        QCOMPARE(*snvRow->denominator, 10.0);

        const QString reminder = c->reminderText();
        QVERIFY(reminder.contains(statusOf("TQ.STTTT").name));
        QVERIFY(!reminder.contains(statusOf("TQ.STC").name + QStringLiteral(" —")));
        QVERIFY(reminder.contains(c->dueDate()->toString(QStringLiteral("dd/MM/yyyy"))));

        const QByteArray csvOut = ConsolidationExport::totalsCsv(c.value(), false);
        QVERIFY(csvOut.contains("\n1.1,"));
        QVERIFY(csvOut.contains(QStringLiteral("2 of %1").arg(expected).toUtf8()));
        const QJsonObject json = ConsolidationExport::toJson(c.value(), false);
        QCOMPARE(json.value("received").toInt(), 2);
        QCOMPARE(json.value("statuses").toArray().size(), expected);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_db;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
