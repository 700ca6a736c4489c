#pragma once
// What the undoable writes to plans share: the editor that writes, and what happens when an undo
// or redo cannot be written (the message goes to the view, and the command leaves the stack).

#include "store/PlanEditor.h"

#include <QUndoCommand>
#include <functional>
#include <type_traits>

namespace pardesk {

using ErrorSink = std::function<void(const QString &message)>;

// The record with this id as the store holds it now.
template <typename Record>
Result<Record> readRecord(const PlanEditor &editor, qint64 id)
{
    if constexpr (std::is_same_v<Record, Document>)
        return editor.document(id);
    else if constexpr (std::is_same_v<Record, Target>)
        return editor.target(id);
    else
        return editor.task(id);
}

class PlanCommand : public QUndoCommand {
public:
    PlanCommand(PlanEditor editor, const QString &text, ErrorSink onError);

protected:
    PlanEditor &editor() { return m_editor; }
    // The write was made before the command was pushed (so that its failure could be shown in the
    // dialog): the redo() that push() calls does nothing.
    bool firstRedo();
    void fail(const QString &message);
    void check(const Status &status);

private:
    PlanEditor m_editor;
    ErrorSink m_onError;
    bool m_pushed = false;
};

} // namespace pardesk
