#include "entry/EditCellsCommand.h"

#include "editing/EditSession.h"

namespace pardesk {

EditCellsCommand::EditCellsCommand(EditSession *session, QList<CellWrite> writes, const QString &text)
    : StoredStepCommand(text), m_session(session), m_writes(std::move(writes))
{
}

Status EditCellsCommand::doStep(bool first)
{
    if (!m_session)
        return Error{};
    if (!first)
        return m_session->redo(m_step);
    const Result<int> step = m_session->apply(m_writes, text());
    if (!step)
        return step.failure();
    m_step = step.value();
    return {};
}

Status EditCellsCommand::undoStep()
{
    return m_session ? m_session->undo(m_step) : Status(Error{});
}

} // namespace pardesk
