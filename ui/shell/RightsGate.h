#pragma once
// Controls that a login may not use (StoreRights, issue 14): the server would refuse what they do,
// so they are not offered. Actions of writing (new, edit, delete) are hidden; buttons whose meaning
// the user expects to see (send, approve) stay in place, disabled, with the reason as their tooltip.

#include "store/StoreRights.h"

#include <QAbstractButton>
#include <QAction>
#include <QList>

namespace pardesk {

inline void offerActionsOnlyIf(bool allowed, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        action->setEnabled(allowed);
        action->setVisible(allowed);
    }
}

// `allowedByState`: what the button's own logic says (a draft can be sent); the login's rights come on top.
inline void enableButtonIf(QAbstractButton *button, bool allowedByState, bool allowedByRights, const StoreRights &rights)
{
    button->setEnabled(allowedByState && allowedByRights);
    button->setToolTip(allowedByRights ? QString() : rights.whyNot());
}

} // namespace pardesk
