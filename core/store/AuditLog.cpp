#include "store/AuditLog.h"

#include "store/SqlDialect.h"
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
    // On a server the row names the login, as the server knows it (its policies check that it does);
    // on a file, the PC's user.
    const bool server = engineOf(m_db) == Engine::Postgres;
    Statement q(m_db, QStringLiteral("INSERT INTO audit_log(at, \"user\", entity, entity_id, action, old_value, new_value) "
                                     "VALUES (?, %1, ?, ?, ?, ?, ?)")
                          .arg(server ? QStringLiteral("current_user") : QStringLiteral("?")));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (server)
        q.bind({at, entity, entityId, action, json(oldValue), json(newValue)});
    else
        q.bind({at, currentUser(), entity, entityId, action, json(oldValue), json(newValue)});
    if (Status s = q.exec(); !s)
        return s.failure().withMessage(
            QCoreApplication::translate("AuditLog", "The change could not be recorded in the audit log: %1").arg(s.error()));
    return {};
}

} // namespace pardesk
