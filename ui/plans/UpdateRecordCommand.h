#pragma once
// Undoes a change to a document, target or task (writes the record as it was), and redoes it.

#include "plans/PlanCommand.h"

namespace pardesk {

template <typename Record>
class UpdateRecordCommand : public PlanCommand {
public:
    UpdateRecordCommand(PlanEditor editor, Record before, Record after, const QString &text, ErrorSink onError)
        : PlanCommand(std::move(editor), text, std::move(onError)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { check(editor().update(m_before)); }
    void redo() override
    {
        if (!firstRedo())
            check(editor().update(m_after));
    }

private:
    Record m_before;
    Record m_after;
};

} // namespace pardesk
