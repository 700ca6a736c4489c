#pragma once
// A figure out of the window: PNG at a chosen pixel size, SVG, PDF on one page, the clipboard, and
// the printer with a preview. All of them draw the figure widget itself, footnote included.

#include "util/Result.h"

#include <QCoreApplication>
#include <QSize>

class QPainter;
class QPrinter;
class QWidget;

namespace pardesk {

class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    static constexpr QSize kDefaultSize{1600, 1000};

    // By the file's extension (.png, .svg, .pdf; any case); another one is an error that names it.
    // The figure is laid out at `size` first (off screen when it is not shown).
    static Status save(QWidget *figure, const QString &path, QSize size = kDefaultSize);
    static bool supported(const QString &path);
    // How much a PNG of `size` enlarges the figure as laid out on screen: enough that its smallest
    // text (the footnote, kSmallestPointSize) is at least 1/60 of the picture's height, readable
    // when projected in a meeting room (a 1920 × 1080 export had 11-pixel text).
    static double pngTextScale(QSize size, double logicalDpiY);
    static constexpr double kSmallestPointSize = 8;

    static void copyToClipboard(QWidget *figure);
    // A preview the user prints from (QPrintPreviewDialog).
    static void printWithPreview(QWidget *figure, QWidget *parent);
    // The figure scaled to fit the printer's page, landscape.
    static void print(QWidget *figure, QPrinter *printer);
    // Lays the figure and its charts out at `size` now, shown or not, so that what QtCharts draws
    // (and cuts short) can be read before the next paint.
    static void layOut(QWidget *figure, QSize size);

private:
    static void renderScaled(QWidget *figure, QPainter &painter, const QRect &target);
};

} // namespace pardesk
