#pragma once
// What every chart's data shares: how a target's comparison reads on a chart ("≥ 50%", "≤ 25 phút", "giảm 0,45%").

#include "domain/Records.h"
#include "store/References.h" // ProvinceName, AgencyName: References::provincesInChartOrder, reportingAgencies

#include <QCoreApplication>

namespace pardesk {

class ChartSource {
    Q_DECLARE_TR_FUNCTIONS(ChartSource)
public:
    // The comparison as a chart label: "≥ 50%", "> 70%", "≤ 25 phút", "~ 80%"; a reduction target
    // reads "cut ≥ 0,45%"; empty for a qualitative target.
    static QString comparisonText(const Target &target);
    // "Kế hoạch số 268/KH-UBND, Kế hoạch số 37/KH-STTTT-VP": the documents as cited (SourceName), in
    // first-seen order, for a footnote.
    static QString documentList(const QStringList &names);
};

} // namespace pardesk
