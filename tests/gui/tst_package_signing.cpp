// Signing in the real main window (offscreen): File › Export Submission Package offers to sign
// (the .p12 chosen, its password asked), and File › Import previews the signature: a certificate
// that no register knows is imported only once the official ticks that it is trusted.
#include "../core/ExchangeTestSupport.h"
#include "TestPki.h"

#include "exchange/ExchangeMenu.h"
#include "exchange/FolderImport.h"
#include "exchange/ImportDialog.h"
#include "exchange/PasswordDialog.h"
#include "exchange/SubmissionFile.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/StandardViews.h"
#include "store/CertificateRegister.h"
#include "store/PackagePolicy.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk;
using namespace pardesk::test;

class TestPackageSigning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("PARDESK_LANG", "en"); }

    void exportSignsAndImportAsksToTrust()
    {
        QTemporaryDir dir;
        TestPki pki(dir.filePath(QStringLiteral("pki")));
        QVERIFY2(pki.makeCertificate(QStringLiteral("stc"), QStringLiteral("/CN=Sở Tài chính (tự ký)")), qPrintable(pki.lastError()));
        const QString p12 = pki.pkcs12(QStringLiteral("stc"), QStringLiteral("bí mật"));
        QVERIFY(!p12.isEmpty());

        // The agency exports its open submission, signed.
        auto agencyStore = openStore(dir.filePath(QStringLiteral("agency.sqlite")));
        writeAll(dir.filePath(QStringLiteral("stc.csv")), "code,value,note\n1.1,3,\n");
        const FolderImportEntry entry = FolderImport::importFile(
            *agencyStore, dir.filePath(QStringLiteral("stc.csv")), SubmissionImport::Existing::Refuse,
            ExchangeIdentity{QStringLiteral("TQ-PL02-CCHC"), 0, QStringLiteral("TQ.STC"), QStringLiteral("2024Q1")});
        QVERIFY2(entry.submissionId > 0, qPrintable(entry.message));
        MainWindow agency(std::move(agencyStore));
        addStandardViews(agency);
        QVERIFY(agency.showView(QStringLiteral("submissions")));
        agency.view(QStringLiteral("submissions"))->restoreSelection(entry.submissionId);
        QTRY_COMPARE(agency.view(QStringLiteral("submissions"))->selection().toLongLong(), entry.submissionId);
        auto *exportPackage = agency.findChild<QAction *>(QStringLiteral("actionExportPackage"));
        QVERIFY(exportPackage);

        // A wrong password: said, and no file written.
        const QString package = dir.filePath(QStringLiteral("stc.pardesk"));
        FileDialog::setNextPath(package);
        FileDialog::setNextPath(p12);
        MessageBox::setNextAnswer(QMessageBox::Yes); // sign?
        MessageBox::setNextAnswer(QMessageBox::Ok);  // what went wrong
        PasswordDialog::setNextAnswer(QStringLiteral("sai"));
        exportPackage->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("the password is wrong")), qPrintable(MessageBox::lastText()));
        QVERIFY(!QFile::exists(package));

        FileDialog::setNextPath(package);
        FileDialog::setNextPath(p12);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        PasswordDialog::setNextAnswer(QStringLiteral("bí mật"));
        exportPackage->trigger();
        QVERIFY(QJsonDocument::fromJson(readAll(package)).object().contains(QStringLiteral("signature")));

        // The office previews it: the certificate is unknown, so Import waits for the trust box.
        MainWindow office(openStore(dir.filePath(QStringLiteral("office.sqlite"))));
        addStandardViews(office);
        office.show();
        QVERIFY(QTest::qWaitForWindowExposed(&office));
        auto source = SubmissionFile::read(office.database(), package, std::nullopt);
        QVERIFY2(source.ok(), qPrintable(source.error()));
        const auto preview = ImportPreview::build(office.database(), std::move(source).value());
        QVERIFY(preview.ok());
        {
            ImportDialog dialog(preview.value());
            auto *signature = dialog.findChild<QLabel *>(QStringLiteral("importSignature"));
            QVERIFY(signature);
            QVERIFY(signature->text().contains(preview->source().signature->signer->fingerprint));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("The package says it was submitted on")));
            QVERIFY(dialog.trustBox());
            QVERIFY(!dialog.importButton()->isEnabled());
            dialog.trustBox()->click();
            QVERIFY(dialog.importButton()->isEnabled());
        }
        const QByteArray before = storeDigest(office.database().database().connection());
        auto *import = office.findChild<QAction *>(QStringLiteral("actionImport"));
        FileDialog::setNextPath(package);
        ImportDialog::setNextAnswer(true, false); // Import cannot be pressed without the box ticked
        import->trigger();
        QCOMPARE(storeDigest(office.database().database().connection()), before);

        FileDialog::setNextPath(package);
        ImportDialog::setNextAnswer(true, true);
        import->trigger();
        QCOMPARE(office.currentView()->viewKey(), QStringLiteral("submissions"));
        const auto registered = CertificateRegister(office.database().database().connection()).all();
        QVERIFY(registered.ok());
        QCOMPARE(registered->size(), 1);
        QCOMPARE(registered->first().agencyKey, QStringLiteral("TQ.STC"));
        QCOMPARE(registered->first().how, QStringLiteral("first_use"));

        // File › Refuse Unsigned Packages is the store's rule, which pardesk-cli follows too.
        auto *refuse = office.findChild<QAction *>(QStringLiteral("actionRefuseUnsigned"));
        QVERIFY(refuse && !refuse->isChecked());
        refuse->trigger();
        QVERIFY(refuse->isChecked());
        QCOMPARE(PackagePolicy::unsignedPackages(office.database().database().connection()), PackagePolicy::Unsigned::Refuse);
    }
};

QTEST_MAIN(TestPackageSigning)
#include "tst_package_signing.moc"
