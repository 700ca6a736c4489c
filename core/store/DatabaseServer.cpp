// Database on a PostgreSQL server (issue 14): opening by URL, the checks that stand in for SQLite's
// file checks, and the lock that makes migrations and the dataset run once. The rest of Database
// (migrations, the dataset) is shared with SQLite and asks the dialect where they differ.
#include "store/Database.h"

#include "store/Migrations.h"
#include "store/ServerAddress.h"
#include "store/ServerLogins.h"
#include "store/ServerRefusal.h"
#include "store/Statement.h"

#include <QSqlError>

namespace pardesk {

Result<std::unique_ptr<Database>> Database::openServer(const QString &url, const Options &options)
{
    const auto address = ServerAddress::parse(url);
    if (!address)
        return address.failure();
    const QString shown = address->url();
    auto refuse = [&](const QString &why) { return Error{tr("Cannot open the database %1: %2").arg(shown, why)}; };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse(tr("Qt's PostgreSQL driver is not installed (the Debian package libqt6sql6-psql)."));

    std::unique_ptr<Database> db(new Database(shown, nextConnectionName(), Engine::Postgres));
    db->m_db.setHostName(address->host);
    if (address->port > 0)
        db->m_db.setPort(address->port);
    if (!address->user.isEmpty())
        db->m_db.setUserName(address->user);
    db->m_db.setDatabaseName(address->database);
    // libpq reads ~/.pgpass (or PGPASSFILE) for this host, port, database and user; a password is
    // set only when the user typed one (the GUI's prompt), never from a URL or the settings.
    if (!options.password.isEmpty())
        db->m_db.setPassword(options.password);
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=pardesk"));
    if (!db->m_db.open()) {
        const QString serverMessage = db->m_db.lastError().text();
        Error failure = refuse(db->explainServerFailure(serverMessage, !options.password.isEmpty()));
        failure.needsPassword = isPasswordFailure(serverMessage);
        return failure;
    }
    // The server's NOTICEs ("relation already exists, skipping") are not the user's business.
    if (Status s = Statement::run(db->m_db, QStringLiteral("SET client_min_messages = warning")); !s)
        return refuse(s.error());
    if (Status s = db->inspectServer(); !s)
        return refuse(s.error());
    const auto version = db->schemaVersion();
    if (!version)
        return refuse(version.error());
    if (version.value() == 0 && (options.readOnly || !options.createIfMissing))
        return refuse(tr("the database holds no ParDesk store yet."));
    if (options.readOnly) {
        if (version.value() < latestSchemaVersion())
            return refuse(tr("it was written by an older ParDesk and must be upgraded first, which needs it writable "
                             "(schema %1; this version uses %2).")
                              .arg(version.value())
                              .arg(latestSchemaVersion()));
        // The server refuses every write of this session, as query_only does for a file.
        if (Status s = Statement::run(db->m_db, QStringLiteral("SET default_transaction_read_only = on")); !s)
            return refuse(s.error());
        db->rememberLogin();
        return db;
    }
    const int target = options.schemaVersion > 0 ? options.schemaVersion : latestSchemaVersion();
    if (version.value() < kServerRolesVersion && target >= kServerRolesVersion) {
        if (Status s = db->mayCreateRoles(); !s)
            return refuse(s.error());
    }
    if (Status s = db->migrate(target); !s)
        return refuse(s.error());
    if (options.loadBundledDataset && target == latestSchemaVersion()) {
        if (Status s = db->loadDatasetIfNeeded(); !s)
            return refuse(s.error());
    }
    db->rememberLogin();
    return db;
}

// Which login this is and its role, for the messages of the writes the server refuses. A login the
// server does not let read it is told by name alone.
void Database::rememberLogin() const
{
    const auto login = ServerLogins(m_db).current();
    ServerRefusal::remember(m_connectionName, login ? ServerRefusal::Login{login->login, login->role, login->agencyName}
                                                    : ServerRefusal::Login{m_db.userName(), {}, {}});
}

// The server's version of the file checks: a database of another program, or of a newer ParDesk, is
// left as it is. A new, empty database is a new store.
Status Database::inspectServer() const
{
    const auto tables = Statement(m_db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                       "WHERE table_schema = current_schema()"))
                            .scalar();
    if (!tables)
        return tables.failure();
    const auto hasVersion = Statement(m_db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")).scalar();
    if (!hasVersion)
        return hasVersion.failure();
    if (!hasVersion->toBool()) {
        if (tables->toInt() > 0)
            return Error{tr("the database holds tables of another program, not a ParDesk store.")};
        return {};
    }
    Statement stored(m_db, QStringLiteral("SELECT application, version FROM schema_version"));
    const auto rows = stored.list<std::pair<QString, int>>(
        [](const Statement &row) { return std::pair{row.value(0).toString(), row.value(1).toInt()}; });
    if (!rows)
        return rows.failure();
    if (rows->size() != 1 || rows->first().first != u"pardesk")
        return Error{tr("the database holds tables of another program, not a ParDesk store.")};
    if (rows->first().second > latestSchemaVersion())
        return Error{tr("it was written by a newer version of ParDesk (schema %1; this version reads up to %2). "
                        "Please update ParDesk.")
                         .arg(rows->first().second)
                         .arg(latestSchemaVersion())};
    return {};
}

bool Database::isPasswordFailure(const QString &serverMessage)
{
    return serverMessage.contains(QLatin1String("no password supplied"))
        || serverMessage.contains(QLatin1String("password authentication failed"));
}

// libpq's words for the failures an office meets, told as what to do.
QString Database::explainServerFailure(const QString &serverMessage, bool passwordTyped) const
{
    if (passwordTyped && serverMessage.contains(QLatin1String("password authentication failed")))
        return tr("the server refused the user name or the password typed.");
    if (serverMessage.contains(QLatin1String("no password supplied")))
        return tr("the server asks for a password and none was found. Put it in the file ~/.pgpass (or the file "
                  "that PGPASSFILE names) as one line HOST:PORT:DATABASE:USER:PASSWORD, readable only by you "
                  "(chmod 600); ParDesk never takes it on the command line.");
    if (serverMessage.contains(QLatin1String("password authentication failed")))
        return tr("the server refused the user name or the password (check the line for this server in ~/.pgpass): %1")
            .arg(serverMessage.trimmed());
    if (serverMessage.contains(QLatin1String("Connection refused")) || serverMessage.contains(QLatin1String("No such file or directory"))
        || serverMessage.contains(QLatin1String("timeout expired")) || serverMessage.contains(QLatin1String("could not translate host name")))
        return tr("no PostgreSQL server answers there; check the host and the port, and that the server runs "
                  "(%1).")
            .arg(serverMessage.trimmed());
    return serverMessage.trimmed();
}

// The schema's group roles (Migrations.cpp, version 10) are the cluster's: making them needs a login
// that may create roles, unless an earlier store of the same name left them. Asked before the
// migration so that the administrator reads what to do, not PostgreSQL's "permission denied".
Status Database::mayCreateRoles() const
{
    Statement q(m_db, QStringLiteral("SELECT current_user, rolcreaterole OR rolsuper OR (SELECT count(*) FROM pg_roles "
                                     "WHERE rolname IN (current_database() || '_province', current_database() || '_agency', "
                                     "current_database() || '_reader')) = 3 FROM pg_roles WHERE rolname = current_user"));
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next() || q.value(1).toBool())
        return {};
    return Error{tr("the login %1 may not create roles, which the store needs on a server for its access rights. As the "
                    "postgres user, run ALTER ROLE %1 CREATEROLE; (docs/server.md), then open it again.")
                     .arg(q.value(0).toString())};
}

Status Database::lockForSetup() const
{
    if (!isServer())
        return {}; // BEGIN IMMEDIATE already holds the file's write lock
    return Statement::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
}

} // namespace pardesk
