#pragma once
// The colours of every chart: Okabe–Ito's colour-blind-safe set, each province in its own colour
// in every chart (TQ, BG, TV), with a fill pattern and a dash style each so that a grayscale
// printout still tells them apart.

#include <QBrush>
#include <QColor>
#include <QPen>
#include <QString>

namespace pardesk {

class ChartPalette {
public:
    static QColor province(const QString &code);
    // The province's colour with its own hatching over it (none for the first province).
    static QBrush provinceBrush(const QString &code);
    static Qt::PenStyle provinceDash(const QString &code);

    // The n-th colour of a series that is not a province (years, achieved / lost, averages).
    static QColor series(int n);
    static QBrush seriesBrush(int n);

    static QColor met();      // bluish green, drawn as circles
    static QColor notMet();   // vermillion, drawn as squares
    static QColor noTarget(); // grey
    static QColor target(int n = 0); // target lines and bands: black first, then dark colours
    static QColor projection(); // the actual line's blue, drawn dashed
    static QColor footnote();
};

} // namespace pardesk
