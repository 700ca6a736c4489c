#pragma once
// What a new self-assessment (the picker's New box) and a blank template (AssessmentTemplateDialog)
// are chosen by, so that both offer the same: the agencies a criteria set scores, and the periods
// of a year.

#include "store/CriteriaSets.h"
#include "store/References.h"

#include <QList>

class QComboBox;

namespace pardesk {

class Store;

namespace AssessmentChoices {

// The agencies of the set's group, in its province or, for a national set, in every province; a
// province that cannot be read is left out.
QList<AgencyRef> scoredAgencies(const Store &store, const CriteriaSetSummary &set);

// The months, quarters and the year of `year`, by name ("Tháng 3/2024") with the key as data. The
// month or quarter chosen before stays chosen in another year; otherwise the current month, as a
// set scored every month (seed 001) is scored.
void fillPeriods(QComboBox *box, int year);

} // namespace AssessmentChoices
} // namespace pardesk
