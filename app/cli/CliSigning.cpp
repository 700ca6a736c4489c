#include "CliSigning.h"

#include "CliCommands.h"

#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace pardesk::cli {
namespace {

QString p12Password(const QString &path)
{
    if (qEnvironmentVariableIsSet("PARDESK_P12_PASSWORD"))
        return qEnvironmentVariable("PARDESK_P12_PASSWORD");
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(CliCommands::tr("Password of %1: ").arg(path)), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return password;
}

} // namespace

QCommandLineOption signOption()
{
    return QCommandLineOption(QStringLiteral("sign-p12"),
                              CliCommands::tr("Sign the package with the certificate and key of this PKCS#12 file; its "
                                              "password is read from PARDESK_P12_PASSWORD or from stdin."),
                              CliCommands::tr("file"));
}

Result<std::unique_ptr<Pkcs12Signer>> signerOf(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("sign-p12")))
        return std::unique_ptr<Pkcs12Signer>();
    const QString p12 = p.value(QStringLiteral("sign-p12"));
    return Pkcs12Signer::open(p12, p12Password(p12));
}

QJsonObject signedBy(const PackageSigner &signer)
{
    return QJsonObject{{QStringLiteral("subject"), signer.certificate().subject},
                       {QStringLiteral("fingerprint"), signer.certificate().fingerprint}};
}

} // namespace pardesk::cli
