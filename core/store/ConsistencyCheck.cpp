#include "store/ConsistencyCheck.h"
#include "store/SqlDialect.h"
#include "store/Store.h"

#include "text/NumberFormat.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
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
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{tr("The store cannot be read: %1").arg(q.lastError().text())};
    while (q.next())
        if (const QString line = q.value(0).toString(); line != u"ok")
            report.problems.append({QStringLiteral("integrity"), {}, 0, tr("SQLite integrity check: %1").arg(line)});

    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error{tr("The store cannot be read: %1").arg(q.lastError().text())};
    while (q.next())
        report.problems.append({QStringLiteral("foreign_key"), q.value(0).toString(), q.value(1).toLongLong(),
                                tr("Row %1 of %2 refers to a row of %3 that does not exist.")
                                    .arg(q.value(1).toLongLong())
                                    .arg(q.value(0).toString(), q.value(2).toString())});

    // A value's item must be an item of its submission's form (the key only says it is some item).
    if (!q.exec(QStringLiteral("SELECT v.submission_id, i.code, f.key FROM submission_values v "
                               "JOIN submissions s ON s.id = v.submission_id JOIN form_items i ON i.id = v.item_id "
                               "JOIN forms f ON f.id = s.form_id WHERE i.form_id <> s.form_id")))
        return Error{tr("The store cannot be read: %1").arg(q.lastError().text())};
    while (q.next())
        report.problems.append({QStringLiteral("value_item"), QStringLiteral("submission_values"), q.value(0).toLongLong(),
                                tr("Submission %1 holds a value for item %2, which its form %3 does not have.")
                                    .arg(q.value(0).toLongLong())
                                    .arg(q.value(1).toString(), q.value(2).toString())});

    // The number stored with a value is derived from its text when it is written: they must agree.
    // Coded answers (a label with its code) are not numbers and are left to the validator.
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT v.submission_id, i.code, v.raw, v.value, i.kind FROM submission_values v "
                               "JOIN form_items i ON i.id = v.item_id")))
        return Error{tr("The store cannot be read: %1").arg(q.lastError().text())};
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
