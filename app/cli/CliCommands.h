#pragma once
// pardesk-cli's entry point: parses the arguments, finds the command among the command groups
// (Command.h), checks its usage, opens the store and runs it. Each command prints JSON on stdout
// and messages on stderr, and returns the exit code (CliOutput.h).

#include <QCoreApplication>
#include <QStringList>

namespace pardesk::cli {

class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static int run(const QStringList &arguments);
    // Whether the command these arguments name renders with Qt Gui (charts, printing), so that
    // main() creates a QApplication on the offscreen platform instead of a QCoreApplication.
    static bool needsWidgets(int argc, char *argv[]);
};

} // namespace pardesk::cli
