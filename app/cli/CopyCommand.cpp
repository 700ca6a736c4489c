#include "CliCommands.h"
#include "Command.h"

#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/StoreCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// pardesk-cli copy: a whole store between engines (issue 14), SQLite → server and back.
namespace pardesk::cli {
namespace {

QString shown(const QString &location)
{
    return ServerAddress::isServerUrl(location) ? location : QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
}

int copy(Store *, const QCommandLineParser &args, const QStringList &, const QString &)
{
    const QString from = args.value(QStringLiteral("from"));
    const QString to = args.value(QStringLiteral("to"));
    if (args.isSet(QStringLiteral("db"))) {
        printError(CliCommands::tr("copy takes the two stores as --from and --to, not --db."));
        return BadInput;
    }
    Database::Options sourceOptions;
    sourceOptions.readOnly = true; // nothing is written to the source
    sourceOptions.createIfMissing = false;
    sourceOptions.loadBundledDataset = false;
    auto source = Database::open(from, sourceOptions);
    if (!source) {
        printError(CliCommands::tr("The source: %1").arg(source.error()));
        return BadInput;
    }
    // A new file made for this copy is removed again when the copy fails: no half-made store is left.
    const bool newFile = !ServerAddress::isServerUrl(to) && !QFileInfo::exists(to);
    Database::Options targetOptions;
    targetOptions.loadBundledDataset = false; // the copy brings the rows, the dataset's included
    auto target = Database::open(to, targetOptions);
    if (!target) {
        printError(CliCommands::tr("The target: %1").arg(target.error()));
        return BadInput;
    }
    const auto counts = StoreCopy::copy(*source.value(), *target.value());
    if (!counts) {
        target = Error{};
        if (newFile)
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to + suffix);
        printError(CliCommands::tr("Nothing was copied: %1").arg(counts.error()));
        return BadInput;
    }
    QJsonArray tables;
    double rows = 0;
    for (const StoreCopy::TableCount &c : counts.value()) {
        tables.append(QJsonObject{{"table", c.table}, {"rows", double(c.target)}});
        rows += double(c.target);
    }
    printJson(QJsonObject{{"from", shown(from)}, {"to", shown(to)}, {"tables", tables}, {"rows", rows}});
    return Success;
}

} // namespace

CommandGroup copyCommands()
{
    Command command;
    command.name = QStringLiteral("copy");
    command.options = {QCommandLineOption(QStringLiteral("from"),
                                          CliCommands::tr("The store to copy: a file or a server database."),
                                          CliCommands::tr("store")),
                       QCommandLineOption(QStringLiteral("to"),
                                          CliCommands::tr("The store to copy into: a new file or an empty server database."),
                                          CliCommands::tr("store"))};
    command.opensStore = false;
    command.run = copy;
    command.checkUsage = [](const QCommandLineParser &args, const QStringList &) {
        for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")})
            if (!args.isSet(option))
                return CliCommands::tr("%1 needs --%2.").arg(QStringLiteral("copy"), option);
        return QString();
    };
    const QString help =
        CliCommands::tr("  copy --from STORE --to STORE\n"
                        "                             a whole store into an empty one, between a file and a server\n"
                        "                             (postgresql://USER@HOST[:PORT]/DATABASE), in one transaction");
    return {help, {command}};
}

} // namespace pardesk::cli
