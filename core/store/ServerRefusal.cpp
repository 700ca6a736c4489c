#include "store/ServerRefusal.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace pardesk {
namespace {

QMutex loginsMutex;
QHash<QString, ServerRefusal::Login> logins;

// PostgreSQL's insufficient_privilege: no GRANT for the table, or a row-level security policy.
constexpr QLatin1String kInsufficientPrivilege("42501");

} // namespace

void ServerRefusal::remember(const QString &connectionName, const Login &login)
{
    QMutexLocker lock(&loginsMutex);
    logins.insert(connectionName, login);
}

void ServerRefusal::forget(const QString &connectionName)
{
    QMutexLocker lock(&loginsMutex);
    logins.remove(connectionName);
}

// The table the server names ("for table submissions", "policy for table \"submission_values\"") in
// the user's words.
QString ServerRefusal::whatWasRefused(const QString &serverMessage)
{
    static const QRegularExpression table(QStringLiteral(R"re((?:table|relation)\s+"?(\w+)"?)re"));
    const QString name = table.match(serverMessage).captured(1);
    if (name == u"submissions" || name == u"submission_values")
        return tr("the agencies' reports");
    if (name == u"self_assessments" || name == u"assessment_scores" || name == u"assessment_evidence")
        return tr("the self-assessments");
    if (name == u"audit_log")
        return tr("the audit log");
    if (name == u"server_logins" || name == u"server_roles")
        return tr("the list of logins");
    if (name.isEmpty())
        return tr("the store");
    return tr("the table %1").arg(name);
}

ServerRefusal::Login ServerRefusal::loginOf(const QSqlDatabase &db)
{
    QMutexLocker lock(&loginsMutex);
    return logins.value(db.connectionName(), Login{db.userName(), {}, {}});
}

QString ServerRefusal::refusal(const Login &login, const QString &what, bool reading)
{
    if (reading)
        return tr("The login %1 may not read %2 in this store. An administrator gives it a role "
                  "(pardesk-cli server add-user).")
            .arg(login.login, what);
    if (login.role == u"agency")
        return tr("The login %1 may write only the reports and self-assessments of its own agency (%2), and only "
                  "while they are drafts; the server refused this write to %3. Nothing was written.")
            .arg(login.login, login.agencyName, what);
    if (login.role == u"reader")
        return tr("The login %1 may only read this store; the server refused this write to %2. Nothing was written.")
            .arg(login.login, what);
    if (login.role == u"province")
        return tr("The login %1 of the provincial office may not change %2; the server refused it. Nothing was "
                  "written.")
            .arg(login.login, what);
    return tr("The login %1 has no role in this store; the server refused this write to %2. An administrator "
              "gives it one (pardesk-cli server add-user). Nothing was written.")
        .arg(login.login, what);
}

std::optional<QString> ServerRefusal::explain(const QSqlDatabase &db, const QSqlError &error, bool reading)
{
    if (error.nativeErrorCode() != kInsufficientPrivilege)
        return std::nullopt;
    // Qt's driver gives "ERROR:  permission denied for table documents\n(42501)": the words only.
    QString serverSaid = error.databaseText().simplified();
    serverSaid.remove(QRegularExpression(QStringLiteral(R"(^ERROR:\s*)")));
    serverSaid.remove(QRegularExpression(QStringLiteral(R"(\s*\(42501\)$)")));
    return tr("%1 (The server: %2)").arg(refusal(loginOf(db), whatWasRefused(serverSaid), reading), serverSaid);
}

std::optional<QString> ServerRefusal::explainUnchanged(const QSqlDatabase &db, const QString &table)
{
    const Login login = loginOf(db);
    if (login.role.isEmpty())
        return std::nullopt;
    return refusal(login, whatWasRefused(QStringLiteral("table ") + table), false);
}

} // namespace pardesk
