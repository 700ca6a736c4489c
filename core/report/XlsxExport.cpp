#include "report/XlsxExport.h"

#include "io/StagedFile.h"
#include "io/XlsxPageSetup.h"
#include "report/AppendixText.h"

#include <QFile>
#include <cerrno>
#include <cmath>
#include <xlsxwriter.h>

namespace pardesk {
namespace {

// Characters across the printable width (Excel's column width unit is about one digit).
constexpr double kLandscapeChars = 150;
constexpr double kPortraitChars = 100;
constexpr double kLineHeight = 15.75; // points, for 12 pt text

struct Formats {
    lxw_format *body = nullptr, *bodyBold = nullptr, *bodyItalic = nullptr;
    lxw_format *wholeNumber = nullptr, *wholeNumberBold = nullptr, *decimal = nullptr, *decimalBold = nullptr;
    lxw_format *header = nullptr, *centredBold = nullptr, *motto = nullptr, *title = nullptr, *italic = nullptr;
};

lxw_format *format(lxw_workbook *book, bool bold, bool border, uint8_t align = LXW_ALIGN_LEFT)
{
    lxw_format *f = workbook_add_format(book);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, 12);
    format_set_text_wrap(f);
    format_set_align(f, align);
    format_set_align(f, border ? LXW_ALIGN_VERTICAL_TOP : LXW_ALIGN_VERTICAL_CENTER);
    if (bold)
        format_set_bold(f);
    if (border)
        format_set_border(f, LXW_BORDER_THIN);
    return f;
}

Formats makeFormats(lxw_workbook *book)
{
    Formats f;
    f.body = format(book, false, true);
    f.bodyBold = format(book, true, true);
    f.bodyItalic = format(book, false, true);
    format_set_italic(f.bodyItalic);
    // Number formats are stored in Excel's neutral notation ("#,##0.0": ',' groups, '.' marks
    // decimals); Excel and LibreOffice show them in the reader's locale, "1.044" and "33,3" under vi_VN.
    f.wholeNumber = format(book, false, true, LXW_ALIGN_RIGHT);
    format_set_num_format(f.wholeNumber, "#,##0");
    f.wholeNumberBold = format(book, true, true, LXW_ALIGN_RIGHT);
    format_set_num_format(f.wholeNumberBold, "#,##0");
    f.decimal = format(book, false, true, LXW_ALIGN_RIGHT);
    format_set_num_format(f.decimal, "#,##0.0#");
    f.decimalBold = format(book, true, true, LXW_ALIGN_RIGHT);
    format_set_num_format(f.decimalBold, "#,##0.0#");
    f.header = format(book, true, true, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    f.centredBold = format(book, true, false, LXW_ALIGN_CENTER);
    f.motto = format(book, true, false, LXW_ALIGN_CENTER);
    format_set_underline(f.motto, LXW_UNDERLINE_SINGLE);
    f.title = format(book, true, false, LXW_ALIGN_CENTER);
    f.italic = format(book, false, false, LXW_ALIGN_CENTER);
    format_set_italic(f.italic);
    return f;
}

uint8_t alignOf(ColumnAlign align)
{
    return align == ColumnAlign::Center ? LXW_ALIGN_CENTER : align == ColumnAlign::Right ? LXW_ALIGN_RIGHT : LXW_ALIGN_LEFT;
}

// Merges a range, or writes the one cell when the range is a single cell.
void put(lxw_worksheet *sheet, int row, int col, int lastRow, int lastCol, const QString &text, lxw_format *f)
{
    const QByteArray utf8 = text.toUtf8();
    if (row == lastRow && col == lastCol)
        worksheet_write_string(sheet, row, col, utf8.constData(), f);
    else
        worksheet_merge_range(sheet, row, col, lastRow, lastCol, utf8.constData(), f);
}

// Wrapped lines a text needs in a column of `chars` characters: rows get a height to fit them,
// since a spreadsheet does not always re-measure rows written by a program.
int linesFor(const QString &text, double chars)
{
    int lines = 0;
    for (const QString &paragraph : text.split(u'\n'))
        lines += std::max(1, int(std::ceil(paragraph.size() / std::max(4.0, chars - 2))));
    return lines;
}

} // namespace

Status XlsxExport::write(const AppendixTable &table, const QString &path)
{
    // UTF-8: libxlsxwriter built with MSVC turns it into a wide Windows name.
    const QByteArray file = path.toUtf8();
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Error{tr("Could not create %1.").arg(path)};
    lxw_worksheet *sheet = workbook_add_worksheet(book, table.identity.label.left(31).toUtf8().constData());
    const Formats f = makeFormats(book);
    const int columns = int(table.columns.size());
    const int last = columns - 1;

    double totalWidth = 0;
    for (const AppendixColumn &c : table.columns)
        totalWidth += c.width;
    const double pageChars = table.landscape() ? kLandscapeChars : kPortraitChars;
    QList<double> chars;
    for (int c = 0; c < columns; ++c) {
        chars.append(table.columns[c].width / totalWidth * pageChars);
        worksheet_set_column(sheet, c, c, chars.last(), nullptr);
    }

    // The header block: issuing body on the left, national name and motto on the right.
    const int split = std::max(1, columns / 2);
    int row = 0;
    put(sheet, row, 0, row, split - 1, table.identity.issuingBody, f.centredBold);
    put(sheet, row, split, row, last, AppendixText::nationalName(), f.centredBold);
    ++row;
    put(sheet, row, split, row, last, AppendixText::motto(), f.motto);
    row += 2;
    const auto line = [&](int first, const QString &text, lxw_format *format) {
        if (text.isEmpty())
            return;
        put(sheet, row, first, row, last, text, format);
        worksheet_set_row(sheet, row, kLineHeight * linesFor(text, pageChars), nullptr);
        ++row;
    };
    line(0, table.identity.label, f.title);
    line(0, table.identity.title, f.title);
    line(0, table.identity.attachedTo.isEmpty() ? QString() : QStringLiteral("(%1)").arg(table.identity.attachedTo), f.italic);
    line(0, table.identity.notice, f.title);
    ++row;

    const int headerTop = row;
    for (const HeaderCell &cell : table.headerCells())
        put(sheet, headerTop + cell.row, cell.column, headerTop + cell.row + cell.rowSpan - 1,
            cell.column + cell.columnSpan - 1, cell.text, f.header);
    row += table.headerRowCount();
    const int headerBottom = row - 1;

    QList<lxw_format *> aligned; // text formats per column alignment, plain and bold
    for (const AppendixColumn &c : table.columns) {
        lxw_format *plain = format(book, false, true, alignOf(c.align));
        lxw_format *bold = format(book, true, true, alignOf(c.align));
        aligned << plain << bold;
    }
    for (const AppendixRow &r : table.rows) {
        int lines = 1;
        const bool spans = AppendixTable::spansColumns(r);
        for (int c = 0; c < columns && c < r.cells.size(); ++c) {
            const AppendixCell &cell = r.cells[c];
            if (spans && c >= 1) {
                put(sheet, row, 1, row, last, r.cells[1].text, f.bodyBold);
                lines = std::max(lines, linesFor(cell.text, pageChars - chars[0]));
                break;
            }
            lines = std::max(lines, linesFor(cell.text, chars[c]));
            // A number stays a number; one written with words around it ("45 (2024Q1)") stays text.
            const bool plainNumber = cell.number && !cell.text.contains(u'(');
            if (plainNumber) {
                const bool whole = std::floor(*cell.number) == *cell.number;
                lxw_format *nf = whole ? (r.bold ? f.wholeNumberBold : f.wholeNumber) : (r.bold ? f.decimalBold : f.decimal);
                worksheet_write_number(sheet, row, c, *cell.number, nf);
            } else if (r.kind == RowKind::Note) {
                put(sheet, row, c, row, c, cell.text, f.bodyItalic);
            } else {
                put(sheet, row, c, row, c, cell.text, aligned[2 * c + (r.bold ? 1 : 0)]);
            }
        }
        worksheet_set_row(sheet, row++, kLineHeight * lines, nullptr);
    }
    if (table.signature) {
        ++row;
        line(split, table.signature->place, f.italic);
        line(split, table.signature->role, f.centredBold);
        row += 3;
        line(split, table.signature->name, f.centredBold);
    }

    setUpXlsxPage(sheet, {table.landscape(), headerTop, headerBottom});
    errno = 0;
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
        // libxlsxwriter names its own error; errno says whether the disk was full.
        const QString why = errno ? StagedFile::describeError(errno) : QString::fromUtf8(lxw_strerror(error));
        return Error{tr("Could not write %1: %2").arg(path, why)};
    }
    return {};
}

} // namespace pardesk
