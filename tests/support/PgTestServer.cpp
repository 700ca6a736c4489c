#include "PgTestServer.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

QList<QVariantList> pgRows(const QString &url, const QString &sql, QString *error)
{
    QList<QVariantList> rows;
    *error = withConnection(url.section(u'/', -1), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return q.lastError().text();
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            rows.append(row);
        }
        return QString();
    });
    return rows;
}

bool onServerEngine()
{
    return qEnvironmentVariable("PARDESK_TEST_ENGINE") == u"postgresql";
}

QString storeLocation(const QString &filePath)
{
    if (!onServerEngine())
        return filePath;
    QString stem = QFileInfo(filePath).completeBaseName().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    QString error;
    const QString url = pgFreshDatabase(QStringLiteral("t_") + stem, &error);
    if (url.isEmpty())
        qFatal("the test cluster cannot make a database for %s: %s", qPrintable(filePath), qPrintable(error));
    return url;
}

QString auditWriter(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql:")) ? QUrl(location).userName() : AuditLog::currentUser();
}

QList<QVariantList> storeRows(const QString &location, const QString &sql, QString *error)
{
    if (location.startsWith(QStringLiteral("postgresql:")))
        return pgRows(location, sql, error);
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("store-rows-%1").arg(counter.fetch_add(1));
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open())
            *error = db.lastError().text();
        else if (!q.exec(sql))
            *error = q.lastError().text();
        else
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i));
                rows.append(row);
            }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

PgTestLogins::PgTestLogins() : m_originalPassFile(qgetenv("PGPASSFILE")), m_passFile(m_dir.filePath(QStringLiteral("pgpass")))
{
    QFile copy(m_passFile);
    QFile original(QString::fromLocal8Bit(m_originalPassFile));
    if (copy.open(QIODevice::WriteOnly) && original.open(QIODevice::ReadOnly))
        copy.write(original.readAll());
    copy.close();
    // libpq ignores a password file that others may read.
    QFile::setPermissions(m_passFile, QFile::ReadOwner | QFile::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(m_passFile));
}

PgTestLogins::~PgTestLogins()
{
    qputenv("PGPASSFILE", m_originalPassFile);
}

QString PgTestLogins::add(Store &owner, const QString &stem, const QString &role, const QString &agencyKey)
{
    const QString login = QStringLiteral("%1_%2").arg(stem).arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("pw-%1-'quoted'").arg(login);
    if (const Status added = owner.serverLogins().add(login, role, agencyKey, password); !added) {
        qWarning("%s", qPrintable(added.error()));
        return {};
    }
    return rememberPassword(login, password) ? login : QString();
}

bool PgTestLogins::rememberPassword(const QString &login, const QString &password)
{
    QFile pass(m_passFile);
    if (!pass.open(QIODevice::Append))
        return false;
    QString escaped = password;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u':', QStringLiteral("\\:"));
    return pass.write(QStringLiteral("%1:5432:*:%2:%3\n").arg(clusterDir(), login, escaped).toUtf8()) > 0;
}

QString PgTestLogins::as(const QString &url, const QString &login)
{
    QString out = url;
    return out.replace(QStringLiteral("postgresql://pardesk@"), QStringLiteral("postgresql://%1@").arg(login));
}

} // namespace pardesk::test
