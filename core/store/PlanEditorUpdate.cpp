// PlanEditor: changes to existing records, and the readers the dialogs fill themselves from.
#include "store/AuditLog.h"
#include "store/Plans.h"
#include "store/References.h"
#include "store/PlanEditor.h"
#include "store/PlanSql.h"
#include "store/PlanUpdate.h"
#include "store/Transaction.h"

#include <functional>

namespace pardesk {

using namespace plansql;

namespace {

// One change: the record is checked, written by `write`, and audited with its JSON before and after.
template <typename Record, typename Write>
Status updateRecord(PlanEditor &editor, QSqlDatabase db, PlanEntity entity, const Record &record,
                    const std::function<QJsonObject(qint64)> &json, Write write)
{
    if (const auto issues = editor.check(record); !issues.isEmpty()) {
        QStringList messages;
        for (const FieldIssue &i : issues)
            messages << i.message;
        return Error{messages.join(u'\n')};
    }
    Transaction transaction(db);
    if (const Status s = transaction.lockRow(planTable(entity), record.id); !s)
        return s.failure();
    const QJsonObject before = json(record.id);
    if (before.isEmpty())
        return Error{PlanEditor::tr("The record to change is no longer in the database.")};
    if (const Status s = write(); !s)
        return s;
    if (const Status s = AuditLog(db).record(PlanEditor::entityName(entity), record.id, QStringLiteral("update"), before,
                                          json(record.id));
        !s)
        return s;
    transaction.touched(planTable(entity), record.id);
    return transaction.commit();
}

Status asStatus(const Result<qint64> &r)
{
    return r ? Status() : Status(r.failure());
}

} // namespace

Status PlanEditor::update(const Document &d)
{
    return updateRecord(*this, m_db, PlanEntity::Document, d, [this](qint64 id) { return recordJson(PlanEntity::Document, id); },
                        [&]() -> Status {
                            const auto done = run(m_db,
                                                  QStringLiteral("UPDATE documents SET number = ?, type = ?, type_label = ?, "
                                                                 "issued = ?, issuer = ?, province = ?, year = ?, title = ? "
                                                                 "WHERE id = ?"),
                                                  {d.number.trimmed(), d.type, text(d.typeLabel), text(d.issued), text(d.issuer),
                                                   d.province, optional(d.year), d.title.trimmed(), d.id});
                            if (!done)
                                return asStatus(done);
                            return writeLegalBasis(d.id, d.legalBasis);
                        });
}

Status PlanEditor::update(const Target &t)
{
    return updateRecord(*this, m_db, PlanEntity::Target, t, [this](qint64 id) { return recordJson(PlanEntity::Target, id); },
                        [&]() -> Status {
                            // A target stays in its document: the document key only names it.
                            return asStatus(run(m_db, QStringLiteral("UPDATE targets SET %1 WHERE id = ?").arg(assignments(kTargetColumns)),
                                                targetValues(t) + QVariantList{t.id}));
                        });
}

Status PlanEditor::update(const Task &t)
{
    return updateRecord(*this, m_db, PlanEntity::Task, t, [this](qint64 id) { return recordJson(PlanEntity::Task, id); },
                        [&]() -> Status {
                            const auto document = documentId(t.documentKey);
                            if (!document)
                                return document.failure();
                            const auto target = targetId(document.value(), t.targetStt);
                            if (!target)
                                return target.failure();
                            return asStatus(run(m_db, QStringLiteral("UPDATE tasks SET %1 WHERE id = ?").arg(assignments(kTaskColumns)),
                                                taskValues(t, target.value()) + QVariantList{t.id}));
                        });
}

Status PlanEditor::setTaskStatus(qint64 taskId, const QString &status)
{
    auto current = task(taskId);
    if (!current)
        return current.failure();
    current->status = status;
    return update(current.value());
}

Result<Document> PlanEditor::document(qint64 id) const
{
    return findById(Plans(m_db).documents(), id, tr("There is no document with id %1.").arg(id));
}

Result<Target> PlanEditor::target(qint64 id) const
{
    return findById(Plans(m_db).targets(), id, tr("There is no target with id %1.").arg(id));
}

Result<Task> PlanEditor::task(qint64 id) const
{
    return findById(Plans(m_db).tasks(), id, tr("There is no task with id %1.").arg(id));
}

Result<QList<Province>> PlanEditor::provinces() const
{
    const auto provinces = References(m_db).provinces();
    if (!provinces)
        return provinces.failure();
    QList<Province> out;
    for (const ProvinceName &p : provinces.value())
        out.append({p.code, p.name});
    return out;
}

} // namespace pardesk
