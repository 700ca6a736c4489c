#pragma once
// What the self-assessment charts of a province and year draw, read through the repositories: the
// province's picture and, for the line, the estimate after each assessment of the year
// (ProvincePictureLoader). Holds no SQL.

#include "charts/AssessmentChartData.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class AssessmentChartLoader {
    Q_DECLARE_TR_FUNCTIONS(AssessmentChartLoader)
public:
    static Result<AssessmentChartData> load(const Store &store, const QString &province, int year);
};

} // namespace pardesk
