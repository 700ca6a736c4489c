#pragma once
// The logins of a store on a PostgreSQL server and their roles (issue 14, docs/server.md): the
// provincial office (reads all, writes all, approves), an agency (reads and writes only its own
// reports and self-assessments while they are drafts, reads the rest) and a reader (leaders,
// auditors). A login is a PostgreSQL role made a member of the store's group role; the table
// server_logins says which login is which, and an agency login's agency, for the row-level
// security policies (Migrations.cpp, version 10). Only the store's owner (a login that may create
// roles) adds and removes logins.

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace pardesk {

struct ServerLogin {
    QString login;
    QString role;       // province, agency or reader; empty: the login has none in this store
    QString agencyKey;  // an agency's login
    QString agencyName;
};

class ServerLogins {
    Q_DECLARE_TR_FUNCTIONS(ServerLogins)
public:
    explicit ServerLogins(QSqlDatabase db) : m_db(std::move(db)) {}

    // province, agency, reader: the words of the command line and of server_logins.role.
    static QStringList roles();

    Result<QList<ServerLogin>> list() const;
    // The login of this connection and its role in the store (none for the owner, or before the
    // store has roles).
    Result<ServerLogin> current() const;

    // Creates the PostgreSQL login when the server has none of that name (without a password unless
    // one is given: then ALTER ROLE … PASSWORD, or psql's \password, sets it) and gives it the role.
    // `agencyKey` names the agency of an agency's login (agencies.key) and nothing else's.
    Status add(const QString &login, const QString &role, const QString &agencyKey,
               const std::optional<QString> &password) const;
    // Takes the role away; the login itself stays on the server (DROP ROLE removes it).
    Status remove(const QString &login) const;

private:
    Status requireServer() const;
    Status mayManageLogins() const;
    Status runFormatted(const QString &format, const QVariantList &names) const;
    QSqlDatabase m_db;
};

} // namespace pardesk
