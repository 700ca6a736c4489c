#include "report/XlsxExport.h"

#include "io/StagedFile.h"
#include "io/XlsxPageSetup.h"
#include "io/XlsxRowHeight.h"
#include "report/ColumnWidths.h"
#include "report/DocumentHeader.h"
#include "text/LineBalance.h"

#include <QFile>
#include <QHash>
#include <cerrno>
#include <cmath>
#include <xlsxwriter.h>

namespace pardesk {
namespace {

// Characters across the printable width (Excel's column width unit is about one digit).
constexpr double kLandscapeChars = 150;
constexpr double kPortraitChars = 100;

struct Formats {
    lxw_format *body = nullptr, *bodyBold = nullptr, *bodyItalic = nullptr;
    lxw_format *wholeNumber = nullptr, *wholeNumberBold = nullptr, *decimal = nullptr, *decimalBold = nullptr;
    lxw_format *fine = nullptr, *fineBold = nullptr; // up to four decimals, as PAR Index points are published
    lxw_format *header = nullptr, *centred = nullptr, *centredBold = nullptr, *motto = nullptr, *title = nullptr, *italic = nullptr;
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
    f.fine = format(book, false, true, LXW_ALIGN_RIGHT);
    format_set_num_format(f.fine, "#,##0.0###");
    f.fineBold = format(book, true, true, LXW_ALIGN_RIGHT);
    format_set_num_format(f.fineBold, "#,##0.0###");
    f.header = format(book, true, true, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    f.centred = format(book, false, false, LXW_ALIGN_CENTER);
    f.centredBold = format(book, true, false, LXW_ALIGN_CENTER);
    f.motto = format(book, true, false, LXW_ALIGN_CENTER);
    format_set_underline(f.motto, LXW_UNDERLINE_SINGLE);
    f.title = format(book, true, false, LXW_ALIGN_CENTER);
    f.italic = format(book, false, false, LXW_ALIGN_CENTER);
    format_set_italic(f.italic);
    return f;
}

// How many decimals the printed text shows ("10,1352": 4): the cell shows as many, no fewer.
// Printed tables write numbers in the Vietnamese convention, ',' before the decimals.
int decimalsShown(const QString &text)
{
    const qsizetype comma = text.lastIndexOf(u',');
    return comma < 0 ? 0 : int(text.size() - comma - 1);
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

// Column widths in characters by content, as the painter sizes its columns (fitColumnsToRows):
// words whole, codes and numbers on one line, the rest where it makes the rows shortest. A column no row fills keeps its
// share of the relative widths (room to write by hand).
QList<double> columnChars(const AppendixTable &table, double pageChars)
{
    const int n = int(table.columns.size());
    QList<ColumnNeed> needs(n);
    const double pad = 2;
    const auto length = [](const QString &s, bool bold) { return s.size() * (bold ? 1.12 : 1.0) * 12.0 / 11.0; };
    for (const HeaderCell &cell : table.headerCells()) {
        if (cell.columnSpan != 1 || cell.column >= n)
            continue;
        const double wide = headerWidth(cell.text, [&length](const QString &line) { return length(line, true); });
        needs[cell.column].minimum = std::max(needs[cell.column].minimum, wide + pad);
    }
    QList<RowText> rows;
    for (const AppendixRow &row : table.rows) {
        const bool spans = AppendixTable::spansColumns(row);
        RowText &text = rows.emplace_back(n);
        for (int c = 0; c < n && c < row.cells.size() && !(spans && c >= 1); ++c) {
            if (row.cells[c].text.isEmpty())
                continue;
            for (const QString &line : row.cells[c].text.split(u'\n')) {
                text[c].append(length(line, row.bold));
                needs[c].maximum = std::max(needs[c].maximum, length(line, row.bold) + pad);
                needs[c].text += length(line, row.bold);
                for (const QString &word : line.split(u' ', Qt::SkipEmptyParts))
                    needs[c].minimum = std::max(needs[c].minimum, length(word, row.bold) + pad);
            }
        }
    }
    double declared = 0;
    for (const AppendixColumn &c : table.columns)
        declared += c.width;
    for (int c = 0; c < n; ++c) {
        ColumnNeed &need = needs[c];
        const bool codes = c == 0 || table.columns[c].kind != ColumnKind::Text;
        if (codes && need.maximum <= pageChars * 0.2)
            need.minimum = std::max(need.minimum, need.maximum);
        // As the painter: a text column at least a twelfth of the width, or its longest line.
        if (!codes)
            need.minimum = std::max(need.minimum, std::min(need.maximum, pageChars / 12));
        if (need.text <= 0)
            need.minimum = std::max(need.minimum, pageChars * table.columns[c].width / declared);
        need.minimum = std::min(need.minimum, pageChars / 3);
        need.maximum = std::max(need.maximum, need.minimum);
    }
    return fitColumnsToRows(needs, rows, pageChars, pad);
}

// A header or title line broken where balanceLines breaks it, with explicit line feeds that the
// spreadsheet keeps: left to itself it would wrap "CỘNG HÒA … VIỆT / NAM" in a narrow merge.
QString balancedText(const QString &text, double chars, bool bold)
{
    // Characters of 12 pt Times in Excel's unit, as LibreOffice draws them: a capital about 1.2,
    // a small letter about 0.95 (measured on the header block of Phụ lục 02).
    const auto width = [bold](const QString &line) {
        double n = 0;
        for (const QChar c : line)
            n += c.isUpper() ? 1.2 : 0.95;
        return n * (bold ? 1.05 : 1.0);
    };
    return balanceLines(text, std::max(4.0, chars - 1), width).join(u'\n');
}

double spanChars(const QList<double> &chars, int first, int last)
{
    double sum = 0;
    for (int c = first; c <= last && c < chars.size(); ++c)
        sum += chars[c];
    return sum;
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

    const double pageChars = table.landscape() ? kLandscapeChars : kPortraitChars;
    const QList<double> chars = columnChars(table, pageChars);
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(sheet, c, c, chars[c], nullptr);
    // Every row that holds wrapped text gets its height (xlsxRowHeight): LibreOffice does not
    // measure rows of a file it opens, and their lines would run over the rows under them.
    QHash<int, int> linesOfRow;
    const auto needLines = [&linesOfRow](int row, int lines) { linesOfRow[row] = std::max(linesOfRow.value(row, 1), lines); };

    // The header block (Nghị định 30): parent body, issuing body and number on the left; national
    // name, motto and, under it, the place and date on the right.
    const HeaderLines header = DocumentHeader::lines(table.identity);
    const int split = std::max(1, columns / 2);
    const double leftChars = spanChars(chars, 0, split - 1), rightChars = spanChars(chars, split, last);
    QList<std::pair<QString, lxw_format *>> left, right;
    if (!header.parentBody.isEmpty())
        left.append({header.parentBody, f.centred});
    left.append({header.issuingBody, f.centredBold});
    right = {{header.nationalName, f.centredBold}, {header.motto, f.motto}};
    // The "Số:" line and the place and date on one row, under the taller side.
    while (left.size() < right.size())
        left.append({QString(), f.centred});
    while (right.size() < left.size())
        right.append({QString(), f.centred});
    left.append({header.number, f.centred});
    right.append({header.placeAndDate, f.italic});
    int row = 0;
    for (int i = 0; i < left.size(); ++i, ++row) {
        if (!left[i].first.isEmpty()) {
            const bool bold = left[i].second == f.centredBold;
            const QString text = balancedText(left[i].first, leftChars, bold);
            put(sheet, row, 0, row, split - 1, text, left[i].second);
            needLines(row, xlsxWrappedLines(text, leftChars, 12, bold));
        }
        if (!right[i].first.isEmpty()) {
            const bool bold = right[i].second != f.italic;
            // The motto keeps its one line, as the decree prints it.
            const QString text = i == 1 ? right[i].first : balancedText(right[i].first, rightChars, bold);
            put(sheet, row, split, row, last, text, right[i].second);
            needLines(row, xlsxWrappedLines(text, rightChars, 12, bold));
        }
    }
    ++row;
    const auto line = [&](int first, const QString &whole, lxw_format *format) {
        if (whole.isEmpty())
            return;
        const double width = spanChars(chars, first, last);
        const QString text = balancedText(whole, width, format != f.italic);
        put(sheet, row, first, row, last, text, format);
        needLines(row, xlsxWrappedLines(text, width, 12, format != f.italic));
        ++row;
    };
    line(0, table.identity.label, f.title);
    line(0, table.identity.title, f.title);
    line(0, table.identity.attachedTo.isEmpty() ? QString() : QStringLiteral("(%1)").arg(table.identity.attachedTo), f.italic);
    line(0, table.identity.notice, f.title);
    ++row;

    const int headerTop = row;
    for (const HeaderCell &cell : table.headerCells()) {
        put(sheet, headerTop + cell.row, cell.column, headerTop + cell.row + cell.rowSpan - 1,
            cell.column + cell.columnSpan - 1, cell.text, f.header);
        // A cell over several rows needs its lines on the last of them at most: counted there.
        needLines(headerTop + cell.row + cell.rowSpan - 1,
                  xlsxWrappedLines(cell.text, spanChars(chars, cell.column, cell.column + cell.columnSpan - 1), 12, true)
                      - (cell.rowSpan - 1));
    }
    row += table.headerRowCount();
    const int headerBottom = row - 1;

    QList<lxw_format *> aligned; // text formats per column alignment, plain and bold
    for (const AppendixColumn &c : table.columns) {
        lxw_format *plain = format(book, false, true, alignOf(c.align));
        lxw_format *bold = format(book, true, true, alignOf(c.align));
        aligned << plain << bold;
    }
    for (const AppendixRow &r : table.rows) {
        const bool spans = AppendixTable::spansColumns(r);
        for (int c = 0; c < columns && c < r.cells.size(); ++c) {
            const AppendixCell &cell = r.cells[c];
            if (spans && c >= 1) {
                put(sheet, row, 1, row, last, r.cells[1].text, f.bodyBold);
                needLines(row, xlsxWrappedLines(r.cells[1].text, spanChars(chars, 1, last), 12, true));
                break;
            }
            needLines(row, xlsxWrappedLines(cell.text, chars[c], 12, r.bold));
            // A number stays a number; one written with words around it ("45 (2024Q1)") stays text.
            const bool plainNumber = cell.number && !cell.text.contains(u'(');
            if (plainNumber) {
                const bool whole = std::floor(*cell.number) == *cell.number;
                lxw_format *nf = whole                        ? (r.bold ? f.wholeNumberBold : f.wholeNumber)
                                 : decimalsShown(cell.text) > 2 ? (r.bold ? f.fineBold : f.fine)
                                                                : (r.bold ? f.decimalBold : f.decimal);
                worksheet_write_number(sheet, row, c, *cell.number, nf);
            } else if (r.kind == RowKind::Note) {
                put(sheet, row, c, row, c, cell.text, f.bodyItalic);
            } else {
                put(sheet, row, c, row, c, cell.text, aligned[2 * c + (r.bold ? 1 : 0)]);
            }
        }
        ++row;
    }
    if (table.signature) {
        ++row;
        line(split, table.signature->role, f.centredBold);
        row += 3;
        line(split, table.signature->name, f.centredBold);
    }
    for (auto it = linesOfRow.cbegin(); it != linesOfRow.cend(); ++it)
        worksheet_set_row(sheet, it.key(), xlsxRowHeight(it.value(), 12), nullptr);

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
