#include "assessment/ProvincePictureLoader.h"

#include "assessment/AssessmentPeriod.h"
#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"

namespace pardesk {

Result<CriteriaSet> ProvincePictureLoader::setFor(const Store &store, const QString &province, int year)
{
    const CriteriaSets sets(store.connection());
    const auto all = sets.list();
    if (!all)
        return all.failure();
    const CriteriaSetSummary *best = nullptr;
    for (const CriteriaSetSummary &s : all.value()) {
        if (s.agencyGroup != u"province" || (!s.province.isEmpty() && s.province != province) || s.yearFrom > year)
            continue;
        const bool covers = s.yearTo == 0 || s.yearTo >= year;
        const bool bestCovers = best && (best->yearTo == 0 || best->yearTo >= year);
        if (!best || (covers && !bestCovers) || (covers == bestCovers && s.yearFrom > best->yearFrom))
            best = &s;
    }
    if (!best)
        return Error{tr("No province-level criteria set applies to %1 in %2; import one first.").arg(province).arg(year)};
    return sets.get(best->id);
}

Result<ProvincePicture> ProvincePictureLoader::load(const Store &store, const QString &province, int year,
                                                    std::optional<qint64> setId)
{
    const auto set = setId ? CriteriaSets(store.connection()).get(*setId) : setFor(store, province, year);
    if (!set)
        return set.failure();
    const auto agencies = CriteriaSets(store.connection()).scoredAgencies(set->agencyGroup, province);
    if (!agencies)
        return agencies.failure();
    const SelfAssessments repo(store.connection());
    QList<AgencyAssessment> assessments;
    for (const AgencyRef &a : agencies.value()) {
        AgencyAssessment aa{a.key, a.name, std::nullopt, {}};
        const auto headers = repo.list(a.id);
        if (!headers)
            return headers.failure();
        for (const AssessmentHeader &h : headers.value()) {
            const auto p = AssessmentPeriod::parse(h.period);
            if (h.setId != set->id || !p || p->year != year)
                continue;
            // The latest period of the year; keys of one kind sort in time ("202403" < "202411").
            if (!aa.latest || h.period > aa.latest->period)
                aa.latest = h;
        }
        if (aa.latest) {
            const auto scores = repo.scores(aa.latest->id);
            if (!scores)
                return scores.failure();
            aa.scores = scores.value();
        }
        assessments.append(aa);
    }
    const auto official = store.scores().list();
    if (!official)
        return official.failure();
    const auto targets = store.plans().targets();
    if (!targets)
        return targets.failure();
    const auto tasks = store.plans().tasks();
    if (!tasks)
        return tasks.failure();
    return ProvincePictureBuilder::build(set.value(), province, year, assessments, official.value(), targets.value(),
                                         tasks.value());
}

} // namespace pardesk
