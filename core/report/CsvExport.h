#pragma once
// An appendix table as CSV for Excel: UTF-8 with a byte-order mark (so that Excel reads the
// Vietnamese letters), RFC 4180 quoting, CRLF line ends, and cells that a spreadsheet would run as
// a formula neutralised (OWASP "CSV injection").

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class CsvExport {
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    static Status write(const AppendixTable &table, const QString &path);
    static QByteArray toBytes(const AppendixTable &table);
    // A cell beginning with = + - @, a tab or a carriage return gets a leading apostrophe, so that
    // Excel and LibreOffice show it as text instead of evaluating it. A genuine number ("-3,5",
    // which the table holds as a number) is left as it is: digits cannot carry a formula.
    static QString neutralised(const AppendixCell &cell);
    // Every field in double quotes, inner quotes doubled (RFC 4180; OWASP advises quoting all).
    static QString quoted(const QString &field);
};

} // namespace pardesk
