#pragma once
// An appendix table as an OpenDocument text (Qt's own writer), for the last edits in Word or
// LibreOffice: the header block, the title, the table with its merged header cells repeated on
// every page and bold group rows. Qt's ODF writer sets no page size: the reader's default applies.

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

class QTextDocument;

namespace pardesk {

class OdtExport {
    Q_DECLARE_TR_FUNCTIONS(OdtExport)
public:
    // The .odt file's bytes, made in memory (AppendixExport writes them with StagedFile).
    static Result<QByteArray> bytes(const AppendixTable &table);
    // The document that is written (also what a test or a preview can read back).
    static void fill(QTextDocument &document, const AppendixTable &table);
};

} // namespace pardesk
