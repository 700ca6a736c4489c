#include "charts/AxisLabels.h"

#include <QStringList>

namespace pardesk {

QString wrappedAxisLabel(const QString &label, int width, int maxLines)
{
    QStringList lines{QString()};
    for (const QString &word : label.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > width) {
            if (lines.size() == maxLines) {
                lines.last() += u'…';
                break;
            }
            lines.append(QString());
        }
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace pardesk
