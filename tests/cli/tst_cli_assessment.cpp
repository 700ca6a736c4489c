// `pardesk-cli assessment …` as a user runs it: the real executable on a real SQLite file (on the
// test cluster in tst_cli_assessment_on_server). The bundled set is seed 004's; the other sets and
// files here are generated test data.
#include "MeasuredCriteriaSet.h"
#include "PgTestServer.h"
#include "ReportedFigures.h"
#include "TestSupport.h"
#include "exchange/CriteriaSetXlsx.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace pardesk;
using namespace pardesk::test;

namespace {

CriteriaNode node(const QString &code, const QString &parent, CriteriaLevel level, double max,
                  ScoringKind kind = ScoringKind::Points)
{
    CriteriaNode n;
    n.code = code;
    n.parentCode = parent;
    n.level = level;
    n.label = QStringLiteral("Mục thử %1 (dữ liệu sinh cho kiểm thử)").arg(code);
    n.maxPoints = max;
    n.kind = kind;
    return n;
}

CriteriaSet generated(const QString &key, double childMax = 1)
{
    CriteriaSet s;
    s.key = key;
    s.name = QStringLiteral("Bộ tiêu chí thử (dữ liệu sinh cho kiểm thử)");
    s.yearFrom = 2024;
    s.agencyGroup = QStringLiteral("department");
    s.nodes = {node("1", {}, CriteriaLevel::Area, 2), node("1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
               node("1.2", "1", CriteriaLevel::SubCriterion, childMax, ScoringKind::Levels)};
    s.nodes[1].evidenceRequired = true;
    s.nodes[2].levels = {{QStringLiteral("Chưa"), 0}, {QStringLiteral("Đủ"), childMax}};
    return s;
}

bool near(const QJsonValue &v, double b)
{
    return v.isDouble() && std::abs(v.toDouble() - b) < 1e-9;
}

} // namespace

class TestCliAssessment : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void setsListTheBundledSet();
    void setShowsTheTreeAndTheSeedsInconsistency();
    void estimateAgainstTheOfficialResult();
    void lostPointsWithTasks();
    void importAndExportAWorkbook();
    void badSetFileChangesNothing();
    void scoresEvidenceAndTheSizeLimit();
    void ratioPointsFromTheReportedFigures();
    void surveyPointsEnteredByTheOffice();
    void yearEndProjectionAndLatestFigures();
    void badUsage();

private:
    CliRun cli(const QStringList &arguments);
    QJsonValue json(const QStringList &arguments);
    int setCount();
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_bundledId = 0;
    QString m_measured; // the self-assessment against TEST.ratio
};

CliRun TestCliAssessment::cli(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("assessment")} + arguments);
}

QJsonValue TestCliAssessment::json(const QStringList &arguments)
{
    const CliRun run = cli(arguments);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    if (run.exitCode != 0)
        return {};
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

int TestCliAssessment::setCount()
{
    return int(json({QStringLiteral("sets")}).toArray().size());
}

void TestCliAssessment::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    m_db = storeLocation(m_dir.filePath(QStringLiteral("cli.sqlite")));
    qputenv("PARDESK_LANG", "en"); // messages are compared with the English source texts
}

void TestCliAssessment::setsListTheBundledSet()
{
    const QJsonArray sets = json({QStringLiteral("sets")}).toArray();
    QCOMPARE(sets.size(), 1);
    const QJsonObject s = sets.first().toObject();
    QCOMPARE(s["key"].toString(), QStringLiteral("PAR.7.seed004"));
    QVERIFY(near(s["max"], 13.5));
    QCOMPARE(s["nodes"].toInt(), 1 + 3 + 14);
    m_bundledId = s["id"].toInteger();
}

void TestCliAssessment::setShowsTheTreeAndTheSeedsInconsistency()
{
    const QJsonObject set = json({QStringLiteral("set"), QStringLiteral("--id"), QString::number(m_bundledId)}).toObject();
    const QJsonArray nodes = set["nodes"].toArray();
    QCOMPARE(nodes.size(), 18);
    int unnamed = 0;
    for (const QJsonValue &n : nodes)
        unnamed += n["unnamed"].toBool() ? 1 : 0;
    QCOMPARE(unnamed, 3 + 7);
    QVERIFY(set["note"].toString().contains(QStringLiteral("10,6348")));
    const QJsonArray checks = set["checks"].toArray();
    QVERIFY(!checks.isEmpty());
    for (const QJsonValue &c : checks)
        QCOMPARE(c["severity"].toString(), QStringLiteral("note"));
}

void TestCliAssessment::estimateAgainstTheOfficialResult()
{
    const QJsonObject e = json({QStringLiteral("estimate"), QStringLiteral("--province"), QStringLiteral("TV"),
                                QStringLiteral("--year"), QStringLiteral("2023")})
                              .toObject();
    QCOMPARE(e["set"].toString(), QStringLiteral("PAR.7.seed004"));
    const QJsonObject area = e["areas"].toArray().first().toObject();
    QVERIFY(near(area["official"], 10.1352));
    QCOMPARE(area["official_year"].toInt(), 2022);
    QCOMPARE(area["official_rank"].toInt(), 39);
    QCOMPARE(area["official_rank_of"].toInt(), 63);
    QVERIFY(near(area["max"], 13.5));
    QVERIFY(near(area["estimate"], 4.1348));
    QVERIFY(!e["agencies"].toArray().isEmpty());
}

void TestCliAssessment::lostPointsWithTasks()
{
    const QJsonObject l = json({QStringLiteral("lost-points"), QStringLiteral("--province"), QStringLiteral("TV"),
                                QStringLiteral("--year"), QStringLiteral("2023")})
                              .toObject();
    const QJsonArray lost = l["lost"].toArray();
    QCOMPARE(lost.size(), 7);
    const QJsonObject first = lost.first().toObject();
    QCOMPARE(first["code"].toString(), QStringLiteral("7.III.7"));
    QVERIFY(near(first["lost"], 1.5 - 0.2734));
    QCOMPARE(first["points_from"].toString(), QStringLiteral("official"));
    QStringList stts;
    for (const QJsonValue &t : first["open_tasks"].toArray())
        stts << t["stt"].toString();
    QVERIFY2(stts.contains(QStringLiteral("III.7.a")), qPrintable(stts.join(u", ")));
    for (int i = 1; i < lost.size(); ++i)
        QVERIFY(lost[i - 1]["lost"].toDouble() >= lost[i]["lost"].toDouble());
}

void TestCliAssessment::importAndExportAWorkbook()
{
    const QString exported = m_dir.filePath(QStringLiteral("bundled.xlsx"));
    QCOMPARE(cli({QStringLiteral("export-set"), QStringLiteral("--id"), QString::number(m_bundledId), exported}).exitCode, 0);
    const CliRun again = cli({QStringLiteral("import-set"), exported}); // the same key: refused
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("PAR.7.seed004"), again.err.constData());
    QCOMPARE(setCount(), 1);

    const QString path = m_dir.filePath(QStringLiteral("generated.xlsx"));
    QVERIFY(CriteriaSetXlsx::write(generated(QStringLiteral("TEST.cli")), path).ok());
    const QJsonObject set = json({QStringLiteral("import-set"), path}).toObject();
    QCOMPARE(set["key"].toString(), QStringLiteral("TEST.cli"));
    QCOMPARE(set["nodes"].toArray().size(), 3);
    QCOMPARE(set["nodes"].toArray()[2].toObject()["levels"].toArray().size(), 2);
    QCOMPARE(setCount(), 2);
}

void TestCliAssessment::badSetFileChangesNothing()
{
    const int before = setCount();
    const QString bad = m_dir.filePath(QStringLiteral("bad-sum.xlsx"));
    QVERIFY(CriteriaSetXlsx::write(generated(QStringLiteral("TEST.bad"), 1.5), bad).ok()); // 1 + 1,5 under 2
    const CliRun sum = cli({QStringLiteral("import-set"), bad});
    QCOMPARE(sum.exitCode, 2);
    QVERIFY2(sum.err.contains("Row 2 (code 1)") && sum.err.contains("2,5") && sum.err.contains("nothing was changed"),
             sum.err.constData());
    QVERIFY(sum.out.isEmpty());

    const QString text = m_dir.filePath(QStringLiteral("not-a-workbook.xlsx"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code;label\n1;not a workbook\n");
    f.close();
    const CliRun notXlsx = cli({QStringLiteral("import-set"), text});
    QCOMPARE(notXlsx.exitCode, 2);
    QVERIFY2(notXlsx.err.contains("not-a-workbook.xlsx"), notXlsx.err.constData());
    QCOMPARE(setCount(), before);
}

void TestCliAssessment::scoresEvidenceAndTheSizeLimit()
{
    qint64 setId = 0;
    for (const QJsonValue &s : json({QStringLiteral("sets")}).toArray())
        if (s["key"].toString() == u"TEST.cli")
            setId = s["id"].toInteger();
    QVERIFY(setId > 0);
    const QJsonObject created = json({QStringLiteral("create"), QStringLiteral("--id"), QString::number(setId),
                                      QStringLiteral("--agency"), QStringLiteral("TV.STTTT"), QStringLiteral("--period"),
                                      QStringLiteral("202403")})
                                    .toObject();
    const QString id = QString::number(created["id"].toInteger());
    QVERIFY(created["id"].toInteger() > 0);

    const CliRun above = cli({QStringLiteral("score"), QStringLiteral("--assessment"), id, QStringLiteral("--code"),
                              QStringLiteral("1.2"), QStringLiteral("--points"), QStringLiteral("1,5")});
    QCOMPARE(above.exitCode, 2);
    QVERIFY2(above.err.contains("above the maximum"), above.err.constData());
    QCOMPARE(cli({QStringLiteral("score"), QStringLiteral("--assessment"), id, QStringLiteral("--code"), QStringLiteral("1.1"),
                  QStringLiteral("--points"), QStringLiteral("1")})
                 .exitCode,
             0);

    const QString big = m_dir.filePath(QStringLiteral("too-big.pdf"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(SelfAssessments::kMaxEvidenceBytes + 1)); // generated: a sparse file of zeros
    f.close();
    const CliRun refused = cli({QStringLiteral("attach"), QStringLiteral("--assessment"), id, QStringLiteral("--code"),
                                QStringLiteral("1.1"), big});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("too-big.pdf") && refused.err.contains("Nothing was attached"), refused.err.constData());

    QJsonObject a = json({QStringLiteral("scores"), QStringLiteral("--agency"), QStringLiteral("TV.STTTT")}).toArray().first().toObject();
    QVERIFY(a["evidence"].toArray().isEmpty());
    QCOMPARE(a["findings"].toArray().first()["kind"].toString(), QStringLiteral("evidence_missing"));

    const QString small = m_dir.filePath(QStringLiteral("bien-ban.txt"));
    QFile g(small);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("Generated evidence for a test.\n");
    g.close();
    QCOMPARE(cli({QStringLiteral("attach"), QStringLiteral("--assessment"), id, QStringLiteral("--code"), QStringLiteral("1.1"), small}).exitCode, 0);
    a = json({QStringLiteral("scores"), QStringLiteral("--period"), QStringLiteral("2024-03")}).toArray().first().toObject();
    QCOMPARE(a["status"].toString(), QStringLiteral("draft"));
    QCOMPARE(a["evidence"].toArray().size(), 1);
    QCOMPARE(a["evidence"].toArray().first()["sha256"].toString().toLatin1(), fileDigest(small)); // hex already
    QVERIFY(near(a["total"], 1));
    QCOMPARE(a["findings"].toArray().first()["kind"].toString(), QStringLiteral("not_scored")); // 1.2
}

void TestCliAssessment::ratioPointsFromTheReportedFigures()
{
    const QString path = m_dir.filePath(QStringLiteral("measured.xlsx"));
    QVERIFY(CriteriaSetXlsx::write(test::measuredCriteriaSet(QStringLiteral("TEST.ratio")), path).ok());
    const QJsonObject set = json({QStringLiteral("import-set"), path}).toObject();
    QCOMPARE(set["nodes"].toArray()[1].toObject()["rate_form"].toString(), QStringLiteral("TQ-PL08-CQDT"));
    const QJsonObject created = json({QStringLiteral("create"), QStringLiteral("--id"), QString::number(set["id"].toInteger()),
                                      QStringLiteral("--agency"), QStringLiteral("TQ.UBND"), QStringLiteral("--period"),
                                      QStringLiteral("2024Q3")})
                                    .toObject();
    m_measured = QString::number(created["id"].toInteger());
    const QStringList ratios = {QStringLiteral("ratios"), QStringLiteral("--assessment"), m_measured};

    // Nothing reported for 2024 or 2023 yet (the seed's report of Phụ lục 08 is of 2022): said so.
    QJsonObject r = json(ratios).toArray().first().toObject();
    QCOMPARE(r["code"].toString(), QStringLiteral("1.1"));
    QVERIFY(r["rate"].isNull() && r["points"].isNull());
    QVERIFY2(r["line"].toString().contains(QStringLiteral("No figures of Phụ lục 08 (5.4.2 / 5.4.1 × 100)")),
             qPrintable(r["line"].toString()));

    {
        const auto store = Store::open(m_db);
        QVERIFY(store.ok());
        // Generated figures, cumulative as reported: 50% in Q1, 55% in the half, 62,5% in nine months, 90% the year.
        QVERIFY(reportFigures(*store.value(), QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("TQ.UBND"), QStringLiteral("2024Q1"),
                              {{QStringLiteral("5.4.1"), 100}, {QStringLiteral("5.4.2"), 50}}).ok());
        QVERIFY(reportFigures(*store.value(), QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("TQ.UBND"), QStringLiteral("2024S1"),
                              {{QStringLiteral("5.4.1"), 200}, {QStringLiteral("5.4.2"), 110}}).ok());
        QVERIFY(reportFigures(*store.value(), QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("TQ.UBND"), QStringLiteral("2024N9"),
                              {{QStringLiteral("5.4.1"), 400}, {QStringLiteral("5.4.2"), 250}}).ok());
        QVERIFY(reportFigures(*store.value(), QStringLiteral("TQ-PL08-CQDT"), QStringLiteral("TQ.UBND"), QStringLiteral("2024"),
                              {{QStringLiteral("5.4.1"), 500}, {QStringLiteral("5.4.2"), 450}}).ok());
    }
    // The third quarter's assessment reads the nine months (the year's report ends later):
    // 62,5% of 80% for 1,5 points.
    r = json(ratios).toArray().first().toObject();
    QCOMPARE(r["period"].toString(), QStringLiteral("2024N9"));
    QVERIFY(near(r["rate"], 62.5));
    QVERIFY(near(r["points"], 1.5 * 62.5 / 80));
    QVERIFY2(r["line"].toString().contains(QStringLiteral("62,5% (Phụ lục 08,")) && r["line"].toString().contains(QStringLiteral("→ 1,1719/1,5")),
             qPrintable(r["line"].toString()));
    // The computed points are offered, not stored: the self-score stays what the agency typed.
    const QJsonObject a = json({QStringLiteral("scores"), QStringLiteral("--agency"), QStringLiteral("TQ.UBND")}).toArray().first().toObject();
    QVERIFY(a["scores"].toArray().isEmpty());
}

void TestCliAssessment::surveyPointsEnteredByTheOffice()
{
    QVERIFY(!m_measured.isEmpty());
    const auto args = [this](const char *action, const char *code, const char *points) {
        return QStringList{QString::fromLatin1(action), QStringLiteral("--assessment"), m_measured, QStringLiteral("--code"),
                           QString::fromLatin1(code), QStringLiteral("--points"), QString::fromLatin1(points)};
    };
    const CliRun above = cli(args("survey", "1.2", "1,5"));
    QCOMPARE(above.exitCode, 2);
    QVERIFY2(above.err.contains("above the maximum"), above.err.constData());
    const CliRun self = cli(args("score", "1.2", "0,5"));
    QCOMPARE(self.exitCode, 2);
    QVERIFY2(self.err.contains("scored by the survey"), self.err.constData());
    const CliRun notSurvey = cli(args("survey", "1.1", "1"));
    QCOMPARE(notSurvey.exitCode, 2);
    QVERIFY2(notSurvey.err.contains("not scored by the survey"), notSurvey.err.constData());
    QCOMPARE(cli(args("survey", "1.2", "0,75")).exitCode, 0);
    QCOMPARE(cli(args("score", "1.1", "1")).exitCode, 0);

    const QJsonObject a = json({QStringLiteral("scores"), QStringLiteral("--agency"), QStringLiteral("TQ.UBND")}).toArray().first().toObject();
    QVERIFY(near(a["total"], 1.75));
}

void TestCliAssessment::yearEndProjectionAndLatestFigures()
{
    const QStringList where = {QStringLiteral("--province"), QStringLiteral("TQ"), QStringLiteral("--year"), QStringLiteral("2024")};
    const QJsonObject e = json(QStringList{QStringLiteral("estimate")} + where).toObject();
    QCOMPARE(e["set"].toString(), QStringLiteral("TEST.ratio"));
    const QJsonArray yearEnd = e["ratio_year_end"].toArray();
    QCOMPARE(yearEnd.size(), 1);
    const QJsonObject p = yearEnd.first().toObject();
    // The year's own report is the year-end figure: 90%, the whole 1,5 points (capped from 80%).
    QCOMPARE(p["latest"].toObject()["period"].toString(), QStringLiteral("2024"));
    QVERIFY(near(p["rate"], 90));
    QVERIFY(near(p["points"], 1.5));
    QVERIFY(!p["assumption"].toString().isEmpty());

    const QJsonArray lost = json(QStringList{QStringLiteral("lost-points")} + where).toObject()["lost"].toArray();
    QCOMPARE(lost.size(), 2); // 1.1 scored 1 of 1,5; 1.2 0,75 of 1
    const QJsonObject first = lost.first().toObject();
    QCOMPARE(first["code"].toString(), QStringLiteral("1.1"));
    QVERIFY(near(first["ratio"].toObject()["rate"], 90));
    QVERIFY(lost[1].toObject()["ratio"].isNull());
    // The plan's target numbered under it (online dossiers, item 5.4) with its latest actual value:
    // the province's year report above, 450 of 500.
    const QJsonArray figures = first["latest_figures"].toArray();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first()["stt"].toString(), QStringLiteral("5"));
    QCOMPARE(figures.first()["item"].toString(), QStringLiteral("5.4"));
    QCOMPARE(figures.first()["period"].toString(), QStringLiteral("2024"));
    QVERIFY(near(figures.first()["value"], 90));
}

void TestCliAssessment::badUsage()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("nonsense")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("set")}).exitCode, 2);        // no --id
    QCOMPARE(cli({QStringLiteral("import-set")}).exitCode, 2); // no file
    QCOMPARE(cli({QStringLiteral("estimate"), QStringLiteral("--province"), QStringLiteral("TV")}).exitCode, 2);
    const CliRun year = cli({QStringLiteral("estimate"), QStringLiteral("--province"), QStringLiteral("TV"),
                             QStringLiteral("--year"), QStringLiteral("1999")});
    QCOMPARE(year.exitCode, 2);
    QVERIFY2(year.err.contains("1999"), year.err.constData());
}

QTEST_GUILESS_MAIN(TestCliAssessment)
#include "tst_cli_assessment.moc"
