#pragma once
// A change to a document, target or task that never overwrites a change made since the record was
// read: an edit dialog opened before another window, program or PC saved the same record is
// refused ("the data has changed"), not silently written back over it.

#include "store/PlanEditor.h"

namespace pardesk {

// "documents", "targets", "tasks": the table a PlanEntity lives in, as StoreEvents names it.
QString planTable(PlanEntity entity);

// Whether the store still holds the record as the caller read it (by PlanEditor::document, target
// or task). A document's counts of targets and tasks are not its own fields: a target added
// elsewhere does not make a document edit stale.
Result<bool> unchangedSince(const PlanEditor &editor, const Document &asRead);
Result<bool> unchangedSince(const PlanEditor &editor, const Target &asRead);
Result<bool> unchangedSince(const PlanEditor &editor, const Task &asRead);

// PlanEditor::update, refused when the record is no longer as read. The comparison and the write
// are one transaction (BEGIN IMMEDIATE holds the write lock): no other connection writes between.
Status updateUnlessChanged(PlanEditor &editor, const Document &record, const Document &asRead);
Status updateUnlessChanged(PlanEditor &editor, const Target &record, const Target &asRead);
Status updateUnlessChanged(PlanEditor &editor, const Task &record, const Task &asRead);

} // namespace pardesk
