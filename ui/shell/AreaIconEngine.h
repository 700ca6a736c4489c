#pragma once
// The icon of an area in the navigation (resources/icons/areas: PNGs drawn at 24 and 48 px from
// the SVG), made only when a size of it is first asked for, from the PNG's pixels built into the
// executable (ui/tools/IconPixels.cpp). QIcon::addFile read every file at once in Qt 6.4, and any
// QImageReader, even told the format, first loads every image-format plugin (GIF, ICO, JPEG, SVG
// and their libraries): for seven areas a tenth of the work before the window's first paint
// (callgrind), where only the 24 px drawings are then painted. Other modes than Normal (a disabled
// list) are the style's, as for any QIcon.

#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace pardesk {

class AreaIconEngine : public QIconEngine {
public:
    // `key` as AppView::viewKey(); the drawings are :/icons/areas/KEY-24.argb32 and KEY-48.argb32.
    explicit AreaIconEngine(const QString &key);
    // Whether the area has drawings; an icon without them would stay empty.
    static bool hasDrawing(const QString &key);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("pardesk-area"); }
    QIconEngine *clone() const override { return new AreaIconEngine(*this); }

private:
    int drawnSizeFor(const QSize &size) const; // the drawing a request is made from
    QPixmap drawing(int side);

    QString m_key;
    QHash<int, QPixmap> m_drawings; // by side, as read
};

} // namespace pardesk
