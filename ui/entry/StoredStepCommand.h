#pragma once
// A step of the window's undo stack that is a write to the store, shared by the entry grid
// (EditCellsCommand) and the self-assessment grid (AssessmentEditCommand): the subclass makes the
// write of redo and of undo; a write refused (a submission or assessment sent since, a session gone)
// takes the step off the stack (obsolete), so that the next Ctrl+Z goes on to the step before it
// instead of failing on this one again, and refused() hears why.

#include "util/Result.h"

#include <QUndoCommand>

namespace pardesk {

class StoredStepCommand : public QUndoCommand {
public:
    using QUndoCommand::QUndoCommand;

    void redo() final;
    void undo() final;

protected:
    // `first`: the stack's redo right after the push, which makes the step (or finds it made).
    virtual Status doStep(bool first) = 0;
    virtual Status undoStep() = 0;
    // The write was refused; by default nothing more is said (the session has said it).
    virtual void refused(const QString &message) { Q_UNUSED(message) }

private:
    void settle(const Status &written);

    bool m_first = true;
};

} // namespace pardesk
