#pragma once
// What the repositories share to turn rows into records: nullable columns as optionals, and a read
// of every row whose failure becomes one message for the user (and stays retryable when busy).

#include "store/Statement.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <functional>
#include <optional>

namespace pardesk::rows {

inline std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

inline std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

template <typename T>
Result<QList<T>> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const std::function<T(const Statement &)> &map)
{
    Statement q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    auto out = q.list<T>(map);
    if (!out)
        return out.failure().withMessage(
            QCoreApplication::translate("Catalog", "Reading the database failed: %1").arg(out.error()));
    return out;
}

} // namespace pardesk::rows
