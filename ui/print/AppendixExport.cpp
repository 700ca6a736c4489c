#include "print/AppendixExport.h"

#include "print/OdtExport.h"
#include "report/CsvExport.h"
#include "report/XlsxExport.h"

#include "io/StagedFile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace pardesk {

QStringList AppendixExport::suffixes()
{
    return {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("xlsx"), QStringLiteral("csv")};
}

bool AppendixExport::isSupported(const QString &path)
{
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

QString AppendixExport::fileFilter()
{
    return tr("PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV for Excel (*.csv)");
}

Status AppendixExport::writePdf(const AppendixTable &table, const QString &path, AppendixPagination *pagination)
{
    // Painted into memory: QPdfWriter does not report a failed write, StagedFile does.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(AppendixPainter::pageLayout(table));
        writer.setCreator(QStringLiteral("ParDesk"));
        writer.setTitle(table.identity.title);
        const AppendixPagination pages = AppendixPainter(table).paint(writer);
        if (pagination)
            *pagination = pages;
    }
    return StagedFile::writeAll(path, buffer.data());
}

Status AppendixExport::write(const AppendixTable &table, const QString &path, AppendixPagination *pagination)
{
    const QFileInfo target(path);
    const QString suffix = target.suffix().toLower();
    if (!suffixes().contains(suffix))
        return Error{tr("Cannot write \"%1\": give a file ending in .pdf, .odt, .xlsx or .csv.").arg(path)};
    if (!target.absoluteDir().exists())
        return Error{tr("Cannot write \"%1\": the folder %2 does not exist.").arg(path, target.absolutePath())};

    // Each format is written whole under another name and renamed into place (StagedFile): an
    // error leaves no file, and an existing file untouched.
    if (suffix == u"pdf")
        return writePdf(table, path, pagination);
    if (suffix == u"odt") {
        const auto bytes = OdtExport::bytes(table);
        return bytes ? StagedFile::writeAll(path, bytes.value()) : Status(bytes.failure());
    }
    if (suffix == u"csv")
        return StagedFile::writeAll(path, CsvExport::toBytes(table));
    StagedFile staged(path);
    if (Status s = staged.open(); !s)
        return s;
    // The message names the file asked for, not the hidden one it was written under.
    if (Status s = XlsxExport::write(table, staged.pathForWriter()); !s)
        return s.failure().withMessage(QString(s.error()).replace(staged.stagingPath(), target.absoluteFilePath()));
    return staged.commit();
}

} // namespace pardesk
