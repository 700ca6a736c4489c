#pragma once
// The verdict on a target as every place shows it (the plans area, the progress appendix, the
// command line's `evaluate`): its words, the figure it rests on, that figure's period and its
// coverage. TargetReport decides the status; these functions only name it, so that no two places
// word or judge it differently.

#include "targets/TargetReport.h"

#include <QCoreApplication>

namespace pardesk {

class TargetVerdict {
    Q_DECLARE_TR_FUNCTIONS(TargetVerdict)
public:
    // The year whose figures judge the target: its deadline's year, else the year its plan is for
    // ("Thường xuyên" in a plan for 2024 means during 2024); 0 when neither is known.
    static int yearOf(const Target &target);
    // "Met", "Not met", "No figures for 2024" (vi: "Chưa có số liệu năm 2024"), …
    static QString label(const TargetReportRow &row);
    // True when the verdict compares the target with a figure (met or not met); otherwise the
    // figure, if any, is context only and the verdict is shown greyed.
    static bool isJudged(EvaluationStatus status);
    // The figure's period as people say it ("6 tháng đầu năm 2022"), or empty without a figure.
    static QString period(const TargetReportRow &row);
    // "1/3 agencies" (vi: "1/3 cơ quan"): the agencies whose figures are in it, of those expected;
    // for a province's own total, "province total".
    static QString coverage(const TargetReportRow &row);
};

} // namespace pardesk
