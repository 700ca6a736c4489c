#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {
namespace {

QVariant json(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString AuditLog::currentUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

Status AuditLog::record(QSqlDatabase db, const QString &entity, qint64 entityId, const QString &action,
                        const QJsonObject &oldValue, const QJsonObject &newValue)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log(at, user, entity, entity_id, action, old_value, new_value) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(currentUser());
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    q.addBindValue(json(oldValue));
    q.addBindValue(json(newValue));
    if (!q.exec())
        return Error{QCoreApplication::translate("AuditLog", "The change could not be recorded in the audit log: %1")
                         .arg(q.lastError().text())};
    return {};
}

} // namespace pardesk
