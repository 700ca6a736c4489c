#pragma once
// Why a write happens, as the audit log names it: typed, or an undo or redo of an earlier step
// (a report's cells, a self-assessment's points), so that the trail tells an undo from a new edit.

#include <QString>

namespace pardesk {

enum class WriteOrigin { Edit, Undo, Redo };

// The audit row's action: "score", "undo_score", "redo_score".
inline QString auditAction(const QString &action, WriteOrigin origin)
{
    switch (origin) {
    case WriteOrigin::Undo:
        return QStringLiteral("undo_") + action;
    case WriteOrigin::Redo:
        return QStringLiteral("redo_") + action;
    case WriteOrigin::Edit:
        break;
    }
    return action;
}

} // namespace pardesk
