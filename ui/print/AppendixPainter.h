#pragma once
// Lays an appendix table out on A4 pages itself and paints them on a PDF writer or a printer, in
// the official layout (Nghị định 30/2020/NĐ-CP): the header block of an administrative document,
// the appendix title, the table with its columns sized by their content and its header rows
// repeated on every page, pages filled (a long row that would leave a quarter of a page empty is
// split between lines), page numbers, an optional signature block.

#include "report/AppendixTable.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>

class QPainter;
class QPagedPaintDevice;
class QPaintDevice;

namespace pardesk {

// Where every row went: what the page count of a printout must be, and what the tests check.
struct AppendixPagination {
    struct Slice {
        int row = 0;
        double top = 0;    // where the slice starts within its row (0 unless the row was split)
        double height = 0; // device pixels
    };
    QList<QList<Slice>> pages;
    QList<double> spaceLeft; // per page: the height left empty under its last row
    double room = 0;         // the height a page after the first has for rows (under the header rows)
    int pageCount() const { return int(pages.size()); }
    int splitRows() const; // rows printed across more than one page (only rows taller than a page)
};

class AppendixPainter {
    Q_DECLARE_TR_FUNCTIONS(AppendixPainter)
public:
    explicit AppendixPainter(const AppendixTable &table) : m_table(table) {}

    // A4, landscape for a wide table; margins per Nghị định 30 (left 30 mm, right 15 mm, 20 mm at
    // top and bottom, the top one holding the page number).
    static QPageLayout pageLayout(const AppendixTable &table);

    // Lays the table out for the device's page layout and resolution, without painting.
    AppendixPagination paginate(const QPagedPaintDevice &device) const;
    // Paints every page (the device's first page is the first); returns where the rows went.
    AppendixPagination paint(QPagedPaintDevice &device) const;

private:
    struct Geometry;
    Geometry geometry(const QPagedPaintDevice &device) const;
    void fitColumnsToContent(Geometry &g) const;
    AppendixPagination paginate(const Geometry &g) const;
    double paintHeading(QPainter *painter, const Geometry &g) const; // null painter: measure only
    double paintSignature(QPainter *painter, const Geometry &g, double top) const;
    void paintHeader(QPainter &painter, const Geometry &g, double top) const;
    void paintRow(QPainter &painter, const Geometry &g, int row, double top, double height) const;
    void paintMargins(QPainter &painter, const Geometry &g, int page) const;

    const AppendixTable &m_table;
};

} // namespace pardesk
