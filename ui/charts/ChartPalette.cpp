#include "charts/ChartPalette.h"

#include <QPainter>
#include <QPixmap>
#include <array>

namespace pardesk {
namespace {

// Okabe & Ito (2008), "Color Universal Design".
const std::array<QColor, 7> kOkabeIto = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                         QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7),
                                         QColor(0xF0, 0xE4, 0x42)};

int provinceIndex(const QString &code)
{
    if (code == u"TQ")
        return 0;
    if (code == u"BG")
        return 1;
    if (code == u"TV")
        return 2;
    return 3 + int(qHash(code) % 4);
}

// The colour under hatching: lines or dots that survive a grayscale print.
QBrush hatched(const QColor &colour, int pattern)
{
    if (pattern == 0)
        return QBrush(colour);
    QPixmap tile(8, 8);
    tile.fill(colour);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(QColor(0, 0, 0, 150), 1));
    switch (pattern % 3) {
    case 1: // diagonal lines
        p.drawLine(0, 7, 7, 0);
        break;
    case 2: // dots
        p.fillRect(1, 1, 2, 2, QColor(0, 0, 0, 170));
        p.fillRect(5, 5, 2, 2, QColor(0, 0, 0, 170));
        break;
    default: // horizontal lines
        p.drawLine(0, 3, 7, 3);
        break;
    }
    p.end();
    return QBrush(tile);
}

} // namespace

QColor ChartPalette::province(const QString &code)
{
    return kOkabeIto[std::size_t(provinceIndex(code))];
}

QBrush ChartPalette::provinceBrush(const QString &code)
{
    return hatched(province(code), provinceIndex(code));
}

Qt::PenStyle ChartPalette::provinceDash(const QString &code)
{
    static const std::array<Qt::PenStyle, 4> styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[std::size_t(provinceIndex(code)) % styles.size()];
}

QColor ChartPalette::series(int n)
{
    // Blue, orange, sky blue, reddish purple: apart from the met / not met colours.
    static const std::array<int, 4> order = {3, 0, 1, 5};
    return kOkabeIto[std::size_t(order[std::size_t(n) % order.size()])];
}

QBrush ChartPalette::seriesBrush(int n)
{
    return hatched(series(n), n);
}

QColor ChartPalette::met()
{
    return kOkabeIto[2];
}

QColor ChartPalette::notMet()
{
    return kOkabeIto[4];
}

QColor ChartPalette::noTarget()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor ChartPalette::target(int n)
{
    static const std::array<QColor, 4> colours = {QColor(0x22, 0x22, 0x22), kOkabeIto[5].darker(130),
                                                  kOkabeIto[0].darker(140), QColor(0x77, 0x77, 0x77)};
    return colours[std::size_t(n) % colours.size()];
}

QColor ChartPalette::projection()
{
    return kOkabeIto[3];
}

QColor ChartPalette::footnote()
{
    return QColor(0x55, 0x55, 0x55);
}

} // namespace pardesk
