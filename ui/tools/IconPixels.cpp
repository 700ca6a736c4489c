// Build tool: writes a PNG's pixels as they lie in memory (premultiplied ARGB32, rows top to bottom,
// this machine's byte order), for icons the application shows before its first paint
// (AreaIconEngine). Reading a PNG at run time goes through QImageReader, which in Qt 6.4 loads every
// image-format plugin first, whatever the format named; pixels in the executable need no reader.
// Usage: pardesk_icon_pixels IN.png SIDE OUT.argb32 (the drawing must be SIDE × SIDE).
#include <QFile>
#include <QImage>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s IN.png SIDE OUT.argb32\n", argv[0]);
        return 2;
    }
    const int side = QByteArray(argv[2]).toInt();
    const QImage image = QImage(QString::fromLocal8Bit(argv[1]), "PNG").convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (image.isNull() || image.width() != side || image.height() != side) {
        std::fprintf(stderr, "%s: %s is not a %d × %d PNG\n", argv[0], argv[1], side, side);
        return 1;
    }
    QFile out(QString::fromLocal8Bit(argv[3]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "%s: cannot write %s\n", argv[0], argv[3]);
        return 1;
    }
    for (int y = 0; y < side; ++y)
        out.write(reinterpret_cast<const char *>(image.constScanLine(y)), qsizetype(side) * 4);
    return out.error() == QFileDevice::NoError ? 0 : 1;
}
