#include "charts/ChartExport.h"

#include "io/StagedFile.h"

#include <algorithm>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSvgGenerator>
#include <QWidget>

namespace pardesk {

bool ChartExport::supported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"png" || suffix == u"svg" || suffix == u"pdf";
}

void ChartExport::layOut(QWidget *figure, QSize size)
{
    if (figure->size() != size)
        figure->resize(size);
    if (QLayout *layout = figure->layout())
        layout->activate();
    // A widget that was never shown gets its resize events when it is first rendered; the charts
    // then lay themselves out on the next turn of the event loop. So: render once, let them settle.
    QImage scratch(1, 1, QImage::Format_ARGB32);
    figure->render(&scratch, QPoint(), QRegion(0, 0, 1, 1), QWidget::DrawChildren);
    QCoreApplication::processEvents();
}

void ChartExport::renderScaled(QWidget *figure, QPainter &painter, const QRect &target)
{
    const double scale = std::min(double(target.width()) / figure->width(), double(target.height()) / figure->height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    figure->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

double ChartExport::pngTextScale(QSize size, double logicalDpiY)
{
    const double smallestPixels = kSmallestPointSize * logicalDpiY / 72.0;
    return std::max(1.0, size.height() / 60.0 / smallestPixels);
}

Status ChartExport::save(QWidget *figure, const QString &path, QSize size)
{
    if (!supported(path))
        return Error{tr("Cannot write \"%1\": the file must end in .png, .svg or .pdf.").arg(path)};
    if (size.width() < 200 || size.height() < 150 || size.width() > 12000 || size.height() > 12000)
        return Error{tr("A chart of %1 × %2 pixels cannot be drawn: give 200 × 150 to 12000 × 12000.")
                         .arg(size.width())
                         .arg(size.height())};
    const QSize shown = figure->isVisible() ? figure->size() : size;
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Drawn into memory, then written whole (StagedFile): Qt's writers do not all report a full
    // disk, and a failed export must leave an older file of that name as it was.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (suffix == u"png") {
        // Laid out at the asked size shrunk by the text scale, then drawn enlarged by it: the chart
        // fills the picture and its texts grow with it.
        const double scale = pngTextScale(size, figure->logicalDpiY());
        layOut(figure, (QSizeF(size) / scale).toSize());
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            figure->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        if (figure->size() != shown)
            figure->resize(shown);
        if (!image.save(&buffer, "PNG"))
            return Error{tr("Could not write the image %1.").arg(path)};
        return StagedFile::writeAll(path, buffer.data());
    }
    layOut(figure, shown);
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(shown);
        svg.setViewBox(QRect(QPoint(), shown));
        svg.setTitle(tr("ParDesk chart"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{tr("Could not write the drawing %1.").arg(path)};
        figure->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        return StagedFile::writeAll(path, buffer.data());
    }
    QPdfWriter pdf(&buffer);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)));
    pdf.setResolution(300);
    pdf.setTitle(tr("ParDesk chart"));
    pdf.setCreator(QStringLiteral("ParDesk"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error{tr("Could not write the document %1.").arg(path)};
    renderScaled(figure, painter, pdf.pageLayout().paintRectPixels(pdf.resolution()).translated(
                                      -pdf.pageLayout().paintRectPixels(pdf.resolution()).topLeft()));
    painter.end();
    return StagedFile::writeAll(path, buffer.data());
}

void ChartExport::copyToClipboard(QWidget *figure)
{
    QApplication::clipboard()->setImage(figure->grab().toImage());
}

void ChartExport::print(QWidget *figure, QPrinter *printer)
{
    printer->setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(printer))
        return;
    renderScaled(figure, painter, QRect(QPoint(), printer->pageLayout().paintRectPixels(printer->resolution()).size()));
}

void ChartExport::printWithPreview(QWidget *figure, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print chart"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [figure](QPrinter *p) { print(figure, p); });
    preview.exec();
}

} // namespace pardesk
