#include "assessment/ProvincePicture.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

int statusWeight(const QString &status)
{
    return status == u"appraised" ? 3 : status == u"submitted" ? 2 : status == u"draft" ? 1 : 0;
}

// Numbered under `stt`: the node itself ("III.7") or below it ("III.7.a").
bool under(const QString &stt, const QString &prefix)
{
    return !prefix.isEmpty() && (stt == prefix || stt.startsWith(prefix + u'.'));
}

// The last official row of a code in or before the year.
const Score *lastOfficial(const QList<Score> &official, const QString &province, const QString &code, int year)
{
    const Score *best = nullptr;
    for (const Score &s : official)
        if (s.index == u"PAR" && s.province == province && s.code == code && s.year <= year && s.achieved &&
            (!best || s.year > best->year))
            best = &s;
    return best;
}

} // namespace

QHash<QString, double> ProvincePictureBuilder::pointsOf(const QList<AssessmentScore> &scores)
{
    QHash<QString, double> out;
    for (const AssessmentScore &s : scores) {
        if (s.appraised)
            out.insert(s.code, *s.appraised);
        else if (s.points)
            out.insert(s.code, *s.points);
    }
    return out;
}

ProvincePicture ProvincePictureBuilder::build(const CriteriaSet &set, const QString &province, int year,
                                              const QList<AgencyAssessment> &assessments, const QList<Score> &official,
                                              const QList<Target> &targets, const QList<Task> &tasks)
{
    ProvincePicture out;
    out.province = province;
    out.year = year;
    out.setKey = set.key;

    const AgencyAssessment *chosen = nullptr;
    for (const AgencyAssessment &a : assessments) {
        AgencyStanding st{a.agencyKey, a.agencyName, QStringLiteral("not_started"), {}, 0, std::nullopt};
        if (a.latest) {
            st.status = a.latest->status;
            st.period = a.latest->period;
            const QHash<QString, double> pts = pointsOf(a.scores);
            for (auto it = pts.cbegin(); it != pts.cend(); ++it)
                st.total += it.value();
            const int w = statusWeight(a.latest->status);
            if (!chosen || w > statusWeight(chosen->latest->status) ||
                (w == statusWeight(chosen->latest->status) && a.latest->period > chosen->latest->period))
                chosen = &a;
        }
        out.agencies.append(st);
    }
    // Ranking: by total, highest first; not started last and unranked; equal totals share a rank.
    std::stable_sort(out.agencies.begin(), out.agencies.end(), [](const AgencyStanding &a, const AgencyStanding &b) {
        const bool sa = a.status != u"not_started", sb = b.status != u"not_started";
        if (sa != sb)
            return sa;
        return a.total > b.total;
    });
    for (int i = 0; i < out.agencies.size(); ++i) {
        AgencyStanding &st = out.agencies[i];
        if (st.status == u"not_started")
            continue;
        st.rank = (i > 0 && out.agencies[i - 1].rank && std::abs(out.agencies[i - 1].total - st.total) < 0.00005)
                      ? out.agencies[i - 1].rank
                      : std::optional<int>(i + 1);
    }

    // The estimate: the chosen assessment's points; a survey sub-criterion, which no agency scores,
    // takes its last official result, and says so in the lost points.
    QHash<QString, double> points = chosen ? pointsOf(chosen->scores) : QHash<QString, double>();
    out.estimateFrom = chosen ? chosen->agencyKey : QString();
    QSet<QString> fromOfficial;
    for (const CriteriaNode &n : set.nodes) {
        if (!n.scored() || points.contains(n.code))
            continue;
        if (n.kind == ScoringKind::Survey || !chosen)
            if (const Score *s = lastOfficial(official, province, n.code, year)) {
                points.insert(n.code, *s->achieved);
                fromOfficial.insert(n.code);
            }
    }
    const QList<NodeTotal> totals = AssessmentTotals::compute(set, points);
    out.total.code = QString();
    out.total.max = 0;
    for (int i = 0; i < set.nodes.size(); ++i) {
        const CriteriaNode &n = set.nodes[i];
        if (n.level != CriteriaLevel::Area)
            continue;
        AreaEstimate e{n.code, n.label, n.maxPoints, totals[i].achieved, totals[i].scored, totals[i].unscored, {}, 0, {}, {}};
        if (const Score *s = lastOfficial(official, province, n.code, year)) {
            e.official = s->achieved;
            e.officialYear = s->year;
            e.officialRank = s->rank;
            e.officialRankOf = s->rankOf;
        }
        out.areas.append(e);
        out.total.estimate += e.estimate;
        out.total.scored += e.scored;
        out.total.unscored += e.unscored;
        out.total.max = (out.total.max && e.max) ? std::optional<double>(*out.total.max + *e.max) : std::nullopt;
    }

    for (const LostPoints &l : AssessmentTotals::lost(set, points)) {
        LostPointMovers m{l, fromOfficial.contains(l.code), {}, {}, std::nullopt, {}};
        const CriteriaNode *n = set.node(l.code);
        if (n && !n->planDocument.isEmpty()) {
            for (const Target &t : targets)
                if (t.documentKey == n->planDocument && under(t.stt, n->planStt))
                    m.targets.append(t);
            for (const Task &t : tasks)
                if (t.documentKey == n->planDocument && under(t.stt, n->planStt) && t.status != u"done")
                    m.openTasks.append(t);
        }
        out.lost.append(m);
    }
    return out;
}

void ProvincePictureBuilder::addFigures(ProvincePicture &picture, const CriteriaSet &set,
                                        const QHash<QString, RatioReading> &readings, const QList<TargetReportRow> &targetRows)
{
    QHash<qint64, const TargetReportRow *> rowOf;
    for (const TargetReportRow &r : targetRows)
        if (r.actual)
            rowOf.insert(r.target.id, &r);
    for (LostPointMovers &m : picture.lost) {
        if (const auto it = readings.constFind(m.lost.code); it != readings.cend())
            m.ratio = *it;
        for (const Target &t : std::as_const(m.targets))
            if (const TargetReportRow *r = rowOf.value(t.id))
                m.targetFigures.append(*r);
    }
    for (const CriteriaNode &n : set.nodes) {
        const auto it = readings.constFind(n.code);
        if (it == readings.cend() || it->yearRates.isEmpty() || Period::parse(it->period)->year() != picture.year)
            continue;
        if (const auto projection = RatioProjection::project(n, it->yearRates))
            picture.ratioYearEnd.append({*it, projection.value()});
    }
}

} // namespace pardesk
