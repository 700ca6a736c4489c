#include "PgTestServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <atomic>

namespace pardesk::test {
namespace {

QString clusterDir()
{
    return qEnvironmentVariable("PARDESK_TEST_PG_DIR");
}

QString urlOf(const QString &database)
{
    return QStringLiteral("postgresql://pardesk@%1/%2").arg(QString::fromUtf8(QUrl::toPercentEncoding(clusterDir())), database);
}

// A connection of the tests' own (not ParDesk's): the store under test never sees it.
template <typename Work>
QString withConnection(const QString &database, Work work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("pg-test-%1").arg(counter.fetch_add(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(clusterDir());
        db.setUserName(QStringLiteral("pardesk"));
        db.setDatabaseName(database);
        if (!db.open())
            error = QStringLiteral("cannot connect to the test cluster in %1: %2").arg(clusterDir(), db.lastError().text());
        else
            error = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString pgServerUnavailable()
{
    if (clusterDir().isEmpty())
        return QStringLiteral("no PostgreSQL test cluster: PARDESK_TEST_PG_DIR is not set (run the test through CTest, "
                              "whose fixture pg_cluster starts one)");
    QFile unavailable(clusterDir() + QStringLiteral("/unavailable"));
    if (unavailable.open(QIODevice::ReadOnly))
        return QStringLiteral("the server tests skip: %1").arg(QString::fromUtf8(unavailable.readAll()).trimmed());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("the server tests skip: Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
    return {};
}

QString pgFreshDatabase(const QString &stem, QString *error)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(counter.fetch_add(1));
    *error = withConnection(QStringLiteral("pardesk"), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)) ? QString() : q.lastError().text();
    });
    return error->isEmpty() ? urlOf(name) : QString();
}

QString pgExec(const QString &url, const QString &sql)
{
    const QString database = url.section(u'/', -1);
    return withConnection(database, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().text();
    });
}

} // namespace pardesk::test
