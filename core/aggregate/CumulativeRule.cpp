#include "aggregate/CumulativeRule.h"

#include <QSet>

namespace pardesk {

bool CumulativeRule::saysCumulative(const QString &text)
{
    // Composed form first: the seeds mix precomposed and combining tone marks.
    const QString t = text.normalized(QString::NormalizationForm_C).toLower();
    return t.contains(u"lũy kế") || t.contains(u"luỹ kế") || t.contains(u"thời điểm báo cáo");
}

QList<bool> CumulativeRule::cumulativeItems(const QList<ItemText> &items)
{
    QSet<QString> saying;
    for (const ItemText &item : items)
        if (saysCumulative(item.label) || saysCumulative(item.hint))
            saying.insert(item.code);
    QList<bool> result;
    result.reserve(items.size());
    for (const ItemText &item : items) {
        bool cumulative = false;
        for (QString code = item.code; !cumulative && !code.isEmpty(); code.truncate(qMax(0, code.lastIndexOf(u'.'))))
            cumulative = saying.contains(code);
        result.append(cumulative);
    }
    return result;
}

} // namespace pardesk
