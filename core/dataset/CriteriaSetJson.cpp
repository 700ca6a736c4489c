#include "dataset/CriteriaSetJson.h"
#include "util/JsonOrNull.h"

#include "dataset/JsonRecord.h"

#include <QJsonArray>

namespace pardesk::criteriajson {
namespace {



std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString source(const JsonRecord &r, Provenance provenance)
{
    return provenance == Provenance::Required ? r.text(QStringLiteral("src"))
                                              : r.optionalText(QStringLiteral("src")).toString();
}

const QStringList &setKeys()
{
    static const QStringList keys = {QStringLiteral("key"),       QStringLiteral("name"),    QStringLiteral("document"),
                                     QStringLiteral("year_from"), QStringLiteral("year_to"), QStringLiteral("agency_group"),
                                     QStringLiteral("province"),  QStringLiteral("note"),    QStringLiteral("src"),
                                     QStringLiteral("nodes")};
    return keys;
}

const QStringList &nodeKeys()
{
    static const QStringList keys = {QStringLiteral("code"),          QStringLiteral("parent_code"),
                                     QStringLiteral("level"),         QStringLiteral("label"),
                                     QStringLiteral("max"),           QStringLiteral("kind"),
                                     QStringLiteral("levels"),        QStringLiteral("rate_full_at"),
                                     QStringLiteral("rate_form"),     QStringLiteral("rate_formula"),
                                     QStringLiteral("evidence_required"), QStringLiteral("responsible"),
                                     QStringLiteral("note"),          QStringLiteral("src"),
                                     QStringLiteral("plan_document"), QStringLiteral("plan_stt")};
    return keys;
}

QJsonObject nodeJson(const CriteriaNode &n)
{
    QJsonObject o{{QStringLiteral("code"), n.code},
                  {QStringLiteral("parent_code"), json::textOrNull(n.parentCode)},
                  {QStringLiteral("level"), criteria::levelWord(n.level)},
                  {QStringLiteral("label"), json::textOrNull(n.label)},
                  {QStringLiteral("max"), json::numberOrNull(n.maxPoints)},
                  {QStringLiteral("kind"), criteria::kindWord(n.kind)},
                  {QStringLiteral("evidence_required"), n.evidenceRequired},
                  {QStringLiteral("responsible"), json::textOrNull(n.responsible)},
                  {QStringLiteral("plan_document"), json::textOrNull(n.planDocument)},
                  {QStringLiteral("plan_stt"), json::textOrNull(n.planStt)},
                  {QStringLiteral("note"), json::textOrNull(n.note)},
                  {QStringLiteral("src"), json::textOrNull(n.source)}};
    if (!n.levels.isEmpty()) {
        QJsonArray levels;
        for (const ScoreLevel &l : n.levels)
            levels.append(QJsonObject{{QStringLiteral("label"), l.label}, {QStringLiteral("points"), l.points}});
        o.insert(QStringLiteral("levels"), levels);
    }
    if (n.kind == ScoringKind::Ratio) {
        o.insert(QStringLiteral("rate_full_at"), n.rateFullAt);
        o.insert(QStringLiteral("rate_form"), json::textOrNull(n.rateForm));
        o.insert(QStringLiteral("rate_formula"), json::textOrNull(n.rateFormula));
    }
    return o;
}

CriteriaNode readNode(const QJsonObject &o, int row, const QString &where, Provenance provenance, QStringList *errors)
{
    static const QStringList levelWords = {criteria::levelWord(CriteriaLevel::Area), criteria::levelWord(CriteriaLevel::Criterion),
                                           criteria::levelWord(CriteriaLevel::SubCriterion)};
    static const QStringList kindWords = {criteria::kindWord(ScoringKind::YesNo),  criteria::kindWord(ScoringKind::Points),
                                          criteria::kindWord(ScoringKind::Levels), criteria::kindWord(ScoringKind::Ratio),
                                          criteria::kindWord(ScoringKind::Survey), criteria::kindWord(ScoringKind::Deduction)};
    JsonRecord n(o, QStringLiteral("%1 node %2").arg(where, o[QStringLiteral("code")].toString()), nodeKeys(), errors);
    CriteriaNode node;
    node.row = row;
    node.code = n.text(QStringLiteral("code"));
    node.parentCode = n.optionalText(QStringLiteral("parent_code")).toString();
    node.level = criteria::levelOf(n.oneOf(QStringLiteral("level"), levelWords)).value_or(CriteriaLevel::SubCriterion);
    node.label = n.optionalText(QStringLiteral("label")).toString();
    node.maxPoints = optionalDouble(n.optionalNumber(QStringLiteral("max")));
    node.kind = criteria::kindOf(n.oneOf(QStringLiteral("kind"), kindWords)).value_or(ScoringKind::Points);
    for (const QJsonValue &lv : n.array(QStringLiteral("levels"))) {
        const QJsonObject level = lv.toObject();
        if (!level.value(QStringLiteral("label")).isString() || !level.value(QStringLiteral("points")).isDouble())
            n.fail(QStringLiteral("each of \"levels\" must have a \"label\" string and \"points\" number"));
        node.levels.append({level.value(QStringLiteral("label")).toString(), level.value(QStringLiteral("points")).toDouble()});
    }
    if (const QVariant full = n.optionalNumber(QStringLiteral("rate_full_at")); full.isValid())
        node.rateFullAt = full.toDouble();
    node.rateForm = n.optionalText(QStringLiteral("rate_form")).toString();
    node.rateFormula = n.optionalText(QStringLiteral("rate_formula")).toString();
    node.evidenceRequired = n.flag(QStringLiteral("evidence_required"));
    node.responsible = n.optionalText(QStringLiteral("responsible")).toString();
    node.note = n.optionalText(QStringLiteral("note")).toString();
    node.source = source(n, provenance);
    node.planDocument = n.optionalText(QStringLiteral("plan_document")).toString();
    node.planStt = n.optionalText(QStringLiteral("plan_stt")).toString();
    return node;
}

} // namespace

QJsonObject write(const CriteriaSet &set)
{
    QJsonArray nodes;
    for (const CriteriaNode &n : set.nodes)
        nodes.append(nodeJson(n));
    return {{QStringLiteral("key"), set.key},
            {QStringLiteral("name"), set.name},
            {QStringLiteral("document"), json::textOrNull(set.document)},
            {QStringLiteral("year_from"), set.yearFrom},
            {QStringLiteral("year_to"), set.yearTo ? QJsonValue(set.yearTo) : QJsonValue()},
            {QStringLiteral("agency_group"), set.agencyGroup},
            {QStringLiteral("province"), json::textOrNull(set.province)},
            {QStringLiteral("note"), json::textOrNull(set.note)},
            {QStringLiteral("src"), json::textOrNull(set.source)},
            {QStringLiteral("nodes"), nodes}};
}

CriteriaSet read(const QJsonObject &object, const QString &where, Provenance provenance, QStringList *errors)
{
    JsonRecord r(object, where, setKeys(), errors);
    CriteriaSet set;
    set.key = r.text(QStringLiteral("key"));
    set.name = r.text(QStringLiteral("name"));
    set.document = r.optionalText(QStringLiteral("document")).toString();
    set.yearFrom = r.optionalInt(QStringLiteral("year_from")).toInt();
    set.yearTo = r.optionalInt(QStringLiteral("year_to")).toInt();
    set.agencyGroup = r.oneOf(QStringLiteral("agency_group"), criteria::kAgencyGroups);
    set.province = r.optionalText(QStringLiteral("province")).toString();
    set.note = r.optionalText(QStringLiteral("note")).toString();
    set.source = source(r, provenance);
    int row = 0;
    for (const QJsonValue &nv : r.array(QStringLiteral("nodes")))
        set.nodes.append(readNode(nv.toObject(), ++row, r.where(), provenance, errors));
    return set;
}

} // namespace pardesk::criteriajson
