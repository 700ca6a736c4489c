#pragma once
// Reads the cells of an XLSX workbook (what Excel and LibreOffice Calc save) without trusting it:
// the zip container with ZipArchive, its XML with QXmlStreamReader. A file that is not a zip, holds
// entries whose names climb out of the folder, or would unpack to far more than it weighs is refused.

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace pardesk {

struct XlsxCell {
    // How a number cell is shown, as its style's number format says: 0,45 under a percent format
    // is "45 %" on screen, 45352 under a date format is a day.
    enum class Format { Plain, Percent, DateTime };

    int row = 0;    // 1-based, as the sheet numbers it
    int column = 0; // 1-based: A = 1
    QString text;                 // a string cell's text, or a number cell's value in C notation
    std::optional<double> number; // set for a cell stored as a number
    Format format = Format::Plain;
};

struct XlsxSheet {
    QString name;
    bool hidden = false;
    QList<XlsxCell> cells; // by row, then column

    // The cell's text, empty when the sheet has no such cell.
    const XlsxCell *cell(int row, int column) const;
};

class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // Limits against decompression bombs: what a form of a few hundred rows never comes near.
    static constexpr qint64 kMaxTotalBytes = 64 * 1024 * 1024;
    static constexpr int kMaxEntries = 500;
    static constexpr qint64 kMaxRatio = 200; // uncompressed / compressed, for entries over 1 MiB

    static Result<QList<XlsxSheet>> read(const QString &path);
    // `fileName` names the file in messages.
    static Result<QList<XlsxSheet>> parse(const QByteArray &bytes, const QString &fileName);

    // "D12" for row 12, column 4.
    static QString cellName(int row, int column);
};

} // namespace pardesk
