#include "print/OdtExport.h"

#include "print/AppendixFonts.h"
#include "report/DocumentHeader.h"

#include <QBuffer>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace pardesk {
namespace {

QTextCharFormat charFormat(double size, bool bold = false, bool italic = false, bool underline = false)
{
    QTextCharFormat f;
    f.setFontFamilies({AppendixFonts::documentFamily()});
    // Qt 6.4's ODF writer reads only the old single-family property (else it writes "Sans").
    f.setProperty(QTextFormat::OldFontFamily, AppendixFonts::documentFamily());
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setFontUnderline(underline);
    return f;
}

QTextBlockFormat centredBlock()
{
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    return f;
}

void centredLine(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    if (text.isEmpty())
        return;
    cursor.insertBlock(centredBlock(), format);
    cursor.insertText(text, format);
}

// Qt 6.4's ODF writer writes a percentage table width as points and percentage column widths in a
// form LibreOffice ignores: widths are given in points, for the width of text on A4 portrait with
// Word's default margins (the writer sets no page; the reader's default A4 applies).
constexpr double kTextWidthPt = 450;

// Each column its share of the width, but none narrower than a short word ("Thường xuyên", "STT")
// at 11 pt: on a portrait page a seven-column table would otherwise break words.
QList<double> columnWidths(const AppendixTable &table)
{
    constexpr double minimum = 48;
    double total = 0;
    for (const AppendixColumn &c : table.columns)
        total += c.width;
    QList<double> widths;
    double narrow = 0, wideShare = 0;
    for (const AppendixColumn &c : table.columns) {
        widths.append(kTextWidthPt * c.width / total);
        if (widths.last() < minimum)
            narrow += minimum;
        else
            wideShare += c.width;
    }
    for (int i = 0; i < widths.size(); ++i)
        widths[i] = widths[i] < minimum ? minimum : (kTextWidthPt - narrow) * table.columns[i].width / wideShare;
    return widths;
}

Qt::Alignment alignmentOf(ColumnAlign align)
{
    return align == ColumnAlign::Center ? Qt::AlignHCenter : align == ColumnAlign::Right ? Qt::AlignRight : Qt::AlignLeft;
}

void putCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format, Qt::Alignment align)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(align);
    c.setBlockFormat(block);
    c.insertText(text, format);
}

// Lines of one paragraph joined by line breaks: the writer would make a second paragraph of a cell
// a new cell. Empty lines are left out.
void insertLines(QTextCursor cursor, const QList<std::pair<QString, QTextCharFormat>> &lines)
{
    cursor.setBlockFormat(centredBlock());
    bool first = true;
    for (const auto &[text, format] : lines) {
        if (text.isEmpty())
            continue;
        if (!first)
            cursor.insertText(QString(QChar::LineSeparator), format);
        cursor.insertText(text, format);
        first = false;
    }
}

void insertHeading(QTextCursor &cursor, const AppendixTable &table)
{
    // Two borderless columns, as Nghị định 30 lays the header out: parent body, issuing body and
    // number | national name, motto and, under it, the place and date.
    const HeaderLines header = DocumentHeader::lines(table.identity);
    QTextTableFormat layout;
    layout.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    layout.setWidth(QTextLength(QTextLength::FixedLength, kTextWidthPt));
    layout.setColumnWidthConstraints({QTextLength(QTextLength::FixedLength, kTextWidthPt * 0.42),
                                      QTextLength(QTextLength::FixedLength, kTextWidthPt * 0.58)});
    QTextTable *heading = cursor.insertTable(1, 2, layout);
    insertLines(heading->cellAt(0, 0).firstCursorPosition(),
                {{header.parentBody, charFormat(12)}, {header.issuingBody, charFormat(12, true)}, {header.number, charFormat(12)}});
    insertLines(heading->cellAt(0, 1).firstCursorPosition(),
                {{header.nationalName, charFormat(12, true)},
                 {header.motto, charFormat(12.5, true, false, true)},
                 {header.placeAndDate, charFormat(12, false, true)}});
    cursor.movePosition(QTextCursor::End);
}

} // namespace

void OdtExport::fill(QTextDocument &document, const AppendixTable &table)
{
    QFont base(AppendixFonts::documentFamily());
    base.setPointSizeF(12);
    document.setDefaultFont(base);
    QTextCursor cursor(&document);
    insertHeading(cursor, table);
    centredLine(cursor, table.identity.label, charFormat(13, true));
    centredLine(cursor, table.identity.title, charFormat(13, true));
    if (!table.identity.attachedTo.isEmpty())
        centredLine(cursor, QStringLiteral("(%1)").arg(table.identity.attachedTo), charFormat(12, false, true));
    centredLine(cursor, table.identity.notice, charFormat(11, true, true));
    cursor.insertBlock();

    const int headerRows = table.headerRowCount();
    const int columns = int(table.columns.size());
    QTextTableFormat format;
    format.setHeaderRowCount(headerRows);
    format.setBorderCollapse(true);
    format.setBorder(0.5);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::FixedLength, kTextWidthPt));
    QList<QTextLength> widths;
    for (double w : columnWidths(table))
        widths.append(QTextLength(QTextLength::FixedLength, w));
    format.setColumnWidthConstraints(widths);
    QTextTable *grid = cursor.insertTable(headerRows + int(table.rows.size()), columns, format);

    for (const HeaderCell &c : table.headerCells()) {
        putCell(grid, c.row, c.column, c.text, charFormat(11, true), Qt::AlignHCenter);
        if (c.rowSpan > 1 || c.columnSpan > 1)
            grid->mergeCells(c.row, c.column, c.rowSpan, c.columnSpan);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const AppendixRow &row = table.rows[r];
        const QTextCharFormat f = charFormat(11, row.bold, row.kind == RowKind::Note);
        const bool spans = AppendixTable::spansColumns(row);
        for (int c = 0; c < columns && c < row.cells.size(); ++c)
            putCell(grid, headerRows + r, c, row.cells[c].text, f, spans && c == 1 ? Qt::AlignLeft : alignmentOf(table.columns[c].align));
        if (spans)
            grid->mergeCells(headerRows + r, 1, 1, columns - 1);
    }
    if (table.signature) {
        cursor.movePosition(QTextCursor::End);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        for (const QString &line : {table.signature->role, QString(), QString(), table.signature->name}) {
            cursor.insertBlock(right);
            cursor.insertText(line, charFormat(12, true));
        }
    }
}

Result<QByteArray> OdtExport::bytes(const AppendixTable &table)
{
    QTextDocument document;
    fill(document, table);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Error{tr("The OpenDocument file could not be made.")};
    return buffer.data();
}

} // namespace pardesk
