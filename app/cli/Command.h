#pragma once
// One pardesk-cli command, as a module declares it. Each module (StoreCommands.cpp, and one file per
// later capability) returns a CommandGroup; AllCommands.cpp lists the groups.

#include "CliOutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <functional>

namespace pardesk {
class Store;
}

namespace pardesk::cli {

struct Command {
    QString name;
    // The options it takes besides --db. An option of the same name in two commands is declared
    // once (the first declaration's description is shown in --help).
    QList<QCommandLineOption> options;
    int minFiles = 0; // positional arguments after the command name
    int maxFiles = 0; // -1: any number
    bool opensStore = true;    // false: the command opens (or creates) its files itself; `store` is null
    bool needsWidgets = false; // renders with Qt Gui/Widgets (charts, printing) on the offscreen platform
    // Never writes the store: a store that cannot be written (a CD, a locked share, a read-only
    // file) is then opened read-only instead of being refused.
    bool readsOnly = false;
    // Checks the combination of options before the store is opened; returns the message, or empty.
    std::function<QString(const QCommandLineParser &, const QStringList &files)> checkUsage;
    // `store` is the opened --db store (null when !opensStore); `dbPath` is the path --db names or the default.
    std::function<int(Store *store, const QCommandLineParser &, const QStringList &files, const QString &dbPath)> run;
};

struct CommandGroup {
    QString help; // lines for --help, translated, each command with its options
    QList<Command> commands;
};

QList<CommandGroup> allCommandGroups();

} // namespace pardesk::cli
