#include "store/ServerLogins.h"

#include "store/AuditLog.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace pardesk {
namespace {

ServerLogin readLogin(const Statement &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

} // namespace

QStringList ServerLogins::roles()
{
    return {QStringLiteral("province"), QStringLiteral("agency"), QStringLiteral("reader")};
}

Status ServerLogins::requireServer() const
{
    if (engineOf(m_db) == Engine::Postgres)
        return {};
    return Error{tr("Logins and roles exist only for a store on a PostgreSQL server; whoever can open a store file "
                    "can read and write all of it.")};
}

Result<QList<ServerLogin>> ServerLogins::list() const
{
    if (Status s = requireServer(); !s)
        return s.failure();
    return Statement(m_db, QStringLiteral("SELECT l.login, l.role, a.key, a.name FROM server_logins l "
                                          "LEFT JOIN agencies a ON a.id = l.agency_id ORDER BY l.login"))
        .list<ServerLogin>(readLogin);
}

Result<ServerLogin> ServerLogins::current() const
{
    if (Status s = requireServer(); !s)
        return s.failure();
    const auto hasRoles = Statement(m_db, QStringLiteral("SELECT to_regclass('server_logins') IS NOT NULL")).scalar();
    if (!hasRoles)
        return hasRoles.failure();
    const QString sql = hasRoles->toBool()
                            ? QStringLiteral("SELECT current_user, l.role, a.key, a.name FROM (SELECT 1) AS one "
                                             "LEFT JOIN server_logins l ON l.login = current_user "
                                             "LEFT JOIN agencies a ON a.id = l.agency_id")
                            : QStringLiteral("SELECT current_user, NULL, NULL, NULL");
    Statement q(m_db, sql);
    if (Status s = q.exec(); !s)
        return s.failure();
    if (!q.next())
        return Error{tr("The server did not say which login this is.")};
    return readLogin(q);
}

// A statement about roles, whose names cannot be bound: the server quotes them (format's %I).
Status ServerLogins::runFormatted(const QString &format, const QVariantList &names) const
{
    Statement quote(m_db, QStringLiteral("SELECT format(?::text%1)").arg(QStringLiteral(", ?::text").repeated(int(names.size()))));
    quote.bind(format);
    for (const QVariant &name : names)
        quote.bind(name);
    const auto sql = quote.scalar();
    if (!sql)
        return sql.failure();
    return Statement::run(m_db, sql->toString());
}

// Asked first, so that a province's login is told what to do rather than PostgreSQL's words.
Status ServerLogins::mayManageLogins() const
{
    Statement me(m_db, QStringLiteral("SELECT current_user, rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (Status s = me.exec(); !s)
        return s;
    if (me.next() && me.value(1).toBool())
        return {};
    return Error{tr("The login %1 may not add or remove logins: connect as the store's owner, a login that may create roles "
                    "(CREATEROLE).")
                     .arg(me.value(0).toString()),
                 false, true};
}

Status ServerLogins::add(const QString &login, const QString &role, const QString &agencyKey,
                         const std::optional<QString> &password) const
{
    if (Status s = requireServer(); !s)
        return s;
    if (!roles().contains(role))
        return Error{tr("Unknown role \"%1\": a login is province, agency or reader.").arg(role)};
    // Lower case only: PostgreSQL folds unquoted names, and ~/.pgpass and URLs must spell it alike.
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!name.match(login).hasMatch())
        return Error{tr("\"%1\" cannot be a login: write it in lower-case letters without accents, digits and _, "
                        "starting with a letter, at most 63 characters (e.g. snv_tq).")
                         .arg(login)};
    if (role == u"agency" && agencyKey.isEmpty())
        return Error{tr("An agency's login needs the agency's key (--agency), e.g. TQ.STTTT.")};
    if (role != u"agency" && !agencyKey.isEmpty())
        return Error{tr("Only an agency's login belongs to an agency; a %1 login takes no --agency.").arg(role)};
    if (password && (password->isEmpty() || password->contains(QChar(0))))
        return Error{tr("The password is empty; nothing was changed.")};

    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    if (Status s = mayManageLogins(); !s)
        return s;
    QVariant agencyId(QMetaType::fromType<qint64>());
    QString agencyName;
    if (!agencyKey.isEmpty()) {
        Statement agency(m_db, QStringLiteral("SELECT id, name FROM agencies WHERE key = ?"));
        if (Status s = agency.bind(agencyKey).exec(); !s)
            return s;
        if (!agency.next())
            return Error{tr("There is no agency with the key \"%1\" in this store (keys are written like TQ.STTTT).")
                             .arg(agencyKey)};
        agencyId = agency.value(0);
        agencyName = agency.value(1).toString();
    }
    const auto existing = Statement(m_db, QStringLiteral("SELECT role FROM server_logins WHERE login = ?")).bind(login).first();
    if (!existing)
        return existing.failure();
    if (existing.value())
        return Error{tr("The login %1 already has the role %2 in this store; remove it first (server remove-user).")
                         .arg(login, existing.value()->toString())};
    // A login of the server already (of another store, or made by hand) keeps its password. The
    // owner and superusers are bound by no policy: a role would promise what the server does not keep.
    Statement known(m_db, QStringLiteral("SELECT rolsuper OR rolbypassrls OR rolname = current_user OR rolname = "
                                         "(SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                                         "AND tablename = 'submissions') FROM pg_roles WHERE rolname = ?"));
    if (Status s = known.bind(login).exec(); !s)
        return s;
    const bool exists = known.next();
    if (exists && known.value(0).toBool())
        return Error{tr("%1 is the store's owner or a superuser, whom no role restricts; give each person a login of "
                        "their own.")
                         .arg(login)};
    if (!exists)
        if (Status s = runFormatted(QStringLiteral("CREATE ROLE %I LOGIN"), {login}); !s)
            return s;
    if (password) {
        // Never in a message: a failure is told in the server's words, without the statement.
        Statement quote(m_db, QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', ?::text, ?::text)"));
        const auto sql = quote.bind({login, *password}).scalar();
        if (!sql)
            return Error{tr("The password of %1 could not be set.").arg(login)};
        Statement set(m_db, sql->toString());
        if (!set.exec())
            return Error{tr("The password of %1 could not be set: %2").arg(login, set.errorText())};
    }
    const auto group = Statement(m_db, QStringLiteral("SELECT group_role FROM server_roles WHERE role = ?")).bind(role).scalar();
    if (!group)
        return group.failure();
    if (Status s = runFormatted(QStringLiteral("GRANT %I TO %I"), {group.value(), login}); !s)
        return s;
    if (Status s = Statement(m_db, QStringLiteral("INSERT INTO server_logins(login, role, agency_id) VALUES (?, ?, ?)"))
                       .bind({login, role, agencyId})
                       .exec();
        !s)
        return s;
    QJsonObject after{{QStringLiteral("login"), login}, {QStringLiteral("role"), role}};
    if (!agencyKey.isEmpty())
        after.insert(QStringLiteral("agency"), agencyKey);
    if (Status s = AuditLog(m_db).record(QStringLiteral("server_login"), 0, QStringLiteral("add"), {}, after); !s)
        return s;
    tx.touched(QStringLiteral("server_logins"));
    return tx.commit();
}

Status ServerLogins::remove(const QString &login) const
{
    if (Status s = requireServer(); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s;
    if (Status s = mayManageLogins(); !s)
        return s;
    const auto role = Statement(m_db, QStringLiteral("SELECT role FROM server_logins WHERE login = ?")).bind(login).first();
    if (!role)
        return role.failure();
    if (!role.value())
        return Error{tr("The login %1 has no role in this store.").arg(login)};
    const auto groups = Statement(m_db, QStringLiteral("SELECT group_role FROM server_roles ORDER BY role"))
                            .list<QString>([](const Statement &q) { return q.value(0).toString(); });
    if (!groups)
        return groups.failure();
    for (const QString &group : groups.value())
        if (Status s = runFormatted(QStringLiteral("REVOKE %I FROM %I"), {group, login}); !s)
            return s;
    if (Status s = Statement(m_db, QStringLiteral("DELETE FROM server_logins WHERE login = ?")).bind(login).exec(); !s)
        return s;
    if (Status s = AuditLog(m_db).record(QStringLiteral("server_login"), 0, QStringLiteral("remove"),
                                         {{QStringLiteral("login"), login}, {QStringLiteral("role"), role.value()->toString()}}, {});
        !s)
        return s;
    tx.touched(QStringLiteral("server_logins"));
    return tx.commit();
}

} // namespace pardesk
