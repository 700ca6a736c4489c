#include "exchange/FolderImport.h"

#include "exchange/SubmissionFile.h"

#include <QDir>

namespace pardesk {

QStringList FolderImport::packagesIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList paths;
    // System: a pipe, a device or a broken link named *.pardesk is listed too, and then refused with
    // a message rather than skipped in silence.
    for (const QString &name : dir.entryList({QStringLiteral("*.pardesk")}, QDir::Files | QDir::System, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

FolderImportEntry FolderImport::importFile(const Store &store, const QString &path, SubmissionImport::Existing existing,
                                           const std::optional<ExchangeIdentity> &identity, SubmissionImport::Trust trust,
                                           const QString &explanation)
{
    FolderImportEntry entry{path, FolderImportEntry::Outcome::Refused, {}, 0};
    auto source = SubmissionFile::read(store, path, identity);
    if (!source) {
        entry.message = source.error();
        return entry;
    }
    const auto preview = ImportPreview::build(store, std::move(source).value());
    if (!preview) {
        entry.message = preview.error();
        return entry;
    }
    entry.recognised = int(preview->recognised().size());
    entry.ignored = int(preview->ignored().size());
    entry.ignoredRows = preview->ignored();
    entry.changed = int(preview->changes().size());
    entry.errors = preview->errorCount();
    entry.signature = preview->source().signature;
    entry.claimedSubmittedAt = preview->source().submittedAt;
    const auto outcome = SubmissionImport::apply(store, preview.value(), existing, trust, explanation);
    if (!outcome) {
        entry.message = outcome.error();
        return entry;
    }
    entry.submissionId = outcome->submissionId;
    entry.signature = outcome->signature;
    entry.receivedAt = outcome->receivedAt;
    entry.outcome = outcome->replaced ? FolderImportEntry::Outcome::Replaced : FolderImportEntry::Outcome::Imported;
    return entry;
}

QList<FolderImportEntry> FolderImport::importFolder(const Store &store, const QString &folder, SubmissionImport::Existing existing,
                                                   SubmissionImport::Trust trust, const QString &explanation)
{
    QList<FolderImportEntry> entries;
    for (const QString &path : packagesIn(folder))
        entries.append(importFile(store, path, existing, {}, trust, explanation));
    return entries;
}

QString FolderImport::outcomeName(FolderImportEntry::Outcome outcome)
{
    switch (outcome) {
    case FolderImportEntry::Outcome::Imported:
        return QStringLiteral("imported");
    case FolderImportEntry::Outcome::Replaced:
        return QStringLiteral("replaced");
    case FolderImportEntry::Outcome::Refused:
        break;
    }
    return QStringLiteral("refused");
}

QString FolderImport::summary(const QList<FolderImportEntry> &entries)
{
    int imported = 0, replaced = 0, refused = 0;
    for (const FolderImportEntry &e : entries) {
        imported += e.outcome == FolderImportEntry::Outcome::Imported;
        replaced += e.outcome == FolderImportEntry::Outcome::Replaced;
        refused += e.outcome == FolderImportEntry::Outcome::Refused;
    }
    return tr("%1 imported, %2 replaced, %3 refused").arg(imported).arg(replaced).arg(refused);
}

} // namespace pardesk
