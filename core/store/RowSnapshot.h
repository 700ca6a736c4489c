#pragma once
// Rows copied out of the store before they are deleted, so that an undo puts them back exactly as
// they were (same ids, same links), inside the caller's transaction.

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QVariantMap>

namespace pardesk {

class RowSnapshot {
    Q_DECLARE_TR_FUNCTIONS(RowSnapshot)
public:
    // Copies the rows of `table` that match `where` (an SQL condition with ? placeholders). Rows go
    // back in the order they were taken, so take a parent before the rows that refer to it.
    Status take(QSqlDatabase db, const QString &table, const QString &where, const QVariantList &values);

    // Remembers `column` of the rows of `table` that match `where`: a link that the delete clears
    // (ON DELETE SET NULL, or cleared by hand) and that restore() sets again after the rows are back.
    Status takeLink(QSqlDatabase db, const QString &table, const QString &column, const QString &where,
                    const QVariantList &values);

    Status restore(QSqlDatabase db) const;

    bool isEmpty() const { return m_rows.isEmpty() && m_links.isEmpty(); }
    int rowCount(const QString &table) const;

private:
    struct Row {
        QString table;
        QVariantMap values;
    };
    // A row is found again by its primary key (on both engines: a server has no rowid).
    struct Link {
        QString table;
        QStringList keyColumns;
        QVariantList key;
        QString column;
        QVariant value;
    };
    QList<Row> m_rows;
    QList<Link> m_links;
};

} // namespace pardesk
