#pragma once
// The throw-away PostgreSQL cluster of the CTest fixture "pg_cluster" (tests/support/pg-cluster.sh):
// fresh databases on it for the server tests, which skip, saying why, where PostgreSQL is missing.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

namespace pardesk {
class Store;
}

namespace pardesk::test {

// Why the server tests cannot run here, or empty: not run through CTest (no PARDESK_TEST_PG_DIR),
// or PostgreSQL not installed (the fixture wrote DIR/unavailable).
QString pgServerUnavailable();

// A new, empty database on the cluster and its URL (postgresql://pardesk@%2F…/NAME); empty and a
// message in `error` when it could not be made (the cluster is there but fails: a test failure).
QString pgFreshDatabase(const QString &stem, QString *error);

// Runs one statement on a database of the cluster as the test's own login (to break a store on
// purpose: a newer schema, a foreign table). An error message, or empty.
QString pgExec(const QString &url, const QString &sql);

// The rows of one query on a database of the cluster, through the tests' own connection (what the
// store holds, read past every ParDesk layer and policy); a message in `error` when it fails.
QList<QVariantList> pgRows(const QString &url, const QString &sql, QString *error);

// Whom the audit rows written through a store opened at `location` name: the login on a server
// (as the server knows it), the PC's user on a file (AuditLog::record).
QString auditWriter(const QString &location);

// As pgRows, for a store on either engine: a SQLite file's path or a server's URL.
QList<QVariantList> storeRows(const QString &location, const QString &sql, QString *error);

// The logins a test makes on a store of the cluster. While it lives, PGPASSFILE names a private
// copy of the cluster's password file, to which add() appends each new login's password; child
// processes inherit it, so a program started by the test connects as any of the logins.
class PgTestLogins {
public:
    PgTestLogins();
    ~PgTestLogins();
    PgTestLogins(const PgTestLogins &) = delete;
    PgTestLogins &operator=(const PgTestLogins &) = delete;

    // A new login "<stem>_<pid>" (logins are the cluster's, shared by every test run) with `role` in
    // the owner's store; empty and a warning when the store refuses it.
    QString add(Store &owner, const QString &stem, const QString &role, const QString &agencyKey = {});
    // Writes a login's password into the private password file (for a login made some other way).
    bool rememberPassword(const QString &login, const QString &password);
    // The store's URL for `login` instead of the fixture's own login.
    static QString as(const QString &url, const QString &login);

private:
    QTemporaryDir m_dir;
    QByteArray m_originalPassFile;
    QString m_passFile;
};

// The suites that run on both engines (CTest's "<test>_on_server", from pardesk_on_both_engines in
// tests/CMakeLists.txt, sets PARDESK_TEST_ENGINE=postgresql): the same test functions, with each store
// on the cluster instead of in a file.
bool onServerEngine();
// Where a test's store lives: `filePath` (a SQLite file) on the file engine; on the server engine a
// fresh database on the cluster, named after the file. A cluster that fails to make it is a broken
// fixture: the test stops there with the server's message.
QString storeLocation(const QString &filePath);

} // namespace pardesk::test

// In initTestCase of a suite that runs on both engines: on the server engine, skips the whole suite,
// saying why, where the cluster is not there.
#define PARDESK_REQUIRE_ENGINE()                                                                   \
    do {                                                                                           \
        if (pardesk::test::onServerEngine())                                                       \
            if (const QString why = pardesk::test::pgServerUnavailable(); !why.isEmpty())          \
                QSKIP(qPrintable(why));                                                            \
    } while (false)

// A test function about what only a SQLite file does (its locking, its bytes on disk): skipped on
// the server engine, saying why.
#define PARDESK_FILE_ENGINE_ONLY(why)                                                              \
    do {                                                                                           \
        if (pardesk::test::onServerEngine())                                                       \
            QSKIP("on a SQLite file only: " why);                                                  \
    } while (false)

// Skips the calling test function when the cluster is not there; fails it when making the
// database fails. Leaves the URL in `url`.
#define PARDESK_PG_DATABASE(url, stem)                                                             \
    do {                                                                                           \
        if (const QString why = pardesk::test::pgServerUnavailable(); !why.isEmpty())              \
            QSKIP(qPrintable(why));                                                                \
        QString pgError;                                                                           \
        url = pardesk::test::pgFreshDatabase(stem, &pgError);                                      \
        QVERIFY2(!url.isEmpty(), qPrintable(pgError));                                             \
    } while (false)
