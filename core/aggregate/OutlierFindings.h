#pragma once
// A submission's values set against its agency's own history of the same items
// (OutlierDetector), as VALUE_OUTLIER warnings among its validation findings.

#include "aggregate/FormValues.h"
#include "validation/Finding.h"

#include <QList>

namespace pardesk {

class OutlierFindings {
public:
    // The values the agency gave for the period, judged against its earlier ones in `history`
    // (one agency's values are enough: FormValueRepository::historyOf reads them). Nothing when the
    // agency or the period is not in it (-1).
    static QList<Finding> of(const FormValues &history, int agency, int period);
};

} // namespace pardesk
