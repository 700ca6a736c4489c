#include "CliCommands.h"
#include "Command.h"

#include "store/ServerAddress.h"
#include "store/ServerLogins.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

// pardesk-cli server: the logins of a store on a PostgreSQL server and their roles (issue 14,
// docs/server.md). The password never comes on the command line: from stdin with --password-stdin,
// or set afterwards by the administrator (psql's \password).
namespace pardesk::cli {
namespace {

QCommandLineOption option(const char *name, const QString &description, const QString &valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

// One line from stdin, without its line end; nullopt when there is none.
std::optional<QString> passwordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

int addUser(Store &store, const QCommandLineParser &args)
{
    std::optional<QString> password;
    if (args.isSet(QStringLiteral("password-stdin"))) {
        password = passwordFromStdin();
        if (!password) {
            printError(CliCommands::tr("--password-stdin: no password was read from the standard input; nothing was changed."));
            return BadInput;
        }
    }
    const QString login = args.value(QStringLiteral("login"));
    const QString role = args.value(QStringLiteral("role"));
    const QString agency = args.value(QStringLiteral("agency"));
    if (Status s = store.serverLogins().add(login, role, agency, password); !s) {
        printError(s.error());
        return BadInput;
    }
    QJsonObject out{{"login", login}, {"role", role}, {"password", password ? QStringLiteral("set") : QStringLiteral("none")}};
    if (!agency.isEmpty())
        out.insert(QStringLiteral("agency"), agency);
    if (!password)
        printError(CliCommands::tr("The login %1 has no password yet: the administrator sets one in psql with \\password %1 "
                                   "(or give it with --password-stdin).")
                       .arg(login));
    printJson(out);
    return Success;
}

int listUsers(Store &store)
{
    const auto logins = store.serverLogins().list();
    if (!logins) {
        printError(logins.error());
        return BadInput;
    }
    QJsonArray out;
    for (const ServerLogin &l : logins.value()) {
        QJsonObject o{{"login", l.login}, {"role", l.role}};
        if (!l.agencyKey.isEmpty()) {
            o.insert(QStringLiteral("agency"), l.agencyKey);
            o.insert(QStringLiteral("agency_name"), l.agencyName);
        }
        out.append(o);
    }
    printJson(out);
    return Success;
}

int removeUser(Store &store, const QCommandLineParser &args)
{
    const QString login = args.value(QStringLiteral("login"));
    if (Status s = store.serverLogins().remove(login); !s) {
        printError(s.error());
        return BadInput;
    }
    printJson(QJsonObject{{"removed", login}});
    return Success;
}

int server(Store *, const QCommandLineParser &args, const QStringList &files, const QString &dbPath)
{
    // Never a file: opening one that does not exist would create a store.
    if (!ServerAddress::isServerUrl(dbPath)) {
        printError(CliCommands::tr("server works only on a store on a PostgreSQL server (--db postgresql://USER@HOST/DATABASE); "
                                   "whoever can open a store file can read and write all of it."));
        return BadInput;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto store = Store::open(dbPath, options);
    if (!store) {
        printError(store.error());
        return BadInput;
    }
    const QString action = files.first();
    if (action == u"add-user")
        return addUser(*store.value(), args);
    if (action == u"remove-user")
        return removeUser(*store.value(), args);
    return listUsers(*store.value());
}

} // namespace

CommandGroup serverCommands()
{
    Command command;
    command.name = QStringLiteral("server");
    command.options = {option("login", CliCommands::tr("A login (PostgreSQL role) on the server, e.g. snv_tq."), CliCommands::tr("name")),
                       option("role", CliCommands::tr("What the login may do: province, agency or reader."), CliCommands::tr("role")),
                       option("agency", CliCommands::tr("The agency's key, e.g. TQ.STTTT."), CliCommands::tr("key")),
                       option("password-stdin", CliCommands::tr("Read the new login's password from the first line of the "
                                                                "standard input."))};
    command.opensStore = false;
    command.minFiles = 1;
    command.maxFiles = 1;
    command.run = server;
    command.checkUsage = [](const QCommandLineParser &args, const QStringList &files) {
        const QStringList actions{QStringLiteral("add-user"), QStringLiteral("users"), QStringLiteral("remove-user")};
        if (files.size() != 1 || !actions.contains(files.first()))
            return CliCommands::tr("server needs one of add-user, users, remove-user; see pardesk-cli --help.");
        const QString action = files.first();
        QStringList needed;
        if (action == u"add-user")
            needed = {QStringLiteral("login"), QStringLiteral("role")};
        else if (action == u"remove-user")
            needed = {QStringLiteral("login")};
        for (const QString &option : needed)
            if (!args.isSet(option))
                return CliCommands::tr("server %1 needs --%2.").arg(action, option);
        if (action != u"add-user")
            for (const QString &option : {QStringLiteral("role"), QStringLiteral("agency"), QStringLiteral("password-stdin")})
                if (args.isSet(option))
                    return CliCommands::tr("server %1 does not take --%2.").arg(action, option);
        if (action == u"users" && args.isSet(QStringLiteral("login")))
            return CliCommands::tr("server %1 does not take --%2.").arg(action, QStringLiteral("login"));
        return QString();
    };
    const QString help = CliCommands::tr(
        "  server add-user --login NAME --role province|agency|reader [--agency KEY] [--password-stdin]\n"
        "                             give a login a role in a store on a server (the store's owner only);\n"
        "                             an agency's login reads and writes only its agency's drafts\n"
        "  server users               the logins of the store and their roles\n"
        "  server remove-user --login NAME\n"
        "                             take the login's role away (the login stays on the server)");
    return {help, {command}};
}

} // namespace pardesk::cli
