#include "io/JsonViews.h"
#include "util/JsonOrNull.h"

namespace pardesk::json {
// Empty text and no number are JSON null (util/JsonOrNull.h): "no data" must not look like an
// empty string or a 0 that was written.

QJsonObject toJson(const Document &d)
{
    return {{"key", d.key},          {"number", d.number},         {"type", d.type},
            {"type_label", json::textOrNull(d.typeLabel)}, {"issued", json::textOrNull(d.issued)}, {"issuer", json::textOrNull(d.issuer)},
            {"province", d.province}, {"year", json::numberOrNull(d.year)},    {"title", d.title},
            {"legal_basis", QJsonArray::fromStringList(d.legalBasis)}, {"cited_by", json::textOrNull(d.citedBy)},
            {"targets", d.targetCount}, {"tasks", d.taskCount},    {"source", d.source},
            {"name", d.name}};
}

QJsonObject toJson(const Target &t)
{
    return {{"id", double(t.id)},         {"province", t.province},        {"plan", t.plan},
            {"document", t.documentKey},  {"stt", t.stt},                  {"part", t.part},
            {"area", json::textOrNull(t.area)},       {"text", t.text},                {"fragment", json::textOrNull(t.fragment)},
            {"indicator", json::textOrNull(t.indicator)}, {"theme", json::textOrNull(t.theme)},    {"kind", storeText(t.kind)},
            {"comparator", json::textOrNull(storeText(t.comparator))}, {"value", json::numberOrNull(t.value)}, {"unit", json::textOrNull(t.unit)},
            {"direction", storeText(t.direction)},   {"level", json::textOrNull(storeText(t.level))},        {"baseline_year", json::numberOrNull(t.baselineYear)},
            {"baseline_value", json::numberOrNull(t.baselineValue)}, {"aspirational", t.aspirational},
            {"timeframe", json::textOrNull(t.timeframe)}, {"deadline", json::textOrNull(t.deadline)}, {"lead", json::textOrNull(t.lead)},
            {"coordinating", json::textOrNull(t.coordinating)}, {"legal_basis", json::textOrNull(t.legalBasis)}, {"source", t.source},
            {"document_name", t.documentName}, {"source_name", t.sourceName}, {"each_unit", t.eachUnit}};
}

QJsonObject toJson(const Task &t)
{
    return {{"id", double(t.id)},       {"province", t.province},   {"plan", t.plan},
            {"document", t.documentKey}, {"stt", json::textOrNull(t.stt)},      {"group", json::textOrNull(t.group)},
            {"text", t.text},           {"lead", json::textOrNull(t.lead)},     {"coordinating", json::textOrNull(t.coordinating)},
            {"timeframe", json::textOrNull(t.timeframe)}, {"deadline", json::textOrNull(t.deadline)}, {"output", json::textOrNull(t.output)},
            {"status", t.status},       {"target", json::textOrNull(t.targetStt)}, {"source", t.source},
            {"due_dates", QJsonArray::fromStringList(t.dueDates)}, {"document_name", t.documentName},
            {"source_name", t.sourceName}};
}

QJsonObject toJson(const Form &f)
{
    return {{"id", double(f.id)}, {"key", f.key}, {"name", f.name}, {"province", json::textOrNull(f.province)},
            {"period_kinds", QJsonArray::fromStringList(f.periodKinds)}, {"version", f.version},
            {"items", f.itemCount}, {"source", json::textOrNull(f.source)}};
}

QJsonObject toJson(const Submission &s)
{
    return {{"id", double(s.id)}, {"form", s.form}, {"agency", s.agencyKey}, {"agency_name", s.agency},
            {"period", s.period}, {"status", s.status}, {"updated_at", s.updatedAt}, {"values", s.valueCount},
            {"source", json::textOrNull(s.source)}};
}

QJsonObject toJson(const SubmissionValue &v)
{
    return {{"code", v.code}, {"label", v.label}, {"unit", json::textOrNull(v.unit)}, {"kind", v.kind},
            {"value", json::numberOrNull(v.value)}, {"text", json::textOrNull(v.raw)}, {"note", json::textOrNull(v.note)}, {"source", json::textOrNull(v.source)}};
}

QJsonObject toJson(const Score &s)
{
    return {{"index", s.index},   {"province", s.province}, {"year", s.year},           {"code", json::textOrNull(s.code)},
            {"parent_code", json::textOrNull(s.parentCode)}, {"name", s.name}, {"achieved", json::numberOrNull(s.achieved)},
            {"max", json::numberOrNull(s.max)}, {"unit", json::textOrNull(s.unit)}, {"rank", json::numberOrNull(s.rank)}, {"rank_of", json::numberOrNull(s.rankOf)},
            {"scope", s.scope},   {"note", json::textOrNull(s.note)},   {"source", s.source}};
}

QJsonObject toJson(const Theme &t)
{
    QJsonObject perProvince;
    for (auto it = t.targetsPerProvince.cbegin(); it != t.targetsPerProvince.cend(); ++it)
        perProvince.insert(it.key(), it.value());
    return {{"key", t.key}, {"name", t.name}, {"name_en", t.nameEn}, {"targets", perProvince}};
}

} // namespace pardesk::json
