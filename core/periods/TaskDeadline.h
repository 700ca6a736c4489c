#pragma once
// When a task is due: its one deadline, or, for a recurring duty (quarterly reports, "Tháng 3, 6,
// 9, 12/2024"), the next of its due dates. What the tasks list shows, sorts by and calls overdue,
// and what the command line prints.

#include "domain/Records.h"

#include <QDate>

namespace pardesk {

class TaskDeadline {
public:
    // The first due date on or after `today`; when every one has passed, the last one, so that a
    // duty not done is overdue; the single deadline of a one-off task; an invalid date when none.
    // A task has one status, so an occurrence that passed while a later one is ahead is not tracked.
    static QDate next(const Task &task, const QDate &today);
    static bool isRecurring(const Task &task) { return task.dueDates.size() > 1; }
    // Due before `today` and not done.
    static bool isOverdue(const Task &task, const QDate &today);
};

} // namespace pardesk
