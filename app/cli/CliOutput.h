#pragma once
// What every pardesk-cli command shares: exit codes, JSON on stdout, messages on stderr.

#include <QJsonValue>
#include <QString>

namespace pardesk::cli {

enum ExitCode { Success = 0, ProblemsFound = 1, BadInput = 2 };

void printJson(const QJsonValue &value);
void printError(const QString &message); // prefixed with "pardesk-cli: ", one line

} // namespace pardesk::cli
