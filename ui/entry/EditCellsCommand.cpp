#include "entry/EditCellsCommand.h"

#include "editing/EditSession.h"

namespace pardesk {

EditCellsCommand::EditCellsCommand(EditSession *session, QList<CellWrite> writes, const QString &text)
    : QUndoCommand(text), m_session(session), m_writes(std::move(writes))
{
}

void EditCellsCommand::redo()
{
    if (!m_session) {
        setObsolete(true);
        return;
    }
    if (m_step == 0) {
        const Result<int> step = m_session->apply(m_writes, text());
        if (step)
            m_step = step.value();
        else
            setObsolete(true);
        return;
    }
    if (!m_session->redo(m_step))
        setObsolete(true);
}

void EditCellsCommand::undo()
{
    if (!m_session || !m_session->undo(m_step))
        setObsolete(true);
}

} // namespace pardesk
