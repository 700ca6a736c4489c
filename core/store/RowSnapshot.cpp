#include "store/RowSnapshot.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace pardesk {
namespace {

// Table and column names come from ParDesk's own code, never from the user: they are not bound.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

Error failure(const QSqlQuery &q)
{
    return Error{RowSnapshot::tr("The deleted rows could not be kept for undo: %1").arg(q.lastError().text())};
}

} // namespace

Status RowSnapshot::take(QSqlDatabase db, const QString &table, const QString &where, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(table, where), values))
        return failure(q);
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        m_rows.append({table, row});
    }
    return {};
}

Status RowSnapshot::takeLink(QSqlDatabase db, const QString &table, const QString &column, const QString &where,
                             const QVariantList &values)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %3").arg(column, table, where), values))
        return failure(q);
    while (q.next())
        m_links.append({table, q.value(0).toLongLong(), column, q.value(1)});
    return {};
}

Status RowSnapshot::restore(QSqlDatabase db) const
{
    for (const Row &row : m_rows) {
        const QStringList columns = row.values.keys();
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        QSqlQuery q(db);
        if (!run(q, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(row.table, columns.join(u", "), marks.join(u", ")),
                 row.values.values()))
            return Error{tr("The deleted rows could not be put back: %1").arg(q.lastError().text())};
    }
    for (const Link &link : m_links) {
        QSqlQuery q(db);
        if (!run(q, QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(link.table, link.column),
                 {link.value, link.rowid}))
            return Error{tr("The deleted rows could not be put back: %1").arg(q.lastError().text())};
    }
    return {};
}

int RowSnapshot::rowCount(const QString &table) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.table == table; }));
}

} // namespace pardesk
