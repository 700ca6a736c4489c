#pragma once
// The commands of pardesk-cli. Each prints JSON on stdout and messages on stderr, and returns the
// exit code: 0 success, 1 a check found problems, 2 bad usage or unusable input.

#include <QCoreApplication>
#include <QStringList>

namespace pardesk::cli {

enum ExitCode { Success = 0, ProblemsFound = 1, BadInput = 2 };

class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static int run(const QStringList &arguments);
};

} // namespace pardesk::cli
