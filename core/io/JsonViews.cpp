#include "io/JsonViews.h"

namespace pardesk::json {
namespace {

// Empty text is JSON null: "no data" must not look like an empty string that was written.
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

template <typename T>
QJsonValue number(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Document &d)
{
    return {{"key", d.key},          {"number", d.number},         {"type", d.type},
            {"type_label", text(d.typeLabel)}, {"issued", text(d.issued)}, {"issuer", text(d.issuer)},
            {"province", d.province}, {"year", number(d.year)},    {"title", d.title},
            {"legal_basis", QJsonArray::fromStringList(d.legalBasis)}, {"cited_by", text(d.citedBy)},
            {"targets", d.targetCount}, {"tasks", d.taskCount},    {"source", d.source},
            {"name", d.name}};
}

QJsonObject toJson(const Target &t)
{
    return {{"id", double(t.id)},         {"province", t.province},        {"plan", t.plan},
            {"document", t.documentKey},  {"stt", t.stt},                  {"part", t.part},
            {"area", text(t.area)},       {"text", t.text},                {"fragment", text(t.fragment)},
            {"indicator", text(t.indicator)}, {"theme", text(t.theme)},    {"kind", storeText(t.kind)},
            {"comparator", text(storeText(t.comparator))}, {"value", number(t.value)}, {"unit", text(t.unit)},
            {"direction", storeText(t.direction)},   {"level", text(storeText(t.level))},        {"baseline_year", number(t.baselineYear)},
            {"baseline_value", number(t.baselineValue)}, {"aspirational", t.aspirational},
            {"timeframe", text(t.timeframe)}, {"deadline", text(t.deadline)}, {"lead", text(t.lead)},
            {"coordinating", text(t.coordinating)}, {"legal_basis", text(t.legalBasis)}, {"source", t.source},
            {"document_name", t.documentName}, {"source_name", t.sourceName}, {"each_unit", t.eachUnit}};
}

QJsonObject toJson(const Task &t)
{
    return {{"id", double(t.id)},       {"province", t.province},   {"plan", t.plan},
            {"document", t.documentKey}, {"stt", text(t.stt)},      {"group", text(t.group)},
            {"text", t.text},           {"lead", text(t.lead)},     {"coordinating", text(t.coordinating)},
            {"timeframe", text(t.timeframe)}, {"deadline", text(t.deadline)}, {"output", text(t.output)},
            {"status", t.status},       {"target", text(t.targetStt)}, {"source", t.source},
            {"due_dates", QJsonArray::fromStringList(t.dueDates)}, {"document_name", t.documentName},
            {"source_name", t.sourceName}};
}

QJsonObject toJson(const Form &f)
{
    return {{"id", double(f.id)}, {"key", f.key}, {"name", f.name}, {"province", text(f.province)},
            {"period_kinds", QJsonArray::fromStringList(f.periodKinds)}, {"version", f.version},
            {"items", f.itemCount}, {"source", text(f.source)}};
}

QJsonObject toJson(const Submission &s)
{
    return {{"id", double(s.id)}, {"form", s.form}, {"agency", s.agencyKey}, {"agency_name", s.agency},
            {"period", s.period}, {"status", s.status}, {"updated_at", s.updatedAt}, {"values", s.valueCount},
            {"source", text(s.source)}};
}

QJsonObject toJson(const SubmissionValue &v)
{
    return {{"code", v.code}, {"label", v.label}, {"unit", text(v.unit)}, {"kind", v.kind},
            {"value", number(v.value)}, {"text", text(v.raw)}, {"note", text(v.note)}, {"source", text(v.source)}};
}

QJsonObject toJson(const Score &s)
{
    return {{"index", s.index},   {"province", s.province}, {"year", s.year},           {"code", text(s.code)},
            {"parent_code", text(s.parentCode)}, {"name", s.name}, {"achieved", number(s.achieved)},
            {"max", number(s.max)}, {"unit", text(s.unit)}, {"rank", number(s.rank)}, {"rank_of", number(s.rankOf)},
            {"scope", s.scope},   {"note", text(s.note)},   {"source", s.source}};
}

QJsonObject toJson(const Theme &t)
{
    QJsonObject perProvince;
    for (auto it = t.targetsPerProvince.cbegin(); it != t.targetsPerProvince.cend(); ++it)
        perProvince.insert(it.key(), it.value());
    return {{"key", t.key}, {"name", t.name}, {"name_en", t.nameEn}, {"targets", perProvince}};
}

} // namespace pardesk::json
