#include "charts/ChartSource.h"

#include "text/NumberFormat.h"


namespace pardesk {

Result<QList<ProvinceName>> ChartSource::provinces(QSqlDatabase db)
{
    return AgencyRepository(std::move(db)).provinces();
}

Result<QList<AgencyName>> ChartSource::reportingAgencies(QSqlDatabase db, const QString &province)
{
    return AgencyRepository(std::move(db)).reportingAgencies(province);
}

QString ChartSource::comparisonText(const Target &target)
{
    if (!target.value || target.comparator.isEmpty())
        return {};
    static const QHash<QString, QString> symbols = {
        {QStringLiteral(">="), QStringLiteral("≥")}, {QStringLiteral(">"), QStringLiteral(">")},
        {QStringLiteral("<="), QStringLiteral("≤")}, {QStringLiteral("<"), QStringLiteral("<")},
        {QStringLiteral("="), QStringLiteral("=")},  {QStringLiteral("~"), QStringLiteral("≈")}};
    const QString number = formatNumber(*target.value, 4);
    // "%" sticks to the number as Vietnamese writes it; a word unit takes a space.
    const QString amount = target.unit == u"%" || target.unit.isEmpty() ? number + target.unit
                                                                         : number + u' ' + target.unit;
    const QString comparison = symbols.value(target.comparator, target.comparator) + u' ' + amount;
    return target.kind == u"reduction" ? tr("cut %1").arg(comparison) : comparison;
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
