#include "assessment/AssessmentEditCommand.h"

namespace pardesk {

AssessmentEditCommand::AssessmentEditCommand(const QString &text, Write back, Write forward, Refused refused)
    : StoredStepCommand(text), m_back(std::move(back)), m_forward(std::move(forward)), m_refused(std::move(refused))
{
}

} // namespace pardesk
