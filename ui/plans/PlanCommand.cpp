#include "plans/PlanCommand.h"

namespace pardesk {

PlanCommand::PlanCommand(PlanEditor editor, const QString &text, ErrorSink onError)
    : QUndoCommand(text), m_editor(std::move(editor)), m_onError(std::move(onError))
{
}

bool PlanCommand::firstRedo()
{
    const bool first = !m_pushed;
    m_pushed = true;
    return first;
}

void PlanCommand::fail(const QString &message)
{
    setObsolete(true); // the store no longer matches what the command would undo
    if (m_onError)
        m_onError(message);
}

void PlanCommand::check(const Status &status)
{
    if (!status)
        fail(status.error());
}

} // namespace pardesk
