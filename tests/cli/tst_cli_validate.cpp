// pardesk-cli validate as a user runs it: the real executable, a real store built from the bundled
// dataset (a file; the test cluster in tst_cli_validate_on_server), and real CSV files.
#include "PgTestServer.h"
#include "StoreBuilder.h"
#include "TestSupport.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk::test;

class TestCliValidate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void storedSubmissions();
    void fileAgreesWithTheStore();
    void outlierAgainstHistory();
    void fileFindings_data();
    void fileFindings();
    void badUsage_data();
    void badUsage();

private:
    CliRun cli(const QStringList &arguments) const;
    QJsonArray json(const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QString submissionOf(const QString &form) const;
    QTemporaryDir m_dir;
    QString m_db;
};

CliRun TestCliValidate::cli(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments);
}

QJsonArray TestCliValidate::json(const QStringList &arguments) const
{
    return QJsonDocument::fromJson(cli(arguments).out).array();
}

QString TestCliValidate::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString TestCliValidate::submissionOf(const QString &form) const
{
    for (const QJsonValue &s : json({QStringLiteral("submissions")}))
        if (s["form"].toString() == form)
            return QString::number(s["id"].toInteger());
    return {};
}

void TestCliValidate::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    m_db = storeLocation(m_dir.filePath(QStringLiteral("validate.sqlite")));
    QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
}

void TestCliValidate::storedSubmissions()
{
    // Phụ lục 02 has errors: exit 1; each finding carries the contract fields, figures as JSON numbers.
    const QString pl02 = submissionOf(QStringLiteral("TQ-PL02-CCHC"));
    const CliRun run = cli({QStringLiteral("validate"), QStringLiteral("--submission"), pl02});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out).array();
    QVERIFY(!findings.isEmpty());
    QHash<QString, double> stored;
    for (const QJsonValue &v : json({QStringLiteral("values"), QStringLiteral("--submission"), pl02}))
        if (v["value"].isDouble())
            stored.insert(v["code"].toString(), v["value"].toDouble());
    bool sawMismatch = false;
    for (const QJsonValue &f : findings) {
        for (const char *key : {"code", "rule", "severity", "message", "stated", "computed"})
            QVERIFY2(f.toObject().contains(QLatin1String(key)), key);
        QVERIFY(QStringList({"error", "warning"}).contains(f["severity"].toString()));
        QVERIFY(f["stated"].isDouble() || f["stated"].isNull());
        QVERIFY(f["computed"].isDouble() || f["computed"].isNull());
        if (f["code"].toString() == u"3.3.1" && f["rule"].toString() == u"PERCENT_MISMATCH") {
            sawMismatch = true;
            QCOMPARE(f["stated"].toDouble(), stored.value("3.3.1"));
            QCOMPARE(f["computed"].toDouble(), stored.value("3.3.1.2") / stored.value("3.3.1.1") * 100.0);
        }
    }
    QVERIFY(sawMismatch);

    // Phụ lục 08 agrees with itself: no findings, exit 0.
    const CliRun clean = cli({QStringLiteral("validate"), QStringLiteral("--submission"), submissionOf("TQ-PL08-CQDT")});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(clean.out).isArray());
    QVERIFY(QJsonDocument::fromJson(clean.out).array().isEmpty());
}

// A value far from the agency's own history is a warning that names the history; the seeded
// submissions have no history, so none of theirs is one.
void TestCliValidate::outlierAgainstHistory()
{
    for (const QString &form : {QStringLiteral("TQ-PL02-CCHC"), QStringLiteral("TQ-PL08-CQDT")})
        for (const QJsonValue &f : json({QStringLiteral("validate"), QStringLiteral("--submission"), submissionOf(form)}))
            QVERIFY2(f["rule"].toString() != u"VALUE_OUTLIER", qPrintable(form));

    QTemporaryDir dir;
    const QString path = storeLocation(dir.filePath(QStringLiteral("history.sqlite")));
    qint64 late = 0, usual = 0;
    const QStringList quarters = {"2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2"};
    {
        pardesk::Database::Options options;
        options.loadBundledDataset = false;
        auto db = pardesk::Database::open(path, options);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        pardesk::bench::StoreBuilder b(db.value()->connection());
        b.addProvince(QStringLiteral("TS"), QStringLiteral("Tỉnh thử (dữ liệu kiểm thử)"), true);
        const qint64 agency = b.addAgency(QStringLiteral("TS.D1"), QStringLiteral("Sở thử"), QStringLiteral("TS"), QStringLiteral("department"));
        const qint64 form = b.addForm(QStringLiteral("TS-F"), QStringLiteral("Biểu thử"), QStringLiteral("TS"));
        const qint64 dossiers = b.addItem(form, QStringLiteral("1"), QStringLiteral("Hồ sơ tiếp nhận"), {}, {}, QStringLiteral("count"));
        const qint64 staff = b.addItem(form, QStringLiteral("2"), QStringLiteral("Cán bộ"), {}, {}, QStringLiteral("count"));
        // Six quarters around 100 dossiers and 12 staff, then 1000 dossiers (a zero too many) and
        // the usual 12 staff. History of dossiers sorted 96 99 100 101 102 104: median 100,5, MAD 1,5,
        // spread max(1, √100,5 = 10,02, 1,4826 × 1,5) = 10,02, so 1000 scores 89,8 > 3,5. Staff: all 12,
        // MAD 0 and mean deviation 0, spread √12 = 3,46, score 0.
        const QList<double> history = {100, 104, 96, 101, 99, 102};
        for (int i = 0; i < quarters.size(); ++i) {
            const qint64 s = b.addSubmission(form, agency, quarters[i]);
            b.setValue(s, dossiers, history[i]);
            b.setValue(s, staff, 12);
            if (i == 5)
                usual = s;
        }
        late = b.addSubmission(form, agency, QStringLiteral("2024Q3"));
        b.setValue(late, dossiers, 1000);
        b.setValue(late, staff, 12);
        QVERIFY2(b.status(), qPrintable(b.status() ? QString() : b.status().error()));
    }
    const auto validate = [&](qint64 id) {
        return runCli({QStringLiteral("--db"), path, QStringLiteral("validate"), QStringLiteral("--submission"), QString::number(id)});
    };
    const CliRun run = validate(late);
    QCOMPARE(run.exitCode, 0); // a warning alone
    const QJsonArray findings = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.first().toObject();
    QCOMPARE(f["rule"].toString(), QStringLiteral("VALUE_OUTLIER"));
    QCOMPARE(f["severity"].toString(), QStringLiteral("warning"));
    QCOMPARE(f["code"].toString(), QStringLiteral("1"));
    QCOMPARE(f["stated"].toDouble(), 1000.0);
    for (const QString &key : quarters)
        QVERIFY2(f["message"].toString().contains(key), qPrintable(f["message"].toString()));
    // 2024Q2 (102 against 100 104 96 101 99: median 100, spread 10, score 0,2) is no finding.
    const CliRun quiet = validate(usual);
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(quiet.out).array().isEmpty());
}

// The stored submission written out as an exchange file gives the same findings as the store.
void TestCliValidate::fileAgreesWithTheStore()
{
    for (const QString &form : {QStringLiteral("TQ-PL02-CCHC"), QStringLiteral("TQ-PL08-CQDT")}) {
        const QString id = submissionOf(form);
        QByteArray csv = "\xEF\xBB\xBF" "value,code,note\r\n";
        for (const QJsonValue &v : json({QStringLiteral("values"), QStringLiteral("--submission"), id})) {
            QString note = v["note"].toString();
            csv += '"' + v["text"].toString().toUtf8() + "\"," + v["code"].toString().toUtf8() + ",\"" +
                   note.replace(u'"', QStringLiteral("\"\"")).toUtf8() + "\"\r\n";
        }
        const QString path = write(form + QStringLiteral(".csv"), csv);
        const CliRun fromStore = cli({QStringLiteral("validate"), QStringLiteral("--submission"), id});
        const CliRun fromFile = cli({QStringLiteral("validate"), QStringLiteral("--form"), form, path});
        QVERIFY2(fromFile.exitCode == 0 || fromFile.exitCode == 1, fromFile.err.constData());
        QCOMPARE(fromFile.exitCode, fromStore.exitCode);
        QCOMPARE(QJsonDocument::fromJson(fromFile.out).array(), QJsonDocument::fromJson(fromStore.out).array());
    }
}

void TestCliValidate::fileFindings_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("findings"); // code:rule, in the form's order

    QTest::newRow("agreeing, in the C convention")
        << QByteArray("code,value\n5.4,23.6\n5.4.1,\"65,454\"\n5.4.2,\"15,444\"\n") << 0 << QStringList{};
    QTest::newRow("agreeing, in the Vietnamese convention")
        << QByteArray("code,value\n5.4,24%\n5.4.1,65.454\n5.4.2,15.444\n") << 0 << QStringList{};
    QTest::newRow("only a warning") << QByteArray("code,value\n5.4,24%\n5.4.1,0\n") << 0
                                    << QStringList{"5.4:PERCENT_NOT_COMPUTABLE"};
    QTest::newRow("errors") << QByteArray("code,value\n1,3\n4.1.1,120%\n5.1,100%\n5.1.1,228\n5.1.2,228%\n") << 1
                            << QStringList{"1:CODE_NOT_AN_OPTION", "4.1.1:PERCENT_OUT_OF_RANGE", "5.1:PERCENT_NOT_COMPUTABLE",
                                           "5.1.2:PERCENT_IN_COUNT_ROW"};
}

void TestCliValidate::fileFindings()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, exitCode);
    QFETCH(QStringList, findings);
    const QString path = write(QStringLiteral("%1.csv").arg(QTest::currentDataTag()), csv);
    const CliRun run = cli({QStringLiteral("validate"), QStringLiteral("--form"), QStringLiteral("TQ-PL08-CQDT"), path});
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QStringList got;
    for (const QJsonValue &f : QJsonDocument::fromJson(run.out).array())
        got.append(f["code"].toString() + u':' + f["rule"].toString());
    QCOMPARE(got, findings);
}

void TestCliValidate::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("file"); // written to bad.csv when not empty
    QTest::addColumn<QStringList>("mentioned"); // in Vietnamese, the default language of messages
    const QStringList none;
    QTest::newRow("nothing to validate") << QStringList{"validate"} << QByteArray() << none;
    QTest::newRow("submission id not a number") << QStringList{"validate", "--submission", "abc"} << QByteArray()
                                                << QStringList{"abc"};
    QTest::newRow("unknown submission") << QStringList{"validate", "--submission", "424242"} << QByteArray()
                                        << QStringList{"424242"};
    QTest::newRow("form without a file") << QStringList{"validate", "--form", "TQ-PL08-CQDT"} << QByteArray() << none;
    QTest::newRow("both") << QStringList{"validate", "--submission", "1", "--form", "TQ-PL08-CQDT", "@"}
                          << QByteArray("code,value\n") << none;
    QTest::newRow("submission and a file") << QStringList{"validate", "--submission", "1", "@"} << QByteArray("code,value\n")
                                           << none;
    QTest::newRow("unknown form") << QStringList{"validate", "--form", "NO-SUCH-FORM", "@"} << QByteArray("code,value\n")
                                  << QStringList{"NO-SUCH-FORM"};
    QTest::newRow("missing file") << QStringList{"validate", "--form", "TQ-PL08-CQDT", "no-such.csv"} << QByteArray()
                                  << QStringList{"no-such.csv"};
    QTest::newRow("unknown code") << QStringList{"validate", "--form", "TQ-PL08-CQDT", "@"}
                                  << QByteArray("code,value\n5.1,100\n5.9,1\n") << QStringList{"@", "dòng 3", "5.9"};
    QTest::newRow("not a number") << QStringList{"validate", "--form", "TQ-PL08-CQDT", "@"}
                                  << QByteArray("code,value\n5.1.1,hai\n") << QStringList{"@", "dòng 2", "5.1.1", "hai"};
    QTest::newRow("duplicated code") << QStringList{"validate", "--form", "TQ-PL08-CQDT", "@"}
                                     << QByteArray("code,value\n5.1.1,1\n5.1.1,1\n") << QStringList{"@", "dòng 3", "5.1.1"};
    QTest::newRow("no code column") << QStringList{"validate", "--form", "TQ-PL08-CQDT", "@"}
                                    << QByteArray("ma,value\n5.1.1,1\n") << QStringList{"@", "dòng 1", "code"};
    QTest::newRow("not UTF-8") << QStringList{"validate", "--form", "TQ-PL08-CQDT", "@"}
                               << QByteArray("code,value,note\n5.1.1,1,Kh\xf4ng\n") << QStringList{"@", "UTF-8"};
    QTest::newRow("a file for another command") << QStringList{"plans", "@"} << QByteArray("code,value\n") << none;
}

void TestCliValidate::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, file);
    QFETCH(QStringList, mentioned);
    const QString path = file.isEmpty() ? QString() : write(QStringLiteral("bad.csv"), file);
    arguments.replaceInStrings(QStringLiteral("@"), path);
    mentioned.replaceInStrings(QStringLiteral("@"), path);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    for (const QString &text : mentioned)
        QVERIFY2(err.contains(text), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
