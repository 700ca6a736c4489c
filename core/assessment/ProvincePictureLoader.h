#pragma once
// Loads what ProvincePictureBuilder needs for a province and year from the store's repositories:
// the criteria set that applies, each agency's latest self-assessment of the year, the official PAR
// results, and the plans' targets and tasks. Holds no SQL.

#include "assessment/ProvincePicture.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

class ProvincePictureLoader {
    Q_DECLARE_TR_FUNCTIONS(ProvincePictureLoader)
public:
    // The set: `setId` when given; else a province-level set of that province or national whose
    // years include `year`, else the latest such set that began before it (a year is often scored
    // against last year's set until the new one is issued). An error when there is none.
    static Result<ProvincePicture> load(const Store &store, const QString &province, int year,
                                        std::optional<qint64> setId = {});
    static Result<CriteriaSet> setFor(const Store &store, const QString &province, int year);

    // The province's estimate after each assessment of the year by the agency the estimate comes
    // from, in time order: what the estimate was then, by the same rules (ProvincePictureBuilder).
    struct EstimateThen {
        QString period;
        double estimate = 0;
    };
    static Result<QList<EstimateThen>> estimatesThroughYear(const Store &store, const QString &province, int year);
};

} // namespace pardesk
