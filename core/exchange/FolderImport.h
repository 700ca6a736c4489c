#pragma once
// Imports every submission package of a folder in one go, each in its own transaction, and says
// what became of each: imported, replaced, or refused and why.

#include "exchange/SubmissionImport.h"

#include <QStringList>

namespace pardesk {

class Store;

struct FolderImportEntry {
    enum class Outcome { Imported, Replaced, Refused };
    QString file;
    Outcome outcome = Outcome::Refused;
    QString message; // why it was refused
    qint64 submissionId = 0;
    // What the preview showed, when the file could be read.
    int recognised = 0;
    int ignored = 0;
    int changed = 0;
    int errors = 0; // validation errors in the imported values
    // A package's: its signature as judged (and as recorded once imported), the time its content
    // claims it was submitted, and the time the office counts it as received.
    std::optional<SignatureOutcome> signature = {};
    std::optional<QDateTime> claimedSubmittedAt = {};
    QString receivedAt = {};
    // Rows the import left out and why; those with a code held something an official typed (a
    // figure in a computed row, text in a heading) and are reported, not dropped in silence.
    QList<IgnoredRow> ignoredRows{};
};

class FolderImport {
    Q_DECLARE_TR_FUNCTIONS(FolderImport)
public:
    // The .pardesk files of the folder, by name.
    static QStringList packagesIn(const QString &folder);
    // One file: read, checked, written (or refused); never stops the others. `explanation`: the
    // official's, for a file with errors that carries none (SubmissionImport::apply, SubmitRule).
    static FolderImportEntry importFile(const Store &store, const QString &path, SubmissionImport::Existing existing,
                                        const std::optional<ExchangeIdentity> &identity = {},
                                        SubmissionImport::Trust trust = SubmissionImport::Trust::KnownOnly,
                                        const QString &explanation = {});
    static QList<FolderImportEntry> importFolder(const Store &store, const QString &folder, SubmissionImport::Existing existing,
                                                 SubmissionImport::Trust trust = SubmissionImport::Trust::KnownOnly,
                                                 const QString &explanation = {});

    static QString outcomeName(FolderImportEntry::Outcome outcome); // "imported", "replaced", "refused"
    // "3 imported, 1 replaced, 2 refused" in the current language.
    static QString summary(const QList<FolderImportEntry> &entries);
};

} // namespace pardesk
