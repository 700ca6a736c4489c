#pragma once
// One undoable step of scoring on the window's undo stack (Edit › Undo, Ctrl+Z): a sub-criterion's
// points or explanation typed, which the store holds at once, or the council's points or comment
// typed, which the model keeps until the appraisal is saved. It is pushed once the edit is made,
// so the stack's first redo has nothing to do; undo and redo write the state before or after it.
// A write refused (a self-assessment sent since takes no more changes to its points, an appraisal
// saved none to the council's) takes it off the stack (StoredStepCommand) and the reason is shown.

#include "entry/StoredStepCommand.h"

#include <functional>

namespace pardesk {

class AssessmentEditCommand : public StoredStepCommand {
public:
    using Write = std::function<Status()>;
    using Refused = std::function<void(const QString &message)>;

    AssessmentEditCommand(const QString &text, Write back, Write forward, Refused refused);

protected:
    Status doStep(bool first) override { return first ? Status() : m_forward(); }
    Status undoStep() override { return m_back(); }
    void refused(const QString &message) override { m_refused(message); }

private:
    Write m_back;
    Write m_forward;
    Refused m_refused;
};

} // namespace pardesk
