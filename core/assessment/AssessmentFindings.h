#pragma once
// What a self-assessment still lacks before it is sent: required evidence missing, sub-criteria not
// scored, points below the maximum without an explanation. Pure: takes the set and what is stored.

#include "assessment/CriteriaSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace pardesk {

struct AssessmentFinding {
    // FromFigures: not a lack but a help, the points a ratio sub-criterion's reported figures give
    // (RatioFigures), added by the grid beside the findings.
    enum class Kind { EvidenceMissing, NotScored, LostWithoutExplanation, FromFigures };
    Kind kind = Kind::NotScored;
    QString code;
    QString message;
};

struct ScoredPoints {
    std::optional<double> points;
    QString explanation;
};

class AssessmentFindings {
    Q_DECLARE_TR_FUNCTIONS(AssessmentFindings)
public:
    // `scores`: code → the self-scored points; `withEvidence`: the codes that have at least one
    // evidence (a file or a document). Survey sub-criteria and unnamed places are not the agency's.
    static QList<AssessmentFinding> of(const CriteriaSet &set, const QHash<QString, ScoredPoints> &scores,
                                       const QSet<QString> &withEvidence);
    static QString kindWord(AssessmentFinding::Kind kind);
};

} // namespace pardesk
