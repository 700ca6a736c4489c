#pragma once
// What an importer read from a file, before anything is written: which submission it is for
// (form, agency, period, resolved against the store) and one cell per item of the form.

#include "forms/FormDefinition.h"
#include "periods/Period.h"
#include "signing/SignatureOutcome.h"
#include "store/References.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pardesk {

class Store;

// Whose submission a file is, as the file (or the command line, for a CSV) names it.
struct ExchangeIdentity {
    QString formKey;
    int formVersion = 0; // 0: not stated (a CSV)
    QString agencyKey;
    QString period;
};

// The identity checked against the store: the form and the agency exist, the file's form version
// is not newer than the store's, the period is a period.
struct ImportTarget {
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)
public:
    std::optional<FormDefinition> form;
    int formVersion = 1;
    qint64 agencyId = 0;
    QString agencyKey;
    QString agencyName;
    Period period = Period::wholeYear(2000);
    std::optional<qint64> existing; // the submission already stored, if any

    static Result<ImportTarget> resolve(const Store &store, const ExchangeIdentity &identity, const QString &fileName);
    // The agency of that key, or a message naming the file (a self-assessment's import asks too).
    static Result<AgencyRef> knownAgency(const Store &store, const QString &key, const QString &fileName);
};

struct ImportCell {
    bool present = false; // the file has a row (or value) for the item
    QString raw;          // the value as written
    std::optional<double> value;
    QString note;
    QString where; // "file, row 12" / "file, cell D12": where messages point
};

struct IgnoredRow {
    QString where;
    QString code;
    QString reason;
};

struct ImportSource {
    QString fileName;
    ImportTarget target;
    QList<ImportCell> cells; // by index of the form's items
    QList<IgnoredRow> ignored;
    // A package carries when the agency submitted; a spreadsheet arrives when it is imported.
    std::optional<QDateTime> submittedAt;
    QString explanation;
    // A package copies a stored submission exactly, derived items included; a spreadsheet's
    // derived rows are computed again instead.
    bool exactCopy = false;
    // A package's signature as the store's register judged it; none for a spreadsheet.
    std::optional<SignatureOutcome> signature = {};
};

} // namespace pardesk
