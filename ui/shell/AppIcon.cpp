#include "shell/AppIcon.h"

#include <QApplication>
#include <QDir>

namespace pardesk {

namespace {

// The window system reads every size a window icon has when the window appears; title bars and
// task bars show up to 64 px (a launcher's larger icon is the installed hicolor one), and decoding
// the 128 and 256 px drawings was most of the icon's cost at start-up.
constexpr int kLargestWindowIcon = 64;

// "pardesk-48.png" is 48 × 48: told, QIcon reads a file only when a pixmap of its size is asked for,
// not every file at start-up to learn its size (a fifteenth of the work before the first paint).
QSize sizeOf(const QString &file)
{
    const int side = file.section(u'-', 1).section(u'.', 0, 0).toInt();
    return side > 0 ? QSize(side, side) : QSize();
}

} // namespace

QIcon applicationIcon()
{
    // PNGs drawn from the SVG at each size (resources/CMakeLists.txt lists them), so that 16 px
    // stays crisp; each file's size is in its name.
    QIcon icon;
    const QDir icons(QStringLiteral(":/icons"));
    for (const QString &file : icons.entryList({QStringLiteral("pardesk-*.png")}, QDir::Files))
        if (const QSize size = sizeOf(file); size.width() <= kLargestWindowIcon)
            icon.addFile(icons.filePath(file), size);
    return icon;
}

void installApplicationIcon()
{
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(applicationIcon());
}

} // namespace pardesk
