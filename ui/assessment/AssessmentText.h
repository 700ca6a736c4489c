#pragma once
// How the self-assessment area writes what the store keeps as words or keys: a status ("draft"),
// a period key ("202403" → "Tháng 3/2024"), points in the user's number convention, a finding's
// kind. One place, so that the grid, the list and the province's picture say the same.

#include "assessment/AssessmentFindings.h"
#include "text/NumberFormat.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pardesk {

class AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(AssessmentText)
public:
    // draft, submitted, appraised, not_started; another word is shown as stored.
    static QString status(const QString &word);
    // The period's name (AssessmentPeriod::label); a key that does not parse is shown as stored.
    static QString period(const QString &key);
    // Up to four decimals, as points are published (10,1352); "—" for none.
    static QString points(std::optional<double> value);
    static QString findingKind(AssessmentFinding::Kind kind);
    // The user's number convention (the NumberConvention setting), for reading typed points.
    static NumberConvention convention();
};

} // namespace pardesk
