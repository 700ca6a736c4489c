#include "store/RowSnapshot.h"

#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>

namespace pardesk {
namespace {

// Table and column names come from ParDesk's own code, never from the user: they are not bound.
// Quoted, since a column may be a reserved word on PostgreSQL (audit_log."user").
QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

Error kept(const Error &failure)
{
    return failure.withMessage(RowSnapshot::tr("The deleted rows could not be kept for undo: %1").arg(failure.message));
}

Error putBack(const Error &failure)
{
    return failure.withMessage(RowSnapshot::tr("The deleted rows could not be put back: %1").arg(failure.message));
}

} // namespace

Status RowSnapshot::take(QSqlDatabase db, const QString &table, const QString &where, const QVariantList &values)
{
    Statement q(db, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3").arg(table, where, insertionOrder(db)));
    for (const QVariant &v : values)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return kept(s.failure());
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
    // The table's primary key as the driver reads it from the schema (SQLite and PostgreSQL alike).
    const QSqlIndex primary = db.primaryIndex(table);
    QStringList keyColumns;
    for (int i = 0; i < primary.count(); ++i)
        keyColumns << primary.fieldName(i);
    if (keyColumns.isEmpty())
        return kept(Error{tr("the table %1 has no primary key to find its rows again by.").arg(table)});
    QStringList selected;
    for (const QString &key : std::as_const(keyColumns))
        selected << quoted(key);
    Statement q(db, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4").arg(selected.join(u", "), quoted(column), table, where));
    for (const QVariant &v : values)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return kept(s.failure());
    while (q.next()) {
        QVariantList key;
        for (int i = 0; i < keyColumns.size(); ++i)
            key << q.value(i);
        m_links.append({table, keyColumns, key, column, q.value(int(keyColumns.size()))});
    }
    return {};
}

Status RowSnapshot::restore(QSqlDatabase db) const
{
    for (const Row &row : m_rows) {
        QStringList columns, marks;
        for (const QString &column : row.values.keys()) {
            columns << quoted(column);
            marks << QStringLiteral("?");
        }
        Statement q(db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(row.table, columns.join(u", "), marks.join(u", ")));
        for (const QVariant &v : row.values)
            q.bind(v);
        if (Status s = q.exec(); !s)
            return putBack(s.failure());
    }
    for (const Link &link : m_links) {
        QStringList matches;
        for (const QString &key : link.keyColumns)
            matches << quoted(key) + QStringLiteral(" = ?");
        Statement q(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(link.table, quoted(link.column), matches.join(u" AND ")));
        q.bind(link.value);
        for (const QVariant &v : link.key)
            q.bind(v);
        if (Status s = q.exec(); !s)
            return putBack(s.failure());
    }
    return {};
}

int RowSnapshot::rowCount(const QString &table) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.table == table; }));
}

} // namespace pardesk
