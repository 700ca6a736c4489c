#pragma once
// Read access to what the store holds: documents, targets, tasks, forms, submissions, scores.

#include "domain/Records.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace pardesk {

struct TargetFilter {
    QString province; // TQ, BG, TV or empty
    QString theme;
    QString plan;     // a document's number or key
};

class Catalog {
public:
    explicit Catalog(QSqlDatabase db);

    Result<QList<Document>> documents() const;
    Result<QList<Target>> targets(const TargetFilter &filter = {}) const;
    Result<QList<Task>> tasks(const QString &plan = {}) const;
    Result<QList<Form>> forms() const;
    Result<QList<Submission>> submissions() const;
    Result<QList<SubmissionValue>> values(qint64 submissionId) const;
    Result<QList<Score>> scores() const;
    Result<QList<Theme>> themes() const;
    Result<QList<Indicator>> indicators() const;

    // Whether a plan number or key names a document, for a clear message when it does not.
    bool hasDocument(const QString &plan) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk
