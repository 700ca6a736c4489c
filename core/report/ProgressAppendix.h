#pragma once
// The progress table: each target of a province set against the figures of a period: the plan's
// value, the actual, met / not met, the gap and the year-end projection (core/targets/TargetReport),
// grouped by plan.

#include "domain/Vocabulary.h"
#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class ProgressAppendix {
    Q_DECLARE_TR_FUNCTIONS(ProgressAppendix)
public:
    // `province`: TQ, BG, TV (or a generated province's code); `period`: a period key (2024Q2,
    // 2024S1, 2024). Unknown ones are refused with a message naming them.
    static Result<AppendixTable> build(const Store &store, const QString &province, const QString &period);
    // "≥ 80%", "≤ 25 phút", "~ 80%": the target's comparison as printed.
    static QString targetValue(Comparator comparator, std::optional<double> value, const QString &unit);
};

} // namespace pardesk
