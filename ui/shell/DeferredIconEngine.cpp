#include "shell/DeferredIconEngine.h"

#include <QPainter>

namespace pardesk {

DeferredIconEngine::DeferredIconEngine(std::function<QIcon()> make) : m_made(std::make_shared<Made>())
{
    m_made->make = std::move(make);
}

const QIcon &DeferredIconEngine::icon()
{
    if (!m_made->icon)
        m_made->icon = m_made->make();
    return *m_made->icon;
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // `size` is in device pixels; the icon is asked in logical ones at that ratio.
    return icon().pixmap(scale > 0 ? size / scale : size, scale, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredIconEngine::iconName()
{
    return icon().name();
}

bool DeferredIconEngine::isNull()
{
    return icon().isNull();
}

} // namespace pardesk
