#pragma once
// The self-assessment records as pardesk-cli prints them: the words of the store (criteria levels,
// scoring kinds, statuses), numbers as numbers, null for what is not stated.

#include "assessment/AssessmentFindings.h"
#include "assessment/CriteriaSetCheck.h"
#include "assessment/ProvincePicture.h"
#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pardesk::json {

QJsonObject toJson(const CriteriaSetSummary &s);
// The set with its nodes and what its check says (notes included: sums it cannot check).
QJsonObject toJson(const CriteriaSet &set, const QList<CriteriaProblem> &problems);
QJsonObject toJson(const AssessmentHeader &h, const QList<AssessmentScore> &scores, const QList<Evidence> &evidence,
                   const QList<AssessmentFinding> &findings, double total);
// One evidence (its id when it is stored), and findings: as `assessment scores` lists them.
QJsonObject toJson(const Evidence &e);
QJsonArray toJson(const QList<AssessmentFinding> &findings);
// A ratio sub-criterion computed from the figures (`assessment ratios`), with the line the grid shows.
QJsonObject toJson(const RatioReading &r);
QJsonObject estimateJson(const ProvincePicture &p);
QJsonObject lostPointsJson(const ProvincePicture &p);

} // namespace pardesk::json
