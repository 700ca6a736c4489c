// The submission exchange file: what it accepts (BOM, quotes, any column order, either number
// convention) and how it refuses a bad file (naming the file, the row and the code).
#include "io/SubmissionCsv.h"
#include "store/Database.h"
#include "store/Forms.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;

using Expected = QHash<QString, std::optional<double>>;
Q_DECLARE_METATYPE(Expected)

class TestSubmissionCsv : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<FormDefinition> m_form;
    int m_files = 0;
};

void TestSubmissionCsv::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("csv.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db).value();
    auto form = Forms(m_db->connection()).definition(QStringLiteral("TQ-PL08-CQDT"));
    QVERIFY2(form, qPrintable(form.error()));
    m_form = std::move(form).value();
}

QString TestSubmissionCsv::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("submission %1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestSubmissionCsv::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<QStringList>("percentSigns"); // the codes whose value was written with '%'

    QTest::newRow("plain") << QByteArray("code,value\n5.3,45%\n5.3.1,1.272\n5.3.2,578\n")
                           << Expected{{"5.3", 45.0}, {"5.3.1", 1272.0}, {"5.3.2", 578.0}} << QStringList{"5.3"};
    QTest::newRow("BOM, CRLF, no final line break")
        << QByteArray("\xEF\xBB\xBF" "code,value\r\n5.4.1,65.454\r\n5.4.2,15.444")
        << Expected{{"5.4.1", 65454.0}, {"5.4.2", 15444.0}} << QStringList{};
    QTest::newRow("columns in any order, with a note")
        << QByteArray("note,Value,CODE\nfrom the portal,228,5.1.1\n,228,5.1.2\n")
        << Expected{{"5.1.1", 228.0}, {"5.1.2", 228.0}} << QStringList{};
    QTest::newRow("quoted decimal comma and a note over two lines")
        << QByteArray("code,value,note\n4.1.1,\"99,5\",\"sở, ngành \"\"đã kết nối\"\"\nđến 14/6\"\n4.1.2,\"100 %\",\n")
        << Expected{{"4.1.1", 99.5}, {"4.1.2", 100.0}} << QStringList{"4.1.2"};
    QTest::newRow("C convention when the Vietnamese one cannot read it")
        << QByteArray("code,value\n5.4.1,\"1,234,567\"\n4.1.1,12.5\n")
        << Expected{{"5.4.1", 1234567.0}, {"4.1.1", 12.5}} << QStringList{};
    // A count is whole: "65,454" there can only be the C convention's 65454, while in a percentage
    // "45,4" stays the Vietnamese 45,4, and a count written "2,5" stays 2,5 (for validation to flag).
    QTest::newRow("C thousands in a count") << QByteArray("code,value\n5.4.1,\"65,454\"\n5.4,\"23,6\"\n5.4.2,\"2,5\"\n")
                                            << Expected{{"5.4.1", 65454.0}, {"5.4", 23.6}, {"5.4.2", 2.5}} << QStringList{};
    QTest::newRow("semicolons between columns") << QByteArray("code;value\n4.1.1;99,5\n5.1.1;1.044\n")
                                                << Expected{{"4.1.1", 99.5}, {"5.1.1", 1044.0}} << QStringList{};
    QTest::newRow("empty and '-' are no data") << QByteArray("code,value\n5.1.1,\n5.1.2,-\n5.1.3,0\n")
                                               << Expected{{"5.1.1", std::nullopt}, {"5.1.2", std::nullopt}, {"5.1.3", 0.0}}
                                               << QStringList{};
    QTest::newRow("a code written with its trailing dot") << QByteArray("code,value\n5.3.,45\n")
                                                          << Expected{{"5.3", 45.0}} << QStringList{};
    // Issue 16: a file with old Mac line ends (a carriage return alone) is read line by line.
    QTest::newRow("CR-only line ends") << QByteArray("code,value,note\r5.1.1,228,\r5.1.2,12,\r")
                                       << Expected{{"5.1.1", 228.0}, {"5.1.2", 12.0}} << QStringList{};
    QTest::newRow("blank lines and extra columns are ignored")
        << QByteArray("code,label,value\n\n5.3.1,Tổng số TTHC,1.272\n,,\n\n") << Expected{{"5.3.1", 1272.0}} << QStringList{};
}

void TestSubmissionCsv::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Expected, expected);
    QFETCH(QStringList, percentSigns);
    const auto csv = SubmissionCsv::read(write(bytes), *m_form);
    QVERIFY2(csv, qPrintable(csv.error()));
    for (int i = 0; i < m_form->items().size(); ++i) {
        const QString &code = m_form->item(i).code;
        const EnteredValue &e = csv->entered()[i];
        QCOMPARE(e.value, expected.value(code)); // codes not in the file are missing
        QCOMPARE(e.percentSign, percentSigns.contains(code));
    }
}

void TestSubmissionCsv::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("mentioned"); // besides the file's path

    QTest::newRow("no code column") << QByteArray("item,value\n5.3,45\n") << QStringList{"row 1", "code"};
    QTest::newRow("no value column") << QByteArray("code,number\n5.3,45\n") << QStringList{"row 1", "value"};
    QTest::newRow("unknown code") << QByteArray("code,value\n5.3,45\n9.9.9,1\n") << QStringList{"row 3", "9.9.9", "TQ-PL08-CQDT"};
    QTest::newRow("empty code") << QByteArray("code,value\n,45\n") << QStringList{"row 2"};
    QTest::newRow("not a number") << QByteArray("code,value\n5.3.1,mười hai\n") << QStringList{"row 2", "5.3.1", "mười hai"};
    QTest::newRow("two decimal marks") << QByteArray("code,value\n5.3.1,\"1,2,3.4.5\"\n") << QStringList{"row 2", "5.3.1", "1,2,3.4.5"};
    QTest::newRow("duplicated code") << QByteArray("code,value\n5.3.1,1\n5.3.2,1\n5.3.1,2\n")
                                     << QStringList{"row 4", "5.3.1", "row 2"};
    QTest::newRow("not UTF-8") << QByteArray("code,value\n5.3.1,1\nT\xf4ng,2\n") << QStringList{"UTF-8"};
    QTest::newRow("quote left open") << QByteArray("code,value\n5.3.1,\"1\n") << QStringList{"quoted"};
    QTest::newRow("empty file") << QByteArray() << QStringList{"empty"};
}

void TestSubmissionCsv::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, mentioned);
    const QString path = write(bytes);
    const auto csv = SubmissionCsv::read(path, *m_form);
    QVERIFY(!csv);
    QVERIFY2(csv.error().contains(path), qPrintable(csv.error()));
    for (const QString &text : mentioned)
        QVERIFY2(csv.error().contains(text), qPrintable(csv.error()));
}

QTEST_GUILESS_MAIN(TestSubmissionCsv)
#include "tst_submission_csv.moc"
