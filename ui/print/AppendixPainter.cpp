#include "print/AppendixPainter.h"

#include "print/AppendixFonts.h"
#include "report/ColumnWidths.h"
#include "report/DocumentHeader.h"
#include "text/LineBalance.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>
#include <cmath>

namespace pardesk {

int AppendixPagination::splitRows() const
{
    QSet<int> split;
    for (const QList<Slice> &page : pages) {
        for (const Slice &s : page) {
            if (s.top > 0)
                split.insert(s.row);
        }
    }
    return int(split.size());
}

QPageLayout AppendixPainter::pageLayout(const AppendixTable &table)
{
    // The top margin is split: 10 mm of page margin and a 10 mm band of the paint area for the page
    // number, so that printers that cannot print near the edge still show it.
    return QPageLayout(QPageSize(QPageSize::A4), table.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(30, 10, 15, 15), QPageLayout::Millimeter);
}

struct AppendixPainter::Geometry {
    double dpi = 300;
    double width = 0, top = 0, bottom = 0; // the body of a page, in device pixels
    double pad = 0, lineGap = 0, line = 0; // line: the advance between wrapped lines of a cell
    QList<double> x, w;                   // columns
    QList<double> headerRows;             // heights of the header rows
    double headerHeight = 0, headingHeight = 0;
    QList<double> rowHeights;
    QFont cell, cellBold, cellItalic, header;
    const QPaintDevice *device = nullptr;

    double mm(double v) const { return v * dpi / 25.4; }
    double textHeight(const QFont &font, double columnWidth, const QString &text) const
    {
        const QFontMetricsF fm(font, device);
        if (text.isEmpty())
            return fm.height() + 2 * pad;
        return fm.boundingRect(QRectF(0, 0, columnWidth - 2 * pad, 1e9), Qt::TextWordWrap, text).height() + 2 * pad;
    }
    double spanWidth(int column, int span) const { return x[column + span - 1] + w[column + span - 1] - x[column]; }
};

namespace {

int horizontalFlag(ColumnAlign align)
{
    return align == ColumnAlign::Center ? Qt::AlignHCenter : align == ColumnAlign::Right ? Qt::AlignRight : Qt::AlignLeft;
}

const QFont &rowFont(const AppendixRow &row, const QFont &plain, const QFont &bold, const QFont &italic)
{
    return row.kind == RowKind::Note ? italic : row.bold ? bold : plain;
}

// Draws `text` centred in [left, left + width) from `top`, in balanced lines (balanceLines: no
// lone word on the last line, no break inside a term where another break fits); returns its
// height. With `underline`, a rule under the last line as long as that line (the motto's rule).
double centred(QPainter *p, const QFont &font, const QPaintDevice *device, double left, double width, double top,
               const QString &text, bool underline = false)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, device);
    const QStringList lines = balanceLines(text, width, [&fm](const QString &line) { return fm.horizontalAdvance(line); });
    if (p) {
        p->setFont(font);
        for (int i = 0; i < lines.size(); ++i)
            p->drawText(QRectF(left, top + i * fm.lineSpacing(), width, fm.lineSpacing()), Qt::AlignHCenter | Qt::AlignTop, lines[i]);
        if (underline && !lines.isEmpty()) {
            const double y = top + (lines.size() - 1) * fm.lineSpacing() + fm.height() + fm.descent() * 0.2;
            const double half = fm.horizontalAdvance(lines.last()) / 2, centre = left + width / 2;
            p->drawLine(QPointF(centre - half, y), QPointF(centre + half, y));
        }
    }
    return lines.size() * fm.lineSpacing() + (underline ? fm.descent() * 0.4 : 0);
}

} // namespace

// Columns sized by their content in the print font (fitColumnsToRows): each at least its widest
// word and header word; codes and numbers (the STT column, number columns) on one line; the rest
// of the width where it makes the rows shortest. A column that no row fills (an empty form's
// figures, written in by hand) keeps its share of the table's relative widths.
void AppendixPainter::fitColumnsToContent(Geometry &g) const
{
    const int n = int(m_table.columns.size());
    QList<ColumnNeed> needs(n);
    const double pad = 2 * g.pad + 1;
    const QFontMetricsF header(g.header, g.device);
    for (const HeaderCell &cell : m_table.headerCells()) {
        if (cell.columnSpan != 1 || cell.column >= n)
            continue;
        // 2% more: Qt's word wrap rounds each glyph's advance, and a line measured to the pixel
        // would otherwise wrap once more when drawn.
        const double wide = headerWidth(cell.text, [&header](const QString &line) { return header.horizontalAdvance(line); });
        needs[cell.column].minimum = std::max(needs[cell.column].minimum, wide * 1.02 + pad);
    }
    QList<RowText> rows;
    for (const AppendixRow &row : m_table.rows) {
        const QFontMetricsF fm(rowFont(row, g.cell, g.cellBold, g.cellItalic), g.device);
        const bool spans = AppendixTable::spansColumns(row);
        RowText &text = rows.emplace_back(n);
        for (int c = 0; c < n && c < row.cells.size(); ++c) {
            if (spans && c >= 1)
                break; // a group heading runs across the columns: it sizes none of them
            if (row.cells[c].text.isEmpty())
                continue;
            for (const QString &line : row.cells[c].text.split(u'\n')) {
                const double advance = fm.horizontalAdvance(line);
                text[c].append(advance);
                needs[c].maximum = std::max(needs[c].maximum, advance + pad);
                needs[c].text += advance;
                for (const QString &word : line.split(u' ', Qt::SkipEmptyParts))
                    needs[c].minimum = std::max(needs[c].minimum, fm.horizontalAdvance(word) + pad);
            }
        }
    }
    double declared = 0;
    for (const AppendixColumn &c : m_table.columns)
        declared += c.width;
    for (int c = 0; c < n; ++c) {
        ColumnNeed &need = needs[c];
        const bool codes = c == 0 || m_table.columns[c].kind != ColumnKind::Text;
        if (codes && need.maximum <= g.width * 0.2)
            need.minimum = std::max(need.minimum, need.maximum);
        // A text column gets at least a twelfth of the width, or its longest line when shorter:
        // "năm 2024" and short notes stay on one line beside a long text column.
        if (!codes)
            need.minimum = std::max(need.minimum, std::min(need.maximum, g.width / 12));
        if (need.text <= 0)
            need.minimum = std::max(need.minimum, g.width * m_table.columns[c].width / declared);
        // A word longer than a third of the page (a web address) wraps rather than take the table.
        need.minimum = std::min(need.minimum, g.width / 3);
        need.maximum = std::max(need.maximum, need.minimum);
    }
    g.w = fitColumnsToRows(needs, rows, g.width, pad);
}

AppendixPainter::Geometry AppendixPainter::geometry(const QPagedPaintDevice &device) const
{
    Geometry g;
    g.device = &device;
    g.dpi = device.logicalDpiY();
    const QRect paint = device.pageLayout().paintRectPixels(int(g.dpi));
    g.width = paint.width();
    g.top = g.mm(10);
    g.bottom = paint.height() - g.mm(5);
    g.pad = g.mm(1.2);
    g.lineGap = g.mm(2);
    g.cell = AppendixFonts::font(11);
    g.cellBold = AppendixFonts::font(11, true);
    g.cellItalic = AppendixFonts::font(11, false, true);
    g.header = AppendixFonts::font(11, true);
    // The advance from one wrapped line to the next, as drawText lays lines out.
    const QFontMetricsF fm(g.cell, g.device);
    g.line = fm.boundingRect(QRectF(0, 0, 1e6, 1e6), 0, QStringLiteral("X\nX")).height()
             - fm.boundingRect(QRectF(0, 0, 1e6, 1e6), 0, QStringLiteral("X")).height();

    fitColumnsToContent(g);
    double x = 0;
    for (double w : std::as_const(g.w)) {
        g.x.append(x);
        x += w;
    }

    // Header rows: single-row cells set their row's height; taller spanning cells stretch the last row they span.
    g.headerRows = QList<double>(m_table.headerRowCount(), 0);
    const QList<HeaderCell> cells = m_table.headerCells();
    for (const HeaderCell &c : cells) {
        if (c.rowSpan == 1)
            g.headerRows[c.row] = std::max(g.headerRows[c.row], g.textHeight(g.header, g.spanWidth(c.column, c.columnSpan), c.text));
    }
    for (const HeaderCell &c : cells) {
        if (c.rowSpan > 1) {
            double spanned = 0;
            for (int r = c.row; r < c.row + c.rowSpan; ++r)
                spanned += g.headerRows[r];
            const double needed = g.textHeight(g.header, g.spanWidth(c.column, c.columnSpan), c.text);
            if (needed > spanned)
                g.headerRows[c.row + c.rowSpan - 1] += needed - spanned;
        }
    }
    for (double h : std::as_const(g.headerRows))
        g.headerHeight += h;

    g.rowHeights.reserve(m_table.rows.size());
    for (const AppendixRow &row : m_table.rows) {
        const QFont &font = rowFont(row, g.cell, g.cellBold, g.cellItalic);
        double h = 0;
        if (AppendixTable::spansColumns(row)) {
            h = std::max(g.textHeight(font, g.w[0], row.cells[0].text),
                         g.textHeight(font, g.spanWidth(1, int(g.w.size()) - 1), row.cells[1].text));
        } else {
            for (int c = 0; c < row.cells.size() && c < g.w.size(); ++c)
                h = std::max(h, g.textHeight(font, g.w[c], row.cells[c].text));
        }
        g.rowHeights.append(h);
    }
    g.headingHeight = paintHeading(nullptr, g);
    return g;
}

AppendixPagination AppendixPainter::paginate(const QPagedPaintDevice &device) const
{
    return paginate(geometry(device));
}

AppendixPagination AppendixPainter::paginate(const Geometry &g) const
{
    AppendixPagination out;
    out.pages.append(QList<AppendixPagination::Slice>());
    double y = g.top + g.headingHeight + g.headerHeight;
    const double fresh = g.bottom - g.top - g.headerHeight; // room for rows on a page after the first
    const double line = g.line;
    out.room = fresh;
    const auto newPage = [&] {
        out.spaceLeft.append(g.bottom - y);
        out.pages.append(QList<AppendixPagination::Slice>());
        y = g.top + g.headerHeight;
    };
    for (int r = 0; r < g.rowHeights.size(); ++r) {
        const double h = g.rowHeights[r];
        if (y + h <= g.bottom) {
            out.pages.last().append(AppendixPagination::Slice{r, 0, h});
            y += h;
            continue;
        }
        // A row that does not fit moves to the next page, unless that would leave a quarter of
        // this page empty: then it is split between lines, as a word processor does, and the page
        // is filled (268/KH-UBND's long rows left half pages blank).
        const double room = g.bottom - y;
        const bool fillHere = room >= std::max(3 * line + 2 * g.pad, fresh / 4);
        if (h <= fresh && !fillHere) {
            newPage();
            out.pages.last().append(AppendixPagination::Slice{r, 0, h});
            y += h;
            continue;
        }
        // Taller than a page, or filling this one: split at whole lines, starting here if a few
        // lines still fit.
        if (g.bottom - y < 3 * line + 2 * g.pad)
            newPage();
        double offset = 0;
        while (offset < h) {
            double take = std::min(h - offset, g.bottom - y);
            // A row split to fill a page takes at least two of its lines to the next one.
            if (offset == 0 && h <= fresh)
                take = std::min(take, h - 2 * line);
            if (offset + take < h) {
                // Cut between two lines of text: lines start at pad, pad + line, … within the row.
                const double cut = g.pad + std::floor((offset + take - g.pad) / line) * line;
                take = std::max(line, cut - offset);
            }
            out.pages.last().append(AppendixPagination::Slice{r, offset, take});
            offset += take;
            y += take;
            if (offset < h)
                newPage();
        }
    }
    if (m_table.signature) {
        const double needed = g.lineGap * 2 + paintSignature(nullptr, g, 0);
        if (y + needed > g.bottom) {
            // The signature does not stand alone on a page: the last row goes with it when it can.
            QList<AppendixPagination::Slice> &last = out.pages.last();
            const bool movable = last.size() > 1 && last.last().top == 0 && last.last().height + needed <= fresh;
            const AppendixPagination::Slice moved = movable ? last.takeLast() : AppendixPagination::Slice{};
            if (movable)
                y -= moved.height;
            newPage();
            if (movable) {
                out.pages.last().append(moved);
                y += moved.height;
            }
        }
    }
    out.spaceLeft.append(g.bottom - y);
    return out;
}

// Nghị định 30/2020, Phụ lục I: the parent body over the issuing body (bold) with a short rule under
// it and the "Số:" line on the left; the national name, the underlined motto and under them the
// place and date in italics on the right; then the appendix's label, title and attachment line.
double AppendixPainter::paintHeading(QPainter *p, const Geometry &g) const
{
    const AppendixIdentity &id = m_table.identity;
    const HeaderLines header = DocumentHeader::lines(id);
    const double leftWidth = g.width * 0.42, rightWidth = g.width - leftWidth;
    double left = centred(p, AppendixFonts::font(12), g.device, 0, leftWidth, g.top, header.parentBody);
    left += centred(p, AppendixFonts::font(12, true), g.device, 0, leftWidth, g.top + left, header.issuingBody);
    // A short rule under the issuing body, a third of the column.
    if (p)
        p->drawLine(QPointF(leftWidth / 3, g.top + left + g.mm(0.8)), QPointF(leftWidth * 2 / 3, g.top + left + g.mm(0.8)));
    double right = centred(p, AppendixFonts::font(12, true), g.device, leftWidth, rightWidth, g.top, header.nationalName);
    right += centred(p, AppendixFonts::font(12.5, true), g.device, leftWidth, rightWidth, g.top + right, header.motto, true);
    // The "Số:" line and the place and date share a line, under the taller of the two blocks, as
    // the decree's model draws them.
    const double lineTop = g.top + std::max(left, right) + g.mm(2.5);
    left = lineTop - g.top + centred(p, AppendixFonts::font(12), g.device, 0, leftWidth, lineTop, header.number);
    right = lineTop - g.top + centred(p, AppendixFonts::font(12, false, true), g.device, leftWidth, rightWidth, lineTop, header.placeAndDate);

    double y = g.top + std::max(left, right) + g.mm(7);
    const double titleWidth = g.width * 0.85, titleLeft = (g.width - titleWidth) / 2;
    y += centred(p, AppendixFonts::font(13, true), g.device, titleLeft, titleWidth, y, id.label);
    y += centred(p, AppendixFonts::font(13, true), g.device, titleLeft, titleWidth, y, id.title);
    if (!id.attachedTo.isEmpty())
        y += centred(p, AppendixFonts::font(12, false, true), g.device, titleLeft, titleWidth, y, QStringLiteral("(%1)").arg(id.attachedTo));
    if (!id.notice.isEmpty())
        y += g.mm(1) + centred(p, AppendixFonts::font(11, true, true), g.device, titleLeft, titleWidth, y + g.mm(1), id.notice);
    return y + g.mm(4) - g.top;
}

double AppendixPainter::paintSignature(QPainter *p, const Geometry &g, double top) const
{
    const SignatureBlock &s = *m_table.signature;
    const double left = g.width * 0.55, width = g.width - left;
    double y = top;
    y += centred(p, AppendixFonts::font(12, true), g.device, left, width, y, s.role);
    y += g.mm(22); // room to sign and stamp
    y += centred(p, AppendixFonts::font(12, true), g.device, left, width, y, s.name);
    return y - top;
}

void AppendixPainter::paintHeader(QPainter &p, const Geometry &g, double top) const
{
    p.setFont(g.header);
    for (const HeaderCell &c : m_table.headerCells()) {
        double y = top;
        for (int r = 0; r < c.row; ++r)
            y += g.headerRows[r];
        double h = 0;
        for (int r = c.row; r < c.row + c.rowSpan; ++r)
            h += g.headerRows[r];
        const QRectF box(g.x[c.column], y, g.spanWidth(c.column, c.columnSpan), h);
        p.drawRect(box);
        p.drawText(box.adjusted(g.pad, g.pad, -g.pad, -g.pad), Qt::AlignCenter | Qt::TextWordWrap, c.text);
    }
}

namespace {

// A cell's text broken into the lines drawText would make, for a row split across pages.
QStringList wrappedLines(const QString &text, const QFont &font, const QPaintDevice *device, double width)
{
    QString laidOut = text;
    laidOut.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(laidOut, font, const_cast<QPaintDevice *>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(laidOut.mid(line.textStart(), line.textLength()).remove(QChar::LineSeparator).trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace

// Paints a row with its top at 0; the caller shifts it onto the page. A row split across pages
// (`top`, `height`: the part on this page) gets only the lines of text in that part, so that no
// line is printed twice (a clipped line would still be in the PDF's text).
void AppendixPainter::paintRow(QPainter &p, const Geometry &g, int index, double top, double height) const
{
    const AppendixRow &row = m_table.rows[index];
    const double h = g.rowHeights[index];
    const bool whole = top == 0 && height >= h;
    const QFont &font = rowFont(row, g.cell, g.cellBold, g.cellItalic);
    p.setFont(font);
    const bool spans = AppendixTable::spansColumns(row);
    const int cells = spans ? 2 : int(std::min(row.cells.size(), g.w.size()));
    for (int c = 0; c < cells; ++c) {
        const double width = spans && c == 1 ? g.spanWidth(1, int(g.w.size()) - 1) : g.w[c];
        const int align = spans && c == 1 ? Qt::AlignLeft : horizontalFlag(m_table.columns[c].align);
        if (whole) {
            const QRectF box(g.x[c], 0, width, h);
            p.drawRect(box);
            p.drawText(box.adjusted(g.pad, g.pad, -g.pad, -g.pad), align | Qt::AlignTop | Qt::TextWordWrap, row.cells[c].text);
            continue;
        }
        p.drawRect(QRectF(g.x[c], top, width, height));
        const QStringList lines = wrappedLines(row.cells[c].text, font, g.device, width - 2 * g.pad);
        for (int i = 0; i < lines.size(); ++i) {
            const double y = g.pad + i * g.line;
            if (y >= top - 0.5 && y + g.line <= top + height + 0.5)
                p.drawText(QRectF(g.x[c] + g.pad, y, width - 2 * g.pad, g.line), align | Qt::AlignTop, lines[i]);
        }
    }
}

void AppendixPainter::paintMargins(QPainter &p, const Geometry &g, int page) const
{
    // Nghị định 30: the page number centred in the top margin, from the second page on.
    if (page > 0) {
        p.setFont(AppendixFonts::font(12));
        p.drawText(QRectF(0, 0, g.width, g.top), Qt::AlignCenter, QString::number(page + 1));
    }
    if (!m_table.identity.notice.isEmpty()) {
        p.setFont(AppendixFonts::font(8, false, true));
        p.drawText(QRectF(0, g.bottom, g.width, g.mm(5)), Qt::AlignCenter, m_table.identity.notice);
    }
}

AppendixPagination AppendixPainter::paint(QPagedPaintDevice &device) const
{
    const Geometry g = geometry(device);
    const AppendixPagination pagination = paginate(g);
    QPainter p(&device);
    p.setRenderHint(QPainter::Antialiasing, false);
    QPen pen(Qt::black);
    pen.setWidthF(g.mm(0.2));
    p.setPen(pen);
    for (int page = 0; page < pagination.pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        paintMargins(p, g, page);
        double y = g.top;
        if (page == 0)
            y += paintHeading(&p, g);
        paintHeader(p, g, y);
        y += g.headerHeight;
        for (const AppendixPagination::Slice &s : pagination.pages[page]) {
            p.save();
            p.translate(0, y - s.top);
            paintRow(p, g, s.row, s.top, s.height);
            p.restore();
            y += s.height;
        }
        if (page == pagination.pageCount() - 1 && m_table.signature)
            paintSignature(&p, g, y + g.lineGap * 2);
    }
    return pagination;
}

} // namespace pardesk
