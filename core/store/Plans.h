#pragma once
// The plans the store holds: documents, their targets and tasks, the themes the targets are filed
// under and the form items that measure them (indicators).

#include "domain/Records.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace pardesk {

struct TargetFilter {
    QString province; // TQ, BG, TV or empty
    QString theme;
    QString plan;     // a document's number or key
};

class Plans {
public:
    explicit Plans(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Document>> documents() const;
    Result<QList<Target>> targets(const TargetFilter &filter = {}) const;
    Result<QList<Task>> tasks(const QString &plan = {}) const;
    Result<QList<Theme>> themes() const;
    Result<QList<Indicator>> indicators() const;

    // Whether a plan number or key names a document, for a clear message when it does not.
    Result<bool> hasDocument(const QString &plan) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
