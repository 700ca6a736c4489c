#pragma once
// One undoable step of scoring on the window's undo stack (Edit › Undo, Ctrl+Z): a sub-criterion's
// points or explanation typed, which the store holds at once, or the council's points or comment
// typed, which the model keeps until the appraisal is saved. As the entry grid's EditCellsCommand,
// it is the step already made when pushed, undo and redo write the state before or after it, and a
// write refused takes it off the stack (obsolete) with the reason: a self-assessment sent since
// takes no more changes to its points, an appraisal saved no more to the council's.

#include "util/Result.h"

#include <QUndoCommand>
#include <functional>

namespace pardesk {

class AssessmentEditCommand : public QUndoCommand {
public:
    using Write = std::function<Status()>;
    using Refused = std::function<void(const QString &message)>;

    AssessmentEditCommand(const QString &text, Write back, Write forward, Refused refused);

    void redo() override;
    void undo() override;

private:
    void write(const Write &w);

    Write m_back;
    Write m_forward;
    Refused m_refused;
    bool m_made = true; // pushed after the edit was made: the stack's first redo has nothing to do
};

} // namespace pardesk
