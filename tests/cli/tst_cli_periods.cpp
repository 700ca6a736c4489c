// `pardesk-cli periods` as a user runs it: the real executable on a real SQLite file.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "periods/ReportingCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

class TestCliPeriods : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void periodsOfAYear();
    void dueDatesOfAProvince_data();
    void dueDatesOfAProvince();
    void onePeriodByItsKey();
    void labelsInTheDefaultLanguage();
    void badUsage_data();
    void badUsage();

private:
    QJsonArray periods(const QStringList &options);
    QTemporaryDir m_dir;
    QString m_db;
};

QJsonArray TestCliPeriods::periods(const QStringList &options)
{
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("periods")} + options);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    return run.exitCode == 0 && doc.isArray() ? doc.array() : QJsonArray();
}

void TestCliPeriods::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    m_db = storeLocation(m_dir.filePath(QStringLiteral("cli.sqlite")));
    qputenv("PARDESK_LANG", "en"); // the labels to compare with are the English source texts
}

void TestCliPeriods::periodsOfAYear()
{
    const QJsonArray out = periods({QStringLiteral("--year"), QStringLiteral("2024")});
    const QList<Period> expected = Period::allOf(2024);
    QCOMPARE(out.size(), expected.size());
    for (int i = 0; i < out.size(); ++i) {
        const QJsonObject p = out[i].toObject();
        const Period &period = expected[i];
        QCOMPARE(p["key"].toString(), period.key());
        QCOMPARE(p["label"].toString(), period.label());
        QCOMPARE(p["kind"].toString(), Period::kindName(period.kind()));
        QCOMPARE(p["year"].toInt(), 2024);
        QCOMPARE(p["window_start"].toString(), period.windowStart().toString(Qt::ISODate));
        QCOMPARE(p["window_end"].toString(), period.windowEnd().toString(Qt::ISODate));
        QVERIFY(!p.contains(QStringLiteral("due_date"))); // no province, no deadline
    }
}

void TestCliPeriods::dueDatesOfAProvince_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<int>("stages"); // how many reporting stages the seeds give dates for
    QTest::newRow("TQ") << "TQ" << 2;
    QTest::newRow("BG") << "BG" << 2;
    QTest::newRow("TV, lower case") << "tv" << 1;
}

void TestCliPeriods::dueDatesOfAProvince()
{
    QFETCH(QString, province);
    QFETCH(int, stages);
    const QJsonArray out = periods({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--province"), province});
    QCOMPARE(out.size(), Period::allOf(2025).size());
    for (const QJsonValue &p : out) {
        const Period period = Period::parse(p["key"].toString()).value();
        QCOMPARE(p["province"].toString(), province.toUpper());
        QCOMPARE(p["due_date"].toString(), ReportingCalendar::dueDate(province, period)->toString(Qt::ISODate));
        const QJsonArray deadlines = p["deadlines"].toArray();
        QCOMPARE(deadlines.size(), stages);
        for (const QJsonValue &d : deadlines) {
            const ReportStage stage = d["stage"].toString() == u"agencies" ? ReportStage::Agencies : ReportStage::Consolidation;
            const Deadline expected = ReportingCalendar::deadline(province, period, stage).value();
            QCOMPARE(d["due_date"].toString(), expected.dueDate().toString(Qt::ISODate));
            QCOMPARE(d["written_date"].toString(), expected.written.toString(Qt::ISODate));
            QCOMPARE(d["to"].toString(), expected.to);
            QCOMPARE(d["source"].toString(), expected.source);
            QCOMPARE(d["quote"].toString(), expected.quote);
            QCOMPARE(d["assumption"].isNull(), expected.assumption.isEmpty());
        }
    }
}

void TestCliPeriods::onePeriodByItsKey()
{
    const QJsonArray out = periods({QStringLiteral("--period"), QStringLiteral("2024n9"), QStringLiteral("--province"),
                                    QStringLiteral("TQ")});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0]["key"].toString(), QStringLiteral("2024N9"));
    QCOMPARE(out[0]["kind"].toString(), QStringLiteral("nine_months"));
    // 001:V.1.4 names no nine-month report: the third quarter's rule, the 15th of September.
    QCOMPARE(out[0]["due_date"].toString(), QStringLiteral("2024-09-15"));
    QVERIFY(!out[0]["deadlines"][0]["assumption"].toString().isEmpty());
}

void TestCliPeriods::labelsInTheDefaultLanguage()
{
    qunsetenv("PARDESK_LANG");
    const QJsonArray out = periods({QStringLiteral("--year"), QStringLiteral("2024")});
    qputenv("PARDESK_LANG", "en");
    QCOMPARE(out.size(), 8);
    for (const QJsonValue &p : out)
        QVERIFY(p["label"].toString().contains(QStringLiteral("2024")));
}

void TestCliPeriods::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("quoted"); // what the message must name
    QTest::newRow("fifth quarter") << QStringList{"--period", "2024Q5"} << "2024Q5";
    QTest::newRow("month") << QStringList{"--period", "2024-03"} << "2024-03";
    QTest::newRow("period as year") << QStringList{"--year", "2024Q1"} << "2024Q1";
    QTest::newRow("not a year") << QStringList{"--year", "năm"} << "năm";
    QTest::newRow("unknown province") << QStringList{"--year", "2024", "--province", "HN"} << "HN";
    QTest::newRow("year and period") << QStringList{"--year", "2024", "--period", "2024Q1"} << "--period";
    QTest::newRow("option of another command") << QStringList{"--submission", "1"} << "--submission";
}

void TestCliPeriods::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, quoted);
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("periods")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("pardesk-cli: "));
    QVERIFY2(QString::fromUtf8(run.err).contains(quoted), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPeriods)
#include "tst_cli_periods.moc"
