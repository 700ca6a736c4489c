#pragma once
// Category labels that QtCharts draws whole: broken between words onto a few lines (the axes draw
// their labels as HTML), ending in "…" only when even those lines cannot hold them. Cut to one
// line by QtCharts, "8 Quản trị điện tử" read "8 Quản tr…" on the meeting room's screen.

#include <QString>

namespace pardesk {

// `label` on up to `maxLines` lines of about `width` characters, HTML-escaped, joined by <br>.
QString wrappedAxisLabel(const QString &label, int width, int maxLines);

} // namespace pardesk
