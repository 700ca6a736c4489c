// pardesk-cli print as a user runs it: the real executable on a real store, its files read back
// with pdfinfo and pdftotext; bad usage exits 2 and leaves no file behind.
#include "OutputTools.h"
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pardesk::test;

class TestCliPrint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void eachTable_data();
    void eachTable();
    void periodsPrintByName();
    void headerBlockFollowsDecree30();
    void numberAndDateFromTheCommandLine();
    void everyFormat_data();
    void everyFormat();
    void badUsage_data();
    void badUsage();
    void failureKeepsAnExistingFile();

private:
    CliRun print(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    QString m_db;
};

CliRun TestCliPrint::print(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("print")} + arguments);
}

void TestCliPrint::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    m_db = storeLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
}

void TestCliPrint::eachTable_data()
{
    QTest::addColumn<QStringList>("choice");
    QTest::addColumn<QString>("table");
    QTest::newRow("plan") << QStringList{"--plan", "TQ-KH-UBND-2024-07-DVCTT"} << "plan";
    QTest::newRow("plan by number") << QStringList{"--plan", "268/KH-UBND"} << "plan";
    QTest::newRow("tasks") << QStringList{"--tasks", "BG-KH-UBND-2024-01-KSTTHC"} << "tasks";
    QTest::newRow("submission") << QStringList{"--submission", "1"} << "submission";
    QTest::newRow("submission empty") << QStringList{"--submission", "1", "--empty"} << "submission";
    QTest::newRow("progress") << QStringList{"--progress", "--province", "BG", "--period", "2024"} << "progress";
    QTest::newRow("comparison") << QStringList{"--comparison"} << "comparison";
}

void TestCliPrint::eachTable()
{
    QFETCH(QStringList, choice);
    QFETCH(QString, table);
    const QString out = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + QStringLiteral(".pdf"));
    const CliRun run = print(choice + QStringList{"--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value("table").toString(), table);
    QCOMPARE(json.value("format").toString(), QStringLiteral("pdf"));
    if (hasProgram(QStringLiteral("pdfinfo"))) {
        QCOMPARE(pdfPageCount(out), json.value("pages").toInt());
        QVERIFY(pdfPages(out).first().simplified().contains(json.value("title").toString().simplified()));
    }
}

// A signed document names its period ("Quý I năm 2024"), never the store's key ("2024Q1").
void TestCliPrint::periodsPrintByName()
{
    if (!hasProgram(QStringLiteral("pdftotext")))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString out = m_dir.filePath(QStringLiteral("progress-q1.pdf"));
    const CliRun run = print({"--progress", "--province", "TQ", "--period", "2024Q1", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfPages(out).join(u'\n').simplified();
    QVERIFY2(text.contains(QStringLiteral("QUÝ I NĂM 2024")), qPrintable(text.left(600))); // the title, in capitals
    QVERIFY2(text.contains(QStringLiteral("quý I năm 2024")), qPrintable(text.left(600))); // the attachment line
    QVERIFY2(!text.contains(QStringLiteral("2024Q1")), qPrintable(text.left(600)));
}

// Nghị định 30's header block as the PDF shows it (pdftotext -bbox, positions in points): on the
// left the parent body over the agency and the "Số:" line; on the right, under the motto, the
// place and date, above the table; "TRUYỀN THÔNG" on one line. Seed 002's Phụ lục 02 is printed
// portrait, where the agency's name takes two lines.
void TestCliPrint::headerBlockFollowsDecree30()
{
    if (!hasProgram(QStringLiteral("pdftotext")))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString out = m_dir.filePath(QStringLiteral("header.pdf"));
    const CliRun run = print({"--submission", "1", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfPages(out).first();
    QVERIFY2(text.contains(QStringLiteral("UBND TỈNH TUYÊN QUANG")), qPrintable(text.left(800)));
    QVERIFY2(text.contains(QStringLiteral("Số: …/BC-STTTT")), qPrintable(text.left(800))); // the report has no number yet

    const PdfPage page = pdfWordBoxes(out, 1);
    QVERIFY(!page.words.isEmpty());
    const double middle = page.size.width() / 2;
    const auto box = [&page](qsizetype i) { return i >= 0 ? page.words[i].box : QRectF(); };
    const qsizetype parent = page.findPhrase(QStringLiteral("UBND TỈNH TUYÊN QUANG"));
    const qsizetype agency = page.findPhrase(QStringLiteral("SỞ THÔNG TIN"));
    const qsizetype number = page.find(QStringLiteral("Số:"));
    QVERIFY(parent >= 0 && agency >= 0 && number >= 0);
    // The left column, top to bottom: parent body, agency, number.
    QVERIFY(box(parent).right() < middle && box(agency).right() < middle && box(number).right() < middle);
    QVERIFY(box(parent).bottom() <= box(agency).top() + 0.5);
    QVERIFY(box(agency).bottom() <= box(number).top() + 0.5);
    // "TRUYỀN THÔNG" on one line: a "THÔNG" right after "TRUYỀN", at the same height.
    const qsizetype truyen = page.find(QStringLiteral("TRUYỀN"));
    QVERIFY(truyen >= 0);
    QVERIFY2(std::any_of(page.words.cbegin(), page.words.cend(), [&](const PdfWord &w) {
                 return w.text == u"THÔNG" && std::abs(w.box.top() - box(truyen).top()) < 1 && w.box.left() > box(truyen).right()
                        && w.box.left() - box(truyen).right() < 12;
             }),
             "TRUYỀN / THÔNG split across lines");

    // The right column: national name, motto, then the place and date in it, under the motto.
    const qsizetype nation = page.findPhrase(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    const qsizetype motto = page.find(QStringLiteral("phúc"));
    const qsizetype date = page.findPhrase(QStringLiteral("Tuyên Quang, ngày 14 tháng 6 năm 2022"));
    QVERIFY2(nation >= 0 && motto >= 0 && date >= 0, qPrintable(text.left(800)));
    const QRectF dateLine = box(date).united(box(date + 7));
    QVERIFY2(dateLine.left() > middle, qPrintable(QStringLiteral("the date line starts at %1, the page's middle is %2").arg(dateLine.left()).arg(middle)));
    QVERIFY(dateLine.top() >= box(motto).bottom() - 0.5);
    QVERIFY(dateLine.top() > box(nation).bottom());
    QVERIFY2(dateLine.top() - box(motto).bottom() < 30, "the date line belongs right under the motto");
    // Centred under the motto: their middles within a few points.
    const QRectF mottoLine = box(page.find(QStringLiteral("Độc"))).united(box(motto));
    QVERIFY2(std::abs(dateLine.center().x() - mottoLine.center().x()) < 6,
             qPrintable(QStringLiteral("date line %1, motto %2").arg(dateLine.center().x()).arg(mottoLine.center().x())));
    // On the line of the "Số:" line, as the decree's model draws them.
    QVERIFY2(std::abs(dateLine.top() - box(number).top()) < 2,
             qPrintable(QStringLiteral("date line at %1, number at %2").arg(dateLine.top()).arg(box(number).top())));
    // Above the title and the table.
    const qsizetype header = page.find(QStringLiteral("STT"));
    const qsizetype title = page.find(QStringLiteral("lục"));
    QVERIFY(header >= 0 && title >= 0);
    QVERIFY(dateLine.bottom() < box(title).top());
    QVERIFY(dateLine.bottom() < box(header).top());
}

// The number and date the official gives are printed; a date that is not one is refused.
void TestCliPrint::numberAndDateFromTheCommandLine()
{
    if (!hasProgram(QStringLiteral("pdftotext")))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString out = m_dir.filePath(QStringLiteral("numbered.pdf"));
    const CliRun run = print({"--submission", "1", "--number", "12/BC-STTTT", "--date", "2024-06-05", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfPages(out).first().simplified();
    QVERIFY2(text.contains(QStringLiteral("Số: 12/BC-STTTT")), qPrintable(text.left(800)));
    QVERIFY2(text.contains(QStringLiteral("Tuyên Quang, ngày 05 tháng 6 năm 2024")), qPrintable(text.left(800)));
    const CliRun bad = print({"--submission", "1", "--date", "5/6/2024", "--out", m_dir.filePath(QStringLiteral("bad.pdf"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(QString::fromUtf8(bad.err).contains(QStringLiteral("5/6/2024")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
}

void TestCliPrint::everyFormat_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << "pdf" << QByteArray("%PDF");
    QTest::newRow("odt") << "odt" << QByteArray("PK");
    QTest::newRow("xlsx") << "xlsx" << QByteArray("PK");
    QTest::newRow("csv") << "csv" << QByteArray("\xEF\xBB\xBF");
}

void TestCliPrint::everyFormat()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    const QString out = m_dir.filePath(QStringLiteral("form.") + suffix.toUpper()); // suffixes in any case
    const CliRun run = print({"--submission", "1", "--findings", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(magic.size()) == magic);
    // Nothing but the file itself is left in the folder (no temporary file).
    const QStringList hidden = QDir(m_dir.path()).entryList({QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u',')));
}

void TestCliPrint::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown plan") << QStringList{"--plan", "999/KH-UBND"} << "999/KH-UBND";
    QTest::newRow("ambiguous plan") << QStringList{"--plan", "/KH-UBND"} << "TQ-KH-UBND-2024-07-DVCTT";
    QTest::newRow("unknown tasks plan") << QStringList{"--tasks", "nope"} << "nope";
    QTest::newRow("unknown submission") << QStringList{"--submission", "4242"} << "4242";
    QTest::newRow("submission not a number") << QStringList{"--submission", "abc"} << "abc";
    QTest::newRow("unknown province") << QStringList{"--progress", "--province", "HN", "--period", "2024"} << "HN";
    QTest::newRow("bad period") << QStringList{"--progress", "--province", "TQ", "--period", "2024Q9"} << "2024Q9";
    QTest::newRow("progress without period") << QStringList{"--progress", "--province", "TQ"} << "--period";
    QTest::newRow("two tables") << QStringList{"--plan", "268/KH-UBND", "--comparison"} << "--comparison";
    QTest::newRow("no table") << QStringList{} << "--plan";
    QTest::newRow("empty without submission") << QStringList{"--comparison", "--empty"} << "--empty";
}

void TestCliPrint::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    const CliRun run = print(arguments + QStringList{"--out", out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestCliPrint::failureKeepsAnExistingFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("keep.xlsx"));
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier file");
    }
    const QByteArray before = fileDigest(out);
    QCOMPARE(print({"--plan", "999/KH-UBND", "--out", out}).exitCode, 2);
    QCOMPARE(fileDigest(out), before);
    // A suffix that is not one of ours, a folder that does not exist.
    const CliRun suffix = print({"--comparison", "--out", dir.filePath(QStringLiteral("x.docx"))});
    QCOMPARE(suffix.exitCode, 2);
    QVERIFY(QString::fromUtf8(suffix.err).contains(QStringLiteral("x.docx")));
    QCOMPARE(print({"--comparison", "--out", dir.filePath(QStringLiteral("missing/x.pdf"))}).exitCode, 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot), QStringList{"keep.xlsx"});
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
