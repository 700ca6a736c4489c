#pragma once
// Reads a filled-in submission file into an ImportSource: an XLSX workbook (our template, or any
// sheet with a code and a value column), a CSV (code,value,note) or a .pardesk package. The item rows go through
// SubmissionCsv, so both follow the same rules for codes and numbers.

#include "exchange/ImportSource.h"
#include "exchange/XlsxReader.h"
#include "io/SubmissionCsv.h"

#include <optional>

namespace pardesk {

class Store;

class SubmissionFile {
    Q_DECLARE_TR_FUNCTIONS(SubmissionFile)
public:
    // A CSV names no submission: `identity` must say whose it is. A workbook made from our
    // template names its own, which `identity` (when given) must not contradict.
    static Result<ImportSource> read(const Store &store, const QString &path, const std::optional<ExchangeIdentity> &identity);
    static Result<ImportSource> readCsv(const Store &store, const QByteArray &bytes, const QString &fileName,
                                        const ExchangeIdentity &identity);
    static Result<ImportSource> readXlsx(const Store &store, const QList<XlsxSheet> &sheets, const QString &fileName,
                                         const std::optional<ExchangeIdentity> &identity);

    // The cells of a parsed table, with where each was read.
    static QList<ImportCell> cellsOf(const SubmissionCsv &csv, const QString &fileName);
};

} // namespace pardesk
