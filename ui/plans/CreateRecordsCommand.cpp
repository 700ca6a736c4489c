#include "plans/CreateRecordsCommand.h"

namespace pardesk {

CreateRecordsCommand::CreateRecordsCommand(PlanEditor editor, PlanEntity entity, QList<qint64> ids, const QString &text,
                                           ErrorSink onError)
    : PlanCommand(std::move(editor), text, std::move(onError)), m_entity(entity), m_ids(std::move(ids))
{
}

void CreateRecordsCommand::undo()
{
    auto removed = editor().remove(m_entity, m_ids);
    if (!removed)
        return fail(removed.error());
    m_removed = std::move(removed.value());
}

void CreateRecordsCommand::redo()
{
    if (!firstRedo())
        check(editor().restore(m_removed));
}

} // namespace pardesk
