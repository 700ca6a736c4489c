#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace pardesk::test {
namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

TestPki::TestPki(const QString &dir) : m_dir(dir)
{
    QDir().mkpath(dir);
    // `openssl ca` chooses the dates; its policy keeps every field of the request (-preserveDN).
    const QString config = QStringLiteral(R"([ ca ]
default_ca = test_ca
[ test_ca ]
database = %1/index.txt
new_certs_dir = %1
serial = %1/serial
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
[ policy_any ]
commonName = supplied
userId = optional
organizationName = optional
[ leaf ]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, nonRepudiation
[ authority ]
basicConstraints = critical, CA:TRUE
keyUsage = keyCertSign, cRLSign, digitalSignature
)")
                               .arg(dir);
    writeFile(dir + QStringLiteral("/ca.cnf"), config.toUtf8());
    writeFile(dir + QStringLiteral("/index.txt"), {});
    writeFile(dir + QStringLiteral("/serial"), "1000\n");
}

QString TestPki::certificate(const QString &name) const
{
    return m_dir + u'/' + name + QStringLiteral(".pem");
}

QString TestPki::key(const QString &name) const
{
    return m_dir + u'/' + name + QStringLiteral(".key");
}

bool TestPki::openssl(const QStringList &arguments)
{
    const CliRun run = runProgram(QStringLiteral("openssl"), arguments);
    if (run.exitCode != 0)
        m_error = QStringLiteral("openssl %1: %2").arg(arguments.join(u' '), QString::fromUtf8(run.err));
    return run.exitCode == 0;
}

bool TestPki::makeAuthority(const QString &name, const QString &subject)
{
    return makeCertificate(name, subject, name, QStringLiteral("20200101000000Z"), QStringLiteral("20400101000000Z"));
}

bool TestPki::makeCertificate(const QString &name, const QString &subject, const QString &issuer, const QString &start,
                              const QString &end)
{
    const QString request = m_dir + u'/' + name + QStringLiteral(".csr");
    if (!openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key(name),
                  "-out", request, "-subj", subject, "-utf8"}))
        return false;
    const bool selfSigned = issuer.isEmpty() || issuer == name;
    QStringList ca = {"ca", "-batch", "-config", m_dir + QStringLiteral("/ca.cnf"), "-in", request, "-out", certificate(name),
                      "-startdate", start, "-enddate", end, "-preserveDN", "-utf8", "-notext", "-extensions",
                      issuer == name ? QStringLiteral("authority") : QStringLiteral("leaf")};
    if (selfSigned)
        ca += {"-selfsign", "-keyfile", key(name)};
    else
        ca += {"-cert", certificate(issuer), "-keyfile", key(issuer)};
    m_issuer.insert(name, selfSigned ? QString() : issuer);
    return openssl(ca);
}

QString TestPki::pkcs12(const QString &name, const QString &password)
{
    const QString path = m_dir + u'/' + name + QStringLiteral(".p12");
    QStringList arguments = {"pkcs12", "-export", "-inkey", key(name), "-in", certificate(name), "-out", path,
                             "-passout", QStringLiteral("pass:") + password};
    if (!m_issuer.value(name).isEmpty())
        arguments += {"-certfile", certificate(m_issuer.value(name))};
    return openssl(arguments) ? path : QString();
}

QByteArray TestPki::signDetached(const QString &name, const QByteArray &content)
{
    const QString in = m_dir + QStringLiteral("/content.bin"), out = m_dir + QStringLiteral("/signature.der");
    if (!writeFile(in, content))
        return {};
    QStringList arguments = {"cms", "-sign", "-binary", "-in", in, "-signer", certificate(name), "-inkey", key(name),
                             "-outform", "DER", "-out", out};
    if (!m_issuer.value(name).isEmpty())
        arguments += {"-certfile", certificate(m_issuer.value(name))};
    if (!openssl(arguments))
        return {};
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace pardesk::test
