#pragma once
// The store checked as a whole (`pardesk-cli check`): SQLite's own integrity check, every foreign
// key, and the app's own rules that SQLite cannot state: a value's number is the one its text
// reads, and a value belongs to an item of its submission's form.

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace pardesk {

class Store;

struct ConsistencyProblem {
    QString check;   // "integrity", "foreign_key", "value_number", "value_item"
    QString table;   // where, when known
    qint64 rowId = 0; // the row (submission id for the value checks), 0 when unknown
    QString message; // for the user, in the current language
};

class ConsistencyCheck {
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)
public:
    struct Report {
        QList<ConsistencyProblem> problems;
        qint64 valuesChecked = 0;
        bool ok() const { return problems.isEmpty(); }
        // {"ok": bool, "checks": [names], "values_checked": n, "problems": [{check, table, row, message}]}
        QJsonObject toJson() const;
    };

    // Reads only. Fails only when the store cannot be read at all.
    static Result<Report> run(const QSqlDatabase &db);
    static Result<Report> run(const Store &store);
};

} // namespace pardesk
