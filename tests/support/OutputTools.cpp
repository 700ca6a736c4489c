#include "OutputTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace pardesk::test {

bool hasProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QStringList pdfPages(const QString &path)
{
    const CliRun run = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (run.exitCode != 0)
        return {};
    QStringList pages = QString::fromUtf8(run.out).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pdfPageCount(const QString &path)
{
    const CliRun run = runProgram(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(QString::fromUtf8(run.out));
    return run.exitCode == 0 && match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList lineStarts(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString word = line.section(u' ', 0, 0, QString::SectionSkipEmpty);
        if (!word.isEmpty())
            out.append(word);
    }
    return out;
}

bool isSubsequence(const QStringList &wanted, const QStringList &sequence)
{
    qsizetype at = 0;
    for (const QString &w : wanted) {
        while (at < sequence.size() && sequence[at] != w)
            ++at;
        if (at == sequence.size())
            return false;
        ++at;
    }
    return true;
}

CliRun libreOfficeConvert(const QStringList &files, const QString &format, const QString &outDir)
{
    const QString profile = QStringLiteral("/tmp/lo-pardesk-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const CliRun run = runProgram(QStringLiteral("soffice"),
                                  QStringList{QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=file://") + profile,
                                              QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), outDir} + files,
                                  240000);
    QDir(profile).removeRecursively();
    return run;
}

} // namespace pardesk::test
