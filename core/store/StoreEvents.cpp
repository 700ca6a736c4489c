#include "store/StoreEvents.h"

#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <QHash>
#include <QMutex>

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
