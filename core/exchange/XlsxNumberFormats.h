#pragma once
// The number formats of a workbook's cell styles (xl/styles.xml), reduced to what an import must
// know: whether a number cell is shown as a percentage or as a date or time. Excel stores 45 % as
// 0.45 and a date as a day count; the official sees the formatted value, so it is what counts.

#include "exchange/XlsxReader.h"

#include <QList>

namespace pardesk {

class ZipArchive;

class XlsxNumberFormats {
public:
    // A workbook without styles has only plain numbers.
    static Result<XlsxNumberFormats> read(ZipArchive &zip, const QString &fileName);

    // The format of the cell style with this index (a cell's s attribute; 0 when it has none).
    XlsxCell::Format formatOf(int styleIndex) const;

    // How a format code ("0.0%", "dd/mm/yyyy", "#,##0") shows a number.
    static XlsxCell::Format classify(const QString &formatCode);

private:
    QList<XlsxCell::Format> m_byStyle;
};

} // namespace pardesk
