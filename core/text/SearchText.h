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

} // namespace pardesk
