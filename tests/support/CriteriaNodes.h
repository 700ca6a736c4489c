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

// A generated set for a department's group from 2024, its name saying it is test data.
inline CriteriaSet generatedSet(const QString &key, QList<CriteriaNode> nodes)
{
    CriteriaSet s;
    s.key = key;
    s.name = QStringLiteral("Bộ tiêu chí thử %1 (dữ liệu sinh cho kiểm thử)").arg(key);
    s.yearFrom = 2024;
    s.agencyGroup = QStringLiteral("department");
    s.nodes = std::move(nodes);
    return s;
}

} // namespace pardesk::test
