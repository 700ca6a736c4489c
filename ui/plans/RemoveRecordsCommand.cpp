#include "plans/RemoveRecordsCommand.h"

namespace pardesk {

RemoveRecordsCommand::RemoveRecordsCommand(PlanEditor editor, RemovedRecords removed, const QString &text,
                                           ErrorSink onError)
    : PlanCommand(std::move(editor), text, std::move(onError)), m_removed(std::move(removed))
{
}

void RemoveRecordsCommand::undo()
{
    check(editor().restore(m_removed));
}

void RemoveRecordsCommand::redo()
{
    if (firstRedo())
        return;
    auto removed = editor().remove(m_removed.entity, m_removed.ids);
    if (!removed)
        return fail(removed.error());
    m_removed = std::move(removed.value());
}

} // namespace pardesk
