#include "assessment/CriteriaSetCheck.h"

#include "forms/Formula.h"
#include "text/NumberFormat.h"

#include <QHash>
#include <cmath>

namespace pardesk {
namespace {

// Maxima are written with up to 4 decimals (10,1352); a sum is equal when it agrees to that.
constexpr double kTolerance = 0.00005;

QString points(double value)
{
    return formatNumber(value, 4);
}

int depth(CriteriaLevel level)
{
    return level == CriteriaLevel::Area ? 0 : level == CriteriaLevel::Criterion ? 1 : 2;
}

} // namespace

QList<CriteriaProblem> CriteriaSetCheck::check(const CriteriaSet &set)
{
    QList<CriteriaProblem> out;
    auto problem = [&](const CriteriaNode &n, const QString &message, bool blocking = true) {
        out.append({n.row, n.code, tr("Row %1 (code %2): %3").arg(n.row).arg(n.code, message), blocking});
    };
    if (set.name.trimmed().isEmpty())
        out.append({0, {}, tr("The criteria set has no name.")});
    if (!criteria::kAgencyGroups.contains(set.agencyGroup))
        out.append({0, {}, tr("The agency group \"%1\" is not one of province, department, district, commune.")
                               .arg(set.agencyGroup)});
    if (set.yearFrom <= 0 || (set.yearTo != 0 && set.yearTo < set.yearFrom))
        out.append({0, {}, tr("The years the set applies to (%1–%2) are not a valid range.").arg(set.yearFrom).arg(set.yearTo)});
    if (set.nodes.isEmpty())
        out.append({0, {}, tr("The criteria set has no criteria.")});

    QHash<QString, int> rowOfCode;
    for (const CriteriaNode &n : set.nodes) {
        if (n.code.trimmed().isEmpty()) {
            out.append({n.row, {}, tr("Row %1: the code is empty.").arg(n.row)});
            continue;
        }
        if (const auto it = rowOfCode.constFind(n.code); it != rowOfCode.constEnd()) {
            problem(n, tr("the code is used already on row %1.").arg(*it));
            continue;
        }
        rowOfCode.insert(n.code, n.row);

        if (n.level == CriteriaLevel::Area && !n.parentCode.isEmpty())
            problem(n, tr("an area (lĩnh vực) has no parent, but %1 is given.").arg(n.parentCode));
        if (n.level != CriteriaLevel::Area) {
            const CriteriaNode *parent = n.parentCode.isEmpty() ? nullptr : set.node(n.parentCode);
            if (!parent)
                problem(n, tr("the parent %1 is not in the set.").arg(n.parentCode.isEmpty() ? tr("(none)") : n.parentCode));
            else if (!rowOfCode.contains(n.parentCode))
                problem(n, tr("the parent %1 must come before its children.").arg(n.parentCode));
            else if (depth(parent->level) >= depth(n.level))
                problem(n, tr("it cannot be placed under %1, which is not a higher level.").arg(n.parentCode));
            else if (parent->level == CriteriaLevel::SubCriterion)
                problem(n, tr("a sub-criterion (%1) has no children.").arg(n.parentCode));
        }
        if (n.maxPoints && *n.maxPoints < 0)
            problem(n, tr("the maximum %1 is negative.").arg(points(*n.maxPoints)));
        if (!n.scored())
            continue;
        if (!n.maxPoints) {
            if (!n.unnamed())
                problem(n, tr("a named sub-criterion needs its maximum points."));
            continue;
        }
        const double max = *n.maxPoints;
        switch (n.kind) {
        case ScoringKind::Levels: {
            if (n.levels.isEmpty())
                problem(n, tr("graded scoring needs its levels and their points."));
            for (const ScoreLevel &l : n.levels)
                if (l.points < 0 || l.points > max + kTolerance)
                    problem(n, tr("the level \"%1\" gives %2 points, outside 0 to the maximum %3.")
                                   .arg(l.label, points(l.points), points(max)));
            break;
        }
        case ScoringKind::Ratio: {
            if (!(n.rateFullAt > 0 && n.rateFullAt <= 100))
                problem(n, tr("the rate that earns the whole maximum must be above 0 and at most 100 (it is %1).")
                               .arg(points(n.rateFullAt)));
            if (!n.rateFormula.isEmpty()) {
                if (const auto f = Formula::fromJson(n.rateFormula); !f)
                    problem(n, tr("the rate formula does not parse: %1").arg(f.error()));
                else if (f->op() != Formula::Op::Ratio)
                    problem(n, tr("the rate formula must be a ratio of two form items."));
                if (n.rateForm.isEmpty())
                    problem(n, tr("the rate formula names items but not the form they belong to."));
            }
            break;
        }
        case ScoringKind::YesNo:
        case ScoringKind::Points:
        case ScoringKind::Survey:
        case ScoringKind::Deduction:
            break;
        }
    }

    // Children's maxima add up to the parent's; deductions take points off and are not part of it.
    for (const CriteriaNode &parent : set.nodes) {
        if (parent.scored() || !parent.maxPoints)
            continue;
        const QList<const CriteriaNode *> kids = set.children(parent.code);
        if (kids.isEmpty())
            continue;
        double known = 0;
        int unstated = 0;
        for (const CriteriaNode *k : kids) {
            if (k->scored() && k->kind == ScoringKind::Deduction)
                continue;
            if (k->maxPoints)
                known += *k->maxPoints;
            else
                ++unstated;
        }
        if (unstated == 0 && std::abs(known - *parent.maxPoints) > kTolerance)
            problem(parent, tr("its children's maxima add up to %1, not its maximum %2.")
                                .arg(points(known), points(*parent.maxPoints)));
        else if (unstated > 0 && known > *parent.maxPoints + kTolerance)
            problem(parent, tr("the maxima stated for its children already add up to %1, above its maximum %2.")
                                .arg(points(known), points(*parent.maxPoints)));
        else if (unstated > 0)
            problem(parent,
                    tr("%1 of its children have no stated maximum; together they must hold %2 points (the sum "
                       "cannot be checked further).")
                        .arg(unstated)
                        .arg(points(*parent.maxPoints - known)),
                    false);
    }
    return out;
}

bool CriteriaSetCheck::acceptable(const QList<CriteriaProblem> &problems)
{
    for (const CriteriaProblem &p : problems)
        if (p.blocking)
            return false;
    return true;
}

QString CriteriaSetCheck::summary(const QList<CriteriaProblem> &problems)
{
    QStringList lines;
    for (const CriteriaProblem &p : problems)
        if (p.blocking)
            lines << p.message;
    return lines.join(u'\n');
}

} // namespace pardesk
