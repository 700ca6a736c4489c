// `pardesk-cli chart` as a user runs it, with no display: the files it writes are valid (the PNG
// decodes at the asked size, the SVG parses, the PDF has one page as poppler's pdfinfo reads it),
// and wrong input is a clear message with exit code 2.
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pardesk::test;

class TestCliChart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pngAtTheAskedSize_data();
    void pngAtTheAskedSize();
    void svgParses();
    void pdfHasOnePage();
    void badInput_data();
    void badInput();

private:
    CliRun chart(const QStringList &arguments) { return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("chart")} + arguments); }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliChart::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    m_db = storeLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    const CliRun init = runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")});
    QCOMPARE(init.exitCode, 0);
}

void TestCliChart::pngAtTheAskedSize_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("compare") << QStringList{"compare", "--theme", "online_dossier_share"};
    QTest::newRow("compare, a theme of one province") << QStringList{"compare", "--theme", "waiting_time"};
    QTest::newRow("overview") << QStringList{"overview"};
    QTest::newRow("trend of a theme, province") << QStringList{"trend", "--item", "on_time_processing", "--province", "TQ",
                                                                "--from", "2022S1", "--to", "2023S2"};
    QTest::newRow("trend of an item, agency") << QStringList{"trend", "--item", "7.6.4", "--agency", "1", "--from", "2022S1",
                                                             "--to", "2022S2"};
    QTest::newRow("scores TV") << QStringList{"scores", "--province", "TV"};
    QTest::newRow("scores TQ (none)") << QStringList{"scores", "--province", "tq"};
    QTest::newRow("self-assessment TV 2022") << QStringList{"assessment", "--province", "TV", "--year", "2022"};
}

void TestCliChart::pngAtTheAskedSize()
{
    QFETCH(QStringList, arguments);
    const QString out = m_dir.filePath(QStringLiteral("%1.png").arg(QTest::currentDataTag()));
    const CliRun run = chart(arguments + QStringList{"--out", out, "--width", "900", "--height", "640"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("file")).toString(), out);
    QVERIFY(!json.value(QStringLiteral("footnote")).toString().isEmpty());
    QImage image;
    QVERIFY(image.load(out, "PNG"));
    QCOMPARE(image.size(), QSize(900, 640));
    // Not a blank page: the chart drew something other than white.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
}

void TestCliChart::svgParses()
{
    const QString out = m_dir.filePath(QStringLiteral("compare.svg"));
    const CliRun run = chart({"compare", "--theme", "digitisation", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int elements = 0;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            svgRoot = svgRoot || (elements == 0 && xml.name() == u"svg");
            ++elements;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    QVERIFY(elements > 20);
}

void TestCliChart::pdfHasOnePage()
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed: scripts/setup.sh --for-tests");
    const QString out = m_dir.filePath(QStringLiteral("scores.pdf"));
    const CliRun run = chart({"scores", "--province", "TV", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QProcess info;
    info.start(pdfinfo, {out});
    QVERIFY(info.waitForFinished(30000));
    QCOMPARE(info.exitCode(), 0);
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(text));
}

void TestCliChart::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("unknown theme") << QStringList{"compare", "--theme", "nope", "--out", "x.png"} << "nope";
    QTest::newRow("unsupported extension") << QStringList{"compare", "--theme", "satisfaction", "--out", "x.jpg"} << ".png";
    QTest::newRow("unknown kind") << QStringList{"pie", "--out", "x.png"} << "pie";
    QTest::newRow("unknown province") << QStringList{"scores", "--province", "HN", "--out", "x.png"} << "HN";
    QTest::newRow("unknown item") << QStringList{"trend", "--item", "99.99", "--province", "TQ", "--from", "2022S1",
                                                 "--to", "2022S2", "--out", "x.png"} << "99.99";
    QTest::newRow("unknown agency") << QStringList{"trend", "--item", "7.6.4", "--agency", "999999", "--from", "2022S1",
                                                   "--to", "2022S2", "--out", "x.png"} << "999999";
    QTest::newRow("bad period") << QStringList{"trend", "--item", "7.6.4", "--province", "TQ", "--from", "2022X1",
                                               "--to", "2022S2", "--out", "x.png"} << "2022X1";
    QTest::newRow("periods of two kinds") << QStringList{"trend", "--item", "7.6.4", "--province", "TQ", "--from", "2022S1",
                                                         "--to", "2022Q4", "--out", "x.png"} << "2022Q4";
    QTest::newRow("no scope") << QStringList{"trend", "--item", "7.6.4", "--from", "2022S1", "--to", "2022S2", "--out",
                                             "x.png"} << "--province";
    QTest::newRow("bad width") << QStringList{"overview", "--out", "x.png", "--width", "wide"} << "wide";
    QTest::newRow("assessment without a year") << QStringList{"assessment", "--province", "TV", "--out", "x.png"} << "--year";
    QTest::newRow("assessment, unknown province")
        << QStringList{"assessment", "--province", "HN", "--year", "2022", "--out", "x.png"} << "HN";
}

void TestCliChart::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliRun run = chart(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.png")));
}

QTEST_GUILESS_MAIN(TestCliChart)
#include "tst_cli_chart.moc"
