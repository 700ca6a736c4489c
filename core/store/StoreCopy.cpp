#include "store/StoreCopy.h"

#include "store/Migrations.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QSqlRecord>

namespace pardesk {
namespace {

// Columns that point into their own table (agencies.parent_id, documents.cited_by_id): written
// after every row of the table is in, since a row may point to a later one.
QStringList selfLinks(const QString &table)
{
    QStringList out;
    static const QRegularExpression link(QStringLiteral(R"((\w+)\s+INTEGER\s+REFERENCES\s+(\w+)\s*\(\s*id\s*\))"));
    for (const Migration &m : migrations()) {
        for (const QString &sql : m.statements) {
            static const QRegularExpression owner(QStringLiteral(R"(^\s*(?:CREATE\s+TABLE|ALTER\s+TABLE)\s+(\w+))"));
            if (owner.match(sql).captured(1) != table)
                continue;
            for (auto it = link.globalMatch(sql); it.hasNext();) {
                const auto match = it.next();
                if (match.captured(2) == table)
                    out << match.captured(1);
            }
        }
    }
    return out;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList out;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

// A new row's id on a server comes from the table's identity counter: after ids were written
// explicitly it must go on from the largest.
Status resetIdCounter(const QSqlDatabase &db, const QString &table)
{
    if (engineOf(db) != Engine::Postgres || !tablesWithGeneratedId().contains(table))
        return {};
    return Statement::run(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                             "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                                  .arg(table));
}

Status copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QStringList columns = columnsOf(from, table);
    const QStringList targetColumns = columnsOf(to, table);
    for (const QString &column : columns)
        if (!targetColumns.contains(column))
            return Error{StoreCopy::tr("The target has no column %1 in the table %2; both stores must be at the same schema.")
                             .arg(column, table)};
    const QStringList links = selfLinks(table);
    QStringList names, marks;
    for (const QString &column : columns) {
        names << quoted(column);
        marks << QStringLiteral("?");
    }
    Statement read(from, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(names.join(QStringLiteral(", ")), table, insertionOrder(from)));
    read.streamRows(); // the target is another connection: nothing runs on this one meanwhile
    if (Status s = read.exec(); !s)
        return s.failure().withMessage(StoreCopy::tr("Reading the table %1 failed: %2").arg(table, s.error()));
    Statement write(to, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    QList<std::pair<QVariant, QVariantList>> later; // id → the self-links to set
    const int idColumn = columns.indexOf(QStringLiteral("id"));
    while (read.next()) {
        QVariantList links_;
        for (int i = 0; i < columns.size(); ++i) {
            const bool selfLink = links.contains(columns[i]);
            if (selfLink)
                links_ << read.value(i);
            write.bind(selfLink ? QVariant() : read.value(i));
        }
        if (Status s = write.exec(); !s)
            return s.failure().withMessage(StoreCopy::tr("Writing the table %1 failed: %2").arg(table, s.error()));
        if (!links.isEmpty() && idColumn >= 0)
            later.append({read.value(idColumn), links_});
    }
    for (int l = 0; l < links.size(); ++l) {
        Statement link(to, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, links[l]));
        for (const auto &[id, values] : std::as_const(later)) {
            if (values[l].isNull())
                continue;
            if (Status s = link.bind({values[l], id}).exec(); !s)
                return s.failure().withMessage(StoreCopy::tr("Writing the table %1 failed: %2").arg(table, s.error()));
        }
    }
    return resetIdCounter(to, table);
}

} // namespace

QStringList StoreCopy::tables()
{
    QStringList out;
    static const QRegularExpression create(QStringLiteral(R"(^\s*CREATE\s+TABLE\s+(\w+))"));
    for (const Migration &m : migrations())
        for (const QString &sql : m.statements)
            if (const auto match = create.match(sql); match.hasMatch())
                out << match.captured(1);
    return out;
}

Result<QList<StoreCopy::TableCount>> StoreCopy::count(const Database &store)
{
    QList<TableCount> out;
    for (const QString &table : tables()) {
        const auto rows = Statement(store.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).scalar();
        if (!rows)
            return rows.failure().withMessage(tr("Counting the rows of %1 in %2 failed: %3").arg(table, store.path(), rows.error()));
        out.append({table, rows->toLongLong(), rows->toLongLong()});
    }
    return out;
}

Result<QList<StoreCopy::TableCount>> StoreCopy::copy(const Database &source, const Database &target)
{
    const auto sourceVersion = source.schemaVersion();
    const auto targetVersion = target.schemaVersion();
    if (!sourceVersion)
        return sourceVersion.failure();
    if (!targetVersion)
        return targetVersion.failure();
    if (sourceVersion.value() != latestSchemaVersion() || targetVersion.value() != latestSchemaVersion())
        return Error{tr("Both stores must be at schema %1 to be copied (the source is at %2, the target at %3).")
                         .arg(latestSchemaVersion())
                         .arg(sourceVersion.value())
                         .arg(targetVersion.value())};
    const QSqlDatabase to = target.connection();
    Transaction tx(to);
    if (Status s = tx.began(); !s)
        return s.failure();
    // Counted inside the transaction: a target that another program fills meanwhile is not mixed into.
    const auto before = count(target);
    if (!before)
        return before.failure();
    for (const TableCount &t : before.value())
        if (t.source > 0)
            return Error{tr("The target %1 is not empty (its table %2 holds %n row(s)); ParDesk copies only into an "
                            "empty store, so that nothing there is overwritten or mixed.",
                            nullptr, int(t.source))
                             .arg(target.path(), t.table)};
    QList<TableCount> counts;
    for (const QString &table : tables())
        if (Status s = copyTable(source.connection(), to, table); !s)
            return s.failure();
    const auto sourceRows = count(source);
    const auto targetRows = count(target);
    if (!sourceRows)
        return sourceRows.failure();
    if (!targetRows)
        return targetRows.failure();
    for (int i = 0; i < sourceRows->size(); ++i) {
        const TableCount c{sourceRows->at(i).table, sourceRows->at(i).source, targetRows->at(i).source};
        if (c.source != c.target)
            return Error{tr("The copy was undone: the table %1 holds %2 rows in the source but %3 in the target.")
                             .arg(c.table)
                             .arg(c.source)
                             .arg(c.target)};
        counts.append(c);
    }
    if (Status s = tx.commit(); !s)
        return s.failure();
    return counts;
}

} // namespace pardesk
