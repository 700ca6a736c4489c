#include "assessment/AssessmentTotals.h"

#include <algorithm>

namespace pardesk {

QList<NodeTotal> AssessmentTotals::compute(const CriteriaSet &set, const QHash<QString, double> &points)
{
    QList<NodeTotal> out;
    QHash<QString, int> index;
    for (const CriteriaNode &n : set.nodes) {
        index.insert(n.code, int(out.size()));
        out.append(NodeTotal{n.code, n.level, n.maxPoints, 0, 0, 0, 0});
    }
    // Each sub-criterion adds to itself and every ancestor; parents come first in the set, but the
    // walk up by code does not rely on it.
    for (const CriteriaNode &n : set.nodes) {
        if (!n.scored())
            continue;
        const auto it = points.constFind(n.code);
        const bool has = it != points.constEnd();
        const bool deduction = n.kind == ScoringKind::Deduction;
        QString code = n.code;
        for (int guard = 0; !code.isEmpty() && guard < 16; ++guard) {
            const auto at = index.constFind(code);
            if (at == index.constEnd())
                break;
            NodeTotal &t = out[*at];
            if (has) {
                t.achieved += *it;
                if (n.maxPoints && !deduction)
                    t.lostScored += *n.maxPoints - *it;
                else if (deduction)
                    t.lostScored += -*it;
                ++t.scored;
            } else {
                ++t.unscored;
            }
            code = set.nodes[*at].parentCode;
        }
    }
    return out;
}

QList<LostPoints> AssessmentTotals::lost(const CriteriaSet &set, const QHash<QString, double> &points)
{
    QList<LostPoints> out;
    for (const CriteriaNode &n : set.nodes) {
        const auto it = points.constFind(n.code);
        if (!n.scored() || it == points.constEnd() || !n.maxPoints)
            continue;
        const double max = n.kind == ScoringKind::Deduction ? 0 : *n.maxPoints;
        if (max - *it > 0.00005)
            out.append({n.code, n.label, max, *it});
    }
    std::stable_sort(out.begin(), out.end(), [](const LostPoints &a, const LostPoints &b) {
        if (a.lost() != b.lost())
            return a.lost() > b.lost();
        return a.code < b.code;
    });
    return out;
}

} // namespace pardesk
