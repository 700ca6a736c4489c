#pragma once
// Writes the XLSX workbook an agency fills in: the form as officials know it (codes, labels,
// units, a value and a note column), derived rows as shaded formulas, coded answers as drop-down
// lists, only the value and note cells open to typing, and a hidden sheet naming the form, its
// version, the agency and the period, so that the filled workbook imports without being told whose
// it is.

#include "exchange/ImportSource.h"

namespace pardesk {

class Store;

class XlsxTemplate {
    Q_DECLARE_TR_FUNCTIONS(XlsxTemplate)
public:
    // Values already stored for the submission are filled in.
    static Status write(const Store &store, const ExchangeIdentity &identity, const QString &path);
};

// The same as a CSV (code,value,note), one row per item that is entered (not headings, not
// derived items).
class CsvTemplate {
    Q_DECLARE_TR_FUNCTIONS(CsvTemplate)
public:
    static Status write(const Store &store, const ExchangeIdentity &identity, const QString &path);
};

} // namespace pardesk
