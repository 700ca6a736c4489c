// pardesk-cli as a user runs it: the real executable on real SQLite files, and (CTest's
// tst_cli_on_server, PARDESK_TEST_ENGINE=postgresql) the same commands on a store on the throw-away
// PostgreSQL server of the fixture pg_cluster (issue 14).
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk::test;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void initCreatesTheDefaultStore();
    void plansListEveryDocument();
    void targetsCarryTheContractFields();
    void targetsFilter_data();
    void targetsFilter();
    void tasksOfAPlan();
    void valuesKeepWhatWasWritten();
    void formsScoresThemes();
    void evaluateGivesEveryTargetItsStatus();
    void badUsage_data();
    void badUsage();
    void unusableDatabase_data();
    void unusableDatabase();

private:
    QJsonArray array(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_db;
    bool m_server = false; // m_db is a server's URL
};

QJsonArray TestCli::array(const QStringList &arguments)
{
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_db} + arguments);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    return run.exitCode == 0 && doc.isArray() ? doc.array() : QJsonArray();
}

void TestCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    if (qEnvironmentVariable("PARDESK_TEST_ENGINE") == u"postgresql") {
        if (const QString why = pgServerUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        m_db = pgFreshDatabase(QStringLiteral("tst_cli"), &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        m_server = true;
    }
}

void TestCli::initCreatesTheDefaultStore()
{
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value("dataset_loaded_now").toBool(), true);
    QVERIFY(out.value("targets").toInt() > 100);
    QVERIFY(m_server || QFile::exists(m_db));
    const CliRun again = runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value("dataset_loaded_now").toBool(), false);
}

void TestCli::plansListEveryDocument()
{
    const QJsonArray plans = array({QStringLiteral("plans")});
    QSet<QString> numbers, provinces, names;
    for (const QJsonValue &p : plans) {
        numbers.insert(p["number"].toString());
        provinces.insert(p["province"].toString());
        names.insert(p["name"].toString());
    }
    QVERIFY(numbers.contains(QStringLiteral("268/KH-UBND")));
    QVERIFY(numbers.contains(QStringLiteral("37/KH-STTTT-VP")));
    // Each document named as officials cite it; one with a blank number by its date and issuer.
    const bool vietnamese = qEnvironmentVariable("PARDESK_LANG") != u"en";
    QVERIFY(names.contains(vietnamese ? QStringLiteral("Kế hoạch số 268/KH-UBND") : QStringLiteral("Kế hoạch No. 268/KH-UBND")));
    QVERIFY(names.contains(vietnamese ? QStringLiteral("Kế hoạch hành động tháng 7/2024 của Ủy ban nhân dân tỉnh Tuyên Quang")
                                      : QStringLiteral("Kế hoạch hành động in 7/2024 of Ủy ban nhân dân tỉnh Tuyên Quang")));
    for (const QString &name : std::as_const(names))
        QVERIFY2(!name.contains(QStringLiteral(" /")) && !name.startsWith(u'/'), qPrintable(name));
    QCOMPARE(provinces, (QSet<QString>{"TQ", "BG", "TV"}));
}

void TestCli::targetsCarryTheContractFields()
{
    const QJsonArray targets = array({QStringLiteral("targets")});
    QVERIFY(targets.size() > 100);
    const QSet<QString> comparators = {">=", ">", "=", "<=", "<", "~"};
    for (const QJsonValue &t : targets) {
        for (const char *key : {"province", "plan", "stt", "text", "theme", "comparator", "value", "unit", "level", "lead",
                                "deadline", "source"})
            QVERIFY2(t.toObject().contains(QLatin1String(key)), key);
        QVERIFY(QSet<QString>({"TQ", "BG", "TV"}).contains(t["province"].toString()));
        if (!t["comparator"].isNull()) {
            QVERIFY(comparators.contains(t["comparator"].toString()));
            QVERIFY(t["value"].isDouble()); // a JSON number, not text
        }
        QVERIFY(t["level"].isNull() || QSet<QString>({"province", "district", "commune"}).contains(t["level"].toString()));
    }
}

void TestCli::targetsFilter_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("province") << QStringList{"--province", "BG"} << "province" << "BG";
    QTest::newRow("province, lower case") << QStringList{"--province", "tv"} << "province" << "TV";
    QTest::newRow("theme") << QStringList{"--theme", "online_dossier_share"} << "theme" << "online_dossier_share";
    QTest::newRow("plan") << QStringList{"--plan", "268/KH-UBND"} << "plan" << "268/KH-UBND";
}

void TestCli::targetsFilter()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QJsonArray all = array({QStringLiteral("targets")});
    const QJsonArray filtered = array(QStringList{QStringLiteral("targets")} + options);
    QVERIFY(!filtered.isEmpty());
    int matching = 0;
    for (const QJsonValue &t : all)
        matching += t[field].toString() == expected ? 1 : 0;
    QCOMPARE(filtered.size(), matching);
    for (const QJsonValue &t : filtered)
        QCOMPARE(t[field].toString(), expected);
}

void TestCli::tasksOfAPlan()
{
    const QJsonArray all = array({QStringLiteral("tasks")});
    const QJsonArray tv = array({QStringLiteral("tasks"), QStringLiteral("--plan"), QStringLiteral("37/KH-STTTT-VP")});
    QVERIFY(tv.size() > 30);
    QVERIFY(tv.size() < all.size());
    for (const QJsonValue &t : tv) {
        QCOMPARE(t["plan"].toString(), QStringLiteral("37/KH-STTTT-VP"));
        QVERIFY(!t["text"].toString().isEmpty());
    }
}

void TestCli::valuesKeepWhatWasWritten()
{
    const QJsonArray submissions = array({QStringLiteral("submissions")});
    QCOMPARE(submissions.size(), 2);
    bool sawThousands = false, sawPercentInCount = false;
    for (const QJsonValue &s : submissions) {
        for (const char *key : {"id", "form", "agency", "period", "status"})
            QVERIFY(s.toObject().contains(QLatin1String(key)));
        QCOMPARE(s["period"].toString(), QStringLiteral("2022S1"));
        const QJsonArray values =
            array({QStringLiteral("values"), QStringLiteral("--submission"), QString::number(s["id"].toInteger())});
        QVERIFY(!values.isEmpty());
        for (const QJsonValue &v : values) {
            for (const char *key : {"code", "label", "unit", "value", "note"})
                QVERIFY(v.toObject().contains(QLatin1String(key)));
            if (v["text"].toString() == u"1.044") {
                QCOMPARE(v["value"].toDouble(), 1044.0);
                sawThousands = true;
            }
            if (v["text"].toString().endsWith(u'%') && v["unit"].toString() != u"%")
                sawPercentInCount = true; // the text stays beside the number
        }
    }
    QVERIFY(sawThousands);
    QVERIFY(sawPercentInCount);
}

void TestCli::formsScoresThemes()
{
    const QJsonArray forms = array({QStringLiteral("forms")});
    QCOMPARE(forms.size(), 2);
    const QJsonArray scores = array({QStringLiteral("scores")});
    bool parArea = false;
    for (const QJsonValue &s : scores)
        if (s["index"].toString() == u"PAR" && s["code"].toString() == u"7") {
            parArea = true;
            QCOMPARE(s["achieved"].toDouble(), 10.1352);
            QCOMPARE(s["rank"].toInt(), 39);
            QCOMPARE(s["rank_of"].toInt(), 63);
        }
    QVERIFY(parArea);
    const QJsonArray themes = array({QStringLiteral("themes")});
    QVERIFY(themes.size() > 10);
    const QJsonArray targets = array({QStringLiteral("targets")});
    int provincesWithout = 0;
    for (const QJsonValue &t : themes) {
        QVERIFY(!t["key"].toString().isEmpty() && !t["name"].toString().isEmpty());
        // Each theme names how many targets of each province it groups, zero included.
        const QJsonObject perProvince = t["targets"].toObject();
        const QStringList provinces = perProvince.keys();
        QCOMPARE(QSet<QString>(provinces.begin(), provinces.end()), (QSet<QString>{"TQ", "BG", "TV"}));
        for (const QString &province : provinces) {
            int counted = 0;
            for (const QJsonValue &target : targets)
                counted += target["theme"] == t["key"] && target["province"] == province ? 1 : 0;
            QCOMPARE(perProvince[province].toInt(), counted);
            provincesWithout += counted == 0 ? 1 : 0;
        }
    }
    QVERIFY(provincesWithout > 0);
}

void TestCli::evaluateGivesEveryTargetItsStatus()
{
    const QJsonArray targets = array({QStringLiteral("targets"), QStringLiteral("--province"), QStringLiteral("TQ")});
    const QJsonArray rows = array({QStringLiteral("evaluate"), QStringLiteral("--province"), QStringLiteral("TQ")});
    QCOMPARE(rows.size(), targets.size());
    QSet<QString> statuses;
    for (const QJsonValue &r : rows) {
        statuses.insert(r["status"].toString());
        for (const char *key : {"actual", "met", "gap", "progress", "projection", "status_label", "period_label", "coverage", "judged"})
            QVERIFY2(r.toObject().contains(QLatin1String(key)), key);
        // A figure of an earlier year is context: shown with its period and coverage, never judged.
        if (r["actual"].isObject() && !r["actual"]["in_target_year"].toBool()) {
            QCOMPARE(r["status"].toString(), QStringLiteral("no_figures_for_its_year"));
            QVERIFY(!r["period_label"].toString().isEmpty() && !r["coverage"].toString().isEmpty());
            QVERIFY(r["gap"].isNull());
        }
        if (r["status"].toString() == u"met" || r["status"].toString() == u"not_met") {
            QVERIFY(r["actual"]["value"].isDouble());
            QCOMPARE(r["met"].toBool(), r["status"].toString() == u"met");
            QVERIFY(!r["projection"]["assumption"].toString().isEmpty()); // the assumption is stated
        } else {
            QVERIFY(r["met"].isNull());
        }
    }
    // The bundled store's figures are of 2022, its Tuyên Quang targets of 2024: nothing is judged.
    QVERIFY(!statuses.contains(QStringLiteral("met")));
    QVERIFY(!statuses.contains(QStringLiteral("not_met")));
    QVERIFY(statuses.contains(QStringLiteral("no_figures_for_its_year")));
    QVERIFY(statuses.contains(QStringLiteral("not_measured_by_forms")));
    QVERIFY(statuses.contains(QStringLiteral("not_measurable")));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown province") << QStringList{"targets", "--province", "HN"};
    QTest::newRow("unknown theme") << QStringList{"targets", "--theme", "no_such_theme"};
    QTest::newRow("unknown plan") << QStringList{"targets", "--plan", "999/KH-UBND"};
    QTest::newRow("option of another command") << QStringList{"plans", "--province", "TQ"};
    QTest::newRow("values without submission") << QStringList{"values"};
    QTest::newRow("unknown submission") << QStringList{"values", "--submission", "424242"};
    QTest::newRow("unknown option") << QStringList{"plans", "--colour"};
    QTest::newRow("evaluate: bad period") << QStringList{"evaluate", "--period", "2024Q7"};
    QTest::newRow("evaluate: unknown province") << QStringList{"evaluate", "--province", "HN"};
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("pardesk-cli: "));
}

void TestCli::unusableDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing folder") << "missing";
    QTest::newRow("not SQLite") << "text";
    QTest::newRow("read-only") << "read-only";
}

void TestCli::unusableDatabase()
{
    QFETCH(QString, kind);
    if (m_server)
        QSKIP("unusable files: tst_server_store tries unusable server databases");
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("x.sqlite"));
    if (kind == u"missing") {
        path = dir.filePath(QStringLiteral("nowhere/x.sqlite"));
    } else if (kind == u"text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,value\n1.1,2\n");
    } else {
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    }
    const QByteArray before = fileDigest(path);
    // A read-only store is refused to a command that writes; one that only reads opens it
    // read-only (issue 16: a store on a CD can be read) and changes nothing either.
    const QString command = kind == u"read-only" ? QStringLiteral("init") : QStringLiteral("plans");
    if (kind == u"read-only") {
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("plans")}).exitCode, 0);
        QCOMPARE(fileDigest(path), before);
    }
    const CliRun run = runCli({QStringLiteral("--db"), path, command});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(QFileInfo(path).fileName()), run.err.constData());
    // Vietnamese is the default language of every message.
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("Không mở được cơ sở dữ liệu")), run.err.constData());
    QCOMPARE(fileDigest(path), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
