#include "io/AssessmentJson.h"
#include "util/JsonOrNull.h"

#include "dataset/CriteriaSetJson.h"
#include "io/JsonViews.h"

namespace pardesk::json {
namespace {


QJsonValue integer(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}


QJsonObject area(const AreaEstimate &a)
{
    return {{QStringLiteral("code"), json::textOrNull(a.code)},
            {QStringLiteral("label"), json::textOrNull(a.label)},
            {QStringLiteral("max"), json::numberOrNull(a.max)},
            {QStringLiteral("estimate"), a.estimate},
            {QStringLiteral("scored"), a.scored},
            {QStringLiteral("unscored"), a.unscored},
            {QStringLiteral("official"), json::numberOrNull(a.official)},
            {QStringLiteral("official_year"), a.officialYear ? QJsonValue(a.officialYear) : QJsonValue()},
            {QStringLiteral("official_rank"), integer(a.officialRank)},
            {QStringLiteral("official_rank_of"), integer(a.officialRankOf)}};
}

} // namespace

QJsonObject toJson(const CriteriaSetSummary &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("key"), s.key},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("document"), json::textOrNull(s.document)},
            {QStringLiteral("year_from"), s.yearFrom},
            {QStringLiteral("year_to"), s.yearTo ? QJsonValue(s.yearTo) : QJsonValue()},
            {QStringLiteral("agency_group"), s.agencyGroup},
            {QStringLiteral("province"), json::textOrNull(s.province)},
            {QStringLiteral("nodes"), s.nodes},
            {QStringLiteral("max"), json::numberOrNull(s.maxPoints)},
            {QStringLiteral("src"), json::textOrNull(s.source)}};
}

// The set as the packages carry it (criteriajson), with its id, which nodes are unnamed places and
// what its check says.
QJsonObject toJson(const CriteriaSet &set, const QList<CriteriaProblem> &problems)
{
    QJsonObject out = criteriajson::write(set);
    QJsonArray nodes = out.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes[i].toObject();
        node.insert(QStringLiteral("unnamed"), set.nodes[i].unnamed());
        nodes[i] = node;
    }
    QJsonArray checks;
    for (const CriteriaProblem &p : problems)
        checks.append(QJsonObject{{QStringLiteral("row"), p.row},
                                  {QStringLiteral("code"), json::textOrNull(p.code)},
                                  {QStringLiteral("severity"), p.blocking ? QStringLiteral("error") : QStringLiteral("note")},
                                  {QStringLiteral("message"), p.message}});
    out.insert(QStringLiteral("id"), set.id);
    out.insert(QStringLiteral("nodes"), nodes);
    out.insert(QStringLiteral("checks"), checks);
    return out;
}

QJsonObject toJson(const AssessmentHeader &h, const QList<AssessmentScore> &scores, const QList<Evidence> &evidence,
                   const QList<AssessmentFinding> &findings, double total)
{
    QJsonArray s;
    for (const AssessmentScore &x : scores)
        s.append(QJsonObject{{QStringLiteral("code"), x.code},
                             {QStringLiteral("points"), json::numberOrNull(x.points)},
                             {QStringLiteral("explanation"), json::textOrNull(x.explanation)},
                             {QStringLiteral("appraised"), json::numberOrNull(x.appraised)},
                             {QStringLiteral("comment"), json::textOrNull(x.comment)}});
    QJsonArray e;
    for (const Evidence &x : evidence)
        e.append(toJson(x));
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("set"), h.setKey},
            {QStringLiteral("agency"), h.agencyKey},
            {QStringLiteral("agency_name"), h.agencyName},
            {QStringLiteral("province"), h.province},
            {QStringLiteral("period"), h.period},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("updated_at"), h.updatedAt},
            {QStringLiteral("total"), total},
            {QStringLiteral("scores"), s},
            {QStringLiteral("evidence"), e},
            {QStringLiteral("findings"), toJson(findings)}};
}

QJsonObject toJson(const Evidence &x)
{
    QJsonObject o{{QStringLiteral("code"), x.code},
                  {QStringLiteral("kind"), x.kind},
                  {QStringLiteral("file"), json::textOrNull(x.fileName)},
                  {QStringLiteral("sha256"), json::textOrNull(x.sha256)},
                  {QStringLiteral("size"), x.kind == u"file" ? QJsonValue(x.size) : QJsonValue()},
                  {QStringLiteral("document"), json::textOrNull(x.documentNumber)},
                  {QStringLiteral("date"), json::textOrNull(x.documentDate)}};
    if (x.id)
        o.insert(QStringLiteral("id"), x.id);
    return o;
}

QJsonArray toJson(const QList<AssessmentFinding> &findings)
{
    QJsonArray f;
    for (const AssessmentFinding &x : findings)
        f.append(QJsonObject{{QStringLiteral("kind"), AssessmentFindings::kindWord(x.kind)},
                             {QStringLiteral("code"), x.code},
                             {QStringLiteral("message"), x.message}});
    return f;
}

QJsonObject toJson(const RatioReading &r)
{
    return {{QStringLiteral("code"), r.code},
            {QStringLiteral("form"), r.form},
            {QStringLiteral("form_name"), json::textOrNull(r.formName)},
            {QStringLiteral("formula"), r.formula},
            {QStringLiteral("period"), json::textOrNull(r.period)},
            {QStringLiteral("rate"), json::numberOrNull(r.rate)},
            {QStringLiteral("points"), json::numberOrNull(r.points)},
            {QStringLiteral("max"), json::numberOrNull(r.max)},
            {QStringLiteral("problem"), json::textOrNull(r.problem)},
            {QStringLiteral("line"), RatioFigures::describe(r)}};
}

QJsonObject estimateJson(const ProvincePicture &p)
{
    QJsonArray agencies;
    for (const AgencyStanding &a : p.agencies)
        agencies.append(QJsonObject{{QStringLiteral("agency"), a.agencyKey},
                                    {QStringLiteral("agency_name"), a.agencyName},
                                    {QStringLiteral("status"), a.status},
                                    {QStringLiteral("period"), json::textOrNull(a.period)},
                                    {QStringLiteral("total"), a.total},
                                    {QStringLiteral("rank"), integer(a.rank)}});
    QJsonArray areas;
    for (const AreaEstimate &a : p.areas)
        areas.append(area(a));
    QJsonArray yearEnd;
    for (const RatioYearEnd &r : p.ratioYearEnd)
        yearEnd.append(QJsonObject{{QStringLiteral("code"), r.reading.code},
                                   {QStringLiteral("latest"), toJson(r.reading)},
                                   {QStringLiteral("rate"), json::numberOrNull(r.projection.rate.value)},
                                   {QStringLiteral("points"), json::numberOrNull(r.projection.points)},
                                   {QStringLiteral("assumption"), r.projection.assumption}});
    return {{QStringLiteral("province"), p.province},
            {QStringLiteral("year"), p.year},
            {QStringLiteral("set"), p.setKey},
            {QStringLiteral("estimate_from"), json::textOrNull(p.estimateFrom)},
            {QStringLiteral("agencies"), agencies},
            {QStringLiteral("areas"), areas},
            {QStringLiteral("total"), area(p.total)},
            {QStringLiteral("ratio_year_end"), yearEnd}};
}

QJsonObject lostPointsJson(const ProvincePicture &p)
{
    QJsonArray lost;
    for (const LostPointMovers &m : p.lost) {
        QJsonArray targets;
        for (const Target &t : m.targets)
            targets.append(toJson(t));
        QJsonArray figures;
        for (const TargetReportRow &r : m.targetFigures)
            figures.append(QJsonObject{{QStringLiteral("target"), r.target.id},
                                       {QStringLiteral("stt"), json::textOrNull(r.target.stt)},
                                       {QStringLiteral("value"), r.actual->value},
                                       {QStringLiteral("unit"), json::textOrNull(r.target.unit)},
                                       {QStringLiteral("period"), r.actual->period},
                                       {QStringLiteral("form"), r.actual->form},
                                       {QStringLiteral("item"), r.actual->item}});
        QJsonArray tasks;
        for (const Task &t : m.openTasks)
            tasks.append(toJson(t));
        lost.append(QJsonObject{{QStringLiteral("code"), m.lost.code},
                                {QStringLiteral("label"), json::textOrNull(m.lost.label)},
                                {QStringLiteral("max"), m.lost.max},
                                {QStringLiteral("points"), m.lost.points},
                                {QStringLiteral("lost"), m.lost.lost()},
                                {QStringLiteral("points_from"), m.fromOfficial ? QStringLiteral("official") : QStringLiteral("assessment")},
                                {QStringLiteral("targets"), targets},
                                {QStringLiteral("latest_figures"), figures},
                                {QStringLiteral("ratio"), m.ratio ? QJsonValue(toJson(*m.ratio)) : QJsonValue()},
                                {QStringLiteral("open_tasks"), tasks}});
    }
    return {{QStringLiteral("province"), p.province},
            {QStringLiteral("year"), p.year},
            {QStringLiteral("set"), p.setKey},
            {QStringLiteral("lost"), lost}};
}

} // namespace pardesk::json
