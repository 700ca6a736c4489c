#pragma once
// Undoes a change to a document, target or task (writes the record as it was), and redoes it.
// Each write checks that the store still holds what this command last wrote: an undo never
// overwrites a change made since by another window or program (the command fails instead).

#include "plans/PlanCommand.h"
#include "store/PlanUpdate.h"

namespace pardesk {

template <typename Record>
class UpdateRecordCommand : public PlanCommand {
public:
    // `stored`: the record as the store held it right after the change (read back, so the check
    // compares like with like).
    UpdateRecordCommand(PlanEditor editor, Record before, Record after, Record stored, const QString &text, ErrorSink onError)
        : PlanCommand(std::move(editor), text, std::move(onError)), m_before(std::move(before)), m_after(std::move(after)),
          m_stored(std::move(stored))
    {
    }
    void undo() override { write(m_before); }
    void redo() override
    {
        if (!firstRedo())
            write(m_after);
    }

private:
    void write(const Record &record)
    {
        const Status s = updateUnlessChanged(editor(), record, m_stored);
        check(s);
        if (!s)
            return;
        if (const auto stored = readRecord<Record>(editor(), record.id))
            m_stored = stored.value();
    }

    Record m_before;
    Record m_after;
    Record m_stored;
};

} // namespace pardesk
