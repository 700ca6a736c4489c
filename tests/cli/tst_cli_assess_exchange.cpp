// `pardesk-cli assessment export | template | import` as offices run them: the real executable on
// two real SQLite stores, the agency's (a) and the office's (b). The criteria set, the scores and
// the evidence file are generated test data.
#include "PgTestServer.h"
#include "CriteriaNodes.h"
#include "TestSupport.h"
#include "exchange/CriteriaSetXlsx.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace pardesk;
using namespace pardesk::test;

namespace {

CriteriaSet generated()
{
    CriteriaSet s = generatedSet(QStringLiteral("TEST.cli-exchange"),
                                 {criteriaNode(1, "1", {}, CriteriaLevel::Area, 2),
                                  criteriaNode(2, "1.1", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::YesNo),
                                  criteriaNode(3, "1.2", "1", CriteriaLevel::SubCriterion, 1, ScoringKind::Points)});
    s.nodes[1].evidenceRequired = true;
    return s;
}

} // namespace

class TestCliAssessExchange : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportDryRunImportAgain();
    void templateFromTheOfficesStore();
    void refusalsChangeNothing();
    void badUsage();
    void setArrivesWithThePackage();

private:
    CliRun on(const QString &db, const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("assessment")} + arguments);
    }
    QJsonObject object(const CliRun &run)
    {
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }
    QJsonArray scores(const QString &db)
    {
        return QJsonDocument::fromJson(on(db, {QStringLiteral("scores")}).out).array();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_a, m_b;
    QString m_id;      // the self-assessment in store a
    QString m_package; // its package
};

void TestCliAssessExchange::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    qputenv("PARDESK_LANG", "en"); // messages are compared with the English source texts
    m_a = storeLocation(path("agency.sqlite"));
    m_b = storeLocation(path("office.sqlite"));
    const QString set = path("set.xlsx");
    QVERIFY(CriteriaSetXlsx::write(generated(), set).ok());
    QCOMPARE(on(m_a, {"import-set", set}).exitCode, 0);
    QCOMPARE(on(m_b, {"import-set", set}).exitCode, 0);
    qint64 id = 0;
    for (const QJsonValue &s : QJsonDocument::fromJson(on(m_a, {"sets"}).out).array())
        if (s["key"].toString() == u"TEST.cli-exchange")
            id = s["id"].toInteger();
    QVERIFY(id > 0);
    const QJsonObject created = object(on(m_a, {"create", "--id", QString::number(id), "--agency", "TV.STTTT", "--period", "202403"}));
    m_id = QString::number(created["id"].toInteger());
    QCOMPARE(on(m_a, {"score", "--assessment", m_id, "--code", "1.1", "--points", "1", "--explanation", "Đã ban hành"}).exitCode, 0);
    QCOMPARE(on(m_a, {"score", "--assessment", m_id, "--code", "1.2", "--points", "0,5"}).exitCode, 0);
    const QString evidence = path("bien-ban.txt");
    QFile f(evidence);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Generated evidence for a test.\n");
    f.close();
    QCOMPARE(on(m_a, {"attach", "--assessment", m_id, "--code", "1.1", evidence}).exitCode, 0);
    {
        auto store = Store::open(m_a);
        QVERIFY(store.ok());
        QVERIFY(store.value()->selfAssessments().submit(m_id.toLongLong()).ok());
    }
    m_package = path("stttt-202403.pardesk");
    const CliRun exported = on(m_a, {"export", "--assessment", m_id, m_package});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(object(exported)["file"].toString(), m_package);
    QVERIFY(QFile::exists(m_package));
}

void TestCliAssessExchange::exportDryRunImportAgain()
{
    // What it would do, and nothing written.
    CliRun run = on(m_b, {"import", m_package, "--dry-run"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject preview = object(run);
    QCOMPARE(preview["imported"].toBool(), false);
    QCOMPARE(preview["outcome"].toString(), QStringLiteral("new"));
    QCOMPARE(preview["status_after"].toString(), QStringLiteral("submitted"));
    QCOMPARE(preview["agency"].toString(), QStringLiteral("TV.STTTT"));
    QCOMPARE(preview["period"].toString(), QStringLiteral("202403"));
    const QJsonArray changes = preview["changes"].toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0)["code"].toString(), QStringLiteral("1.1"));
    QVERIFY(changes.at(0)["points_before"].isNull());
    QCOMPARE(changes.at(0)["points_after"].toDouble(), 1.0);
    QCOMPARE(changes.at(1)["points_after"].toDouble(), 0.5);
    QCOMPARE(preview["evidence_added"].toArray().size(), 1);
    QCOMPARE(preview["findings"].toArray().size(), 1); // 1.2 lost half a point without an explanation
    QCOMPARE(preview["findings"].toArray().at(0)["kind"].toString(), QStringLiteral("lost_without_explanation"));
    QCOMPARE(preview["sha256"].toString().size(), 64);
    QCOMPARE(preview["set_arrives"].toBool(), false); // store b imported the set itself
    QCOMPARE(preview["set_differs"].toArray().size(), 0);
    QVERIFY(scores(m_b).isEmpty());

    run = on(m_b, {"import", m_package});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(object(run)["imported"].toBool(), true);
    const QJsonArray stored = scores(m_b);
    QCOMPARE(stored.size(), 1);
    const QJsonObject b = stored.first().toObject();
    const QJsonObject a = scores(m_a).first().toObject();
    QCOMPARE(b["status"].toString(), QStringLiteral("submitted"));
    QCOMPARE(b["scores"], a["scores"]);
    QCOMPARE(b["evidence"].toArray().size(), 1);
    QCOMPARE(b["evidence"][0]["sha256"], a["evidence"][0]["sha256"]);
    QCOMPARE(b["evidence"][0]["sha256"].toString().toLatin1(), fileDigest(path("bien-ban.txt")));
    QCOMPARE(b["total"].toDouble(), 1.5);

    // Again: the submitted one is replaced by the same, nothing changes, the file is held already.
    run = on(m_b, {"import", m_package});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    preview = object(run);
    QCOMPARE(preview["outcome"].toString(), QStringLiteral("replace"));
    QCOMPARE(preview["status_before"].toString(), QStringLiteral("submitted"));
    QVERIFY(preview["changes"].toArray().isEmpty());
    QVERIFY(preview["evidence_added"].toArray().isEmpty());
    QCOMPARE(preview["evidence_held"].toInt(), 1);
    QCOMPARE(scores(m_b).first()["evidence"].toArray().size(), 1);
}

void TestCliAssessExchange::templateFromTheOfficesStore()
{
    const QString workbook = path("stttt-202403.xlsx");
    const QString id = QString::number(scores(m_b).first()["id"].toInteger());
    CliRun run = on(m_b, {"template", "--assessment", id, workbook});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(object(run)["set"].toString(), QStringLiteral("TEST.cli-exchange"));
    QVERIFY(QFile::exists(workbook));
    // Read back: the stored points, arriving as a draft.
    run = on(m_b, {"import", workbook, "--dry-run"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject preview = object(run);
    QCOMPARE(preview["outcome"].toString(), QStringLiteral("replace"));
    QCOMPARE(preview["status_after"].toString(), QStringLiteral("draft"));
    QVERIFY(preview["changes"].toArray().isEmpty());
    QCOMPARE(preview["scores"].toInt(), 2);

    // A template named by set, agency and period, for one that does not exist yet.
    qint64 setId = 0;
    for (const QJsonValue &s : QJsonDocument::fromJson(on(m_b, {"sets"}).out).array())
        if (s["key"].toString() == u"TEST.cli-exchange")
            setId = s["id"].toInteger();
    run = on(m_b, {"template", "--id", QString::number(setId), "--agency", "TV.STTTT", "--period", "2024Q2", path("q2.xlsx")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = on(m_b, {"import", path("q2.xlsx")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("nothing to import"), run.err.constData());
}

void TestCliAssessExchange::refusalsChangeNothing()
{
    const QJsonArray before = scores(m_b);
    QByteArray bytes;
    {
        QFile f(m_package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    const QString altered = path("altered.pardesk");
    {
        QFile f(altered);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(bytes).replace("Đã ban hành", "Đã ban hành đủ"));
    }
    CliRun run = on(m_b, {"import", altered});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("altered.pardesk") && run.err.contains("altered after it was exported"), run.err.constData());
    QVERIFY(run.out.isEmpty());

    // The submissions' import says where a self-assessment package goes.
    run = runCli({"--db", m_b, "import", m_package});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("self-assessment package") && run.err.contains("assessment import"), run.err.constData());

    // Appraised by the office's council: a later package does not replace it.
    {
        auto store = Store::open(m_b);
        QVERIFY(store.ok());
        const qint64 id = before.first()["id"].toInteger();
        QVERIFY(store.value()->selfAssessments().appraise(id, {{QStringLiteral("1.1"), 1, {}}}).ok());
    }
    const QJsonArray appraised = scores(m_b);
    run = on(m_b, {"import", m_package});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("was appraised by"), run.err.constData());
    QCOMPARE(object(run)["imported"].toBool(true), false);
    QCOMPARE(object(run)["errors"].toArray().size(), 1);
    QCOMPARE(scores(m_b), appraised);
}

void TestCliAssessExchange::badUsage()
{
    CliRun run = on(m_a, {"export", path("x.pardesk")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--assessment"), run.err.constData());
    run = on(m_a, {"export", "--assessment", m_id, path("x.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(".pardesk"), run.err.constData());
    run = on(m_a, {"template", path("t.xlsx")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--id SET --agency A --period P"), run.err.constData());
    run = on(m_a, {"import"});
    QCOMPARE(run.exitCode, 2);
    run = on(m_a, {"import", path("scores.csv")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(".pardesk package or an .xlsx template"), run.err.constData());
}

// An office that never imported the set: the package brings it, the dry run says so and writes
// nothing, the import stores the set and the self-assessment.
void TestCliAssessExchange::setArrivesWithThePackage()
{
    const QString c = storeLocation(path("office-without-set.sqlite"));
    const auto hasSet = [&] {
        const QJsonArray sets = QJsonDocument::fromJson(on(c, {"sets"}).out).array();
        return std::any_of(sets.begin(), sets.end(), [](const QJsonValue &s) { return s["key"].toString() == u"TEST.cli-exchange"; });
    };
    QVERIFY(!hasSet());
    CliRun run = on(c, {"import", m_package, "--dry-run"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(object(run)["set_arrives"].toBool(), true);
    QVERIFY(!hasSet());
    run = on(c, {"import", m_package});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(hasSet());
    QCOMPARE(scores(c).size(), 1);
    QCOMPARE(scores(c).first()["scores"], scores(m_a).first()["scores"]);
}

QTEST_GUILESS_MAIN(TestCliAssessExchange)
#include "tst_cli_assess_exchange.moc"
