#pragma once
// Dates as Vietnamese documents write them, whatever the system's locale: 15/06/2024, and
// 15/06/2024 08:14 with the time. One place, so that no screen shows "3 Dec 2026 08:14:06"
// beside "15/06/2024".

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pardesk {

inline QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// In the time zone the value carries: callers convert to local time (or keep UTC) as they mean to.
inline QString dateTimeText(const QDateTime &time)
{
    return time.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace pardesk
