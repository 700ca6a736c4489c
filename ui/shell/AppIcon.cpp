#include "shell/AppIcon.h"

#include <QApplication>
#include <QDir>

namespace pardesk {

QIcon applicationIcon()
{
    // PNGs drawn from the SVG at each size (resources/CMakeLists.txt lists them), so that no SVG
    // plugin is needed and 16 px stays crisp; each file's own size is read from it.
    QIcon icon;
    const QDir icons(QStringLiteral(":/icons"));
    for (const QString &file : icons.entryList({QStringLiteral("pardesk-*.png")}, QDir::Files))
        icon.addFile(icons.filePath(file));
    return icon;
}

void installApplicationIcon()
{
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(applicationIcon());
}

} // namespace pardesk
