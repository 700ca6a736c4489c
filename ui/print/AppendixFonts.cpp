#include "print/AppendixFonts.h"

#include <QFontDatabase>

namespace pardesk {

QString AppendixFonts::family()
{
    static const QString chosen = [] {
        for (const char *style : {"Regular", "Bold", "Italic", "BoldItalic"})
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/ParDeskSerif-%1.ttf").arg(QLatin1String(style)));
        const QString times = QStringLiteral("Times New Roman");
        return QFontDatabase::hasFamily(times) ? times : QStringLiteral("ParDesk Serif");
    }();
    return chosen;
}

QFont AppendixFonts::font(double pointSize, bool bold, bool italic)
{
    QFont f(family());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // Metrics as designed, not hinted to a screen: the PDF and the printer break lines alike.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace pardesk
