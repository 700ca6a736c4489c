// The bundled dataset's criteria sets (issue 15): read strictly, checked like an imported set, and
// written by the one repository that writes them (CriteriaSets::insert).
#include "store/DatasetLoader.h"

#include "assessment/CriteriaSetCheck.h"
#include "dataset/JsonRecord.h"
#include "store/CriteriaSets.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pardesk {
namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

void DatasetLoader::loadCriteriaSets(const QJsonObject &root, const QString &file)
{
    const QStringList setKeys = {QStringLiteral("key"),       QStringLiteral("name"),         QStringLiteral("document"),
                                 QStringLiteral("year_from"), QStringLiteral("year_to"),      QStringLiteral("agency_group"),
                                 QStringLiteral("province"),  QStringLiteral("note"),         QStringLiteral("src"),
                                 QStringLiteral("nodes")};
    const QStringList nodeKeys = {QStringLiteral("code"),         QStringLiteral("parent_code"), QStringLiteral("level"),
                                  QStringLiteral("label"),        QStringLiteral("max"),         QStringLiteral("kind"),
                                  QStringLiteral("levels"),       QStringLiteral("rate_full_at"), QStringLiteral("rate_form"),
                                  QStringLiteral("rate_formula"), QStringLiteral("evidence_required"),
                                  QStringLiteral("responsible"),  QStringLiteral("note"),        QStringLiteral("src"),
                                  QStringLiteral("plan_document"), QStringLiteral("plan_stt")};
    const QStringList levelWords = {QStringLiteral("area"), QStringLiteral("criterion"), QStringLiteral("sub")};
    const QStringList kindWords = {QStringLiteral("yesno"), QStringLiteral("points"), QStringLiteral("levels"),
                                   QStringLiteral("ratio"), QStringLiteral("survey"), QStringLiteral("deduction")};

    for (const QJsonValue &v : root.value(QStringLiteral("criteria_sets")).toArray()) {
        const QJsonObject o = v.toObject();
        JsonRecord r(o, QStringLiteral("%1 criteria set %2").arg(file, o[QStringLiteral("key")].toString()), setKeys, &m_errors);
        CriteriaSet set;
        set.key = r.text(QStringLiteral("key"));
        set.name = r.text(QStringLiteral("name"));
        set.document = r.optionalText(QStringLiteral("document")).toString();
        set.yearFrom = r.optionalInt(QStringLiteral("year_from")).toInt();
        set.yearTo = r.optionalInt(QStringLiteral("year_to")).toInt();
        set.agencyGroup = r.oneOf(QStringLiteral("agency_group"), criteria::kAgencyGroups);
        set.province = r.optionalText(QStringLiteral("province")).toString();
        set.note = r.optionalText(QStringLiteral("note")).toString();
        set.source = r.text(QStringLiteral("src"));
        int row = 0;
        for (const QJsonValue &nv : r.array(QStringLiteral("nodes"))) {
            const QJsonObject no = nv.toObject();
            JsonRecord n(no, QStringLiteral("%1 node %2").arg(r.where(), no[QStringLiteral("code")].toString()), nodeKeys,
                         &m_errors);
            CriteriaNode node;
            node.row = ++row;
            node.code = n.text(QStringLiteral("code"));
            node.parentCode = n.optionalText(QStringLiteral("parent_code")).toString();
            node.level = criteria::levelOf(n.oneOf(QStringLiteral("level"), levelWords)).value_or(CriteriaLevel::SubCriterion);
            node.label = n.optionalText(QStringLiteral("label")).toString();
            node.maxPoints = optionalDouble(n.optionalNumber(QStringLiteral("max")));
            node.kind = criteria::kindOf(n.oneOf(QStringLiteral("kind"), kindWords)).value_or(ScoringKind::Points);
            for (const QJsonValue &lv : n.array(QStringLiteral("levels")))
                node.levels.append({lv[QStringLiteral("label")].toString(), lv[QStringLiteral("points")].toDouble()});
            if (const QVariant full = n.optionalNumber(QStringLiteral("rate_full_at")); full.isValid())
                node.rateFullAt = full.toDouble();
            node.rateForm = n.optionalText(QStringLiteral("rate_form")).toString();
            node.rateFormula = n.optionalText(QStringLiteral("rate_formula")).toString();
            node.evidenceRequired = n.flag(QStringLiteral("evidence_required"));
            node.responsible = n.optionalText(QStringLiteral("responsible")).toString();
            node.note = n.optionalText(QStringLiteral("note")).toString();
            node.source = n.text(QStringLiteral("src"));
            node.planDocument = n.optionalText(QStringLiteral("plan_document")).toString();
            node.planStt = n.optionalText(QStringLiteral("plan_stt")).toString();
            set.nodes.append(node);
        }
        // The bundled set passes the same check as an imported one; its notes (sums the source
        // does not let anyone check) are expected and are shown with the set, not refused.
        const QList<CriteriaProblem> problems = CriteriaSetCheck::check(set);
        if (!CriteriaSetCheck::acceptable(problems)) {
            r.fail(CriteriaSetCheck::summary(problems));
            continue;
        }
        if (const auto id = CriteriaSets(m_db).insert(set); !id)
            r.fail(id.error());
    }
}

} // namespace pardesk
