#include "charts/ChartSource.h"

#include "text/NumberFormat.h"

namespace pardesk {

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
