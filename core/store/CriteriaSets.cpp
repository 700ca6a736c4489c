#include "store/CriteriaSets.h"

#include "assessment/CriteriaSetCheck.h"
#include "store/AuditLog.h"
#include "store/RowReading.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonObject>

namespace pardesk {
namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant numberOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

Result<QList<CriteriaSetSummary>> CriteriaSets::list() const
{
    // The max is the areas' sum only when every area states one (count(max) = count(*)).
    return rows::readAll<CriteriaSetSummary>(
        m_db,
        QStringLiteral("SELECT s.id, s.key, s.name, s.document, s.year_from, s.year_to, s.agency_group, s.province, "
                       "(SELECT count(*) FROM criteria_nodes n WHERE n.set_id = s.id), "
                       "(SELECT CASE WHEN count(max) = count(*) THEN sum(max) END FROM criteria_nodes n "
                       " WHERE n.set_id = s.id AND n.level = 'area'), s.src "
                       "FROM criteria_sets s ORDER BY s.id"),
        {}, [](const Statement &q) {
            CriteriaSetSummary s;
            s.id = q.value(0).toLongLong();
            s.key = q.value(1).toString();
            s.name = q.value(2).toString();
            s.document = q.value(3).toString();
            s.yearFrom = q.value(4).toInt();
            s.yearTo = q.value(5).toInt();
            s.agencyGroup = q.value(6).toString();
            s.province = q.value(7).toString();
            s.nodes = q.value(8).toInt();
            s.maxPoints = rows::optionalDouble(q.value(9));
            s.source = q.value(10).toString();
            return s;
        });
}

Result<std::optional<qint64>> CriteriaSets::idOfKey(const QString &key) const
{
    Statement q(m_db, QStringLiteral("SELECT id FROM criteria_sets WHERE key = ?"));
    const auto row = q.bind(key).first();
    if (!row)
        return row.failure();
    if (!row.value())
        return std::optional<qint64>();
    return std::optional<qint64>(row.value()->toLongLong());
}

Result<QList<AgencyRef>> CriteriaSets::scoredAgencies(const QString &agencyGroup, const QString &province) const
{
    return rows::readAll<AgencyRef>(
        m_db,
        QStringLiteral("SELECT a.id, a.key, a.name, a.province FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id "
                       "WHERE a.level = ? AND a.province = ? AND (p.id IS NULL OR p.level <> a.level) ORDER BY a.name"),
        {agencyGroup, province}, [](const Statement &q) {
            return AgencyRef{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        });
}

Result<CriteriaSet> CriteriaSets::get(qint64 id) const
{
    Statement head(m_db, QStringLiteral("SELECT key, name, document, year_from, year_to, agency_group, province, note, src "
                                        "FROM criteria_sets WHERE id = ?"));
    head.bind(id);
    if (Status s = head.exec(); !s)
        return s.failure();
    if (!head.next())
        return Error{tr("There is no criteria set %1.").arg(id)};
    CriteriaSet set;
    set.id = id;
    set.key = head.value(0).toString();
    set.name = head.value(1).toString();
    set.document = head.value(2).toString();
    set.yearFrom = head.value(3).toInt();
    set.yearTo = head.value(4).toInt();
    set.agencyGroup = head.value(5).toString();
    set.province = head.value(6).toString();
    set.note = head.value(7).toString();
    set.source = head.value(8).toString();

    struct Row {
        qint64 id;
        CriteriaNode node;
    };
    auto nodes = rows::readAll<Row>(
        m_db,
        QStringLiteral("SELECT id, position, code, parent_code, level, label, max, kind, rate_full_at, rate_form, "
                       "rate_formula, evidence_required, responsible, note, src, plan_document, plan_stt FROM criteria_nodes "
                       "WHERE set_id = ? ORDER BY position"),
        {id}, [](const Statement &q) {
            CriteriaNode n;
            n.row = q.value(1).toInt();
            n.code = q.value(2).toString();
            n.parentCode = q.value(3).toString();
            n.level = criteria::levelOf(q.value(4).toString()).value_or(CriteriaLevel::SubCriterion);
            n.label = q.value(5).toString();
            n.maxPoints = rows::optionalDouble(q.value(6));
            n.kind = criteria::kindOf(q.value(7).toString()).value_or(ScoringKind::YesNo);
            n.rateFullAt = q.value(8).toDouble();
            n.rateForm = q.value(9).toString();
            n.rateFormula = q.value(10).toString();
            n.evidenceRequired = q.value(11).toInt() != 0;
            n.responsible = q.value(12).toString();
            n.note = q.value(13).toString();
            n.source = q.value(14).toString();
            n.planDocument = q.value(15).toString();
            n.planStt = q.value(16).toString();
            return Row{q.value(0).toLongLong(), n};
        });
    if (!nodes)
        return nodes.failure();
    struct Level {
        qint64 nodeId;
        ScoreLevel level;
    };
    const auto levels = rows::readAll<Level>(
        m_db,
        QStringLiteral("SELECT l.node_id, l.label, l.points FROM criteria_levels l JOIN criteria_nodes n ON n.id = l.node_id "
                       "WHERE n.set_id = ? ORDER BY l.node_id, l.position"),
        {id}, [](const Statement &q) {
            return Level{q.value(0).toLongLong(), ScoreLevel{q.value(1).toString(), q.value(2).toDouble()}};
        });
    if (!levels)
        return levels.failure();
    for (Row &r : nodes.value()) {
        for (const Level &l : levels.value())
            if (l.nodeId == r.id)
                r.node.levels.append(l.level);
        set.nodes.append(r.node);
    }
    return set;
}

Result<qint64> CriteriaSets::insert(const CriteriaSet &set) const
{
    Statement head(m_db, QStringLiteral("INSERT INTO criteria_sets(key, name, document, year_from, year_to, agency_group, "
                                        "province, note, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    head.bind({set.key, set.name, textOrNull(set.document), set.yearFrom, set.yearTo ? QVariant(set.yearTo) : QVariant(),
               set.agencyGroup, textOrNull(set.province), textOrNull(set.note), textOrNull(set.source)});
    if (Status s = head.exec(); !s)
        return s.failure().withMessage(tr("The criteria set %1 could not be stored: %2").arg(set.key, s.error()));
    const qint64 setId = head.lastInsertId();

    Statement node(m_db, QStringLiteral("INSERT INTO criteria_nodes(set_id, position, code, parent_code, level, label, max, "
                                        "kind, rate_full_at, rate_form, rate_formula, evidence_required, responsible, note, "
                                        "src, plan_document, plan_stt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement level(m_db, QStringLiteral("INSERT INTO criteria_levels(node_id, position, label, points) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const CriteriaNode &n : set.nodes) {
        node.bind({setId, ++position, n.code, textOrNull(n.parentCode), criteria::levelWord(n.level), textOrNull(n.label),
                   numberOrNull(n.maxPoints), criteria::kindWord(n.kind), n.rateFullAt, textOrNull(n.rateForm),
                   textOrNull(n.rateFormula), n.evidenceRequired ? 1 : 0, textOrNull(n.responsible), textOrNull(n.note),
                   textOrNull(n.source), textOrNull(n.planDocument), textOrNull(n.planStt)});
        if (Status s = node.exec(); !s)
            return s.failure().withMessage(tr("Row %1 (code %2) could not be stored: %3").arg(n.row).arg(n.code, s.error()));
        const qint64 nodeId = node.lastInsertId();
        int levelPosition = 0;
        for (const ScoreLevel &l : n.levels) {
            level.bind({nodeId, ++levelPosition, l.label, l.points});
            if (Status s = level.exec(); !s)
                return s.failure().withMessage(tr("Row %1 (code %2) could not be stored: %3").arg(n.row).arg(n.code, s.error()));
        }
    }
    return setId;
}

Result<qint64> CriteriaSets::import(const CriteriaSet &set) const
{
    const QList<CriteriaProblem> problems = CriteriaSetCheck::check(set);
    if (!CriteriaSetCheck::acceptable(problems))
        return Error{tr("The criteria set was not imported; nothing was changed:\n%1").arg(CriteriaSetCheck::summary(problems))};

    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s.failure();
    const auto existing = idOfKey(set.key);
    if (!existing)
        return existing.failure();
    if (existing.value())
        return Error{tr("A criteria set with the key %1 is stored already; nothing was changed.").arg(set.key)};
    const auto id = insert(set);
    if (!id)
        return id.failure();
    const QJsonObject after{{QStringLiteral("key"), set.key},
                            {QStringLiteral("name"), set.name},
                            {QStringLiteral("nodes"), int(set.nodes.size())}};
    if (Status s = AuditLog(m_db).record(QStringLiteral("criteria_set"), id.value(), QStringLiteral("import"), {}, after); !s)
        return s.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    return id;
}

} // namespace pardesk
