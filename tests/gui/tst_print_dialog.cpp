// File › Print Appendix… as a user meets it: the dialog preselects what the current area shows,
// and Export writes the chosen table to the file the user names (read back with pdfinfo).
#include "OutputTools.h"
#include "print/PrintAppendixDialog.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

class TestPrintDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void preselectsThePlanOfThePlansArea();
    void preselectsTheSubmissionOfItsArea();
    void exportsTheChosenTable_data();
    void exportsTheChosenTable();
    void badPeriodIsReported();
    void selfAssessmentTablesFromTheDialog();
    void numberAndPlaceTypedArePrintedInTheHeader();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestPrintDialog::initTestCase()
{
    auto store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
}

void TestPrintDialog::preselectsThePlanOfThePlansArea()
{
    PrintAppendixDialog dialog(*m_store, QStringLiteral("plans"), QStringLiteral("BG-KH-UBND-2024-01-KSTTHC"));
    QCOMPARE(dialog.kind(), PrintAppendixDialog::Kind::Plan);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("document"))->currentData().toString(), QStringLiteral("BG-KH-UBND-2024-01-KSTTHC"));
    const auto table = dialog.table();
    QVERIFY(table);
    QVERIFY(table->identity.title.contains(QStringLiteral("KIỂM SOÁT THỦ TỤC HÀNH CHÍNH")));
}

void TestPrintDialog::preselectsTheSubmissionOfItsArea()
{
    PrintAppendixDialog dialog(*m_store, QStringLiteral("submissions"), qint64(1));
    QCOMPARE(dialog.kind(), PrintAppendixDialog::Kind::Form);
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("empty"))->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("document"))->isVisibleTo(&dialog));
}

void TestPrintDialog::exportsTheChosenTable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("tasks to pdf") << int(PrintAppendixDialog::Kind::Tasks) << "tasks.pdf";
    QTest::newRow("comparison to xlsx") << int(PrintAppendixDialog::Kind::Comparison) << "comparison.xlsx";
    QTest::newRow("progress to csv") << int(PrintAppendixDialog::Kind::Progress) << "progress.csv";
    QTest::newRow("form to odt") << int(PrintAppendixDialog::Kind::Form) << "form.odt";
}

void TestPrintDialog::exportsTheChosenTable()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    PrintAppendixDialog dialog(*m_store, QString(), QVariant());
    dialog.setKind(PrintAppendixDialog::Kind(kind));
    dialog.findChild<QLineEdit *>(QStringLiteral("period"))->setText(QStringLiteral("2024"));
    dialog.findChild<QLineEdit *>(QStringLiteral("signRole"))->setText(QStringLiteral("NGƯỜI LẬP BIỂU"));
    const QString path = m_dir.filePath(file);
    FileDialog::setNextPath(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    if (file.endsWith(QStringLiteral(".pdf")) && hasProgram(QStringLiteral("pdfinfo"))) {
        QVERIFY(pdfPageCount(path) > 1);
        QVERIFY(pdfPages(path).last().contains(QStringLiteral("NGƯỜI LẬP BIỂU"))); // the signature block
    }
}

void TestPrintDialog::badPeriodIsReported()
{
    PrintAppendixDialog dialog(*m_store, QString(), QVariant());
    dialog.setKind(PrintAppendixDialog::Kind::Progress);
    dialog.findChild<QLineEdit *>(QStringLiteral("period"))->setText(QStringLiteral("2024Q9"));
    // The table is refused before any file is asked for.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2024Q9")));
}

// The self-assessment kinds: with none in the store the table is refused with a message and no
// file is asked for; the ranking of a province and year is exported (the agencies not started too).
void TestPrintDialog::selfAssessmentTablesFromTheDialog()
{
    PrintAppendixDialog dialog(*m_store, QStringLiteral("assessment"), QVariant());
    dialog.setKind(PrintAppendixDialog::Kind::Assessment);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("assessment"))->count(), 0);
    // Refused before any file is asked for (no path is queued: a chooser shown would block).
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QVERIFY(!MessageBox::lastText().isEmpty());
    QVERIFY(!dialog.table());

    PrintAppendixDialog ranking(*m_store, QStringLiteral("assessment"),
                                QVariantMap{{QStringLiteral("table"), QStringLiteral("ranking")},
                                            {QStringLiteral("province"), QStringLiteral("TV")},
                                            {QStringLiteral("year"), 2024}});
    QCOMPARE(ranking.kind(), PrintAppendixDialog::Kind::Ranking);
    const QString path = m_dir.filePath(QStringLiteral("ranking.csv"));
    FileDialog::setNextPath(path);
    QTest::mouseClick(ranking.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(f.readAll().contains("Tr\xc3\xa0 Vinh"), "the agencies of Trà Vinh are listed");
}

// The official types the number and the place and date of the document being signed: the PDF
// prints them in the header (the date under the motto), and the signature block without them.
void TestPrintDialog::numberAndPlaceTypedArePrintedInTheHeader()
{
    if (!hasProgram(QStringLiteral("pdftotext")))
        QSKIP("pdftotext (poppler-utils) is not installed");
    PrintAppendixDialog dialog(*m_store, QStringLiteral("submissions"), qint64(1));
    dialog.findChild<QLineEdit *>(QStringLiteral("number"))->setText(QStringLiteral("12/BC-STTTT"));
    dialog.findChild<QLineEdit *>(QStringLiteral("placeAndDate"))->setText(QStringLiteral("Tuyên Quang, ngày 15 tháng 6 năm 2024"));
    dialog.findChild<QLineEdit *>(QStringLiteral("signRole"))->setText(QStringLiteral("GIÁM ĐỐC"));
    const QString path = m_dir.filePath(QStringLiteral("typed.pdf"));
    FileDialog::setNextPath(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    const QStringList pages = pdfPages(path);
    QVERIFY(pages.size() > 1);
    const QString first = pages.first().simplified();
    QVERIFY2(first.contains(QStringLiteral("12/BC-STTTT")), qPrintable(first.left(600)));
    QVERIFY2(first.contains(QStringLiteral("Tuyên Quang, ngày 15 tháng 6 năm 2024")), qPrintable(first.left(600)));
    QVERIFY(pages.last().contains(QStringLiteral("GIÁM ĐỐC")));
    QVERIFY(!pages.last().contains(QStringLiteral("ngày 15 tháng 6")));
}

QTEST_MAIN(TestPrintDialog)
#include "tst_print_dialog.moc"
