// Self-assessments carried between offices on real SQLite stores: a package from the agency's store
// A imported into the office's store B (scores, explanations, evidence bytes and digests, status),
// a template written as a real XLSX and read back, and every refusal: the message names the file,
// where in it and the code, and store B is exactly as it was (a digest of every table before and
// after). The criteria set, the scores and the evidence here are generated test data.
#include "CriteriaNodes.h"
#include "ExchangeTestSupport.h"
#include "PgTestServer.h"
#include "TestPki.h"

#include "dataset/CriteriaSetJson.h"
#include "exchange/AssessmentImportPreview.h"
#include "exchange/AssessmentPackage.h"
#include "exchange/AssessmentTemplate.h"
#include "exchange/SubmissionPackage.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxTemplate.h"
#include "exchange/SubmissionFile.h"
#include "exchange/PackageEnvelope.h"
#include "signing/Pkcs12Signer.h"
#include "store/SelfAssessments.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <limits>
#include <xlsxwriter.h>

using namespace pardesk;
using namespace pardesk::test;

namespace {

const QString kAgency = QStringLiteral("TV.STTTT");
const QString kPeriod = QStringLiteral("202403");

CriteriaSet generated()
{
    CriteriaSet s = generatedSet(QStringLiteral("TEST.exchange"),
                                 {criteriaNode(1, "1", {}, CriteriaLevel::Area, 4),
                                  criteriaNode(2, "1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
                                  criteriaNode(3, "1.2", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Levels),
                                  criteriaNode(4, "1.3", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Survey),
                                  criteriaNode(5, "1.4", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Points)});
    s.nodes[1].evidenceRequired = true;
    s.nodes[2].levels = {{QStringLiteral("Chưa"), 0}, {QStringLiteral("Một phần"), 0.5}, {QStringLiteral("Đủ"), 1}};
    return s;
}

// Generated evidence: text and every byte value, so that base64 and the digest are exercised.
QByteArray evidenceBytes()
{
    QByteArray bytes("Biên bản kiểm tra (dữ liệu sinh cho kiểm thử).\n");
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QSqlDatabase db(Store &store)
{
    return store.database().connection();
}

int count(Store &store, const QString &sql)
{
    QSqlQuery q(db(store));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 setIdOf(Store &store)
{
    return store.criteriaSets().idOfKey(QStringLiteral("TEST.exchange")).value().value_or(0);
}

qint64 agencyIdOf(Store &store)
{
    return store.references().agency(kAgency).value()->id;
}

std::unique_ptr<Store> storeWithSet(const QString &path)
{
    auto store = openStore(path);
    const auto id = store->criteriaSets().import(generated());
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return store;
}

// Read, previewed and applied, as the CLI and the GUI do; the first refusal's message.
Result<AssessmentImportOutcome> importInto(Store &store, const QString &path,
                                           AssessmentImport::Trust trust = AssessmentImport::Trust::KnownOnly)
{
    auto source = path.endsWith(QStringLiteral(".xlsx")) ? AssessmentTemplate::read(store, path) : AssessmentPackage::read(store, path);
    if (!source)
        return source.failure();
    const auto preview = AssessmentImportPreview::build(store, std::move(source).value());
    if (!preview)
        return preview.failure();
    return AssessmentImport::apply(store, preview.value(), trust);
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// The package at `from` with its content changed and, unless told otherwise, sealed again (what
// anyone can do to a package: the digest detects damage, not forgery).
QString changed(const QString &from, const QString &to, const std::function<void(QJsonObject &)> &change, bool reseal = true)
{
    QJsonObject package = readJson(from);
    QJsonObject content = package.value("content").toObject();
    change(content);
    package.insert("content", content);
    if (reseal)
        package.insert("sha256", PackageEnvelope::digestOf(content));
    writeAll(to, QJsonDocument(package).toJson());
    return to;
}

// Changes the first entry of the content's list `list` (scores, evidence) whose code is `code`.
void changeEntry(QJsonObject &content, const char *list, const QString &code, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray entries = content.value(QLatin1String(list)).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject e = entries[i].toObject();
        if (e.value("code").toString() == code) {
            change(e);
            entries[i] = e;
            break;
        }
    }
    content.insert(QLatin1String(list), entries);
}

} // namespace

class TestAssessExchange : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void packageRoundTrip();
    void importAgainChangesOnlyWhatDiffers();
    void appraisalDoesNotTravel();
    void templateRoundTripThroughXlsx();
    void templateFilledRowsAreChecked_data();
    void templateFilledRowsAreChecked();
    void templateDateCellsAsExcelKeepsThem();
    void refusedAndStoreUnchanged_data();
    void refusedAndStoreUnchanged();
    void appraisedIsNotReplaced();
    void storeChecksWhatItReceives();
    void changedSincePreviewIsRefused();
    void signedPackageNeedsTrust();
    void packagesOfTheOtherKindAreNamed();
    void setArrivesWithThePackage();
    void setStoredSincePreviewIsRefused();
    void setThatDiffersIsNamed();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_a;
    qint64 m_id = 0;        // the self-assessment in store A
    QString m_package;      // its package, as exported when submitted
    std::unique_ptr<Store> m_refusals; // the office's store that every refused file leaves as it was
};

void TestAssessExchange::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    qputenv("PARDESK_LANG", "en"); // messages are compared with the English source texts
    m_a = storeWithSet(path("a.sqlite"));
    const SelfAssessments a = m_a->selfAssessments();
    const auto id = a.create(setIdOf(*m_a), agencyIdOf(*m_a), kPeriod);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_id = id.value();
    QVERIFY(a.setScore(m_id, "1.1", 1, QStringLiteral("Đã ban hành kế hoạch")).ok());
    QVERIFY(a.setScore(m_id, "1.2", 0.5, QStringLiteral("Mới làm một phần")).ok());
    QVERIFY(a.addFile(m_id, "1.1", QStringLiteral("bien-ban.bin"), evidenceBytes()).ok());
    QVERIFY(a.addDocument(m_id, "1.2", QStringLiteral("12/KH-STTTT"), QStringLiteral("2024-03-05")).ok());
    QVERIFY(a.setSurveyPoints(m_id, "1.3", 0.75).ok()); // the survey office's: it does not travel
    QVERIFY(a.submit(m_id).ok());
    m_package = path("stttt-202403.pardesk");
    const Status written = AssessmentPackage::write(*m_a, m_id, m_package);
    QVERIFY2(written.ok(), qPrintable(written.error()));
}

void TestAssessExchange::packageRoundTrip()
{
    const QJsonObject package = readJson(m_package);
    QCOMPARE(package.value("format").toString(), QStringLiteral("pardesk-self-assessment"));
    QCOMPARE(package.value("format_version").toInt(), 1);
    QCOMPARE(package.value("sha256").toString(), PackageEnvelope::digestOf(package.value("content").toObject()));
    const QJsonObject content = package.value("content").toObject();
    QCOMPARE(content.value("status").toString(), QStringLiteral("submitted"));
    QCOMPARE(content.value("scores").toArray().size(), 2); // not the survey's 1.3

    auto b = storeWithSet(path("roundtrip-b.sqlite"));
    auto source = AssessmentPackage::read(*b, m_package);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    const auto preview = AssessmentImportPreview::build(*b, std::move(source).value());
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QVERIFY(!preview->replaces());
    QCOMPARE(preview->statusAfter(), QStringLiteral("submitted"));
    QCOMPARE(preview->changes().size(), 2);
    QCOMPARE(preview->changes().first().code, QStringLiteral("1.1"));
    QVERIFY(!preview->changes().first().pointsBefore);
    QCOMPARE(preview->changes().first().pointsAfter, std::optional<double>(1));
    QCOMPARE(preview->evidenceAdded().size(), 2);
    QVERIFY(preview->errors().isEmpty());
    // 1.4 is not scored: the result's finding. 1.1 has its evidence.
    QCOMPARE(preview->findings().size(), 1);
    QCOMPARE(preview->findings().first().code, QStringLiteral("1.4"));

    const auto outcome = AssessmentImport::apply(*b, preview.value());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    const SelfAssessments bs = b->selfAssessments();
    const auto header = bs.header(outcome->assessmentId);
    QCOMPARE(header->status, QStringLiteral("submitted"));
    QCOMPARE(header->agencyKey, kAgency);
    QCOMPARE(header->period, kPeriod);
    const auto scores = bs.scores(outcome->assessmentId).value();
    QCOMPARE(scores.size(), 2);
    QCOMPARE(scores[0].code, QStringLiteral("1.1"));
    QCOMPARE(scores[0].points, std::optional<double>(1));
    QCOMPARE(scores[0].explanation, QStringLiteral("Đã ban hành kế hoạch"));
    QCOMPARE(scores[1].points, std::optional<double>(0.5));
    QCOMPARE(scores[1].explanation, QStringLiteral("Mới làm một phần"));
    const auto evidence = bs.evidence(outcome->assessmentId).value();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence[0].kind, QStringLiteral("file"));
    QCOMPARE(evidence[0].fileName, QStringLiteral("bien-ban.bin"));
    QCOMPARE(evidence[0].sha256, sha256(evidenceBytes()));
    QCOMPARE(evidence[0].sha256, m_a->selfAssessments().evidence(m_id)->first().sha256);
    QCOMPARE(bs.evidenceContent(evidence[0].id).value(), evidenceBytes());
    QCOMPARE(evidence[1].documentNumber, QStringLiteral("12/KH-STTTT"));
    QCOMPARE(evidence[1].documentDate, QStringLiteral("2024-03-05"));

    // One transaction, one audit row, naming the file and the package's digest.
    const QString rows = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'self_assessment' AND entity_id = %1")
                             .arg(outcome->assessmentId);
    QCOMPARE(count(*b, rows), 1);
    QSqlQuery audit(db(*b));
    QVERIFY(audit.exec(QStringLiteral("SELECT action, new_value FROM audit_log WHERE entity = 'self_assessment'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("import"));
    const QJsonObject recorded = QJsonDocument::fromJson(audit.value(1).toByteArray()).object();
    QCOMPARE(recorded.value("file").toString(), QStringLiteral("stttt-202403.pardesk"));
    QCOMPARE(recorded.value("sha256").toString(), package.value("sha256").toString());
}

void TestAssessExchange::importAgainChangesOnlyWhatDiffers()
{
    auto b = storeWithSet(path("again-b.sqlite"));
    QVERIFY(importInto(*b, m_package).ok());
    // The agency corrects 1.2 and sends again: the submitted one is replaced, the evidence it
    // holds is not added twice.
    const QString corrected = changed(m_package, path("corrected.pardesk"), [](QJsonObject &c) {
        changeEntry(c, "scores", "1.2", [](QJsonObject &s) {
            s.insert("points", 1);
            s.insert("explanation", QString());
        });
    });
    auto source = AssessmentPackage::read(*b, corrected);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    const auto preview = AssessmentImportPreview::build(*b, std::move(source).value());
    QVERIFY(preview.ok());
    QVERIFY(preview->replaces());
    QCOMPARE(preview->statusBefore(), QStringLiteral("submitted"));
    QCOMPARE(preview->changes().size(), 1);
    QCOMPARE(preview->changes().first().code, QStringLiteral("1.2"));
    QCOMPARE(preview->changes().first().pointsBefore, std::optional<double>(0.5));
    QCOMPARE(preview->changes().first().pointsAfter, std::optional<double>(1));
    QCOMPARE(preview->changes().first().explanationBefore, QStringLiteral("Mới làm một phần"));
    QVERIFY(preview->evidenceAdded().isEmpty());
    QCOMPARE(preview->evidenceHeld(), 2);
    const auto outcome = AssessmentImport::apply(*b, preview.value());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QVERIFY(outcome->replaced);
    QCOMPARE(b->selfAssessments().scores(outcome->assessmentId)->at(1).points, std::optional<double>(1));
    QCOMPARE(b->selfAssessments().evidence(outcome->assessmentId)->size(), 2);
}

void TestAssessExchange::appraisalDoesNotTravel()
{
    auto a = storeWithSet(path("appraised-a.sqlite"));
    const SelfAssessments as = a->selfAssessments();
    const qint64 id = as.create(setIdOf(*a), agencyIdOf(*a), QStringLiteral("2024Q1")).value();
    QVERIFY(as.setScore(id, "1.4", 0.8, QStringLiteral("Theo báo cáo quý")).ok());
    QVERIFY(as.submit(id).ok());
    QVERIFY(as.appraise(id, {{QStringLiteral("1.4"), 0.6, QStringLiteral("Thiếu minh chứng")}}).ok());
    const QString file = path("appraised.pardesk");
    QVERIFY(AssessmentPackage::write(*a, id, file).ok());
    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.contains("Thiếu minh chứng"));
    QVERIFY(!bytes.contains("appraised\":") && !bytes.contains("\"comment\""));

    auto b = storeWithSet(path("appraised-b.sqlite"));
    const auto outcome = importInto(*b, file);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    // The council of the receiving office appraises it: it arrives submitted, without appraisal.
    QCOMPARE(b->selfAssessments().header(outcome->assessmentId)->status, QStringLiteral("submitted"));
    const auto scores = b->selfAssessments().scores(outcome->assessmentId).value();
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores[0].points, std::optional<double>(0.8));
    QVERIFY(!scores[0].appraised);
}

void TestAssessExchange::templateRoundTripThroughXlsx()
{
    const AssessmentIdentity identity{QStringLiteral("TEST.exchange"), kAgency, kPeriod};
    const QString workbook = path("template-a.xlsx");
    const Status written = AssessmentTemplate::write(*m_a, identity, workbook);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    // The layout an official sees: the header block, one row per node, the stored points.
    const auto sheets = XlsxReader::read(workbook);
    QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
    QCOMPARE(sheets->size(), 2);
    const XlsxSheet &data = sheets->first();
    QCOMPARE(data.cell(1, 1)->text, generated().name);
    QVERIFY(data.cell(2, 1)->text.contains(u"TEST.exchange"));
    const QStringList headers = {"Code", "Criterion", "Maximum", "How it is scored", "Points", "Explanation",
                                 "Evidence document", "Document date"};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(data.cell(5, c + 1)->text, headers[c]);
    QCOMPARE(data.cell(6, 1)->text, QStringLiteral("1"));
    QCOMPARE(data.cell(7, 1)->text, QStringLiteral("1.1"));
    QCOMPARE(*data.cell(7, 5)->number, 1.0);
    QCOMPARE(data.cell(8, 4)->text, QStringLiteral("one of: Chưa = 0; Một phần = 0,5; Đủ = 1"));
    QCOMPARE(data.cell(8, 7)->text, QStringLiteral("12/KH-STTTT"));
    QCOMPARE(data.cell(8, 8)->text, QStringLiteral("05/03/2024"));
    QVERIFY(!data.cell(9, 5)); // the survey's row takes no points
    QVERIFY(sheets->at(1).hidden);

    // Read back into store B: the same scores and the document, as a draft; the file stays in A.
    auto b = storeWithSet(path("template-b.sqlite"));
    auto source = AssessmentTemplate::read(*b, workbook);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source->status, QStringLiteral("draft"));
    QCOMPARE(source->digest, QString::fromLatin1(fileDigest(workbook)));
    QCOMPARE(source->scores.size(), 2);
    QCOMPARE(source->evidence.size(), 1);
    QVERIFY2(source->scores[1].where.contains(u"row 8"), qPrintable(source->scores[1].where));
    const auto preview = AssessmentImportPreview::build(*b, std::move(source).value());
    QVERIFY(preview.ok());
    const auto outcome = AssessmentImport::apply(*b, preview.value());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(b->selfAssessments().header(outcome->assessmentId)->status, QStringLiteral("draft"));
    const auto scores = b->selfAssessments().scores(outcome->assessmentId).value();
    QCOMPARE(scores.size(), 2);
    QCOMPARE(scores[0].explanation, QStringLiteral("Đã ban hành kế hoạch"));
    QCOMPARE(scores[1].points, std::optional<double>(0.5));
    const auto evidence = b->selfAssessments().evidence(outcome->assessmentId).value();
    QCOMPARE(evidence.size(), 1);
    QCOMPARE(evidence[0].documentNumber, QStringLiteral("12/KH-STTTT"));

    // An empty template of a self-assessment that does not exist yet: nothing to import.
    const QString empty = path("template-empty.xlsx");
    QVERIFY(AssessmentTemplate::write(*b, {QStringLiteral("TEST.exchange"), kAgency, QStringLiteral("2024Q2")}, empty).ok());
    const auto nothing = AssessmentTemplate::read(*b, empty);
    QVERIFY(!nothing.ok());
    QVERIFY2(nothing.error().contains(u"nothing to import"), qPrintable(nothing.error()));
}

void TestAssessExchange::templateFilledRowsAreChecked_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // Rows of the template: 6 area 1, 7 is 1.1, 8 is 1.2, 9 is 1.3 (survey), 10 is 1.4.
    QTest::newRow("points above the maximum") << 10 << 5 << "1,5" << QStringList{"row 10", "1.4", "above the maximum"};
    QTest::newRow("points off the levels") << 8 << 5 << "0,75" << QStringList{"row 8", "1.2", "Một phần"};
    QTest::newRow("text for points") << 10 << 5 << "nhiều" << QStringList{"row 10", "1.4", "not a number"};
    QTest::newRow("points on a survey") << 9 << 5 << "1" << QStringList{"row 9", "1.3", "survey"};
    QTest::newRow("points on an area") << 6 << 5 << "2" << QStringList{"row 6", "code 1", "not a sub-criterion"};
    QTest::newRow("explanation without points") << 10 << 6 << "Chưa làm" << QStringList{"row 10", "1.4", "without points"};
    QTest::newRow("date that is not one") << 8 << 8 << "31/02/2024" << QStringList{"row 8", "1.2", "31/02/2024"};
    QTest::newRow("two documents, one date") << 8 << 7 << "12/KH; 13/KH" << QStringList{"row 8", "1.2", "2 document numbers but 1 dates"};
    QTest::newRow("unknown code") << 7 << 1 << "9.9" << QStringList{"row 7", "9.9", "no such code"};
    QTest::newRow("code twice") << 10 << 1 << "1.1" << QStringList{"row 10", "1.1", "twice"};
}

// The template's cells as a filled workbook has them, one cell changed: each refusal names the
// file, the row and the code.
void TestAssessExchange::templateFilledRowsAreChecked()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QString workbook = path("template-checked.xlsx");
    QVERIFY(AssessmentTemplate::write(*m_a, {QStringLiteral("TEST.exchange"), kAgency, kPeriod}, workbook).ok());
    auto sheets = XlsxReader::read(workbook).value();
    XlsxSheet &data = sheets.first();
    data.cells.removeIf([&](const XlsxCell &c) { return c.row == row && c.column == column; });
    if (row == 10 && column == 1) // the second row of 1.1 gets points too
        data.cells.append({10, 5, QStringLiteral("1"), 1.0, XlsxCell::Format::Plain});
    data.cells.append({row, column, text, std::nullopt, XlsxCell::Format::Plain});
    std::stable_sort(data.cells.begin(), data.cells.end(), [](const XlsxCell &a, const XlsxCell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    const auto source = AssessmentTemplate::readSheets(*m_a, sheets, workbook, {});
    QVERIFY(!source.ok());
    QVERIFY2(source.error().startsWith(workbook), qPrintable(source.error()));
    for (const QString &part : expected)
        QVERIFY2(source.error().contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, source.error())));
}

// A date typed into a cell Excel formats as a date is stored as a day number: read as that day;
// one that is no day (Excel shows ####; 1e300 once overflowed the conversion to a day count) is
// refused naming the row and the code.
void TestAssessExchange::templateDateCellsAsExcelKeepsThem()
{
    const QString workbook = path("template-dates.xlsx");
    QVERIFY(AssessmentTemplate::write(*m_a, {QStringLiteral("TEST.exchange"), kAgency, kPeriod}, workbook).ok());
    const auto withDate = [&](double serial) {
        auto sheets = XlsxReader::read(workbook).value();
        XlsxSheet &data = sheets.first();
        data.cells.removeIf([](const XlsxCell &c) { return c.row == 8 && c.column == 8; });
        data.cells.append({8, 8, QString::number(serial), serial, XlsxCell::Format::DateTime});
        std::stable_sort(data.cells.begin(), data.cells.end(), [](const XlsxCell &a, const XlsxCell &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        return AssessmentTemplate::readSheets(*m_a, sheets, workbook, {});
    };
    const auto day = withDate(45356); // 05/03/2024
    QVERIFY2(day.ok(), qPrintable(day.error()));
    QCOMPARE(day->evidence.size(), 1);
    QCOMPARE(day->evidence.first().received.evidence.documentDate, QStringLiteral("2024-03-05"));
    for (double serial : {1e300, -1.0, std::numeric_limits<double>::quiet_NaN()}) {
        const auto refused = withDate(serial);
        QVERIFY(!refused.ok());
        for (const char *part : {"row 8", "code 1.2", "no day"})
            QVERIFY2(refused.error().contains(QLatin1String(part)), qPrintable(refused.error()));
    }
}

void TestAssessExchange::refusedAndStoreUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    // The package with one field of the score of `code` changed.
    const auto withScore = [this](const char *name, const char *code, const char *field, const QJsonValue &value,
                                  bool reseal = true) {
        return changed(m_package, path(QString::fromLatin1(name) + QStringLiteral(".pardesk")), [=](QJsonObject &c) {
            changeEntry(c, "scores", QString::fromLatin1(code), [=](QJsonObject &s) { s.insert(QLatin1String(field), value); });
        }, reseal);
    };

    QByteArray truncated = readAll(m_package);
    writeAll(path("truncated.pardesk"), truncated.left(truncated.size() / 2));
    QTest::newRow("truncated") << path("truncated.pardesk") << QStringList{"damaged or truncated"};
    writeAll(path("array.pardesk"), "[1, 2]");
    QTest::newRow("JSON, not a package") << path("array.pardesk") << QStringList{"JSON but not a ParDesk self-assessment package"};
    QVERIFY(SubmissionPackage::write(*m_a, 1, path("submission.pardesk")).ok());
    QTest::newRow("a submission package") << path("submission.pardesk")
                                          << QStringList{"a ParDesk submission package, not a ParDesk self-assessment package",
                                                         "pardesk-cli import"};
    QJsonObject newer = readJson(m_package);
    newer.insert("format_version", 2);
    writeAll(path("newer.pardesk"), QJsonDocument(newer).toJson());
    QTest::newRow("newer format") << path("newer.pardesk") << QStringList{"format version 2", "Update ParDesk"};
    QTest::newRow("altered, not resealed") << withScore("altered", "1.2", "points", 1, false)
        << QStringList{"altered after it was exported", "SHA-256"};
    QTest::newRow("evidence byte changed")
        << changed(m_package, path("tampered-byte.pardesk"), [](QJsonObject &c) {
               changeEntry(c, "evidence", "1.1", [](QJsonObject &e) {
                   QByteArray bytes = QByteArray::fromBase64(e.value("content").toString().toLatin1());
                   bytes[10] = char(bytes[10] ^ 0x01);
                   e.insert("content", QString::fromLatin1(bytes.toBase64()));
               });
           })
        << QStringList{"evidence 1", "code 1.1", "bien-ban.bin", "SHA-256"};
    QTest::newRow("evidence over the limit")
        << changed(m_package, path("oversized.pardesk"), [](QJsonObject &c) {
               const QByteArray big(int(SelfAssessments::kMaxEvidenceBytes + 1), 'x'); // generated
               changeEntry(c, "evidence", "1.1", [&](QJsonObject &e) {
                   e.insert("content", QString::fromLatin1(big.toBase64()));
                   e.insert("size", qint64(big.size()));
                   e.insert("sha256", sha256(big));
               });
           })
        << QStringList{"evidence 1", "code 1.1", "bien-ban.bin", "above the limit of 10.485.760 bytes"};
    QTest::newRow("evidence not base64")
        << changed(m_package, path("not-base64.pardesk"), [](QJsonObject &c) {
               changeEntry(c, "evidence", "1.1", [](QJsonObject &e) { e.insert("content", "@@@"); });
           })
        << QStringList{"code 1.1", "not base64"};
    QTest::newRow("unknown set")
        << changed(m_package, path("unknown-set.pardesk"), [](QJsonObject &c) {
               c.insert("criteria_set", QJsonObject{{"key", "TEST.nope"}});
           })
        << QStringList{"criteria set \"TEST.nope\" is not in this store"};
    // A set the office lacks travels in the package; one that is damaged or fails a set's check is
    // refused. The package's set under another key, with one field of its node `n` changed:
    const auto withCarriedSet = [this](const char *name, int n, const char *field, const QJsonValue &value) {
        return changed(m_package, path(QString::fromLatin1(name) + QStringLiteral(".pardesk")), [=](QJsonObject &c) {
            QJsonObject set = c.value("criteria_set").toObject();
            set.insert("key", "TEST.other");
            QJsonArray nodes = set.value("nodes").toArray();
            QJsonObject node = nodes[n].toObject();
            node.insert(QLatin1String(field), value);
            nodes[n] = node;
            set.insert("nodes", nodes);
            c.insert("criteria_set", set);
        });
    };
    QTest::newRow("carried set fails the check") << withCarriedSet("set-check", 0, "max", 9) // its sub-criteria add up to 4
                                                 << QStringList{"criteria set TEST.other", "does not pass the check"};
    QTest::newRow("carried set damaged") << withCarriedSet("set-damaged", 1, "max", QStringLiteral("một"))
                                         << QStringList{"criteria set in the package cannot be read", "node 1.1", "\"max\""};
    QTest::newRow("unknown agency")
        << changed(m_package, path("unknown-agency.pardesk"), [](QJsonObject &c) {
               c.insert("agency", QJsonObject{{"key", "XX.NOPE"}});
           })
        << QStringList{"agency \"XX.NOPE\" is not in this store"};
    QTest::newRow("unknown code") << withScore("unknown-code", "1.2", "code", "9.9")
        << QStringList{"score 2", "code 9.9", "no such code"};
    QTest::newRow("code twice") << withScore("twice", "1.2", "code", "1.1")
        << QStringList{"score 2", "code 1.1", "given twice"};
    QTest::newRow("points over the maximum")
        << changed(m_package, path("over-max.pardesk"), [](QJsonObject &c) {
               QJsonArray scores = c.value("scores").toArray();
               scores.append(QJsonObject{{"code", "1.4"}, {"points", 1.5}, {"explanation", ""}});
               c.insert("scores", scores);
           })
        << QStringList{"score 3", "1.4: 1,5 points is above the maximum 1"};
    QTest::newRow("points off the levels") << withScore("off-levels", "1.2", "points", 0.75)
        << QStringList{"score 2", "1.2: 0,75 points is not one of its levels", "0,5 (Một phần)"};
    QTest::newRow("points on a survey sub-criterion") << withScore("survey", "1.2", "code", "1.3")
        << QStringList{"score 2", "code 1.3", "survey"};
    QTest::newRow("points that are text") << withScore("text-points", "1.1", "points", "1")
        << QStringList{"score 1", "code 1.1", "not a number"};
    QTest::newRow("a status that is none")
        << changed(m_package, path("status.pardesk"), [](QJsonObject &c) { c.insert("status", "approved"); })
        << QStringList{"\"approved\""};
    QFile big(path("too-big.pardesk"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(AssessmentPackage::kMaxBytes + 1)); // generated: a sparse file of zeros
    big.close();
    QTest::newRow("package over the bound") << path("too-big.pardesk") << QStringList{"larger than a self-assessment package can be"};
    // An office's own workbook with a code and a points column: not ours, so whose it is is unknown.
    lxw_workbook *book = workbook_new(path("not-a-template.xlsx").toUtf8().constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Data");
    worksheet_write_string(sheet, 0, 0, "code", nullptr);
    worksheet_write_string(sheet, 0, 1, "points", nullptr);
    worksheet_write_string(sheet, 1, 0, "1.1", nullptr);
    worksheet_write_number(sheet, 1, 1, 1, nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    QTest::newRow("a workbook that is not a template") << path("not-a-template.xlsx")
                                                       << QStringList{"not a ParDesk self-assessment template"};
    QVERIFY(XlsxTemplate::write(*m_a, {QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STC"), QStringLiteral("2024Q1")},
                                path("report-template.xlsx"))
                .ok());
    QTest::newRow("a report's template") << path("report-template.xlsx")
                                         << QStringList{"template of a report (form TQ-PL02-CCHC)", "pardesk-cli import"};
    m_refusals = storeWithSet(path("refusals-b.sqlite"));
}

void TestAssessExchange::refusedAndStoreUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    Store &b = *m_refusals;
    const QByteArray before = storeDigest(db(b));
    const auto outcome = importInto(b, file);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(file), qPrintable(outcome.error()));
    for (const QString &part : expected)
        QVERIFY2(outcome.error().contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, outcome.error())));
    QCOMPARE(storeDigest(db(b)), before);
}

void TestAssessExchange::appraisedIsNotReplaced()
{
    auto b = storeWithSet(path("appraised-target.sqlite"));
    const auto first = importInto(*b, m_package);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(b->selfAssessments().appraise(first->assessmentId, {{QStringLiteral("1.1"), 1, {}}}).ok());
    const QByteArray before = storeDigest(db(*b));
    auto source = AssessmentPackage::read(*b, m_package);
    QVERIFY(source.ok());
    const auto preview = AssessmentImportPreview::build(*b, std::move(source).value());
    QVERIFY(preview.ok());
    QCOMPARE(preview->errors().size(), 1);
    const QString error = preview->errors().first();
    QVERIFY2(error.startsWith(m_package) && error.contains(QStringLiteral("was appraised by %1 on ").arg(auditWriter(b->path()))),
             qPrintable(error));
    const auto refused = AssessmentImport::apply(*b, preview.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), error);
    QCOMPARE(storeDigest(db(*b)), before);
}

// The store's own guard, behind exchange/'s: what it is given is checked again, and nothing is
// written when any of it is wrong.
void TestAssessExchange::storeChecksWhatItReceives()
{
    auto b = storeWithSet(path("guard.sqlite"));
    const QByteArray before = storeDigest(db(*b));
    ReceivedAssessment r;
    r.setId = setIdOf(*b);
    r.agencyId = agencyIdOf(*b);
    r.period = kPeriod;
    r.scores = {AssessmentScore{QStringLiteral("1.1"), 1.0, {}, {}, {}}};
    Evidence file;
    file.code = QStringLiteral("1.1");
    file.kind = QStringLiteral("file");
    file.fileName = QStringLiteral("x.bin");
    file.sha256 = sha256("other bytes");
    r.evidence = {{file, QByteArray("generated bytes")}};
    const auto badDigest = b->selfAssessments().receive(r);
    QVERIFY(!badDigest.ok());
    QVERIFY2(badDigest.error().contains(u"x.bin"), qPrintable(badDigest.error()));
    r.evidence.clear();
    r.scores = {AssessmentScore{QStringLiteral("1.4"), 2.0, {}, {}, {}}};
    const auto aboveMax = b->selfAssessments().receive(r);
    QVERIFY(!aboveMax.ok());
    QVERIFY2(aboveMax.error().contains(u"above the maximum"), qPrintable(aboveMax.error()));
    r.scores = {AssessmentScore{QStringLiteral("1.3"), 1.0, {}, {}, {}}};
    QVERIFY(!b->selfAssessments().receive(r).ok());
    r.scores = {};
    r.status = QStringLiteral("appraised");
    QVERIFY(!b->selfAssessments().receive(r).ok());
    QCOMPARE(storeDigest(db(*b)), before);
}

void TestAssessExchange::changedSincePreviewIsRefused()
{
    auto b = storeWithSet(path("raced.sqlite"));
    auto source = AssessmentPackage::read(*b, m_package);
    QVERIFY(source.ok());
    const auto preview = AssessmentImportPreview::build(*b, std::move(source).value());
    QVERIFY(preview.ok() && !preview->replaces());
    // Someone creates it on another PC before the official confirms.
    QVERIFY(b->selfAssessments().create(setIdOf(*b), agencyIdOf(*b), kPeriod).ok());
    const QByteArray before = storeDigest(db(*b));
    const auto outcome = AssessmentImport::apply(*b, preview.value());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(u"preview it again"), qPrintable(outcome.error()));
    QCOMPARE(storeDigest(db(*b)), before);
}

void TestAssessExchange::signedPackageNeedsTrust()
{
    TestPki pki(path("pki"));
    QVERIFY2(pki.makeCertificate("stttt", "/CN=STTTT Tra Vinh (generated for a test)"), qPrintable(pki.lastError()));
    const QString password = QStringLiteral("mật khẩu");
    auto signer = Pkcs12Signer::open(pki.pkcs12("stttt", password), password);
    QVERIFY2(signer.ok(), qPrintable(signer.error()));
    const QString signedFile = path("signed.pardesk");
    QVERIFY(AssessmentPackage::write(*m_a, m_id, signedFile, signer.value().get()).ok());
    QVERIFY(readJson(signedFile).contains("signature"));

    auto b = storeWithSet(path("signed-b.sqlite"));
    const QByteArray before = storeDigest(db(*b));
    const auto untrusted = importInto(*b, signedFile);
    QVERIFY(!untrusted.ok());
    QVERIFY2(untrusted.error().contains(u"--trust-new"), qPrintable(untrusted.error()));
    QCOMPARE(storeDigest(db(*b)), before);
    const auto trusted = importInto(*b, signedFile, AssessmentImport::Trust::TrustNew);
    QVERIFY2(trusted.ok(), qPrintable(trusted.error()));
    QCOMPARE(trusted->signature->stateName(), QStringLiteral("trusted"));
    QCOMPARE(trusted->signature->trustedByName(), QStringLiteral("first_use"));

    // Once its content is changed and sealed again, the signature no longer matches.
    const QString forged = changed(signedFile, path("forged.pardesk"), [](QJsonObject &c) {
        changeEntry(c, "scores", "1.2", [](QJsonObject &s) { s.insert("points", 1); });
    });
    const auto refused = importInto(*b, forged);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"forged.pardesk"), qPrintable(refused.error()));
}

// Each reader, given the other kind of package or template, says what it is and where it goes.
void TestAssessExchange::packagesOfTheOtherKindAreNamed()
{
    const auto asSubmission = SubmissionPackage::read(*m_a, m_package);
    QVERIFY(!asSubmission.ok());
    QVERIFY2(asSubmission.error().contains(u"self-assessment package") && asSubmission.error().contains(u"assessment import"),
             qPrintable(asSubmission.error()));
    const QString workbook = path("assessment-template.xlsx");
    QVERIFY(AssessmentTemplate::write(*m_a, {QStringLiteral("TEST.exchange"), kAgency, kPeriod}, workbook).ok());
    const auto asReport = SubmissionFile::read(*m_a, workbook, std::nullopt);
    QVERIFY(!asReport.ok());
    QVERIFY2(asReport.error().contains(u"self-assessment template") && asReport.error().contains(u"assessment import"),
             qPrintable(asReport.error()));
}

// The office that lacks the set receives it with the first package: stored with the
// self-assessment in one transaction, the same tree as the sender's, audited as a set's import.
void TestAssessExchange::setArrivesWithThePackage()
{
    auto c = openStore(path("no-set.sqlite"));
    QVERIFY(!setIdOf(*c));
    auto source = AssessmentPackage::read(*c, m_package);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    const auto preview = AssessmentImportPreview::build(*c, std::move(source).value());
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QVERIFY(preview->target().setArrives);
    QVERIFY(!preview->replaces());
    QCOMPARE(preview->changes().size(), 2);
    QVERIFY(!setIdOf(*c)); // nothing written by a preview
    const auto outcome = AssessmentImport::apply(*c, preview.value());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));

    const qint64 setId = setIdOf(*c);
    QVERIFY(setId);
    const auto stored = c->criteriaSets().get(setId);
    const auto sent = m_a->criteriaSets().get(setIdOf(*m_a));
    QVERIFY(stored.ok() && sent.ok());
    QCOMPARE(criteriajson::write(stored.value()), criteriajson::write(sent.value()));
    const auto header = c->selfAssessments().header(outcome->assessmentId);
    QCOMPARE(header->setId, setId);
    QCOMPARE(header->status, QStringLiteral("submitted"));
    QCOMPARE(c->selfAssessments().scores(outcome->assessmentId)->size(), 2);
    QCOMPARE(c->selfAssessments().evidence(outcome->assessmentId)->size(), 2);
    QCOMPARE(count(*c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'criteria_set' AND action = 'import' "
                                      "AND entity_id = %1").arg(setId)),
             1);

    // The second package of the set finds it stored: nothing arrives, nothing differs.
    auto again = AssessmentPackage::read(*c, m_package);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!again->target.setArrives);
    QVERIFY(again->target.setDiffers.isEmpty());
    QCOMPARE(again->target.set.id, setId);
}

// Another import stored the set between the preview and the confirmation: refused, nothing changed.
void TestAssessExchange::setStoredSincePreviewIsRefused()
{
    auto c = openStore(path("set-raced.sqlite"));
    auto source = AssessmentPackage::read(*c, m_package);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    const auto preview = AssessmentImportPreview::build(*c, std::move(source).value());
    QVERIFY(preview.ok() && preview->target().setArrives);
    QVERIFY(c->criteriaSets().import(generated()).ok());
    const QByteArray before = storeDigest(db(*c));
    const auto outcome = AssessmentImport::apply(*c, preview.value());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(u"TEST.exchange") && outcome.error().contains(u"stored already"),
             qPrintable(outcome.error()));
    QCOMPARE(storeDigest(db(*c)), before);
}

// A package scored against another version of a set stored under the same key: the stored set is
// used, and the preview names the codes where the two differ.
void TestAssessExchange::setThatDiffersIsNamed()
{
    auto b = storeWithSet(path("differs.sqlite"));
    const QString file = changed(m_package, path("differs.pardesk"), [](QJsonObject &c) {
        QJsonObject set = c.value("criteria_set").toObject();
        QJsonArray nodes = set.value("nodes").toArray();
        QJsonObject points = nodes[4].toObject();
        QCOMPARE(points.value("code").toString(), QStringLiteral("1.4"));
        points.insert("kind", "yesno");
        nodes[4] = points;
        set.insert("nodes", nodes);
        c.insert("criteria_set", set);
    });
    const auto source = AssessmentPackage::read(*b, file);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QVERIFY(!source->target.setArrives);
    QCOMPARE(source->target.setDiffers, QStringList{QStringLiteral("1.4")});
    QCOMPARE(source->target.set.node(QStringLiteral("1.4"))->kind, ScoringKind::Points); // the stored one
}

QTEST_GUILESS_MAIN(TestAssessExchange)
#include "tst_assess_exchange.moc"
