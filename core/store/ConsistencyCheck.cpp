#include "store/ConsistencyCheck.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Store.h"

#include "text/NumberFormat.h"

#include <QJsonArray>
#include <cmath>

namespace pardesk {

Result<ConsistencyCheck::Report> ConsistencyCheck::run(const Store &store)
{
    return run(store.database().connection());
}

Result<ConsistencyCheck::Report> ConsistencyCheck::run(const QSqlDatabase &db)
{
    // integrity_check and foreign_key_check read a SQLite file; a server checks its own pages and
    // enforces its foreign keys on every write.
    if (engineOf(db) == Engine::Postgres)
        return Error{tr("The store is on a PostgreSQL server, which checks its own pages and enforces the links "
                        "between tables on every write; pardesk-cli check reads SQLite files only.")};
    Report report;
    // The store's failure told as unreadable; it keeps its kind (a busy store may be checked again).
    const auto unreadable = [](const Status &s) { return s.failure().withMessage(tr("The store cannot be read: %1").arg(s.error())); };
    Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (Status s = integrity.exec(); !s)
        return unreadable(s);
    while (integrity.next())
        if (const QString line = integrity.value(0).toString(); line != u"ok")
            report.problems.append({QStringLiteral("integrity"), {}, 0, tr("SQLite integrity check: %1").arg(line)});

    Statement foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status s = foreignKeys.exec(); !s)
        return unreadable(s);
    while (foreignKeys.next())
        report.problems.append({QStringLiteral("foreign_key"), foreignKeys.value(0).toString(), foreignKeys.value(1).toLongLong(),
                                tr("Row %1 of %2 refers to a row of %3 that does not exist.")
                                    .arg(foreignKeys.value(1).toLongLong())
                                    .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString())});

    // A value's item must be an item of its submission's form (the key only says it is some item).
    Statement items(db, QStringLiteral("SELECT v.submission_id, i.code, f.key FROM submission_values v "
                                       "JOIN submissions s ON s.id = v.submission_id JOIN form_items i ON i.id = v.item_id "
                                       "JOIN forms f ON f.id = s.form_id WHERE i.form_id <> s.form_id"));
    if (Status s = items.exec(); !s)
        return unreadable(s);
    while (items.next())
        report.problems.append({QStringLiteral("value_item"), QStringLiteral("submission_values"), items.value(0).toLongLong(),
                                tr("Submission %1 holds a value for item %2, which its form %3 does not have.")
                                    .arg(items.value(0).toLongLong())
                                    .arg(items.value(1).toString(), items.value(2).toString())});

    // The number stored with a value is derived from its text when it is written: they must agree.
    // Coded answers (a label with its code) are not numbers and are left to the validator. Every
    // value of the store: streamed.
    Statement q(db, QStringLiteral("SELECT v.submission_id, i.code, v.raw, v.value, i.kind FROM submission_values v "
                                   "JOIN form_items i ON i.id = v.item_id"));
    if (Status s = q.streamRows().exec(); !s)
        return unreadable(s);
    while (q.next()) {
        ++report.valuesChecked;
        const QString raw = q.value(2).toString();
        const QString kind = q.value(4).toString();
        if (kind == u"choice" || kind == u"yesno" || kind == u"text")
            continue;
        const bool hasNumber = !q.value(3).isNull();
        const double value = q.value(3).toDouble();
        QString why;
        if (hasNumber && !textReadsAs(raw, value))
            why = tr("its number %1 is not what its text \"%2\" reads").arg(value).arg(raw);
        else if (!hasNumber && !raw.isEmpty() && parseNumber(raw).isNumber())
            why = tr("its text \"%1\" is a number but no number is stored").arg(raw);
        if (!why.isEmpty())
            report.problems.append({QStringLiteral("value_number"), QStringLiteral("submission_values"), q.value(0).toLongLong(),
                                    tr("Submission %1, item %2: %3.").arg(q.value(0).toLongLong()).arg(q.value(1).toString(), why)});
    }
    return report;
}

QJsonObject ConsistencyCheck::Report::toJson() const
{
    QJsonArray list;
    for (const ConsistencyProblem &p : problems)
        list.append(QJsonObject{{"check", p.check}, {"table", p.table}, {"row", p.rowId}, {"message", p.message}});
    return {{"ok", ok()},
            {"checks", QJsonArray{"integrity", "foreign_key", "value_item", "value_number"}},
            {"values_checked", valuesChecked},
            {"problems", list}};
}

} // namespace pardesk
