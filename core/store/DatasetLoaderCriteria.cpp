// The bundled dataset's criteria sets (issue 15): read strictly (criteriajson, the format the
// self-assessment packages carry too), checked like an imported set, and written by the one
// repository that writes them (CriteriaSets::insert).
#include "store/DatasetLoader.h"

#include "assessment/CriteriaSetCheck.h"
#include "dataset/CriteriaSetJson.h"
#include "store/CriteriaSets.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pardesk {

void DatasetLoader::loadCriteriaSets(const QJsonObject &root, const QString &file)
{
    for (const QJsonValue &v : root.value(QStringLiteral("criteria_sets")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where = QStringLiteral("%1 criteria set %2").arg(file, o[QStringLiteral("key")].toString());
        const qsizetype errorsBefore = m_errors.size();
        const CriteriaSet set = criteriajson::read(o, where, criteriajson::Provenance::Required, &m_errors);
        if (m_errors.size() > errorsBefore)
            continue;
        // The bundled set passes the same check as an imported one; its notes (sums the source
        // does not let anyone check) are expected and are shown with the set, not refused.
        const QList<CriteriaProblem> problems = CriteriaSetCheck::check(set);
        if (!CriteriaSetCheck::acceptable(problems)) {
            m_errors.append(QStringLiteral("%1: %2").arg(where, CriteriaSetCheck::summary(problems)));
            continue;
        }
        if (const auto id = CriteriaSets(m_db).insert(set); !id)
            m_errors.append(QStringLiteral("%1: %2").arg(where, id.error()));
    }
}

} // namespace pardesk
