#include "assessment/AssessmentFindings.h"

#include "text/NumberFormat.h"

namespace pardesk {

QList<AssessmentFinding> AssessmentFindings::of(const CriteriaSet &set, const QHash<QString, ScoredPoints> &scores,
                                                const QSet<QString> &withEvidence)
{
    QList<AssessmentFinding> out;
    for (const CriteriaNode &n : set.nodes) {
        if (!n.scored() || n.unnamed() || n.kind == ScoringKind::Survey)
            continue;
        const auto it = scores.constFind(n.code);
        const bool scored = it != scores.constEnd() && it->points.has_value();
        if (!scored) {
            out.append({AssessmentFinding::Kind::NotScored, n.code, tr("%1 is not scored yet.").arg(n.code)});
            continue;
        }
        if (n.evidenceRequired && !withEvidence.contains(n.code))
            out.append({AssessmentFinding::Kind::EvidenceMissing, n.code,
                        tr("%1 requires evidence (a file or a document number and date), and has none.").arg(n.code)});
        const double max = n.kind == ScoringKind::Deduction ? 0 : n.maxPoints.value_or(0);
        if (*it->points < max - 0.00005 && it->explanation.trimmed().isEmpty())
            out.append({AssessmentFinding::Kind::LostWithoutExplanation, n.code,
                        tr("%1 scores %2 of %3 without an explanation (giải trình).")
                            .arg(n.code, formatNumber(*it->points, 4), formatNumber(max, 4))});
    }
    return out;
}

QString AssessmentFindings::kindWord(AssessmentFinding::Kind kind)
{
    switch (kind) {
    case AssessmentFinding::Kind::EvidenceMissing:
        return QStringLiteral("evidence_missing");
    case AssessmentFinding::Kind::NotScored:
        return QStringLiteral("not_scored");
    case AssessmentFinding::Kind::FromFigures:
        return QStringLiteral("from_figures");
    case AssessmentFinding::Kind::LostWithoutExplanation:
        break;
    }
    return QStringLiteral("lost_without_explanation");
}

} // namespace pardesk
