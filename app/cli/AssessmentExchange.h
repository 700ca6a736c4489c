#pragma once
// `pardesk-cli assessment export | template | import`: a self-assessment carried between offices as
// a package or an XLSX template (docs/exchange.md). Called by AssessmentCommands.cpp.

#include <QCommandLineParser>
#include <QString>

namespace pardesk {
class Store;
}

namespace pardesk::cli::assessment {

int exportPackage(Store &store, const QCommandLineParser &p, const QString &path);
int writeTemplate(Store &store, const QCommandLineParser &p, const QString &path);
// Prints the preview as JSON; writes it unless --dry-run. Non-zero with the reason on a refusal.
int importFile(Store &store, const QCommandLineParser &p, const QString &path);
// The options that template needs, or empty: --assessment ID, or --id SET --agency A --period P.
QString templateUsage(const QCommandLineParser &p);

} // namespace pardesk::cli::assessment
