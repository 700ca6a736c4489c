#include "periods/TaskDeadline.h"

namespace pardesk {

QDate TaskDeadline::next(const Task &task, const QDate &today)
{
    if (task.dueDates.isEmpty())
        return QDate::fromString(task.deadline, Qt::ISODate);
    QDate last;
    for (const QString &iso : task.dueDates) { // ascending, as the store keeps them
        last = QDate::fromString(iso, Qt::ISODate);
        if (last >= today)
            return last;
    }
    return last;
}

bool TaskDeadline::isOverdue(const Task &task, const QDate &today)
{
    const QDate due = next(task, today);
    return due.isValid() && due < today && task.status != u"done";
}

} // namespace pardesk
