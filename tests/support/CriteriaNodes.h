#pragma once
// A node of a generated criteria set for the assessment tests: its label says it is test data.

#include "assessment/CriteriaSet.h"

#include <optional>

namespace pardesk::test {

inline CriteriaNode criteriaNode(int row, const QString &code, const QString &parent, CriteriaLevel level,
                                 std::optional<double> max, ScoringKind kind = ScoringKind::Points)
{
    CriteriaNode n;
    n.row = row;
    n.code = code;
    n.parentCode = parent;
    n.level = level;
    n.label = QStringLiteral("Mục thử %1 (dữ liệu sinh cho kiểm thử)").arg(code);
    n.maxPoints = max;
    n.kind = kind;
    return n;
}

} // namespace pardesk::test
