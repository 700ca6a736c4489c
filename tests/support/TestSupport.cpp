#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace pardesk::test {

QString seedsDir()
{
    return QStringLiteral(PARDESK_SEEDS_DIR);
}

bool seedsAvailable()
{
    return !QDir(seedsDir()).entryList({QStringLiteral("00*_*.txt")}, QDir::Files).isEmpty();
}

QString seedsMissingMessage()
{
    return QStringLiteral("the source documents are not in %1; point the CMake option PARDESK_SEEDS_DIR "
                          "at their folder to compare the dataset with them")
        .arg(QDir::cleanPath(seedsDir()));
}

QString seedPath(const QString &stem)
{
    const QStringList found = QDir(seedsDir()).entryList({stem + QStringLiteral("_*.txt")}, QDir::Files);
    return found.isEmpty() ? QString() : QDir(seedsDir()).filePath(found.first());
}

QStringList seedLines(const QString &stem)
{
    QFile file(seedPath(stem));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

QString normalisedText(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]+>"));
    QString s = text;
    s.replace(tags, QStringLiteral(" "));
    s.replace(u'*', u' ');
    return s.simplified();
}

QString cliPath()
{
    return QStringLiteral(PARDESK_CLI_PATH);
}

QString guiPath()
{
    return QStringLiteral(PARDESK_GUI_PATH);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    return runProgram(cliPath(), arguments, timeoutMs);
}

namespace {

CliRun runWith(const QString &program, const QStringList &arguments, const QByteArray *input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

CliRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    return runWith(program, arguments, nullptr, timeoutMs);
}

CliRun runCliWithInput(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    return runWith(cliPath(), arguments, &input, timeoutMs);
}

} // namespace pardesk::test
