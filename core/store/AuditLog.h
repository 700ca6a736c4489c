#pragma once
// The audit trail: who changed what in the store, when, and from which value to which (audit_log).

#include "util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace pardesk {

class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // The name of the OS account that runs ParDesk (USER, LOGNAME or USERNAME), "unknown" when
    // none is set.
    static QString currentUser();

    // Appends one row inside the caller's transaction, so that the change and its record are
    // committed together or not at all. An empty object is stored as NULL (nothing before, or
    // nothing after).
    Status record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &oldValue,
                  const QJsonObject &newValue) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
