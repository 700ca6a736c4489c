#include "assessment/CriteriaSet.h"

namespace pardesk {

const CriteriaNode *CriteriaSet::node(const QString &code) const
{
    for (const CriteriaNode &n : nodes)
        if (n.code == code)
            return &n;
    return nullptr;
}

QList<const CriteriaNode *> CriteriaSet::children(const QString &code) const
{
    QList<const CriteriaNode *> out;
    for (const CriteriaNode &n : nodes)
        if (n.parentCode == code && !n.code.isEmpty())
            out.append(&n);
    return out;
}

namespace criteria {

const QStringList kAgencyGroups = {QStringLiteral("province"), QStringLiteral("department"),
                                   QStringLiteral("district"), QStringLiteral("commune")};

QString levelWord(CriteriaLevel level)
{
    switch (level) {
    case CriteriaLevel::Area:
        return QStringLiteral("area");
    case CriteriaLevel::Criterion:
        return QStringLiteral("criterion");
    case CriteriaLevel::SubCriterion:
        break;
    }
    return QStringLiteral("sub");
}

std::optional<CriteriaLevel> levelOf(const QString &word)
{
    for (CriteriaLevel l : {CriteriaLevel::Area, CriteriaLevel::Criterion, CriteriaLevel::SubCriterion})
        if (levelWord(l) == word)
            return l;
    return std::nullopt;
}

QString kindWord(ScoringKind kind)
{
    switch (kind) {
    case ScoringKind::YesNo:
        return QStringLiteral("yesno");
    case ScoringKind::Points:
        return QStringLiteral("points");
    case ScoringKind::Levels:
        return QStringLiteral("levels");
    case ScoringKind::Ratio:
        return QStringLiteral("ratio");
    case ScoringKind::Survey:
        return QStringLiteral("survey");
    case ScoringKind::Deduction:
        break;
    }
    return QStringLiteral("deduction");
}

std::optional<ScoringKind> kindOf(const QString &word)
{
    for (ScoringKind k : {ScoringKind::YesNo, ScoringKind::Points, ScoringKind::Levels, ScoringKind::Ratio, ScoringKind::Survey,
                          ScoringKind::Deduction})
        if (kindWord(k) == word)
            return k;
    return std::nullopt;
}

} // namespace criteria
} // namespace pardesk
