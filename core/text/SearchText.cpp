#include "text/SearchText.h"

namespace pardesk {

QString foldForSearch(const QString &text)
{
    // Decomposition separates the base letter from its marks (ồ → o + ̂ + ̀); the marks are dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ' || c == u'Đ')
            c = u'd'; // đ has no decomposition: it is a letter of its own
        out.append(c.toCaseFolded());
    }
    return out;
}

bool matchesSearch(const QString &foldedText, const QString &query)
{
    const QStringList words = foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        if (!foldedText.contains(word))
            return false;
    return true;
}

} // namespace pardesk
