// The consolidating office's area and the import preview in the real main window (offscreen):
// statuses, rates, totals with drill-down, opening a submission, the reminder, the CSV export, and
// File › Import of a package with its preview answered Import, then Cancel for a replacement.
#include "../core/ExchangeTestSupport.h"
#include "ViewTestSupport.h"

#include "exchange/ConsolidationView.h"
#include "exchange/FolderImport.h"
#include "exchange/ImportDialog.h"
#include "exchange/SubmissionFile.h"
#include "exchange/SubmissionPackage.h"
#include "shell/FileDialog.h"
#include "shell/SavedFileNotice.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/StandardViews.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QRegularExpression>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace pardesk;
using namespace pardesk::test;

namespace {

void importCsv(Store &db, const QString &dir, const QString &agency, const QByteArray &csv)
{
    const QString path = dir + QStringLiteral("/%1.csv").arg(agency);
    writeAll(path, csv);
    const FolderImportEntry e = FolderImport::importFile(db, path, SubmissionImport::Existing::Refuse,
                                                         ExchangeIdentity{QStringLiteral("TQ-PL02-CCHC"), 0, agency, QStringLiteral("2024Q1")});
    if (e.outcome != FolderImportEntry::Outcome::Imported)
        qFatal("%s", qPrintable(e.message));
}

} // namespace

class TestConsolidationView : public QObject {
    Q_OBJECT
private slots:
    void showsWhoHasReportedAndTheTotals()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        importCsv(*db, dir.path(), QStringLiteral("TQ.STC"), "code,value,note\n1.1,3,\n1.2.1,10,\n1.2.2,9,\n");
        importCsv(*db, dir.path(), QStringLiteral("TQ.STP"), "code,value,note\n1.1,4,\n1.2.1,5,\n1.2.2,5,\n");
        MainWindow window(std::move(db));
        addStandardViews(window);
        auto *view = qobject_cast<ConsolidationView *>(window.view(QStringLiteral("consolidation")));
        QVERIFY(view);
        view->restoreSelection(QStringLiteral("TQ-PL02-CCHC|2024Q1"));
        QVERIFY(window.showView(QStringLiteral("consolidation")));
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(view->consolidation().has_value());
        QCOMPARE(view->periodBox()->currentData().toString(), QStringLiteral("2024Q1"));

        const Consolidation &c = *view->consolidation();
        QCOMPARE(view->statusTable()->rowCount(), c.statuses().size());
        QVERIFY(view->ratesLabel()->text().contains(QStringLiteral("2 of %1").arg(c.statuses().size())));
        int stcRow = -1;
        for (int r = 0; r < view->statusTable()->rowCount(); ++r)
            if (c.statuses()[r].key == u"TQ.STC")
                stcRow = r;
        QVERIFY(stcRow >= 0);
        QCOMPARE(view->statusTable()->item(stcRow, 2)->text(), Consolidation::receivedLabel(c.statuses()[stcRow]));
        // Its arrival as Vietnamese documents write a time (not "3 Dec 2026 08:14:06"), whatever the locale.
        static const QRegularExpression vietnameseTime(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"));
        QVERIFY2(vietnameseTime.match(view->statusTable()->item(stcRow, 3)->text()).hasMatch(),
                 qPrintable(view->statusTable()->item(stcRow, 3)->text()));
        // The agencies as a Vietnamese reader looks them up: "Cục …", "Đài …", "Sở …", "Văn phòng …".
        const QStringList expected{QStringLiteral("Cục Thuế tỉnh"), QStringLiteral("Đài Phát thanh và Truyền hình tỉnh"),
                                   QStringLiteral("Sở Tư pháp"), QStringLiteral("Văn phòng UBND tỉnh")};
        QStringList listed;
        for (int r = 0; r < view->statusTable()->rowCount(); ++r)
            if (expected.contains(view->statusTable()->item(r, 0)->text()))
                listed << view->statusTable()->item(r, 0)->text();
        QCOMPARE(listed, expected);

        // 1.1: 3 + 4; expanding the departments shows each agency's value.
        QTreeWidgetItem *total = view->totalsTree()->findItems(QStringLiteral("1.1"), Qt::MatchExactly, 0).value(0);
        QVERIFY(total);
        QCOMPARE(total->text(1), QStringLiteral("7"));
        QTreeWidgetItem *departments = total->child(0);
        QCOMPARE(departments->text(3), Consolidation::levelLabel(QStringLiteral("department")));
        view->totalsTree()->expandItem(total);
        view->totalsTree()->expandItem(departments);
        QCOMPARE(departments->childCount(), c.statuses().size());
        QStringList values;
        for (int i = 0; i < departments->childCount(); ++i)
            if (departments->child(i)->text(1) != u"–")
                values << departments->child(i)->text(3) + u'=' + departments->child(i)->text(1);
        QCOMPARE(values.size(), 2);
        QVERIFY(values.contains(c.statuses()[stcRow].name + QStringLiteral("=3")));

        // The reminder names those not received, and copies as it reads.
        QVERIFY(!view->reminder()->toPlainText().isEmpty());
        view->findChild<QPushButton *>(QStringLiteral("copyReminder"))->click();
        QCOMPARE(QApplication::clipboard()->text(), view->reminder()->toPlainText());

        // The consolidated form as CSV.
        const QString csv = dir.filePath(QStringLiteral("total.csv"));
        FileDialog::setNextPath(csv);
        view->findChild<QPushButton *>(QStringLiteral("exportConsolidated"))->click();
        QVERIFY(readAll(csv).contains("\n1.1,"));
        QCOMPARE(FileDialog::lastSuggested(), QStringLiteral("TQ-PL02-CCHC-2024Q1.csv")); // named for its form and period
        QCOMPARE(SavedFileNotice::lastPath(), csv); // and the official is told where it went

        // A template for every agency whose report has not arrived, each named after its agency.
        const QString folder = dir.filePath(QStringLiteral("templates"));
        QVERIFY(QDir().mkpath(folder));
        FileDialog::setNextPath(folder);
        view->findChild<QPushButton *>(QStringLiteral("templatesForMissingAgencies"))->click();
        const QStringList templates = QDir(folder).entryList({QStringLiteral("*.xlsx")}, QDir::Files);
        int missing = 0;
        for (const AgencyStatus &s : c.statuses())
            if (s.received == AgencyStatus::Received::NotReceived) {
                ++missing;
                QVERIFY2(std::any_of(templates.cbegin(), templates.cend(), [&](const QString &f) { return f.startsWith(s.name); }),
                         qPrintable(s.name));
            }
        QCOMPARE(templates.size(), missing);
        QCOMPARE(SavedFileNotice::lastPath(), folder);

        if (!qEnvironmentVariableIsEmpty("PARDESK_SCREENSHOT_DIR"))
            QVERIFY(window.grab().save(qEnvironmentVariable("PARDESK_SCREENSHOT_DIR") + QStringLiteral("/consolidation.png")));

        // A double click opens the submission in its area.
        emit view->statusTable()->cellDoubleClicked(stcRow, 0);
        QCOMPARE(window.currentView()->viewKey(), QStringLiteral("submissions"));
        QCOMPARE(window.currentView()->selection().toLongLong(), *c.statuses()[stcRow].submissionId);
    }

    void fileImportPreviewsThenWrites()
    {
        QTemporaryDir dir;
        // The agency's store makes a package…
        auto agency = openStore(dir.filePath(QStringLiteral("agency.sqlite")));
        importCsv(*agency, dir.path(), QStringLiteral("TQ.STC"), "code,value,note\n1.1,3,Theo sổ\n1.2.1,10,\n1.2.2,9,\n");
        const QString package = dir.filePath(QStringLiteral("stc.pardesk"));
        QVERIFY(SubmissionPackage::write(*agency, 3, package).ok());

        // …which the office imports through File › Import.
        MainWindow window(openStore(dir.filePath(QStringLiteral("office.sqlite"))));
        addStandardViews(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
        QVERIFY(import);
        FileDialog::setNextPath(package);
        ImportDialog::setNextAnswer(true);
        import->trigger();
        QCOMPARE(window.currentView()->viewKey(), QStringLiteral("submissions"));
        const qint64 id = window.currentView()->selection().toLongLong();
        QVERIFY(id > 0);

        // Again: the preview offers to replace; cancelled, nothing changes.
        const QByteArray before = storeDigest(window.database().database().connection());
        // A corrected CSV for the same submission: the preview shows what changes and what is ignored.
        const QString corrected = dir.filePath(QStringLiteral("corrected.csv"));
        writeAll(corrected, "code,value,note\n1.1,5,Bổ sung 2 văn bản\n1.2,90,\n1.2.1,10,\n1.2.2,11,\n");
        auto source = SubmissionFile::read(window.database(), corrected,
                                           ExchangeIdentity{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STC"), QStringLiteral("2024Q1")});
        QVERIFY(source.ok());
        const auto preview = ImportPreview::build(window.database(), std::move(source).value());
        QVERIFY(preview.ok());
        ImportDialog dialog(preview.value());
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Replace"));
        QCOMPARE(dialog.tabs()->count(), 4); // recognised, ignored, changes, validation
        QCOMPARE(preview->ignored().size(), 1);    // 1.2 is computed
        QVERIFY(preview->changes().size() >= 3);   // 1.1's value and note, 1.2.2
        QVERIFY(preview->errorCount() >= 1);       // 11 done of 10 planned
        dialog.tabs()->setCurrentIndex(2);
        if (!qEnvironmentVariableIsEmpty("PARDESK_SCREENSHOT_DIR")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(qEnvironmentVariable("PARDESK_SCREENSHOT_DIR") + QStringLiteral("/import-preview.png")));
            dialog.hide();
        }
        FileDialog::setNextPath(package);
        ImportDialog::setNextAnswer(false);
        import->trigger();
        QCOMPARE(storeDigest(window.database().database().connection()), before);
    }
};

QTEST_MAIN(TestConsolidationView)
#include "tst_consolidation_view.moc"
