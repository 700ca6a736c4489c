#pragma once
// What points a sub-criterion accepts, and the points of a ratio sub-criterion from its rate.
// Pure: a refused score says why in words the official reads as the cell is typed.

#include "assessment/CriteriaSet.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class ScoreRules {
    Q_DECLARE_TR_FUNCTIONS(ScoreRules)
public:
    // Success when `points` may be given to `node`: within 0 and the maximum (a deduction within
    // −maximum and 0), one of the levels of a graded sub-criterion, 0 or the maximum for yes/no.
    static Status accept(const CriteriaNode &node, double points);
    // max × rate / fullAt, never below 0 nor above max (a rate above fullAt earns the maximum).
    static double ratioPoints(double max, double rate, double fullAt = 100);
    // The rule, as the screen and the CLI show it ("min(1,5; 1,5 × tỷ lệ / 100)").
    static QString ratioRule(const CriteriaNode &node);
    // How the sub-criterion is scored, in words: "yes or no: 0 or 1", "one of: Chưa = 0; Đủ = 1", …
    static QString describe(const CriteriaNode &node);
};

} // namespace pardesk
