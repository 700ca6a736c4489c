#include "assessment/AssessmentEditCommand.h"

namespace pardesk {

AssessmentEditCommand::AssessmentEditCommand(const QString &text, Write back, Write forward, Refused refused)
    : QUndoCommand(text), m_back(std::move(back)), m_forward(std::move(forward)), m_refused(std::move(refused))
{
}

void AssessmentEditCommand::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    write(m_forward);
}

void AssessmentEditCommand::undo()
{
    write(m_back);
}

void AssessmentEditCommand::write(const Write &w)
{
    if (Status s = w(); !s) {
        setObsolete(true);
        if (m_refused)
            m_refused(s.error());
    }
}

} // namespace pardesk
