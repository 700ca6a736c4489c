#pragma once
// A file name made from what the file holds ("Phụ lục 02 - Thống kê số liệu…", a chart's title),
// so that an exported file says what it is: characters that no file system takes are dropped,
// spaces run together, and the name is cut at a word near `maxLength`.

#include <QRegularExpression>
#include <QString>

namespace pardesk {

inline QString fileNameOf(const QString &text, const QString &suffix, qsizetype maxLength = 80)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = QString(text).replace(forbidden, QStringLiteral(" ")).simplified();
    if (name.size() > maxLength) {
        const qsizetype cut = name.lastIndexOf(u' ', maxLength);
        name.truncate(cut > maxLength / 2 ? cut : maxLength);
    }
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1); // Windows refuses a name that ends so
    return (name.isEmpty() ? QStringLiteral("pardesk") : name) + u'.' + suffix;
}

} // namespace pardesk
