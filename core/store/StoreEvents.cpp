#include "store/StoreEvents.h"

#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

namespace pardesk {
namespace {

// Connection name → its events. Guarded: the integrity check runs on a worker thread (it commits
// nothing, but a commit on any thread looks here).
QMutex registryMutex;
QHash<QString, StoreEvents *> &registry()
{
    static QHash<QString, StoreEvents *> r;
    return r;
}

} // namespace

StoreEvents::StoreEvents(QSqlDatabase db) : m_db(std::move(db))
{
    m_dataVersion = dataVersion();
    if (engineOf(m_db) == Engine::Postgres)
        listenToServer();
}

// The driver reads the notifications from the connection's socket in this thread's event loop; its
// own commits come back too (SelfSource) and are skipped: committed() announced them already.
void StoreEvents::listenToServer()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(kChannel)) {
        qWarning("ParDesk: other clients' writes will not be noticed (LISTEN failed: %s)", qPrintable(driver->lastError().text()));
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == kChannel && source == QSqlDriver::OtherSource)
                    emit changed(decode(payload.toString()));
            });
}

QString StoreEvents::encode(const StoreChange &change)
{
    constexpr qsizetype kLimit = 7900; // PostgreSQL refuses a payload of 8000 bytes or more
    QJsonObject tables;
    for (auto it = change.rows.cbegin(); it != change.rows.cend(); ++it) {
        QJsonArray ids;
        for (qint64 id : it.value())
            ids.append(id);
        tables.insert(it.key(), ids);
    }
    QByteArray text = QJsonDocument(tables).toJson(QJsonDocument::Compact);
    if (text.size() > kLimit) { // the tables without their rows: each whole table may have changed
        for (auto it = tables.begin(); it != tables.end(); ++it)
            it.value() = QJsonArray();
        text = QJsonDocument(tables).toJson(QJsonDocument::Compact);
    }
    return text.size() > kLimit ? QStringLiteral("{}") : QString::fromUtf8(text);
}

StoreChange StoreEvents::decode(const QString &payload)
{
    StoreChange change;
    const QJsonObject tables = QJsonDocument::fromJson(payload.toUtf8()).object();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        QList<qint64> &ids = change.rows[it.key()];
        for (const QJsonValue &id : it.value().toArray())
            ids.append(id.toInteger());
    }
    return change;
}

StoreEvents::~StoreEvents() = default;

StoreEvents &StoreEvents::of(const QSqlDatabase &db)
{
    const QMutexLocker lock(&registryMutex);
    StoreEvents *&events = registry()[db.connectionName()];
    if (!events)
        events = new StoreEvents(db);
    return *events;
}

void StoreEvents::release(const QString &connectionName)
{
    StoreEvents *events = nullptr;
    {
        const QMutexLocker lock(&registryMutex);
        events = registry().take(connectionName);
    }
    delete events;
}

void StoreEvents::committed(const QSqlDatabase &db, const StoreChange &change)
{
    StoreEvents *events = nullptr;
    {
        const QMutexLocker lock(&registryMutex);
        events = registry().value(db.connectionName());
    }
    if (events)
        emit events->changed(change);
}

qint64 StoreEvents::dataVersion() const
{
    // A failed read (a closed connection) reads as -1: no change is reported for it.
    // A server has no data_version; other clients' writes are not noticed there yet (issue 14).
    if (engineOf(m_db) == Engine::Postgres)
        return -1;
    const auto version = Statement(m_db, QStringLiteral("PRAGMA data_version")).scalar();
    return version ? version->toLongLong() : -1;
}

bool StoreEvents::checkOtherWriters()
{
    const qint64 now = dataVersion();
    if (now < 0 || now == m_dataVersion)
        return false;
    m_dataVersion = now;
    emit changed(StoreChange{});
    return true;
}

} // namespace pardesk
