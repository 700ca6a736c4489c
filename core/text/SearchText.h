#pragma once
// Search that ignores Vietnamese diacritics and case: officials often type "ho so truc tuyen"
// for "hồ sơ trực tuyến".

#include <QString>
#include <QStringList>

namespace pardesk {

// "Hồ sơ TRỰC tuyến, Đề án" → "ho so truc tuyen, de an": no tone or vowel marks, đ → d, case folded.
QString foldForSearch(const QString &text);


// How well a text answers a query, best first: the query's words as one phrase ("hồ sơ trực
// tuyến"), every word whole somewhere in the text, every word found only as part of a longer one,
// or not at all (None, as matchesSearch says). Searching "ho so truc tuyen" thus lists the targets
// about online dossiers before one that merely has "hồ sơ", "trực" and the "Tuyên" of Tuyên Quang.
// An empty query ranks every text as a phrase.
enum class SearchRank { None, Parts, Words, Phrase };

// Where the query's words occur in a text that is not folded, as (start, length) in that text,
// sorted and merged: "tuyen" finds "tuyến" and "Tuyên" with their marks, for highlighting.
struct TextRange {
    int start = 0;
    int length = 0;
    bool operator==(const TextRange &) const = default;
};

// What the official typed, folded once and then asked of every row, target and painted cell
// (a list of hundreds of targets folded the query again for each before).
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(const QString &query);

    // Nothing but spaces was typed: every text matches.
    bool isEmpty() const { return m_words.isEmpty(); }
    // True when every word of the query is found in the folded text; an empty query matches.
    bool matches(const QString &foldedText) const;
    SearchRank rank(const QString &foldedText) const;
    QList<TextRange> rangesIn(const QString &text) const;

private:
    QStringList m_words; // split at spaces, as typed: "268/kh" stays one word to find
    QStringList m_asked; // runs of letters and digits, for the ranking by whole words
};

// The same for a query used once (tests, single checks).
bool matchesSearch(const QString &foldedText, const QString &query);
SearchRank searchRank(const QString &foldedText, const QString &query);
QList<TextRange> searchMatches(const QString &text, const QString &query);

} // namespace pardesk
