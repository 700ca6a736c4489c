#pragma once
// Writes an appendix table to a file chosen by its suffix: .pdf (AppendixPainter on a QPdfWriter),
// .odt, .xlsx or .csv. The file is written beside the target under a temporary name and renamed
// into place only when complete, so a failure leaves no file (and an existing one untouched).

#include "print/AppendixPainter.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class AppendixExport {
    Q_DECLARE_TR_FUNCTIONS(AppendixExport)
public:
    static QStringList suffixes(); // pdf, odt, xlsx, csv
    static bool isSupported(const QString &path);
    // For file choosers: "PDF (*.pdf);;OpenDocument text (*.odt);;…"
    static QString fileFilter();

    // For a PDF, `pagination` (when given) receives where the rows went.
    static Status write(const AppendixTable &table, const QString &path, AppendixPagination *pagination = nullptr);
    static Status writePdf(const AppendixTable &table, const QString &path, AppendixPagination *pagination = nullptr);
};

} // namespace pardesk
