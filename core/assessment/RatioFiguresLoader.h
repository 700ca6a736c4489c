#pragma once
// Reads, through the store's repositories, what RatioFigures needs for the measured ratio
// sub-criteria of a criteria set: each form's name and one agency's values of the items the
// formulas read. Holds no SQL.

#include "assessment/RatioFigures.h"
#include "util/Result.h"

#include <QHash>

namespace pardesk {

class Store;

class RatioFiguresLoader {
public:
    // By sub-criterion code, every measured ratio sub-criterion of `set` (RatioFigures::measured):
    // its reading for `agencyId`'s assessment of `until`. A form or item the store lacks is a
    // reading with its problem, not a failure; a store that cannot be read is.
    static Result<QHash<QString, RatioReading>> load(const Store &store, const CriteriaSet &set, qint64 agencyId,
                                                     const AssessmentPeriod &until);
};

} // namespace pardesk
