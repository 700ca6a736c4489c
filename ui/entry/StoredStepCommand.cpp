#include "entry/StoredStepCommand.h"

namespace pardesk {

void StoredStepCommand::redo()
{
    const bool first = m_first;
    m_first = false;
    settle(doStep(first));
}

void StoredStepCommand::undo()
{
    settle(undoStep());
}

void StoredStepCommand::settle(const Status &written)
{
    if (written)
        return;
    setObsolete(true);
    refused(written.error());
}

} // namespace pardesk
