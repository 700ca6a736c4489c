#pragma once
// What the XLSX templates share (a report's, XlsxTemplate; a self-assessment's, AssessmentTemplate):
// the hidden, protected sheet that says what a filled workbook is for, and reading the data sheet
// by its column headers rather than by position.

#include "exchange/XlsxReader.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

struct lxw_workbook;
struct lxw_format;
struct lxw_worksheet;

namespace pardesk::TemplateSheet {

// The cells' looks: the title, the header row, fixed text, headings (grey, bold), computed cells,
// and the cells open to typing (yellow; text kept as text).
struct Formats {
    lxw_format *title, *header, *locked, *heading, *derived, *open, *openText;
};
Formats makeFormats(lxw_workbook *book);

// The columns' widths (Excel's unit, about one digit), and the block above the table
// (TemplateLayout): the title across the table's width and wrapped, so that a long name prints
// whole; the line saying whose the workbook is; what to type where; the header row.
void writeHeading(lxw_worksheet *sheet, const Formats &f, const QList<double> &columnChars, const QString &title,
                  const QString &whose, const QString &instruction, const QStringList &headers);
// Under the table of `rows` rows: the header row frozen, the page set up for printing, and the
// sheet protected (only the open cells take typing; columns and rows may be resized).
void finish(lxw_worksheet *sheet, int rows, int lastColumn);

// A sheet name from `name` without what Excel forbids in sheet names (at most 31 characters);
// `fallback` when nothing is left.
QByteArray sheetName(const QString &name, const QString &fallback);

// The facts (column A the key, column B the value) on the hidden sheet TemplateLayout::kIdentitySheet.
void writeIdentity(lxw_workbook *book, const QList<std::pair<QString, QString>> &facts);
// Those facts; nullopt when the workbook has no such sheet (it is not one of our templates).
std::optional<QHash<QString, QString>> readIdentity(const QList<XlsxSheet> &sheets);

const XlsxSheet *sheetNamed(const QList<XlsxSheet> &sheets, const QString &name);
// The 1-based column whose cell in `row` reads one of `names` (compared in lower case); 0 if none.
int columnNamed(const XlsxSheet &sheet, int row, const QStringList &names);
// A code as it shows: one typed as a number (1.1) is "1.1", not "1,1".
QString codeText(const XlsxCell *cell);
// The day a number cell under a date format shows (Excel counts days from 1899-12-30); an invalid
// date when Excel shows none (a negative or huge number, NaN).
QDate excelDay(double serial);

} // namespace pardesk::TemplateSheet
