#include "entry/EditCellsCommand.h"

#include "entry/EntryModel.h"

namespace pardesk {

EditCellsCommand::EditCellsCommand(EntryModel *model, qint64 submissionId, QList<CellWrite> before,
                                   QList<CellWrite> after, const QString &text)
    : QUndoCommand(text), m_model(model), m_submissionId(submissionId), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditCellsCommand::redo()
{
    write(m_after, m_done ? WriteOrigin::Redo : WriteOrigin::Edit);
    m_done = true;
}

void EditCellsCommand::undo()
{
    write(m_before, WriteOrigin::Undo);
}

void EditCellsCommand::write(const QList<CellWrite> &writes, WriteOrigin origin)
{
    // Without its view nothing can show the outcome; the stack drops the step.
    if (!m_model || !m_model->apply(m_submissionId, writes, origin))
        setObsolete(true);
}

} // namespace pardesk
