#pragma once
// Checks a criteria set before it is stored: codes unique, parents known, children's maxima adding
// up to their parent's, scoring rules that can be applied. Pure: takes the set, returns messages.

#include "assessment/CriteriaSet.h"

#include <QCoreApplication>
#include <QList>

namespace pardesk {

struct CriteriaProblem {
    int row = 0;
    QString code;
    QString message; // names the row and the code
    // A note does not refuse the set: a sum the source does not let anyone check (unstated maxima).
    bool blocking = true;
};

class CriteriaSetCheck {
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetCheck)
public:
    static QList<CriteriaProblem> check(const CriteriaSet &set);
    static bool acceptable(const QList<CriteriaProblem> &problems);
    // The blocking problems as one message for the user, one per line.
    static QString summary(const QList<CriteriaProblem> &problems);
};

} // namespace pardesk
