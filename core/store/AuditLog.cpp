#include "store/AuditLog.h"

#include "store/Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

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

Status AuditLog::record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &oldValue,
                        const QJsonObject &newValue) const
{
    Statement q(m_db, QStringLiteral("INSERT INTO audit_log(at, \"user\", entity, entity_id, action, old_value, new_value) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind({QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), currentUser(), entity, entityId, action,
            json(oldValue), json(newValue)});
    if (Status s = q.exec(); !s)
        return s.failure().withMessage(
            QCoreApplication::translate("AuditLog", "The change could not be recorded in the audit log: %1").arg(s.error()));
    return {};
}

} // namespace pardesk
