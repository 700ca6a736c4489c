#pragma once
// Writes documents, targets and tasks: each call checks the records, then writes them in one
// transaction with an audit_log row per record; a delete keeps what it removed so it can be undone.

#include "domain/Records.h"
#include "store/PlanChecks.h"
#include "store/Plans.h"
#include "store/RowSnapshot.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace pardesk {

enum class PlanEntity { Document, Target, Task };

template <typename Record>
constexpr PlanEntity entityOf();
template <>
constexpr PlanEntity entityOf<Document>() { return PlanEntity::Document; }
template <>
constexpr PlanEntity entityOf<Target>() { return PlanEntity::Target; }
template <>
constexpr PlanEntity entityOf<Task>() { return PlanEntity::Task; }

// What remove() took out of the store: enough to put it back with the same ids.
struct RemovedRecords {
    PlanEntity entity = PlanEntity::Document;
    QList<qint64> ids;
    QList<QJsonObject> records; // each record as it was, for the audit entry of its restore
    RowSnapshot rows;
};

struct Province {
    QString code;
    QString name;
};

class PlanEditor {
    Q_DECLARE_TR_FUNCTIONS(PlanEditor)
public:
    explicit PlanEditor(QSqlDatabase db);
    QSqlDatabase connection() const { return m_db; } // for core/store's own (PlanUpdate)
    // The plan readers of the same store: the dialogs that edit through this editor list from them.
    Plans plans() const { return Plans(m_db); }

    // PlanChecks' issues and the store's own: a document key or a target's STT and part already
    // used, a document or a target STT that does not exist.
    QList<FieldIssue> check(const Document &d) const;
    QList<FieldIssue> check(const Target &t) const;
    QList<FieldIssue> check(const Task &t) const;

    // New records get new ids (a document without a key gets one made from its number); a target
    // or task names its document by key, a task its target by STT. All or nothing.
    Result<QList<qint64>> create(const QList<Document> &documents);
    Result<QList<qint64>> create(const QList<Target> &targets);
    Result<QList<qint64>> create(const QList<Task> &tasks);

    // The record with the same id takes these values. The agency links that the dataset made from
    // the lead and coordinating texts are kept as they were.
    Status update(const Document &document);
    Status update(const Target &target);
    Status update(const Task &task);
    Status setTaskStatus(qint64 taskId, const QString &status);

    // A document goes with its targets, tasks and the documents listed in it; a task that served a
    // removed target loses the link, and gets it back on restore().
    Result<RemovedRecords> remove(PlanEntity entity, const QList<qint64> &ids);
    Status restore(const RemovedRecords &removed);

    Result<Document> document(qint64 id) const;
    Result<Target> target(qint64 id) const;
    Result<Task> task(qint64 id) const;
    Result<QList<Province>> provinces() const;

    static QString entityName(PlanEntity entity); // "document", "target", "task": audit_log.entity

private:
    Status refuse(const QList<FieldIssue> &issues) const;
    QJsonObject recordJson(PlanEntity entity, qint64 id) const;
    Result<qint64> documentId(const QString &key) const;
    Result<QVariant> targetId(qint64 documentId, const QString &stt) const;
    Status writeLegalBasis(qint64 documentId, const QStringList &citations);
    Status takeDocument(RowSnapshot &rows, qint64 id) const;
    Status takeTarget(RowSnapshot &rows, qint64 id) const;
    Status takeTask(RowSnapshot &rows, qint64 id) const;
    Status erase(PlanEntity entity, qint64 id);
    // A key made from the document's number that no stored document has and `alsoTaken` does not
    // hold; an error when the store cannot be asked.
    Result<QString> freeDocumentKey(const Document &d, const QSet<QString> &alsoTaken = {}) const;
    // The one shape of every create: one transaction; each record checked, inserted by `insert`
    // and audited; all or nothing.
    template <typename Record, typename Insert>
    Result<QList<qint64>> createAll(const QList<Record> &records, PlanEntity entity, Insert insert);

    QSqlDatabase m_db;
};

} // namespace pardesk
