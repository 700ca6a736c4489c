#include "shell/AreaIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QResource>
#include <QStyle>
#include <QStyleOption>
#include <array>

namespace pardesk {
namespace {

constexpr std::array<int, 2> kDrawnSides = {24, 48};

// The pixels of resources/icons/areas/KEY-SIDE.png, as ui/tools/IconPixels.cpp wrote them.
QString drawingPath(const QString &key, int side)
{
    return QStringLiteral(":/icons/areas/%1-%2.argb32").arg(key).arg(side);
}

} // namespace

AreaIconEngine::AreaIconEngine(const QString &key) : m_key(key) {}

bool AreaIconEngine::hasDrawing(const QString &key)
{
    return QFile::exists(drawingPath(key, kDrawnSides.front())); // the resource tree, no file read
}

int AreaIconEngine::drawnSizeFor(const QSize &size) const
{
    // The smallest drawing that covers the request, else the largest: drawn down, never up.
    const int wanted = qMax(size.width(), size.height());
    for (const int side : kDrawnSides)
        if (side >= wanted)
            return side;
    return kDrawnSides.back();
}

QPixmap AreaIconEngine::drawing(int side)
{
    auto found = m_drawings.constFind(side);
    if (found == m_drawings.constEnd()) {
        // Stored uncompressed, so the resource's data are the pixels in the executable; fromImage
        // copies them into the pixmap.
        const QResource pixels(drawingPath(m_key, side));
        QPixmap drawn;
        if (pixels.isValid() && pixels.compressionAlgorithm() == QResource::NoCompression && pixels.size() == qint64(side) * side * 4)
            drawn = QPixmap::fromImage(QImage(pixels.data(), side, side, side * 4, QImage::Format_ARGB32_Premultiplied));
        found = m_drawings.insert(side, drawn);
    }
    return *found;
}

QSize AreaIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = drawnSizeFor(size);
    return QSize(side, side).boundedTo(size.expandedTo(QSize(1, 1)));
}

QPixmap AreaIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap result = drawing(drawnSizeFor(size));
    const QSize actual = actualSize(size, mode, state);
    if (!result.isNull() && result.size() != actual)
        result = result.scaled(actual, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (mode != QIcon::Normal && !result.isNull() && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QStyleOption option;
        option.palette = QApplication::palette();
        result = QApplication::style()->generatedIconPixmap(mode, result, &option);
    }
    return result;
}

QPixmap AreaIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    Q_UNUSED(scale) // `size` is already in device pixels
    return pixmap(size, mode, state);
}

void AreaIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap shown = pixmap(rect.size() * ratio, mode, state);
    shown.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, shown);
}

QList<QSize> AreaIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    for (const int side : kDrawnSides)
        sizes.append(QSize(side, side));
    return sizes;
}

} // namespace pardesk
