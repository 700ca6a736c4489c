#pragma once
// One undoable step of entering a submission on the window's undo stack: one cell typed or
// cleared, or a column pasted. It acts on the EditSession only (apply, then undo and redo of its
// step there); the grid reflects what the session signals. A step the session refuses or drops
// leaves the stack (StoredStepCommand); a step kept for a locked store stays, as the session keeps it.

#include "entry/StoredStepCommand.h"
#include "store/Store.h"

#include <QPointer>

namespace pardesk {

class EditSession;

class EditCellsCommand : public StoredStepCommand {
public:
    EditCellsCommand(EditSession *session, QList<CellWrite> writes, const QString &text);

    int step() const { return m_step; }

protected:
    Status doStep(bool first) override;
    Status undoStep() override;

private:
    QPointer<EditSession> m_session;
    QList<CellWrite> m_writes;
    int m_step = 0; // the session's step once applied; later redos are redos, not the edit itself
};

} // namespace pardesk
