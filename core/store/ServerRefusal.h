#pragma once
// What the server's refusals mean for the user (issue 14): when a login writes (or reads) what its
// role does not allow, PostgreSQL answers SQLSTATE 42501 ("permission denied for table …", "new row
// violates row-level security policy …"). Statement turns that, once, into a message that names the
// login, what it may do and what was refused; the error is `refused`, and the caller's transaction
// rolls back, so nothing is written.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <optional>

namespace pardesk {

class ServerRefusal {
    Q_DECLARE_TR_FUNCTIONS(ServerRefusal)
public:
    // The login a connection uses and its role in the store (province, agency, reader; empty: none).
    struct Login {
        QString login;
        QString role;
        QString agencyName; // an agency's login: its agency
    };

    // Remembered when the store is opened: by the time a write is refused the server's transaction
    // is aborted and answers no more questions until it is rolled back.
    static void remember(const QString &connectionName, const Login &login);
    static void forget(const QString &connectionName);

    // The message for a refusal of the login's rights, or nullopt for any other failure. `reading`:
    // the refused statement only read.
    static std::optional<QString> explain(const QSqlDatabase &db, const QSqlError &error, bool reading);

    // For an UPDATE or DELETE of `table` that changed no row: the row policies hide from the login
    // what it may not change, without an error. The message when the login has a role in the store
    // (the owner sees every row: nullopt).
    static std::optional<QString> explainUnchanged(const QSqlDatabase &db, const QString &table);

private:
    static Login loginOf(const QSqlDatabase &db);
    static QString whatWasRefused(const QString &serverMessage);
    static QString refusal(const Login &login, const QString &what, bool reading);
};

} // namespace pardesk
