#include "assessment/ProvincePictureLoader.h"

#include "assessment/AssessmentPeriod.h"
#include "assessment/RatioFiguresLoader.h"
#include "store/CriteriaSets.h"
#include "store/SelfAssessments.h"
#include "store/Store.h"
#include "targets/TargetReport.h"

#include <algorithm>

namespace pardesk {

Result<CriteriaSet> ProvincePictureLoader::setFor(const Store &store, const QString &province, int year)
{
    const CriteriaSets sets = store.criteriaSets();
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

namespace {

// What every picture of a province and year is built from, read once.
struct Inputs {
    CriteriaSet set;
    QList<AgencyRef> agencies;
    QHash<QString, QList<AssessmentHeader>> ofYear; // by agency key, in time order
    QList<Score> official;
    QList<Target> targets;
    QList<Task> tasks;
};

Result<Inputs> loadInputs(const Store &store, const QString &province, int year, std::optional<qint64> setId)
{
    Inputs in;
    const auto set = setId ? store.criteriaSets().get(*setId) : ProvincePictureLoader::setFor(store, province, year);
    if (!set)
        return set.failure();
    in.set = set.value();
    const auto agencies = store.criteriaSets().scoredAgencies(in.set.agencyGroup, province);
    if (!agencies)
        return agencies.failure();
    in.agencies = agencies.value();
    const SelfAssessments repo = store.selfAssessments();
    for (const AgencyRef &a : std::as_const(in.agencies)) {
        const auto headers = repo.list(a.id);
        if (!headers)
            return headers.failure();
        QList<AssessmentHeader> &mine = in.ofYear[a.key];
        for (const AssessmentHeader &h : headers.value()) {
            const auto p = AssessmentPeriod::parse(h.period);
            if (h.setId == in.set.id && p && p->year == year)
                mine << h;
        }
        std::stable_sort(mine.begin(), mine.end(), [](const AssessmentHeader &x, const AssessmentHeader &y) {
            return AssessmentPeriod::earlier(x.period, y.period);
        });
    }
    const auto official = store.scores().list();
    if (!official)
        return official.failure();
    in.official = official.value();
    const auto targets = store.plans().targets();
    if (!targets)
        return targets.failure();
    in.targets = targets.value();
    const auto tasks = store.plans().tasks();
    if (!tasks)
        return tasks.failure();
    in.tasks = tasks.value();
    return in;
}

// `chosen`: the assessment each agency is taken at (by key); an agency absent from it has none.
Result<ProvincePicture> pictureOf(const Store &store, const Inputs &in, const QString &province, int year,
                                  const QHash<QString, AssessmentHeader> &chosen)
{
    const SelfAssessments repo = store.selfAssessments();
    QList<AgencyAssessment> assessments;
    for (const AgencyRef &a : in.agencies) {
        AgencyAssessment aa{a.key, a.name, std::nullopt, {}};
        if (const auto it = chosen.constFind(a.key); it != chosen.cend()) {
            aa.latest = *it;
            const auto scores = repo.scores(it->id);
            if (!scores)
                return scores.failure();
            aa.scores = scores.value();
        }
        assessments.append(aa);
    }
    return ProvincePictureBuilder::build(in.set, province, year, assessments, in.official, in.targets, in.tasks);
}

// Each agency at its latest period of the year, in time order (a month before its quarter).
QHash<QString, AssessmentHeader> latestOf(const Inputs &in)
{
    QHash<QString, AssessmentHeader> latest;
    for (auto it = in.ofYear.cbegin(); it != in.ofYear.cend(); ++it)
        if (!it->isEmpty())
            latest.insert(it.key(), it->last());
    return latest;
}

} // namespace

Result<ProvincePicture> ProvincePictureLoader::load(const Store &store, const QString &province, int year,
                                                    std::optional<qint64> setId)
{
    const auto in = loadInputs(store, province, year, setId);
    if (!in)
        return in.failure();
    auto picture = pictureOf(store, in.value(), province, year, latestOf(in.value()));
    if (!picture)
        return picture;
    // The figures of the agency the estimate comes from, up to the year's end; the targets' actual values.
    QHash<QString, RatioReading> readings;
    for (const AgencyRef &a : in->agencies)
        if (a.key == picture->estimateFrom) {
            const auto read = RatioFiguresLoader::load(store, in->set, a.id, {AssessmentPeriod::Kind::Year, year, 1});
            if (!read)
                return read.failure();
            readings = read.value();
        }
    // The targets' figures only when a lost point has targets (the report reads their forms).
    QList<TargetReportRow> targetRows;
    if (std::any_of(picture->lost.cbegin(), picture->lost.cend(), [](const LostPointMovers &m) { return !m.targets.isEmpty(); })) {
        const auto rows = TargetReport::build(store.plans(), store.forms(), store.formValues(), {province, {}, {}});
        if (!rows)
            return rows.failure();
        targetRows = rows.value();
    }
    ProvincePictureBuilder::addFigures(picture.value(), in->set, readings, targetRows);
    return picture;
}

Result<QList<ProvincePictureLoader::EstimateThen>> ProvincePictureLoader::estimatesThroughYear(const Store &store,
                                                                                            const QString &province,
                                                                                            int year)
{
    const auto in = loadInputs(store, province, year, std::nullopt);
    if (!in)
        return in.failure();
    const auto now = pictureOf(store, in.value(), province, year, latestOf(in.value()));
    if (!now)
        return now.failure();
    QList<EstimateThen> out;
    for (const AssessmentHeader &h : in->ofYear.value(now->estimateFrom)) {
        const auto then = pictureOf(store, in.value(), province, year, {{now->estimateFrom, h}});
        if (!then)
            return then.failure();
        out.append({h.period, then->total.estimate});
    }
    return out;
}

} // namespace pardesk
