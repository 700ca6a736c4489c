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

qsizetype PdfPage::find(const QString &text, qsizetype from) const
{
    for (qsizetype i = from; i < words.size(); ++i)
        if (words[i].text == text)
            return i;
    return -1;
}

qsizetype PdfPage::findPhrase(const QString &phrase) const
{
    const QStringList wanted = phrase.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + wanted.size() <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < wanted.size() && all; ++k)
            all = words[i + k].text == wanted[k];
        if (all)
            return i;
    }
    return -1;
}

PdfPage pdfWordBoxes(const QString &path, int page)
{
    const QString number = QString::number(page);
    const CliRun run = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), number,
                                                                 QStringLiteral("-l"), number, path, QStringLiteral("-")});
    PdfPage out;
    if (run.exitCode != 0)
        return out;
    const QString html = QString::fromUtf8(run.out);
    static const QRegularExpression size(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    if (const auto m = size.match(html); m.hasMatch())
        out.size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QString text = m.captured(5);
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&apos;"), QStringLiteral("'"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        out.words.append({text, QRectF(topLeft, bottomRight)});
    }
    return out;
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
