#include "store/Plans.h"
#include "store/SqlDialect.h"

#include "store/RowReading.h"
#include "store/Statement.h"

#include "text/SourceName.h"

#include <QCoreApplication>
#include <functional>

namespace pardesk {
namespace {

using rows::optionalDouble;
using rows::optionalInt;
using rows::readAll;

// The plan filter accepts a document's number ("268/KH-UBND") or its key.
const char *const kPlanMatch = "(d.number = ? OR d.key = ?)";

} // namespace

Result<QList<Document>> Plans::documents() const
{
    auto docs = readAll<Document>(
        m_db,
        QStringLiteral("SELECT d.id, d.key, d.number, d.type, d.type_label, d.issued, d.issuer, d.province, d.year, d.title, "
                       "c.key, d.src, "
                       "(SELECT count(*) FROM targets t WHERE t.document_id = d.id), "
                       "(SELECT count(*) FROM tasks k WHERE k.document_id = d.id) "
                       "FROM documents d LEFT JOIN documents c ON c.id = d.cited_by_id ORDER BY d.id"),
        {}, [](const Statement &q) {
            Document d;
            d.id = q.value(0).toLongLong();
            d.key = q.value(1).toString();
            d.number = q.value(2).toString();
            d.type = q.value(3).toString();
            d.typeLabel = q.value(4).toString();
            d.issued = q.value(5).toString();
            d.issuer = q.value(6).toString();
            d.province = q.value(7).toString();
            d.year = optionalInt(q.value(8));
            d.title = q.value(9).toString();
            d.citedBy = q.value(10).toString();
            d.source = q.value(11).toString();
            d.targetCount = q.value(12).toInt();
            d.taskCount = q.value(13).toInt();
            d.name = SourceName::document({d.typeLabel, d.number, d.issued, d.issuer});
            return d;
        });
    if (!docs)
        return docs;
    QHash<qint64, QStringList> basis;
    const auto citations = readAll<std::pair<qint64, QString>>(
        m_db, QStringLiteral("SELECT document_id, citation FROM document_legal_basis ORDER BY document_id, position"), {},
        [](const Statement &q) { return std::pair(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!citations)
        return citations.failure();
    for (const auto &[id, citation] : citations.value())
        basis[id].append(citation);
    for (Document &d : docs.value())
        d.legalBasis = basis.value(d.id);
    return docs;
}

Result<QList<Target>> Plans::targets(const TargetFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT t.id, d.province, d.key, d.number, t.stt, t.part, t.area, t.text, t.fragment, t.indicator, t.theme, t.kind, "
        "t.comparator, t.value, t.unit, t.direction, t.level, t.baseline_year, t.baseline_value, t.aspirational, "
        "t.timeframe, t.deadline, t.lead, t.coordinating, t.legal_basis, t.src, t.tasks_text, "
        "d.type_label, d.issued, d.issuer, d.year, t.each_unit "
        "FROM targets t JOIN documents d ON d.id = t.document_id WHERE 1 = 1");
    QVariantList values;
    if (!filter.province.isEmpty()) {
        sql += QStringLiteral(" AND d.province = ?");
        values << filter.province;
    }
    if (!filter.theme.isEmpty()) {
        sql += QStringLiteral(" AND t.theme = ?");
        values << filter.theme;
    }
    if (!filter.plan.isEmpty()) {
        sql += QStringLiteral(" AND ") + QLatin1String(kPlanMatch);
        values << filter.plan << filter.plan;
    }
    sql += QStringLiteral(" ORDER BY t.id");
    return readAll<Target>(m_db, sql, values, [](const Statement &q) {
        Target t;
        t.id = q.value(0).toLongLong();
        t.province = q.value(1).toString();
        t.documentKey = q.value(2).toString();
        t.plan = q.value(3).toString();
        t.stt = q.value(4).toString();
        t.part = q.value(5).toInt();
        t.area = q.value(6).toString();
        t.text = q.value(7).toString();
        t.fragment = q.value(8).toString();
        t.indicator = q.value(9).toString();
        t.theme = q.value(10).toString();
        // The schema's CHECK constraints hold these columns to the vocabulary (domain/Vocabulary.h).
        t.kind = targetKindFrom(q.value(11).toString()).value_or(TargetKind::Level);
        t.comparator = comparatorFrom(q.value(12).toString()).value_or(Comparator::None);
        t.value = optionalDouble(q.value(13));
        t.unit = q.value(14).toString();
        t.direction = directionFrom(q.value(15).toString()).value_or(Direction::Higher);
        t.level = adminLevelFrom(q.value(16).toString()).value_or(AdminLevel::None);
        t.baselineYear = optionalInt(q.value(17));
        t.baselineValue = optionalDouble(q.value(18));
        t.aspirational = q.value(19).toBool();
        t.timeframe = q.value(20).toString();
        t.deadline = q.value(21).toString();
        t.lead = q.value(22).toString();
        t.coordinating = q.value(23).toString();
        t.legalBasis = q.value(24).toString();
        t.source = q.value(25).toString();
        t.tasksText = q.value(26).toString();
        const DocumentCitation document{q.value(27).toString(), t.plan, q.value(28).toString(), q.value(29).toString()};
        t.documentName = SourceName::document(document);
        t.sourceName = SourceName::of(document, t.source);
        t.planYear = optionalInt(q.value(30));
        t.eachUnit = q.value(31).toBool();
        return t;
    });
}

Result<QList<Task>> Plans::tasks(const QString &plan) const
{
    QString sql = QStringLiteral(
        "SELECT k.id, d.province, d.key, d.number, k.stt, k.grp, k.text, k.lead, k.coordinating, k.timeframe, k.deadline, "
        "k.output, k.status, t.stt, k.src, d.type_label, d.issued, d.issuer, k.due_dates FROM tasks k JOIN documents d ON d.id = k.document_id "
        "LEFT JOIN targets t ON t.id = k.target_id");
    QVariantList values;
    if (!plan.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + QLatin1String(kPlanMatch);
        values << plan << plan;
    }
    sql += QStringLiteral(" ORDER BY k.id");
    return readAll<Task>(m_db, sql, values, [](const Statement &q) {
        Task k;
        k.id = q.value(0).toLongLong();
        k.province = q.value(1).toString();
        k.documentKey = q.value(2).toString();
        k.plan = q.value(3).toString();
        k.stt = q.value(4).toString();
        k.group = q.value(5).toString();
        k.text = q.value(6).toString();
        k.lead = q.value(7).toString();
        k.coordinating = q.value(8).toString();
        k.timeframe = q.value(9).toString();
        k.deadline = q.value(10).toString();
        k.output = q.value(11).toString();
        k.status = q.value(12).toString();
        k.targetStt = q.value(13).toString();
        k.source = q.value(14).toString();
        const DocumentCitation document{q.value(15).toString(), k.plan, q.value(16).toString(), q.value(17).toString()};
        k.documentName = SourceName::document(document);
        k.sourceName = SourceName::of(document, k.source);
        k.dueDates = q.value(18).toString().split(u' ', Qt::SkipEmptyParts);
        return k;
    });
}

Result<QList<Theme>> Plans::themes() const
{
    auto themes = readAll<Theme>(m_db, QStringLiteral("SELECT key, name, name_en FROM themes ORDER BY ") + insertionOrder(m_db), {},
                                 [](const Statement &q) {
                                     return Theme{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
                                 });
    if (!themes)
        return themes;
    // Every province appears, so that one with no target of a theme shows as having none.
    struct Count {
        QString theme;
        QString province;
        int targets = 0;
    };
    const auto perProvince = readAll<Count>(
        m_db,
        QStringLiteral("SELECT th.key, p.code, (SELECT count(*) FROM targets t JOIN documents d ON d.id = t.document_id "
                       "WHERE t.theme = th.key AND d.province = p.code) FROM themes th CROSS JOIN provinces p"),
        {}, [](const Statement &q) { return Count{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()}; });
    if (!perProvince)
        return perProvince.failure();
    QHash<QString, QMap<QString, int>> counts;
    for (const Count &c : perProvince.value())
        counts[c.theme].insert(c.province, c.targets);
    for (Theme &t : themes.value())
        t.targetsPerProvince = counts.value(t.key);
    return themes;
}

Result<QList<Indicator>> Plans::indicators() const
{
    return readAll<Indicator>(m_db,
                              QStringLiteral("SELECT i.theme, f.key, i.item_code, i.level, i.scope, i.why FROM indicators i "
                                             "JOIN forms f ON f.id = i.form_id ORDER BY i.id"),
                              {}, [](const Statement &q) {
                                  return Indicator{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                   adminLevelFrom(q.value(3).toString()).value_or(AdminLevel::None),
                                                   q.value(4).toString(), q.value(5).toString()};
                              });
}

Result<bool> Plans::hasDocument(const QString &plan) const
{
    auto found = Statement(m_db, QStringLiteral("SELECT 1 FROM documents d WHERE ") + QLatin1String(kPlanMatch))
                     .bind({plan, plan})
                     .first();
    if (!found)
        return found.failure().withMessage(QCoreApplication::translate("Catalog", "Reading the database failed: %1").arg(found.error()));
    return found.value().has_value();
}

} // namespace pardesk
