#include "text/SearchText.h"

#include <algorithm>

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

namespace {

// The words of a folded text: runs of letters and digits ("268/kh-ubnd" → 268, kh, ubnd).
QStringList wordsOf(const QString &folded)
{
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

} // namespace

SearchQuery::SearchQuery(const QString &query)
{
    const QString folded = foldForSearch(query);
    m_words = folded.split(u' ', Qt::SkipEmptyParts);
    m_asked = wordsOf(folded);
}

bool SearchQuery::matches(const QString &foldedText) const
{
    for (const QString &word : m_words)
        if (!foldedText.contains(word))
            return false;
    return true;
}

SearchRank SearchQuery::rank(const QString &foldedText) const
{
    if (!matches(foldedText))
        return SearchRank::None;
    if (m_asked.isEmpty())
        return SearchRank::Phrase;
    const QStringList words = wordsOf(foldedText);
    for (qsizetype i = 0; i + m_asked.size() <= words.size(); ++i)
        if (std::equal(m_asked.begin(), m_asked.end(), words.begin() + i))
            return SearchRank::Phrase;
    const bool whole = std::all_of(m_asked.begin(), m_asked.end(), [&](const QString &w) { return words.contains(w); });
    return whole ? SearchRank::Words : SearchRank::Parts;
}

QList<TextRange> SearchQuery::rangesIn(const QString &text) const
{
    if (isEmpty())
        return {};
    // Folded one character at a time, so that each folded character knows where it came from;
    // the marks a decomposed text carries fold to nothing and stay with their letter.
    QString folded;
    QList<int> origin;
    for (int i = 0; i < text.size(); ++i) {
        const QString f = foldForSearch(QString(text[i]));
        folded += f;
        for (int k = 0; k < f.size(); ++k)
            origin.append(i);
    }
    QList<TextRange> found;
    for (const QString &word : m_words) {
        for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            const int start = origin[at];
            int end = origin[at + word.size() - 1] + 1;
            while (end < text.size() && text[end].category() == QChar::Mark_NonSpacing)
                ++end;
            found.append({start, end - start});
        }
    }
    std::sort(found.begin(), found.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &r : found) {
        if (!merged.isEmpty() && r.start <= merged.last().start + merged.last().length)
            merged.last().length = std::max(merged.last().length, r.start + r.length - merged.last().start);
        else
            merged.append(r);
    }
    return merged;
}

bool matchesSearch(const QString &foldedText, const QString &query)
{
    return SearchQuery(query).matches(foldedText);
}

SearchRank searchRank(const QString &foldedText, const QString &query)
{
    return SearchQuery(query).rank(foldedText);
}

QList<TextRange> searchMatches(const QString &text, const QString &query)
{
    return SearchQuery(query).rangesIn(text);
}

} // namespace pardesk
