#pragma once
// What ParDesk writes as JSON for a value it may not have: null, not 0 or "" (every JSON it writes,
// for the CLI, packages, audit rows and the criteria sets, reads "not stated" the same way).

#include <QJsonValue>
#include <QString>
#include <optional>

namespace pardesk::json {

template <typename T>
QJsonValue numberOrNull(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

inline QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace pardesk::json
