#pragma once
// Undoes a delete of documents, targets or tasks (puts back every row it took, same ids), and
// redoes it.

#include "plans/PlanCommand.h"

namespace pardesk {

class RemoveRecordsCommand : public PlanCommand {
public:
    // `removed`: what PlanEditor::remove() returned for the delete already made.
    RemoveRecordsCommand(PlanEditor editor, RemovedRecords removed, const QString &text, ErrorSink onError);
    void undo() override;
    void redo() override;

private:
    RemovedRecords m_removed;
};

} // namespace pardesk
