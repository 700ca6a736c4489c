// pardesk-cli template, import, export-package and consolidate as a user runs them: the real
// executable on real stores built from the bundled dataset (files; the test cluster in
// tst_cli_exchange_on_server).
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk::test;

class TestCliExchange : public QObject {
    Q_OBJECT
private slots:
    // The messages and summaries compared below are the English source texts.
    void initTestCase()
    {
        PARDESK_REQUIRE_ENGINE();
        qputenv("PARDESK_LANG", "en");
    }
    void templateImportPackageConsolidate()
    {
        QTemporaryDir dir;
        const QString a = storeLocation(dir.filePath("a.sqlite")), b = storeLocation(dir.filePath("b.sqlite"));
        const auto on = [](const QString &db, const QStringList &args) { return runCli(QStringList{"--db", db} + args); };

        // A CSV template, filled in, imported with the identity given on the command line.
        const QString csv = dir.filePath("stc.csv");
        CliRun run = on(a, {"template", "--form", "TQ-PL02-CCHC", "--agency", "TQ.STC", "--period", "2024Q1", "--out", csv});
        QCOMPARE(run.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QVERIFY(text.startsWith("code,value,note\n1.1,,\n"));
        text.replace("1.1,,", "1.1,6,Theo sổ");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        run = on(a, {"import", csv});
        QCOMPARE(run.exitCode, 2); // a CSV does not say whose it is
        QVERIFY(run.err.contains("give the form, the agency and the period"));
        // Only 1.1 filled: the report has errors, sent only with an explanation (as "Gửi" asks one).
        run = on(a, {"import", csv, "--form", "TQ-PL02-CCHC", "--agency", "TQ.STC", "--period", "2024Q1"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("explanation"), run.err.constData());
        run = on(a, {"import", csv, "--form", "TQ-PL02-CCHC", "--agency", "TQ.STC", "--period", "2024Q1", "--explanation",
                     "Các chỉ tiêu khác chưa phát sinh trong quý"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject imported = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(imported.value("files").toArray()[0].toObject().value("outcome").toString(), QStringLiteral("imported"));
        const int id = imported.value("files").toArray()[0].toObject().value("submission").toInt();

        // An XLSX template names its submission itself.
        run = on(a, {"template", "--form", "TQ-PL02-CCHC", "--agency", "TQ.STP", "--period", "2024Q1", "--out", dir.filePath("stp.xlsx")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath("stp.xlsx")));
        run = on(a, {"template", "--form", "TQ-PL02-CCHC", "--agency", "TQ.STP", "--period", "2024Q1", "--out", dir.filePath("x.pdf")});
        QCOMPARE(run.exitCode, 2);

        // The package goes to the consolidating office's store, once; again only with --replace.
        const QString package = dir.filePath("out/stc.pardesk");
        QVERIFY(QDir().mkpath(dir.filePath("out")));
        run = on(a, {"export-package", "--submission", QString::number(id), "--out", package});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = on(b, {"import", dir.filePath("out")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("summary").toString(), QStringLiteral("1 imported, 0 replaced, 0 refused"));
        run = on(b, {"import", package});
        QCOMPARE(run.exitCode, 2);
        run = on(b, {"import", package, "--replace"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("summary").toString(), QStringLiteral("0 imported, 1 replaced, 0 refused"));

        // The office sees it: one of the expected agencies received (late, as of the end of 2024).
        run = on(b, {"consolidate", "--form", "TQ-PL02-CCHC", "--period", "2024Q1", "--today", "2024-12-31", "--out", dir.filePath("total.csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject c = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(c.value("received").toInt(), 1);
        QVERIFY(c.value("expected").toInt() > 1);
        QCOMPARE(c.value("completeness").toDouble(), 100.0 / c.value("expected").toInt());
        QCOMPARE(c.value("synthetic").toBool(), false);
        const QJsonArray totals = c.value("totals").toArray();
        const auto total = std::find_if(totals.begin(), totals.end(), [](const QJsonValue &t) { return t.toObject().value("code").toString() == u"1.1"; });
        QCOMPARE(total->toObject().value("value").toDouble(), 6.0);
        QCOMPARE(total->toObject().value("covered").toInt(), 1);
        const QJsonArray statuses = c.value("statuses").toArray();
        const auto stc = std::find_if(statuses.begin(), statuses.end(), [](const QJsonValue &s) { return s.toObject().value("agency").toString() == u"TQ.STC"; });
        QCOMPARE(stc->toObject().value("received").toString(), QStringLiteral("late"));
        QVERIFY(QFile::exists(dir.filePath("total.csv")));

        run = on(b, {"consolidate", "--form", "TQ-PL02-CCHC"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--period"));
        run = on(b, {"export-package", "--submission", "999", "--out", package});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
