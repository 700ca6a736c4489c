#pragma once
// Typed, strict access to one record of the bundled dataset: unknown keys and wrong types are
// reported with the file and record they are in, so a transcription slip fails loudly.

#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace pardesk {

class JsonRecord {
public:
    JsonRecord(QJsonObject object, QString where, const QStringList &allowedKeys, QStringList *errors);

    const QString &where() const { return m_where; }
    bool has(const QString &key) const;
    QString text(const QString &key) const;          // required string
    QVariant optionalText(const QString &key) const; // string or null → QVariant() when null/absent
    QVariant optionalNumber(const QString &key) const;
    QVariant optionalInt(const QString &key) const;
    bool flag(const QString &key) const;             // absent → false
    QStringList textList(const QString &key) const;  // absent or null → empty
    QJsonArray array(const QString &key) const;
    QJsonObject object(const QString &key) const;
    QString oneOf(const QString &key, const QStringList &allowed, bool nullable = false) const;
    void fail(const QString &message) const;

private:
    QJsonValue value(const QString &key) const;
    QJsonObject m_object;
    QString m_where;
    QStringList *m_errors;
};

} // namespace pardesk
