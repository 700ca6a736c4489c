#pragma once
// Undoes the creation of documents, targets or tasks (deletes them, keeping them), and redoes it
// (puts them back with the same ids, so later commands on the stack still find them).

#include "plans/PlanCommand.h"

namespace pardesk {

class CreateRecordsCommand : public PlanCommand {
public:
    CreateRecordsCommand(PlanEditor editor, PlanEntity entity, QList<qint64> ids, const QString &text, ErrorSink onError);
    void undo() override;
    void redo() override;

private:
    PlanEntity m_entity;
    QList<qint64> m_ids;
    RemovedRecords m_removed;
};

} // namespace pardesk
