#pragma once
// What PlanEditor's source files share: the columns of targets and tasks, their values in that
// order, and one statement run with a message for the user. Not for use outside PlanEditor.

#include "domain/Records.h"
#include "store/PlanEditor.h"
#include "store/Statement.h"
#include "util/Result.h"

#include <algorithm>

namespace pardesk::plansql {

// Empty text is stored as NULL, as the dataset loader stores a field the document leaves blank.
inline QVariant text(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.trimmed());
}

template <typename T>
QVariant optional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

// The new row's id after an INSERT (Statement::lastInsertId: never Qt's, whose "SELECT lastval()"
// fails on a server connection that has inserted nothing yet and so aborts the whole transaction).
inline Result<qint64> run(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    Statement q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return q.failure(PlanEditor::tr("Writing to the database failed"));
    return q.lastInsertId();
}

template <typename Record>
Result<Record> findById(const Result<QList<Record>> &all, qint64 id, const QString &missing)
{
    if (!all)
        return all.failure();
    const auto it = std::find_if(all->begin(), all->end(), [id](const Record &r) { return r.id == id; });
    if (it == all->end())
        return Error{missing};
    return *it;
}

inline QVariantList targetValues(const Target &t)
{
    const bool measurable = t.kind != TargetKind::Qualitative;
    return {t.stt.trimmed(), t.part, text(t.area), t.text.trimmed(), text(t.fragment), text(t.indicator), text(t.theme),
            storeText(t.kind), measurable ? text(storeText(t.comparator)) : QVariant(QMetaType::fromType<QString>()),
            measurable ? optional(t.value) : QVariant(QMetaType::fromType<double>()), text(t.unit), storeText(t.direction),
            text(storeText(t.level)), optional(t.baselineYear), optional(t.baselineValue), t.aspirational ? 1 : 0,
            text(t.timeframe), text(t.deadline), text(t.lead), text(t.coordinating), text(t.legalBasis),
            text(t.tasksText)};
}

inline const QString kTargetColumns = QStringLiteral(
    "stt, part, area, text, fragment, indicator, theme, kind, comparator, value, unit, direction, level, baseline_year, "
    "baseline_value, aspirational, timeframe, deadline, lead, coordinating, legal_basis, tasks_text");

inline QVariantList taskValues(const Task &t, const QVariant &targetId)
{
    return {text(t.stt), text(t.group), t.text.trimmed(), text(t.lead), text(t.coordinating), text(t.timeframe),
            text(t.deadline), text(t.output), targetId, t.status};
}

inline const QString kTaskColumns =
    QStringLiteral("stt, grp, text, lead, coordinating, timeframe, deadline, output, target_id, status");

inline QString placeholders(int count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u", ");
}

inline QString assignments(const QString &columns)
{
    QStringList out;
    for (const QString &c : columns.split(u',', Qt::SkipEmptyParts))
        out << c.trimmed() + QStringLiteral(" = ?");
    return out.join(u", ");
}

} // namespace pardesk::plansql
