#pragma once
// Reading our outputs back with independent tools, as a user's machine would: poppler's pdftotext
// and pdfinfo for PDFs, LibreOffice (headless) for XLSX and ODT. Not our own code.

#include "TestSupport.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace pardesk::test {

bool hasProgram(const QString &name);

// pdftotext -layout, one string per page (split at form feeds); empty on failure.
QStringList pdfPages(const QString &path);
// pdfinfo's "Pages:"; -1 on failure.
int pdfPageCount(const QString &path);
// The first word of every line, in order: where the STT / TT column of a table shows.
QStringList lineStarts(const QString &text);
// Whether `wanted` occurs in `sequence` in the same order (other words may come between).
bool isSubsequence(const QStringList &wanted, const QStringList &sequence);

// A word of a PDF page where poppler put it (pdftotext -bbox), in points from the top left.
struct PdfWord {
    QString text;
    QRectF box;
};
struct PdfPage {
    QSizeF size; // points
    QList<PdfWord> words; // in pdftotext's reading order
    // The first word equal to `text` (after `from`), -1 when there is none.
    qsizetype find(const QString &text, qsizetype from = 0) const;
    // Where a run of words equal to `phrase`'s words starts, -1 when the page has no such run.
    qsizetype findPhrase(const QString &phrase) const;
};
// One page (1-based) of a PDF; no words when pdftotext fails.
PdfPage pdfWordBoxes(const QString &path, int page = 1);

// soffice --headless --convert-to FORMAT with a profile of its own; the converted files go to `outDir`.
CliRun libreOfficeConvert(const QStringList &files, const QString &format, const QString &outDir);

} // namespace pardesk::test
