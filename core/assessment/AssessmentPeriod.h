#pragma once
// The period of a self-assessment: a month (scored every month, seed 001 items 2.5 … 7.3), a
// quarter or a year. Quarters and years are the reporting Period's; a month has a DHIS2-style key
// ("202403"), which Period does not know because no form is reported monthly.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pardesk {

struct AssessmentPeriod {
    Q_DECLARE_TR_FUNCTIONS(AssessmentPeriod)
public:
    enum class Kind { Month, Quarter, Year };
    Kind kind = Kind::Year;
    int year = 0;
    int index = 1; // the month (1..12) or the quarter (1..4)

    // "202403" or "2024-03" (a month), "2024Q1" (a quarter), "2024" (a year); anything else,
    // halves and nine months included, is an error that quotes the input.
    static Result<AssessmentPeriod> parse(const QString &text);
    QString key() const;   // "202403", "2024Q1", "2024"
    QString label() const; // "March 2024" (vi: "Tháng 3/2024")
    // The period of the same kind after this one: "202412" → "202501", "2024Q4" → "2025Q1", "2024" → "2025".
    AssessmentPeriod next() const;

    // Time order by the month a period ends in, a month before the quarter or year ending with it:
    // "202403" < "2024Q1" < "202404" < "2024". As text "2024Q1" came after "202412". Keys that do
    // not parse sort first.
    static bool earlier(const QString &a, const QString &b);
};

} // namespace pardesk
