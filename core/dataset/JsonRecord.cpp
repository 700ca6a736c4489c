#include "dataset/JsonRecord.h"

#include <QJsonArray>

namespace pardesk {

JsonRecord::JsonRecord(QJsonObject object, QString where, const QStringList &allowedKeys, QStringList *errors)
    : m_object(std::move(object)), m_where(std::move(where)), m_errors(errors)
{
    for (const QString &key : m_object.keys())
        if (!allowedKeys.contains(key))
            fail(QStringLiteral("unknown key \"%1\"").arg(key));
}

void JsonRecord::fail(const QString &message) const
{
    m_errors->append(QStringLiteral("%1: %2").arg(m_where, message));
}

bool JsonRecord::has(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QJsonValue JsonRecord::value(const QString &key) const
{
    return m_object.value(key);
}

QString JsonRecord::text(const QString &key) const
{
    const QJsonValue v = value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        fail(QStringLiteral("\"%1\" must be a non-empty string").arg(key));
        return {};
    }
    return v.toString();
}

QVariant JsonRecord::optionalText(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(QStringLiteral("\"%1\" must be a string or null").arg(key));
        return {};
    }
    return v.toString();
}

QVariant JsonRecord::optionalNumber(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isDouble()) {
        fail(QStringLiteral("\"%1\" must be a number or null").arg(key));
        return {};
    }
    return v.toDouble();
}

QVariant JsonRecord::optionalInt(const QString &key) const
{
    const QVariant n = optionalNumber(key);
    if (n.isValid() && n.toDouble() != double(qint64(n.toDouble()))) {
        fail(QStringLiteral("\"%1\" must be a whole number").arg(key));
        return {};
    }
    return n.isValid() ? QVariant(qint64(n.toDouble())) : QVariant();
}

bool JsonRecord::flag(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        fail(QStringLiteral("\"%1\" must be true or false").arg(key));
    return v.toBool();
}

QStringList JsonRecord::textList(const QString &key) const
{
    QStringList out;
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        fail(QStringLiteral("\"%1\" must be a list of strings").arg(key));
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            fail(QStringLiteral("\"%1\" must hold only strings").arg(key));
        else
            out.append(item.toString());
    }
    return out;
}

QJsonArray JsonRecord::array(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(QStringLiteral("\"%1\" must be a list").arg(key));
    return v.toArray();
}

QJsonObject JsonRecord::object(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(QStringLiteral("\"%1\" must be an object").arg(key));
    return v.toObject();
}

QString JsonRecord::oneOf(const QString &key, const QStringList &allowed, bool nullable) const
{
    const QJsonValue v = value(key);
    if (nullable && (v.isUndefined() || v.isNull()))
        return {};
    if (!v.isString() || !allowed.contains(v.toString())) {
        fail(QStringLiteral("\"%1\" must be one of %2").arg(key, allowed.join(QStringLiteral(", "))));
        return {};
    }
    return v.toString();
}

} // namespace pardesk
