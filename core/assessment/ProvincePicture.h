#pragma once
// The consolidating office's picture of one criteria set in a province and year: every agency's
// status and total with a ranking, the estimate per area and in all against the maximum and the
// last official result, and the lost points largest first with the plan targets and open tasks
// that move them. Pure: the caller loads the values (ProvincePictureLoader), tests pass literals.

#include "assessment/AssessmentTotals.h"
#include "assessment/CriteriaSet.h"
#include "assessment/RatioFigures.h"
#include "assessment/RatioProjection.h"
#include "domain/Records.h"
#include "store/SelfAssessments.h"
#include "targets/TargetReport.h"

#include <QList>
#include <optional>

namespace pardesk {

struct AgencyAssessment {
    QString agencyKey;
    QString agencyName;
    std::optional<AssessmentHeader> latest; // none: not started
    QList<AssessmentScore> scores;          // of the latest
};

struct AgencyStanding {
    QString agencyKey;
    QString agencyName;
    QString status; // not_started, draft, submitted, appraised
    QString period;
    double total = 0; // appraised points where the council gave them, else self-scored
    std::optional<int> rank; // among the agencies that have a total; equal totals share a rank
};

struct AreaEstimate {
    QString code;
    QString label;
    std::optional<double> max;
    double estimate = 0;   // the points used: appraised, else self-scored, else (survey) the last official
    int scored = 0;
    int unscored = 0;      // sub-criteria with no points from any source
    std::optional<double> official; // the last official result of this area
    int officialYear = 0;
    std::optional<int> officialRank;
    std::optional<int> officialRankOf;
};

struct LostPointMovers {
    LostPoints lost;
    bool fromOfficial = false; // the points are the last official result's, not this year's scoring
    QList<Target> targets;     // the plan's targets numbered under the node (their themes measure it)
    QList<Task> openTasks;     // the plan's tasks numbered under the node that are not done
    // The latest figures reported: of a ratio sub-criterion's measuring item, and of its targets.
    std::optional<RatioReading> ratio;
    QList<TargetReportRow> targetFigures; // the targets above that have an actual value
};

// A ratio sub-criterion measured by a form: its year-end rate and points from this year's trend.
struct RatioYearEnd {
    RatioReading reading;            // the latest figures
    RatioPointsProjection projection;
};

struct ProvincePicture {
    QString province;
    int year = 0;
    QString setKey;
    QString estimateFrom; // the agency whose latest assessment the estimate uses, empty when none
    QList<AgencyStanding> agencies;
    QList<AreaEstimate> areas;
    AreaEstimate total;
    QList<LostPointMovers> lost;
    QList<RatioYearEnd> ratioYearEnd; // in the set's order; only those with figures this year
};

class ProvincePictureBuilder {
public:
    // `assessments`: one per agency of the set's group in the province (not started included).
    // `official`: the PAR scores of the province (all years). The estimate is taken from the agency
    // whose latest assessment is the most advanced (appraised, then submitted, then draft) and, of
    // equals, the latest period: for a province-level set that is the province's own.
    static ProvincePicture build(const CriteriaSet &set, const QString &province, int year,
                                 const QList<AgencyAssessment> &assessments, const QList<Score> &official,
                                 const QList<Target> &targets, const QList<Task> &tasks);
    // The latest figures beside each lost point and the ratio sub-criteria's year-end projection:
    // `readings` by code (RatioFigures, of the agency the estimate comes from), `targetRows` the
    // targets' actual values (TargetReport).
    static void addFigures(ProvincePicture &picture, const CriteriaSet &set, const QHash<QString, RatioReading> &readings,
                           const QList<TargetReportRow> &targetRows);
    // The points of one assessment: appraised where given, else self-scored.
    static QHash<QString, double> pointsOf(const QList<AssessmentScore> &scores);
};

} // namespace pardesk
