#pragma once
// What the tests share: temporary stores, the source documents, the executables, file digests.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace pardesk::test {

QString seedsDir();
// The source documents are beside the repository (../shared/seeds) in this office only; a clone
// elsewhere has none, and the tests that compare with them skip (PARDESK_REQUIRE_SEEDS).
bool seedsAvailable();
QString seedsMissingMessage();
QString seedPath(const QString &stem); // "002" → the seed file
QStringList seedLines(const QString &stem);
// The seed's text with HTML tags and markdown emphasis removed and white space collapsed.
QString normalisedText(const QString &text);

QString cliPath();
QString guiPath();

QByteArray fileDigest(const QString &path); // SHA-256 of the file's bytes, empty if missing

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliRun runCli(const QStringList &arguments, int timeoutMs = 60000);
// With `input` on its standard input, which is then closed (--password-stdin).
CliRun runCliWithInput(const QStringList &arguments, const QByteArray &input, int timeoutMs = 60000);
// Any program (pdftotext, soffice, …): exit code -1 when it crashed or timed out.
CliRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 120000);

} // namespace pardesk::test

// Skips the calling test function, saying why, when the source documents are absent.
#define PARDESK_REQUIRE_SEEDS()                                                                    \
    do {                                                                                           \
        if (!pardesk::test::seedsAvailable())                                                      \
            QSKIP(qPrintable(pardesk::test::seedsMissingMessage()));                               \
    } while (false)
