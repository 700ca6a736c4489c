#pragma once
// Running totals of a self-assessment over its criteria set: points per criterion and area, the
// points lost, what is not scored yet. Pure: takes the set and the points, so tests are literal.

#include "assessment/CriteriaSet.h"

#include <QHash>
#include <QList>
#include <optional>

namespace pardesk {

struct NodeTotal {
    QString code;
    CriteriaLevel level = CriteriaLevel::SubCriterion;
    std::optional<double> max; // none where the set does not state it
    double achieved = 0;       // points of the scored sub-criteria below (deductions subtract)
    double lostScored = 0;     // max − points over the scored sub-criteria below that state a max
    int scored = 0;            // sub-criteria below (or itself) with points
    int unscored = 0;          // sub-criteria below (or itself) without points yet
};

struct LostPoints {
    QString code;
    QString label;
    double max = 0;
    double points = 0;
    double lost() const { return max - points; }
};

class AssessmentTotals {
public:
    // One total per node of the set, in the set's order. `points` maps a sub-criterion's code to
    // its points; a code that is absent is not scored yet (not zero).
    static QList<NodeTotal> compute(const CriteriaSet &set, const QHash<QString, double> &points);
    // The scored sub-criteria below their maximum, most points lost first (equal: by code).
    static QList<LostPoints> lost(const CriteriaSet &set, const QHash<QString, double> &points);
};

} // namespace pardesk
