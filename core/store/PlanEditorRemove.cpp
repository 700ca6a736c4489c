// PlanEditor: deleting records, keeping what went so that undo can put it back.
#include "store/AuditLog.h"
#include "store/PlanEditor.h"
#include "store/PlanSql.h"
#include "store/PlanUpdate.h"
#include "store/Statement.h"
#include "store/Transaction.h"

namespace pardesk {

using namespace plansql;

namespace {

// A removed (or restored) document takes (or brings back) its targets and tasks; a target, the
// links of its tasks: those tables changed too, which rows not said.
void touchedWith(Transaction &transaction, PlanEntity entity, const QList<qint64> &ids)
{
    transaction.touched(planTable(entity), ids);
    if (entity == PlanEntity::Document)
        transaction.touched(planTable(PlanEntity::Target));
    if (entity != PlanEntity::Task)
        transaction.touched(planTable(PlanEntity::Task));
}

// Runs each step until one fails.
Status all(std::initializer_list<std::function<Status()>> steps)
{
    for (const auto &step : steps)
        if (const Status s = step(); !s)
            return s;
    return {};
}

// A failed read is an error, not "none": a delete that missed them would keep them out of its undo.
Result<QList<qint64>> citedDocuments(const QSqlDatabase &db, qint64 id)
{
    return Statement(db, QStringLiteral("SELECT id FROM documents WHERE cited_by_id = ? ORDER BY id"))
        .bind(id)
        .list<qint64>([](const Statement &row) { return row.value(0).toLongLong(); });
}

} // namespace

Status PlanEditor::takeTarget(RowSnapshot &rows, qint64 id) const
{
    const QVariantList byId = {id};
    return all({[&] { return rows.take(m_db, QStringLiteral("targets"), QStringLiteral("id = ?"), byId); },
                [&] { return rows.take(m_db, QStringLiteral("target_agencies"), QStringLiteral("target_id = ?"), byId); },
                // The delete sets these tasks' target_id to NULL (ON DELETE SET NULL).
                [&] { return rows.takeLink(m_db, QStringLiteral("tasks"), QStringLiteral("target_id"), QStringLiteral("target_id = ?"), byId); }});
}

Status PlanEditor::takeTask(RowSnapshot &rows, qint64 id) const
{
    const QVariantList byId = {id};
    return all({[&] { return rows.take(m_db, QStringLiteral("tasks"), QStringLiteral("id = ?"), byId); },
                [&] { return rows.take(m_db, QStringLiteral("task_agencies"), QStringLiteral("task_id = ?"), byId); }});
}

Status PlanEditor::takeDocument(RowSnapshot &rows, qint64 id) const
{
    const QVariantList byId = {id};
    const QString ofTargets = QStringLiteral("target_id IN (SELECT id FROM targets WHERE document_id = ?)");
    const Status own = all({
        [&] { return rows.take(m_db, QStringLiteral("documents"), QStringLiteral("id = ?"), byId); },
        [&] { return rows.take(m_db, QStringLiteral("document_legal_basis"), QStringLiteral("document_id = ?"), byId); },
        [&] { return rows.take(m_db, QStringLiteral("targets"), QStringLiteral("document_id = ?"), byId); },
        [&] { return rows.take(m_db, QStringLiteral("target_agencies"), ofTargets, byId); },
        [&] { return rows.take(m_db, QStringLiteral("tasks"), QStringLiteral("document_id = ?"), byId); },
        [&] {
            return rows.take(m_db, QStringLiteral("task_agencies"),
                             QStringLiteral("task_id IN (SELECT id FROM tasks WHERE document_id = ?)"), byId);
        },
        [&] { return rows.take(m_db, QStringLiteral("dossier_counts"), QStringLiteral("document_id = ?"), byId); },
        // Links from outside the document: tasks of other documents serving its targets, and
        // submissions filed as this document.
        [&] {
            return rows.takeLink(m_db, QStringLiteral("tasks"), QStringLiteral("target_id"),
                                 QStringLiteral("document_id <> ? AND ") + ofTargets, {id, id});
        },
        [&] { return rows.takeLink(m_db, QStringLiteral("submissions"), QStringLiteral("document_id"), QStringLiteral("document_id = ?"), byId); },
    });
    if (!own)
        return own;
    // The documents listed in this one (a report's appendix of directives) are part of it.
    const auto cited = citedDocuments(m_db, id);
    if (!cited)
        return cited.failure();
    for (const qint64 document : cited.value())
        if (const Status s = takeDocument(rows, document); !s)
            return s;
    return {};
}

Status PlanEditor::erase(PlanEntity entity, qint64 id)
{
    const auto deleteFrom = [&](const QString &table) {
        const auto done = run(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
        return done ? Status() : Status(done.failure());
    };
    switch (entity) {
    case PlanEntity::Target:
        return deleteFrom(QStringLiteral("targets"));
    case PlanEntity::Task:
        return deleteFrom(QStringLiteral("tasks"));
    case PlanEntity::Document: {
        const auto cited = citedDocuments(m_db, id);
        if (!cited)
            return cited.failure();
        for (const qint64 document : cited.value())
            if (const Status s = erase(PlanEntity::Document, document); !s)
                return s;
        // submissions.document_id has no ON DELETE action: the link is cleared first.
        if (const auto done = run(m_db, QStringLiteral("UPDATE submissions SET document_id = NULL WHERE document_id = ?"), {id});
            !done)
            return done.failure();
        return deleteFrom(QStringLiteral("documents"));
    }
    }
    return {};
}

Result<RemovedRecords> PlanEditor::remove(PlanEntity entity, const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    if (const Status s = transaction.began(); !s)
        return s.failure();
    RemovedRecords removed;
    removed.entity = entity;
    for (const qint64 id : ids) {
        if (const Status s = transaction.lockRow(planTable(entity), id); !s)
            return s.failure();
        const QJsonObject before = recordJson(entity, id);
        if (before.isEmpty())
            return Error{tr("The record to delete is no longer in the database.")};
        const Status taken = entity == PlanEntity::Document ? takeDocument(removed.rows, id)
                             : entity == PlanEntity::Target ? takeTarget(removed.rows, id)
                                                            : takeTask(removed.rows, id);
        if (!taken)
            return taken.failure();
        if (const Status s = erase(entity, id); !s)
            return s.failure();
        if (const Status s = AuditLog(m_db).record(entityName(entity), id, QStringLiteral("delete"), before, {}); !s)
            return s.failure();
        removed.ids << id;
        removed.records << before;
    }
    touchedWith(transaction, entity, ids);
    if (const Status s = transaction.commit(); !s)
        return s.failure();
    return removed;
}

Status PlanEditor::restore(const RemovedRecords &removed)
{
    Transaction transaction(m_db);
    if (const Status s = transaction.began(); !s)
        return s.failure();
    if (const Status s = removed.rows.restore(m_db); !s)
        return s;
    for (int i = 0; i < removed.ids.size(); ++i)
        if (const Status s = AuditLog(m_db).record(entityName(removed.entity), removed.ids[i], QStringLiteral("restore"), {},
                                              recordJson(removed.entity, removed.ids[i]));
            !s)
            return s;
    touchedWith(transaction, removed.entity, removed.ids);
    return transaction.commit();
}

} // namespace pardesk
