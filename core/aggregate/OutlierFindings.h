#pragma once
// A stored submission's values set against its agency's own history of the same items
// (OutlierDetector), as VALUE_OUTLIER warnings among its validation findings.

#include "util/Result.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace pardesk {

class OutlierFindings {
    Q_DECLARE_TR_FUNCTIONS(OutlierFindings)
public:
    // Reads the form's values of the submission's agency only (its history), not the whole form.
    static Result<QList<Finding>> ofSubmission(QSqlDatabase db, qint64 submissionId);
};

} // namespace pardesk
