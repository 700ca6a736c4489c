#include "charts/ChartSource.h"

#include "text/NumberFormat.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {

Result<QList<ProvinceName>> ChartSource::provinces(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT code, name FROM provinces "
                               "ORDER BY CASE code WHEN 'TQ' THEN 0 WHEN 'BG' THEN 1 WHEN 'TV' THEN 2 ELSE 3 END, code")))
        return Error{tr("Could not read the provinces: %1").arg(q.lastError().text())};
    QList<ProvinceName> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<QList<AgencyName>> ChartSource::reportingAgencies(QSqlDatabase db, const QString &province)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.id, a.name, a.level FROM agencies a WHERE a.province = ? "
                             "AND EXISTS (SELECT 1 FROM submissions s WHERE s.agency_id = a.id) ORDER BY a.id"));
    q.addBindValue(province);
    if (!q.exec())
        return Error{tr("Could not read the agencies: %1").arg(q.lastError().text())};
    QList<AgencyName> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QString ChartSource::comparisonText(const Target &target)
{
    if (!target.value || target.comparator == Comparator::None)
        return {};
    const QString number = formatNumber(*target.value, 4);
    // "%" sticks to the number as Vietnamese writes it; a word unit takes a space.
    const QString amount = target.unit == u"%" || target.unit.isEmpty() ? number + target.unit
                                                                         : number + u' ' + target.unit;
    const QString comparison = comparatorSymbol(target.comparator) + u' ' + amount;
    return target.kind == TargetKind::Reduction ? tr("cut %1").arg(comparison) : comparison;
}

QString ChartSource::documentList(const QStringList &names)
{
    QStringList unique;
    for (const QString &n : names)
        if (!n.isEmpty() && !unique.contains(n))
            unique << n;
    return unique.join(QStringLiteral(", "));
}

} // namespace pardesk
