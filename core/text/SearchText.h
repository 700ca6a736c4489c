#pragma once
// Search that ignores Vietnamese diacritics and case: officials often type "ho so truc tuyen"
// for "hồ sơ trực tuyến".

#include <QString>
#include <QStringList>

namespace pardesk {

// "Hồ sơ TRỰC tuyến, Đề án" → "ho so truc tuyen, de an": no tone or vowel marks, đ → d, case folded.
QString foldForSearch(const QString &text);

// True when every word of the query is found in the text, both folded; an empty query matches.
bool matchesSearch(const QString &foldedText, const QString &query);

// How well a text answers a query, best first: the query's words as one phrase ("hồ sơ trực
// tuyến"), every word whole somewhere in the text, every word found only as part of a longer one,
// or not at all (None, as matchesSearch says). Searching "ho so truc tuyen" thus lists the targets
// about online dossiers before one that merely has "hồ sơ", "trực" and the "Tuyên" of Tuyên Quang.
// An empty query ranks every text as a phrase.
enum class SearchRank { None, Parts, Words, Phrase };
SearchRank searchRank(const QString &foldedText, const QString &query);

// Where the query's words occur in a text that is not folded, as (start, length) in that text,
// sorted and merged: "tuyen" finds "tuyến" and "Tuyên" with their marks, for highlighting.
struct TextRange {
    int start = 0;
    int length = 0;
    bool operator==(const TextRange &) const = default;
};
QList<TextRange> searchMatches(const QString &text, const QString &query);

} // namespace pardesk
