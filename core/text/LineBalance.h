#pragma once
// Breaks a name or a title into lines that read well in print: no more lines than plain wrapping
// needs, lines of even length (no lone word left on the last line), and breaks placed before the
// small joining words ("và", "của", "tỉnh" …) or after punctuation rather than inside a two-word
// term ("TRUYỀN / THÔNG"). Pure text and a width function: no widgets, so it is tested alone and
// every output (PDF, printer) that measures with its own font gets the same choice.

#include <QString>
#include <QStringList>

#include <functional>

namespace pardesk {

// `widthOf` measures a line as the caller will draw it (same unit as `width`). Explicit line feeds
// are kept; each paragraph is balanced on its own. A word wider than `width` gets a line of its
// own (the caller decides how to draw it). Empty text gives no lines.
QStringList balanceLines(const QString &text, double width, const std::function<double(const QString &)> &widthOf);

// Whether a line break is welcome between these two words: after punctuation, before a joining
// word or a bracket. Elsewhere a break costs a little, and much inside a known two-word term
// ("TRUYỀN THÔNG", "THỦ TỤC", "TUYÊN QUANG").
bool isGoodBreak(const QString &before, const QString &after);

} // namespace pardesk
