#include "print/AppendixExport.h"

#include "print/OdtExport.h"
#include "report/CsvExport.h"
#include "report/XlsxExport.h"
#include "store/DurableRename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryFile>

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
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(AppendixPainter::pageLayout(table));
    writer.setCreator(QStringLiteral("ParDesk"));
    writer.setTitle(table.identity.title);
    const AppendixPagination pages = AppendixPainter(table).paint(writer);
    if (pagination)
        *pagination = pages;
    return {};
}

Status AppendixExport::write(const AppendixTable &table, const QString &path, AppendixPagination *pagination)
{
    const QFileInfo target(path);
    const QString suffix = target.suffix().toLower();
    if (!suffixes().contains(suffix))
        return Error{tr("Cannot write \"%1\": give a file ending in .pdf, .odt, .xlsx or .csv.").arg(path)};
    if (!target.absoluteDir().exists())
        return Error{tr("Cannot write \"%1\": the folder %2 does not exist.").arg(path, target.absolutePath())};

    // A unique name in the same folder, so that the rename stays on one file system.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.%2").arg(target.completeBaseName(), suffix)));
    if (!temporary.open())
        return Error{tr("Cannot write in %1: %2").arg(target.absolutePath(), temporary.errorString())};
    const QString part = temporary.fileName();
    temporary.close();

    Status status;
    if (suffix == u"pdf")
        status = writePdf(table, part, pagination);
    else if (suffix == u"odt")
        status = OdtExport::write(table, part);
    else if (suffix == u"xlsx")
        status = XlsxExport::write(table, part);
    else
        status = CsvExport::write(table, part);
    if (!status)
        return status; // the temporary file removes itself
    temporary.setAutoRemove(false);
    // Replaces an existing file in one step, on Windows too (where rename() refuses to).
    if (!durableRename(part, target.absoluteFilePath())) {
        QFile::remove(part);
        return Error{tr("Cannot write \"%1\": renaming the finished file failed.").arg(path)};
    }
    return {};
}

} // namespace pardesk
