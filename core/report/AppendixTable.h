#pragma once
// An appendix table (phụ lục) as data, without layout: who issues it, what it is attached to, its
// columns, a header that may span rows and columns, and its rows. The painter, the ODT, XLSX and
// CSV exporters all render this one model, so every output shows the same cells.

#include <QList>
#include <QString>
#include <optional>

namespace pardesk {

// The header block (DocumentHeader fills it from the data and says how it prints), then the title.
struct AppendixIdentity {
    QString parentBody;   // over the issuing body: "UBND TỈNH TUYÊN QUANG"; empty for a body with none
    QString issuingBody;  // left of the header block, e.g. "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"
    QString number;       // the document's number for the "Số:" line ("268/KH-UBND"); empty: dotted
    QString place;        // of the date line: "Tuyên Quang"
    QString date;         // ISO "2023-12-23", or "2024-07" with the day unknown; empty: dotted
    QString placeAndDate; // the whole date line as the user typed it; empty: from place and date
    QString label;        // "Phụ lục", "Phụ lục 02"
    QString title;        // printed in bold capitals
    QString attachedTo;   // the whole "(Kèm theo … số … ngày … của …)" line, without its parentheses
    QString notice;       // e.g. the synthetic-data notice; empty when there is none
};

enum class ColumnKind { Text, Number, Percent };
enum class ColumnAlign { Left, Center, Right };

struct AppendixColumn {
    QString header;       // the column's own header text (its lowest header cell)
    double width = 1;     // relative to the other columns
    ColumnAlign align = ColumnAlign::Left;
    ColumnKind kind = ColumnKind::Text;
};

// One cell of the header; a header of one row needs none (the columns' headers are used).
struct HeaderCell {
    QString text;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
};

struct AppendixCell {
    QString text;                 // as printed ("1.044", "33,33")
    std::optional<double> number; // the number behind it, for XLSX and CSV consumers
};

enum class RowKind {
    Group, // a heading row (Roman numeral, bold), its text spanning the columns after the first
    Item,
    Note,  // an explanatory row in italics
};

struct AppendixRow {
    RowKind kind = RowKind::Item;
    QList<AppendixCell> cells; // one per column
    bool bold = false;
};

// The place and date are not part of it: Nghị định 30 puts them under the motto (AppendixIdentity).
struct SignatureBlock {
    QString role;    // "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC"
    QString name;
};

struct AppendixTable {
    AppendixIdentity identity;
    QList<AppendixColumn> columns;
    QList<HeaderCell> header; // empty: one header row of the columns' headers
    QList<AppendixRow> rows;
    std::optional<SignatureBlock> signature;
    bool wide = false; // landscape whatever the number of columns (cells of long text side by side)

    int headerRowCount() const;
    // Wide tables (more than five columns) are printed on landscape A4, as Nghị định 30 allows.
    bool landscape() const { return wide || columns.size() > 5; }
    // Whether a row's text runs across every column after the first (a group heading with nothing
    // else in it), as the seeds print "I  XÂY DỰNG VĂN BẢN …".
    static bool spansColumns(const AppendixRow &row);
    // The header cells, made from the columns' headers when none are given.
    QList<HeaderCell> headerCells() const;
    // The first cell of every row (STT / TT), for checks and for finding rows again.
    QStringList firstColumn() const;
    // A number cell in the Vietnamese way ("1.044", "33,33").
    static AppendixCell numberCell(std::optional<double> value, int maxDecimals = 2);
    static AppendixCell textCell(const QString &text) { return {text, std::nullopt}; }
    // Adds a row of text cells (missing cells empty).
    AppendixRow &addRow(RowKind kind, const QStringList &texts, bool bold = false);
    // Leaves out the columns after the first that no row fills (a plan that names no
    // coordinating agency for any target): their width goes to the text. Only for a table with
    // one header row; a table with grouped header cells keeps its shape.
    void dropEmptyColumns();
};

// "2023-12-23" → "23/12/2023"; "2024-07" → "…/7/2024" (the day left blank, as the seeds leave it).
QString appendixDate(const QString &isoDate);

// Uppercase the way Vietnamese documents do (QString::toUpper handles the diacritics).
QString appendixUpper(const QString &text);

} // namespace pardesk
