#include "CliCommands.h"
#include "Command.h"

#include "store/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <cstdio>

namespace pardesk::cli {
namespace {

QList<Command> allCommands()
{
    QList<Command> all;
    for (const CommandGroup &group : allCommandGroups())
        all += group.commands;
    return all;
}

const Command *findCommand(const QList<Command> &all, const QString &name)
{
    const auto found = std::find_if(all.begin(), all.end(), [&](const Command &c) { return c.name == name; });
    return found == all.end() ? nullptr : &*found;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            CliCommands::tr("The database file (default: %1), or a server's postgresql://USER@HOST[:PORT]/DATABASE "
                            "(the password from ~/.pgpass).")
                .arg(QStringLiteral("AppData/pardesk.sqlite")),
            CliCommands::tr("path")};
}

// Every command's options, each name once. QCommandLineParser shows one text per option: where
// commands give the same option different words (--from is a period for chart, a backup for
// restore, a store for copy), the help says each, after the commands' names.
QList<QCommandLineOption> allOptions(const QList<Command> &all)
{
    struct Uses {
        QCommandLineOption first;
        QStringList descriptions;           // distinct, in order
        QList<QStringList> commandsOf;      // per description
        QStringList valueNames;
    };
    QList<QCommandLineOption> options{dbOption()};
    QStringList order;
    QHash<QString, Uses> uses;
    for (const Command &command : all) {
        for (const QCommandLineOption &option : command.options) {
            const QString name = option.names().first();
            if (name == u"db")
                continue;
            if (!uses.contains(name)) {
                order << name;
                uses.insert(name, Uses{option, {}, {}, {}});
            }
            Uses &u = *uses.find(name);
            if (option.flags() & QCommandLineOption::HiddenFromHelp)
                continue; // parsed, not described (torture's options)
            if (u.descriptions.isEmpty())
                u.first = option;
            const qsizetype at = u.descriptions.indexOf(option.description());
            if (at < 0) {
                u.descriptions << option.description();
                u.commandsOf << QStringList{command.name};
            } else if (!u.commandsOf[at].contains(command.name)) {
                u.commandsOf[at] << command.name;
            }
            if (!option.valueName().isEmpty() && !u.valueNames.contains(option.valueName()))
                u.valueNames << option.valueName();
        }
    }
    for (const QString &name : std::as_const(order)) {
        const Uses &u = *uses.constFind(name);
        if (u.descriptions.size() < 2) {
            options.append(u.first);
            continue;
        }
        QStringList lines;
        for (int i = 0; i < u.descriptions.size(); ++i)
            lines << QStringLiteral("%1: %2").arg(u.commandsOf[i].join(QStringLiteral(", ")), u.descriptions[i]);
        QCommandLineOption merged(u.first.names(), lines.join(u'\n'), u.valueNames.join(u'|'));
        merged.setFlags(u.first.flags());
        options.append(merged);
    }
    return options;
}

} // namespace

bool CliCommands::needsWidgets(int argc, char *argv[])
{
    // The first argument that is neither an option nor an option's value names the command.
    QSet<QString> takeValues;
    const QList<Command> all = allCommands();
    for (const QCommandLineOption &option : allOptions(all)) {
        if (!option.valueName().isEmpty())
            takeValues.insert(option.names().first());
    }
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.startsWith(u'-')) {
            const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(u'=') && takeValues.contains(name))
                ++i;
            continue;
        }
        const Command *command = findCommand(all, argument);
        return command && command->needsWidgets;
    }
    return false;
}

int CliCommands::run(const QStringList &arguments)
{
    const QList<CommandGroup> groups = allCommandGroups();
    const QList<Command> all = allCommands();
    QString description = tr("ParDesk on the command line: prints what the store holds as JSON.") + QStringLiteral("\n\n") + tr("Commands:") + u'\n';
    for (const CommandGroup &group : groups)
        description += group.help + u'\n';

    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(allOptions(all));
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The files the command reads, if any."), QStringLiteral("[file...]"));

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("pardesk-cli %s\n", PARDESK_VERSION);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(tr("give one command; see pardesk-cli --help."));
        return BadInput;
    }
    const Command *command = findCommand(all, positional.first());
    if (!command) {
        printError(tr("unknown command \"%1\"; see pardesk-cli --help.").arg(positional.first()));
        return BadInput;
    }
    for (const QString &option : parser.optionNames()) {
        const bool takes = std::any_of(command->options.begin(), command->options.end(),
                                       [&](const QCommandLineOption &o) { return o.names().contains(option); });
        if (option != u"db" && !takes) {
            printError(tr("the command %1 does not take --%2.").arg(command->name, option));
            return BadInput;
        }
    }
    const QStringList files = positional.mid(1);
    if (command->checkUsage) {
        if (const QString problem = command->checkUsage(parser, files); !problem.isEmpty()) {
            printError(problem);
            return BadInput;
        }
    }
    if (files.size() < command->minFiles || (command->maxFiles >= 0 && files.size() > command->maxFiles)) {
        printError(tr("%1 does not take %n file(s); see pardesk-cli --help.", nullptr, int(files.size())).arg(command->name));
        return BadInput;
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    if (!command->opensStore)
        return command->run(nullptr, parser, files, path);
    Database::Options options;
    const QFileInfo file(path);
    // The owner's write bit as well as access(2): as root every file on a writable disk looks writable.
    const bool writable = file.isWritable() && (file.permissions() & QFileDevice::WriteOwner) &&
                          QFileInfo(file.absolutePath()).isWritable();
    options.readOnly = command->readsOnly && file.exists() && !writable;
    // A command that only reads skips the check of every page (Database::Options::deferIntegrityCheck):
    // the store is opened refusing writes, so its time grows with what it reads, not with the file.
    // Not a backup (a damaged store is not copied) nor the store's own check.
    options.deferIntegrityCheck =
        command->readsOnly && command->name != u"backup" && command->name != u"check";
    auto database = Store::open(path, options);
    if (!database) {
        printError(database.error());
        return BadInput;
    }
    // A file on a network drive still opens; the user is told the risk (NetworkFilesystem).
    if (const QString warning = database.value()->database().locationWarning(); !warning.isEmpty())
        printError(warning);
    return command->run(database.value().get(), parser, files, path);
}

} // namespace pardesk::cli
