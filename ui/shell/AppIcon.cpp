#include "shell/AppIcon.h"

#include <QApplication>

namespace pardesk {

QIcon applicationIcon()
{
    // PNGs drawn from the SVG at each size, so that no SVG plugin is needed and 16 px stays crisp.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/pardesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

void installApplicationIcon()
{
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(applicationIcon());
}

} // namespace pardesk
