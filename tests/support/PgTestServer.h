#pragma once
// The throw-away PostgreSQL cluster of the CTest fixture "pg_cluster" (tests/support/pg-cluster.sh):
// fresh databases on it for the server tests, which skip, saying why, where PostgreSQL is missing.

#include <QString>
#include <QTest>

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

} // namespace pardesk::test

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
