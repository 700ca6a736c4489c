// pardesk-cli print of the self-assessment tables as a user runs it: the real executable on a store
// made from the bundled dataset (seed 004's criteria set); the assessment, its points, explanation
// and appraisal are generated test data, typed through the CLI and the store's repository.
#include "OutputTools.h"
#include "PgTestServer.h"
#include "TestSupport.h"
#include "exchange/ZipArchive.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

class TestCliPrintAssessment : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void selfAssessmentTable_data();
    void selfAssessmentTable();
    void appraisalTable();
    void rankingTable();
    void badUsage_data();
    void badUsage();

private:
    CliRun print(const QStringList &arguments) const;
    QJsonObject printed(const QStringList &arguments, const QString &out) const;
    QString csv(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;
};

CliRun TestCliPrintAssessment::print(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("print")} + arguments);
}

QJsonObject TestCliPrintAssessment::printed(const QStringList &arguments, const QString &out) const
{
    const CliRun run = print(arguments + QStringList{QStringLiteral("--out"), out});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
}

QString TestCliPrintAssessment::csv(const QStringList &arguments)
{
    const QString out = m_dir.filePath(QStringLiteral("table-%1.csv").arg(QDateTime::currentMSecsSinceEpoch()));
    if (printed(arguments, out).isEmpty())
        return {};
    QFile f(out);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestCliPrintAssessment::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    m_db = storeLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
    const CliRun sets = runCli({QStringLiteral("--db"), m_db, QStringLiteral("assessment"), QStringLiteral("sets")});
    const QString setId = QString::number(QJsonDocument::fromJson(sets.out).array().first()["id"].toInteger());
    const CliRun created = runCli({QStringLiteral("--db"), m_db, QStringLiteral("assessment"), QStringLiteral("create"),
                                   QStringLiteral("--id"), setId, QStringLiteral("--agency"), QStringLiteral("TV.UBND"),
                                   QStringLiteral("--period"), QStringLiteral("202403")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    m_id = QString::number(QJsonDocument::fromJson(created.out).object()["id"].toInteger());
    const CliRun scored = runCli({QStringLiteral("--db"), m_db, QStringLiteral("assessment"), QStringLiteral("score"),
                                  QStringLiteral("--assessment"), m_id, QStringLiteral("--code"), QStringLiteral("7.I.4"),
                                  QStringLiteral("--points"), QStringLiteral("0,5"), QStringLiteral("--explanation"),
                                  QStringLiteral("Cổng dịch vụ công chưa kết nối (giải trình thử)")});
    QVERIFY2(scored.exitCode == 0, scored.err.constData());
}

void TestCliPrintAssessment::selfAssessmentTable_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << "pdf";
    QTest::newRow("xlsx") << "xlsx";
    QTest::newRow("odt") << "odt";
    QTest::newRow("csv") << "csv";
}

void TestCliPrintAssessment::selfAssessmentTable()
{
    QFETCH(QString, suffix);
    const QString out = m_dir.filePath(QStringLiteral("self.") + suffix);
    const QJsonObject json = printed({QStringLiteral("--assessment"), m_id, QStringLiteral("--number"), QStringLiteral("5/BC-UBND"),
                                      QStringLiteral("--date"), QStringLiteral("2024-04-02")},
                                     out);
    QCOMPARE(json.value("table").toString(), QStringLiteral("assessment"));
    QCOMPARE(json.value("format").toString(), suffix);
    QVERIFY(QFileInfo(out).size() > 0);
    QVERIFY2(json.value("title").toString().startsWith(QStringLiteral("BẢNG TỰ CHẤM ĐIỂM")), qPrintable(json.value("title").toString()));
    if (suffix == u"csv") {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const char *expected : {"Điểm tối đa", "Điểm tự chấm", "Giải trình", "Tài liệu kiểm chứng",
                                     "Cổng dịch vụ công chưa kết nối (giải trình thử)", "13,5"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!text.contains(QStringLiteral("Điểm thẩm định"))); // the council's columns are the appraisal's
    }
    if (suffix == u"pdf" && hasProgram(QStringLiteral("pdftotext"))) {
        const QString text = pdfPages(out).join(u'\n').simplified();
        QVERIFY2(text.contains(QStringLiteral("Số: 5/BC-UBND")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("ngày 02 tháng 4 năm 2024")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("tháng 3/2024")), qPrintable(text.left(800))); // the period by its name
        QVERIFY2(!text.contains(QStringLiteral("202403")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("tỉnh Trà Vinh, kỳ tháng 3/2024")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("Cổng dịch vụ công chưa kết nối")), qPrintable(text));
    }
}

// The council's table keeps both numbers: the agency's 0,5 and the council's 0,2734 with its comment.
void TestCliPrintAssessment::appraisalTable()
{
    const CliRun draft = print({QStringLiteral("--assessment"), m_id, QStringLiteral("--appraisal"), QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("draft.pdf"))});
    QCOMPARE(draft.exitCode, 2);
    QVERIFY2(QString::fromUtf8(draft.err).contains(QStringLiteral("bản nháp")), draft.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("draft.pdf"))));
    {
        auto store = Store::open(m_db);
        QVERIFY(store);
        const SelfAssessments repo = store.value()->selfAssessments();
        QVERIFY(repo.submit(m_id.toLongLong()));
        QVERIFY(repo.appraise(m_id.toLongLong(), {{QStringLiteral("7.I.4"), 0.2734, QStringLiteral("Thiếu biên bản (ý kiến thử)")}}));
    }
    const QString text = csv({QStringLiteral("--assessment"), m_id, QStringLiteral("--appraisal")});
    for (const char *expected : {"Điểm tự chấm", "Điểm thẩm định", "Ý kiến Hội đồng thẩm định", "Thiếu biên bản (ý kiến thử)", "0,2734"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    const QString pdf = m_dir.filePath(QStringLiteral("appraisal.pdf"));
    const QJsonObject json = printed({QStringLiteral("--assessment"), m_id, QStringLiteral("--appraisal")}, pdf);
    QVERIFY(json.value("pages").toInt() >= 1);
    if (hasProgram(QStringLiteral("pdftotext"))) {
        const QString page = pdfPages(pdf).join(u'\n').simplified();
        QVERIFY2(page.contains(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH")), qPrintable(page.left(600)));
        QVERIFY2(page.contains(QStringLiteral("Thiếu biên bản")), qPrintable(page));
    }
}

void TestCliPrintAssessment::rankingTable()
{
    const QString text = csv({QStringLiteral("--ranking"), QStringLiteral("--province"), QStringLiteral("tv"), QStringLiteral("--year"),
                              QStringLiteral("2024")});
    QVERIFY2(text.contains(QStringLiteral("XẾP HẠNG")), qPrintable(text.left(400)));
    const auto agency = Store::open(m_db).value()->selfAssessments().header(m_id.toLongLong())->agencyName;
    QVERIFY2(text.contains(agency), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("đã thẩm định")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Tháng 3/2024")), qPrintable(text)); // the period by its name
    QVERIFY2(!text.contains(QStringLiteral("202403")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Trà Vinh")), qPrintable(text)); // "Ủy ban nhân dân tỉnh" says which
    const QString xlsx = m_dir.filePath(QStringLiteral("ranking.xlsx"));
    const QJsonObject json = printed({QStringLiteral("--ranking"), QStringLiteral("--province"), QStringLiteral("TV"),
                                      QStringLiteral("--year"), QStringLiteral("2024")},
                                     xlsx);
    QCOMPARE(json.value("table").toString(), QStringLiteral("ranking"));
    QVERIFY(json.value("rows").toInt() >= 1);
    // Points keep their four decimals in the workbook too (10,1352, not 10,14).
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    auto zip = ZipArchive::open(workbook.readAll(), xlsx);
    QVERIFY(zip);
    QVERIFY(zip->read(QStringLiteral("xl/styles.xml"))->contains("#,##0.0###"));
    const QString pdf = m_dir.filePath(QStringLiteral("ranking.pdf"));
    QCOMPARE(printed({QStringLiteral("--ranking"), QStringLiteral("--province"), QStringLiteral("TV"), QStringLiteral("--year"),
                      QStringLiteral("2024")},
                     pdf)
                 .value("pages")
                 .toInt(),
             1);
}

void TestCliPrintAssessment::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown assessment") << QStringList{"--assessment", "4242"} << "4242";
    QTest::newRow("assessment not a number") << QStringList{"--assessment", "abc"} << "abc";
    QTest::newRow("appraisal alone") << QStringList{"--comparison", "--appraisal"} << "--appraisal";
    QTest::newRow("ranking without year") << QStringList{"--ranking", "--province", "TV"} << "--year";
    QTest::newRow("ranking bad year") << QStringList{"--ranking", "--province", "TV", "--year", "24"} << "24";
    QTest::newRow("ranking unknown province") << QStringList{"--ranking", "--province", "HN", "--year", "2024"} << "HN";
    QTest::newRow("year with progress") << QStringList{"--progress", "--province", "TV", "--period", "2024", "--year", "2024"}
                                        << "--year";
}

void TestCliPrintAssessment::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const CliRun run = print(arguments + QStringList{"--out", dir.filePath(QStringLiteral("out.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliPrintAssessment)
#include "tst_cli_print_assessment.moc"
