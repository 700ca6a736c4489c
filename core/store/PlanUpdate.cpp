#include "store/PlanUpdate.h"

#include "io/JsonViews.h"
#include "store/Transaction.h"

namespace pardesk {
namespace {

QJsonObject ownFields(const Document &d)
{
    QJsonObject o = json::toJson(d);
    o.remove(QStringLiteral("targets"));
    o.remove(QStringLiteral("tasks"));
    return o;
}
QJsonObject ownFields(const Target &t) { return json::toJson(t); }
QJsonObject ownFields(const Task &t) { return json::toJson(t); }

Result<Document> stored(const PlanEditor &e, const Document &d) { return e.document(d.id); }
Result<Target> stored(const PlanEditor &e, const Target &t) { return e.target(t.id); }
Result<Task> stored(const PlanEditor &e, const Task &t) { return e.task(t.id); }

template <typename Record>
Result<bool> same(const PlanEditor &editor, const Record &asRead)
{
    const auto now = stored(editor, asRead);
    if (!now)
        return now.failure();
    return ownFields(now.value()) == ownFields(asRead);
}

template <typename Record>
Status update(PlanEditor &editor, const Record &record, const Record &asRead)
{
    Transaction transaction(editor.connection());
    if (const Status s = transaction.lockRow(planTable(entityOf<Record>()), record.id); !s)
        return s;
    const auto unchanged = same(editor, asRead);
    if (!unchanged)
        return unchanged.failure();
    if (!unchanged.value())
        return Error{PlanEditor::tr("The data has changed since you opened it (in another window, program or computer). "
                                    "Reload to see the current record; saving now would overwrite that change.")};
    if (const Status s = editor.update(record); !s) // a savepoint of this transaction
        return s;
    transaction.touched(planTable(entityOf<Record>()), record.id);
    return transaction.commit();
}

} // namespace

QString planTable(PlanEntity entity)
{
    return PlanEditor::entityName(entity) + u's';
}

Result<bool> unchangedSince(const PlanEditor &editor, const Document &asRead) { return same(editor, asRead); }
Result<bool> unchangedSince(const PlanEditor &editor, const Target &asRead) { return same(editor, asRead); }
Result<bool> unchangedSince(const PlanEditor &editor, const Task &asRead) { return same(editor, asRead); }

Status updateUnlessChanged(PlanEditor &editor, const Document &record, const Document &asRead)
{
    return update(editor, record, asRead);
}

Status updateUnlessChanged(PlanEditor &editor, const Target &record, const Target &asRead)
{
    return update(editor, record, asRead);
}

Status updateUnlessChanged(PlanEditor &editor, const Task &record, const Task &asRead)
{
    return update(editor, record, asRead);
}

} // namespace pardesk
