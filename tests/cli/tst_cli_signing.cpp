// Signed packages as offices use them: certificates made by the openssl command, packages signed by
// the real pardesk-cli of an agency's store and imported by the real pardesk-cli of the receiving
// office's store, which keeps the register of certificates (files; the test cluster in
// tst_cli_signing_on_server).
#include "OutputTools.h"
#include "PgTestServer.h"
#include "TestPki.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pardesk::test;

namespace {

const char *const kForm = "TQ-PL02-CCHC";
const QString kPassword = QStringLiteral("mật khẩu 123");

QJsonObject object(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The first file's entry of an import's JSON.
QJsonObject imported(const CliRun &run)
{
    return object(run).value("files").toArray().first().toObject();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QByteArray compact(const QJsonObject &content)
{
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

// Writes `package` with its digest made right again: what anyone can do to a package.
void writeResealed(QJsonObject package, const QString &path)
{
    package.insert("sha256", QString::fromLatin1(QCryptographicHash::hash(compact(package.value("content").toObject()),
                                                                           QCryptographicHash::Sha256).toHex()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(package).toJson());
}

} // namespace

class TestCliSigning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void signedUnderTheProvincesAuthority();
    void tamperedAfterSigningIsRefused();
    void certificateOfAnotherAgencyIsRefused();
    void expiredCertificateIsRefused();
    void unknownCertificateNeedsTrust();
    void unsignedUnderBothSettings();
    void backDatedClaimIsJudgedByReceivedTime();
    void registerRefusesBadInput();
    void passwordComesFromTheEnvironment();

private:
    CliRun on(const QString &db, const QStringList &args) { return runCli(QStringList{"--db", db} + args); }
    QString office(const QString &name, bool withAuthority);
    QString exportPackage(const QString &name, const QString &p12 = {});
    QString state(const QString &db); // what an import may change, as the CLI shows it
    QStringList auditActions(const QString &db, const QString &entity);

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    QString m_agencyStore;
    QString m_submission;
};

void TestCliSigning::initTestCase()
{
    PARDESK_REQUIRE_ENGINE();
    qputenv("PARDESK_LANG", "en");
    qputenv("PARDESK_P12_PASSWORD", kPassword.toUtf8());
    QVERIFY2(hasProgram("openssl"), "the tests need the openssl command (scripts/setup.sh --for-tests)");
    m_pki = std::make_unique<TestPki>(m_dir.filePath("pki"));
    TestPki &pki = *m_pki;
    QVERIFY2(pki.makeAuthority("ca", "/CN=CA tỉnh Tuyên Quang (thử nghiệm)/O=ParDesk tests"), qPrintable(pki.lastError()));
    // Named by the agency's key (UID), by its name (CN), another agency's, expired, self-signed.
    QVERIFY2(pki.makeCertificate("stc", "/CN=Nguyễn Văn A - Sở Tài chính/UID=TQ.STC", "ca"), qPrintable(pki.lastError()));
    QVERIFY2(pki.makeCertificate("stc_by_name", "/CN=Sở Tài chính/O=UBND tỉnh Tuyên Quang", "ca"), qPrintable(pki.lastError()));
    QVERIFY2(pki.makeCertificate("stp", "/CN=Sở Tư pháp/UID=TQ.STP", "ca"), qPrintable(pki.lastError()));
    QVERIFY2(pki.makeCertificate("stc_expired", "/CN=Sở Tài chính (2020)/UID=TQ.STC", "ca", "20200101000000Z", "20210101000000Z"),
             qPrintable(pki.lastError()));
    QVERIFY2(pki.makeCertificate("stc_self", "/CN=Sở Tài chính (tự ký)"), qPrintable(pki.lastError()));
    QVERIFY2(pki.makeCertificate("stp_self", "/CN=Sở Tư pháp (tự ký)"), qPrintable(pki.lastError()));

    // The agency's own store: Sở Tài chính's report for 2024Q1, entered from a CSV.
    m_agencyStore = storeLocation(m_dir.filePath("agency.sqlite"));
    const QString csv = m_dir.filePath("stc.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,value,note\n1.1,6,Theo sổ\n");
    file.close();
    const CliRun run = on(m_agencyStore, {"import", csv, "--form", kForm, "--agency", "TQ.STC", "--period", "2024Q1"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_submission = QString::number(imported(run).value("submission").toInt());
}

QString TestCliSigning::office(const QString &name, bool withAuthority)
{
    const QString db = storeLocation(m_dir.filePath(name + ".sqlite"));
    if (withAuthority) {
        const CliRun run = on(db, {"certificates", "add-ca", m_pki->certificate("ca"), "--province", "TQ"});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
    }
    return db;
}

QString TestCliSigning::exportPackage(const QString &name, const QString &p12)
{
    const QString path = m_dir.filePath(name + ".pardesk");
    QStringList args = {"export-package", "--submission", m_submission, "--out", path};
    if (!p12.isEmpty())
        args += {"--sign-p12", m_pki->pkcs12(p12, kPassword)};
    const CliRun run = on(m_agencyStore, args);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return path;
}

QString TestCliSigning::state(const QString &db)
{
    return QString::fromUtf8(on(db, {"submissions"}).out + on(db, {"certificates", "list"}).out);
}

QStringList TestCliSigning::auditActions(const QString &db, const QString &entity)
{
    QString error;
    const QList<QVariantList> rows =
        storeRows(db, QStringLiteral("SELECT action, new_value FROM audit_log WHERE entity = '%1' ORDER BY id").arg(entity), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    QStringList actions;
    for (const QVariantList &row : rows)
        actions.append(row[0].toString() + u' ' + row[1].toString());
    return actions;
}

void TestCliSigning::signedUnderTheProvincesAuthority()
{
    const QString db = office("authority", true);
    for (const QString &cert : {QStringLiteral("stc"), QStringLiteral("stc_by_name")}) {
        const QString package = exportPackage(cert, cert);
        QVERIFY(readJson(package).contains("signature"));
        const CliRun run = on(db, {"import", package, "--replace"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject signature = imported(run).value("signature").toObject();
        QCOMPARE(signature.value("state").toString(), QStringLiteral("trusted"));
        QCOMPARE(signature.value("trusted_by").toString(), QStringLiteral("authority"));
        QVERIFY(signature.value("authority").toString().contains("CA tỉnh Tuyên Quang"));
        // Received when it was signed (the signature's own time), the claim beside it.
        QCOMPARE(imported(run).value("received_at").toString().left(19), signature.value("signed_at").toString().left(19));
        QVERIFY(imported(run).contains("claimed_submitted_at"));
    }
    const QStringList audit = auditActions(db, "submission");
    QCOMPARE(audit.size(), 2);
    QVERIFY2(audit[0].startsWith("import ") && audit[0].contains("\"trusted_by\":\"authority\""), qPrintable(audit[0]));
    QVERIFY(audit[1].startsWith("import_replace "));
}

void TestCliSigning::tamperedAfterSigningIsRefused()
{
    const QString db = office("tampered", true);
    const QString before = state(db);
    QJsonObject package = readJson(exportPackage("to-tamper", "stc"));
    QJsonObject content = package.value("content").toObject();
    QJsonArray values = content.value("values").toArray();
    QJsonObject first = values[0].toObject();
    QCOMPARE(first.value("code").toString(), QStringLiteral("1.1"));
    first.insert("raw", "60");
    first.insert("value", 60);
    values[0] = first;
    content.insert("values", values);
    package.insert("content", content);
    const QString tampered = m_dir.filePath("tampered.pardesk");
    writeResealed(package, tampered);

    const CliRun run = on(db, {"import", tampered});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("does not match the package's content"), run.err.constData());
    QVERIFY(run.err.contains("tampered.pardesk"));
    QCOMPARE(state(db), before);

    // A signature copied from another package does not fit this one either; a damaged one is refused.
    QJsonObject unsignedPackage = readJson(exportPackage("unsigned-copy"));
    unsignedPackage.insert("signature", package.value("signature"));
    unsignedPackage.insert("content", content);
    writeResealed(unsignedPackage, tampered);
    QCOMPARE(on(db, {"import", tampered}).exitCode, 2);
    unsignedPackage.insert("signature", QJsonObject{{"type", "cms-detached"}, {"cms", "bm90IGEgc2lnbmF0dXJl"}});
    writeResealed(unsignedPackage, tampered);
    const CliRun damaged = on(db, {"import", tampered});
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY2(damaged.err.contains("signature is damaged"), damaged.err.constData());
    QCOMPARE(state(db), before);
}

void TestCliSigning::certificateOfAnotherAgencyIsRefused()
{
    // Issued by the province's authority to Sở Tư pháp.
    const QString db = office("other-agency", true);
    const QString before = state(db);
    CliRun run = on(db, {"import", exportPackage("by-stp", "stp")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("names \"Sở Tư pháp\" (UID \"TQ.STP\"), not that agency"), run.err.constData());
    QCOMPARE(state(db), before);

    // Registered for Sở Tư pháp by the office.
    run = on(db, {"certificates", "add", "--agency", "TQ.STP", m_pki->certificate("stp_self")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(object(run).value("agency").toString(), QStringLiteral("TQ.STP"));
    const QString registered = state(db);
    run = on(db, {"import", exportPackage("by-stp-self", "stp_self")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("signed with the certificate of Sở Tư pháp"), run.err.constData());
    // Trusting "new" certificates does not make another agency's certificate this one's.
    run = on(db, {"import", exportPackage("by-stp-self", "stp_self"), "--trust-new"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(state(db), registered);
}

void TestCliSigning::expiredCertificateIsRefused()
{
    // The agency's ParDesk does not sign with it...
    const QString p12 = m_pki->pkcs12("stc_expired", kPassword);
    CliRun run = on(m_agencyStore, {"export-package", "--submission", m_submission, "--out", m_dir.filePath("x.pardesk"), "--sign-p12", p12});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is valid from 2020-01-01"), run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath("x.pardesk")));

    // ...and a package that another tool signed with it is refused: not valid when it signed.
    QJsonObject package = readJson(exportPackage("for-expired"));
    const QByteArray cms = m_pki->signDetached("stc_expired", compact(package.value("content").toObject()));
    QVERIFY2(!cms.isEmpty(), qPrintable(m_pki->lastError()));
    package.insert("signature", QJsonObject{{"type", "cms-detached"}, {"cms", QString::fromLatin1(cms.toBase64())}});
    const QString expired = m_dir.filePath("expired.pardesk");
    writeResealed(package, expired);
    const QString db = office("expired", true);
    const QString before = state(db);
    run = on(db, {"import", expired, "--replace", "--trust-new"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("expired or not yet valid when it signed"), run.err.constData());
    QCOMPARE(state(db), before);

    // The same signature made by a certificate that is valid is accepted: the check is the date.
    package.insert("signature", QJsonObject{{"type", "cms-detached"},
                                            {"cms", QString::fromLatin1(m_pki->signDetached("stc", compact(package.value("content").toObject())).toBase64())}});
    writeResealed(package, expired);
    run = on(db, {"import", expired});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliSigning::unknownCertificateNeedsTrust()
{
    const QString db = office("unknown", false);
    const QString before = state(db);
    const QString package = exportPackage("self", "stc_self");
    CliRun run = on(db, {"import", package});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--trust-new"), run.err.constData());
    QCOMPARE(imported(run).value("signature").toObject().value("state").toString(), QStringLiteral("unknown_certificate"));
    QCOMPARE(state(db), before);

    run = on(db, {"import", package, "--trust-new"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(imported(run).value("signature").toObject().value("trusted_by").toString(), QStringLiteral("first_use"));
    const QJsonArray registered = object(on(db, {"certificates", "list"})).value("certificates").toArray();
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered[0].toObject().value("agency").toString(), QStringLiteral("TQ.STC"));
    QCOMPARE(registered[0].toObject().value("how").toString(), QStringLiteral("first_use"));
    QVERIFY(auditActions(db, "certificate").first().startsWith("trust_first_use "));

    // From now on the register knows it.
    run = on(db, {"import", exportPackage("self-again", "stc_self"), "--replace"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(imported(run).value("signature").toObject().value("trusted_by").toString(), QStringLiteral("register"));
}

void TestCliSigning::unsignedUnderBothSettings()
{
    const QString db = office("unsigned", true);
    const QString package = exportPackage("plain");
    QVERIFY(!readJson(package).contains("signature"));
    CliRun run = on(db, {"import", package});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject signature = imported(run).value("signature").toObject();
    QCOMPARE(signature.value("state").toString(), QStringLiteral("unsigned"));
    QVERIFY(signature.value("message").toString().startsWith("Warning: the package is not signed"));
    QVERIFY(auditActions(db, "submission").first().contains("\"state\":\"unsigned\""));

    run = on(db, {"certificates", "unsigned", "refuse"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(object(run).value("unsigned_packages").toString(), QStringLiteral("refuse"));
    const QString before = state(db);
    run = on(db, {"import", package, "--replace"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("accepts only signed packages"), run.err.constData());
    QCOMPARE(state(db), before);
    // A signature stripped from a signed package makes it unsigned: refused too.
    QJsonObject stripped = readJson(exportPackage("to-strip", "stc"));
    stripped.remove("signature");
    writeResealed(stripped, m_dir.filePath("stripped.pardesk"));
    QCOMPARE(on(db, {"import", m_dir.filePath("stripped.pardesk"), "--replace"}).exitCode, 2);
    // Signed packages still come in.
    run = on(db, {"import", exportPackage("signed-under-refuse", "stc"), "--replace"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(on(db, {"certificates", "unsigned", "maybe"}).exitCode, 2);
}

void TestCliSigning::backDatedClaimIsJudgedByReceivedTime()
{
    // 2024Q1 is due on 15/03/2024 in Tuyên Quang; the package claims 10/03/2024.
    for (const bool signedPackage : {false, true}) {
        const QString db = office(signedPackage ? "backdated-signed" : "backdated", true);
        QJsonObject package = readJson(exportPackage("to-backdate"));
        QJsonObject content = package.value("content").toObject();
        QJsonObject submission = content.value("submission").toObject();
        submission.insert("submitted_at", "2024-03-10T08:00:00.000Z");
        content.insert("submission", submission);
        package.insert("content", content);
        if (signedPackage) {
            const QByteArray cms = m_pki->signDetached("stc", compact(content));
            package.insert("signature", QJsonObject{{"type", "cms-detached"}, {"cms", QString::fromLatin1(cms.toBase64())}});
        }
        const QString path = m_dir.filePath("backdated.pardesk");
        writeResealed(package, path);
        CliRun run = on(db, {"import", path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(imported(run).value("claimed_submitted_at").toString(), QStringLiteral("2024-03-10T08:00:00Z"));
        const QDateTime received = QDateTime::fromString(imported(run).value("received_at").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(received.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        run = on(db, {"consolidate", "--form", kForm, "--period", "2024Q1", "--today", "2024-12-31"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray statuses = object(run).value("statuses").toArray();
        const auto stc = std::find_if(statuses.begin(), statuses.end(),
                                      [](const QJsonValue &s) { return s.toObject().value("agency").toString() == u"TQ.STC"; });
        QVERIFY(stc != statuses.end());
        QCOMPARE(stc->toObject().value("received").toString(), QStringLiteral("late"));
        QCOMPARE(stc->toObject().value("claimed_submitted_at").toString(), QStringLiteral("2024-03-10T08:00:00Z"));
        QCOMPARE(QDateTime::fromString(stc->toObject().value("arrived").toString(), Qt::ISODate).date(), received.date());
    }
}

void TestCliSigning::registerRefusesBadInput()
{
    const QString db = office("register", true);
    const QString before = state(db);
    QFile text(m_dir.filePath("not-a-certificate.pem"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    text.close();
    CliRun run = on(db, {"certificates", "add", "--agency", "TQ.STC", text.fileName()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not-a-certificate.pem: not an X.509 certificate"), run.err.constData());
    run = on(db, {"certificates", "add-ca", m_pki->certificate("ca")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already registered, for a certificate authority"), run.err.constData());
    run = on(db, {"certificates", "add-ca", m_pki->certificate("stc")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a certificate authority"), run.err.constData());
    QCOMPARE(on(db, {"certificates", "add", "--agency", "TQ.NOBODY", m_pki->certificate("stc")}).exitCode, 2);
    QCOMPARE(on(db, {"certificates", "add", m_pki->certificate("stc")}).exitCode, 2); // no --agency
    QCOMPARE(on(db, {"certificates", "remove", "0000000000"}).exitCode, 2);
    QCOMPARE(on(db, {"certificates", "remove", "ab%"}).exitCode, 2);
    QCOMPARE(state(db), before);

    // DER is read as well as PEM; removed by the beginning of its fingerprint, and audited.
    const QString der = m_dir.filePath("stc.der");
    QCOMPARE(runProgram("openssl", {"x509", "-in", m_pki->certificate("stc"), "-outform", "DER", "-out", der}).exitCode, 0);
    run = on(db, {"certificates", "add", "--agency", "TQ.STC", der});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString fingerprint = object(run).value("fingerprint").toString();
    QCOMPARE(object(run).value("subject").toString(), QStringLiteral("UID=TQ.STC,CN=Nguyễn Văn A - Sở Tài chính"));
    run = on(db, {"certificates", "remove", fingerprint.left(12)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(state(db), before);
    const QStringList audit = auditActions(db, "certificate");
    QCOMPARE(audit.size(), 3);
    QVERIFY(audit[2].startsWith("remove "));
}

void TestCliSigning::passwordComesFromTheEnvironment()
{
    const QString out = m_dir.filePath("password.pardesk");
    const QStringList args = {"export-package", "--submission", m_submission, "--out", out, "--sign-p12", m_pki->pkcs12("stc", kPassword)};
    qputenv("PARDESK_P12_PASSWORD", "sai");
    CliRun run = on(m_agencyStore, args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("the password is wrong"), run.err.constData());
    QVERIFY(!QFile::exists(out));
    // A file sealed without a password opens with an empty one.
    qputenv("PARDESK_P12_PASSWORD", "");
    run = on(m_agencyStore, {"export-package", "--submission", m_submission, "--out", out, "--sign-p12", m_pki->pkcs12("stc", {})});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readJson(out).contains("signature"));
    qputenv("PARDESK_P12_PASSWORD", kPassword.toUtf8());
}

QTEST_GUILESS_MAIN(TestCliSigning)
#include "tst_cli_signing.moc"
