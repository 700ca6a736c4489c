#pragma once
// One undoable step of entering a submission: one cell typed or cleared, or a column pasted.
// Redo writes the new cells, undo writes the old ones back; both go to the store (and its audit
// log) at once. A step whose write fails is dropped from the stack: the cells show what was not
// saved.

#include "store/Store.h"

#include <QPointer>
#include <QUndoCommand>

namespace pardesk {

class EntryModel;

class EditCellsCommand : public QUndoCommand {
public:
    EditCellsCommand(EntryModel *model, qint64 submissionId, QList<CellWrite> before, QList<CellWrite> after,
                     const QString &text);

    void redo() override;
    void undo() override;

    qint64 submissionId() const { return m_submissionId; }

private:
    void write(const QList<CellWrite> &writes, WriteOrigin origin);

    QPointer<EntryModel> m_model;
    qint64 m_submissionId;
    QList<CellWrite> m_before;
    QList<CellWrite> m_after;
    bool m_done = false; // redo() ran once: later runs are redos, not the edit itself
};

} // namespace pardesk
