#pragma once
// A whole store into an empty one, across engines (issue 14): SQLite → server for an office that
// moves up, server → SQLite for an offline copy. Every table, every row with its id, in one
// transaction on the target; the target must hold no rows; the rows of each table are counted on
// both sides at the end, inside that transaction, and any difference rolls it all back.

#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pardesk {

class StoreCopy {
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    struct TableCount {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };

    // Both stores open at the same (latest) schema; `target` with no rows in any table.
    static Result<QList<TableCount>> copy(const Database &source, const Database &target);

    // The store's tables in the order the migrations create them (a table's links point to
    // earlier ones, or to itself).
    static QStringList tables();
    // Rows per table.
    static Result<QList<TableCount>> count(const Database &store);
};

} // namespace pardesk
