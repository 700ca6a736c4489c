#include "exchange/TemplateSheet.h"

#include "exchange/TemplateLayout.h"
#include "io/XlsxPageSetup.h"
#include "io/XlsxRowHeight.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>
#include <xlsxwriter.h>

namespace pardesk::TemplateSheet {

Formats makeFormats(lxw_workbook *book)
{
    Formats f{};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    format_set_text_wrap(f.title);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_TOP);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xD9E1F2);
    format_set_text_wrap(f.header);
    f.locked = workbook_add_format(book);
    format_set_border(f.locked, LXW_BORDER_THIN);
    format_set_text_wrap(f.locked);
    format_set_align(f.locked, LXW_ALIGN_VERTICAL_TOP);
    f.heading = workbook_add_format(book);
    format_set_border(f.heading, LXW_BORDER_THIN);
    format_set_bold(f.heading);
    format_set_text_wrap(f.heading);
    format_set_bg_color(f.heading, 0xF2F2F2);
    f.derived = workbook_add_format(book);
    format_set_border(f.derived, LXW_BORDER_THIN);
    format_set_bg_color(f.derived, 0xE7E6E6);
    format_set_italic(f.derived);
    format_set_num_format(f.derived, "0.00");
    f.open = workbook_add_format(book);
    format_set_border(f.open, LXW_BORDER_THIN);
    format_set_unlocked(f.open);
    format_set_bg_color(f.open, 0xFFF2CC);
    f.openText = workbook_add_format(book);
    format_set_border(f.openText, LXW_BORDER_THIN);
    format_set_unlocked(f.openText);
    format_set_text_wrap(f.openText);
    format_set_num_format(f.openText, "@"); // a note stays text, whatever is typed
    return f;
}

void writeHeading(lxw_worksheet *sheet, const Formats &f, const QList<double> &columnChars, const QString &title,
                  const QString &whose, const QString &instruction, const QStringList &headers)
{
    using TemplateLayout::kHeaderRow;
    const int last = int(columnChars.size()) - 1;
    for (int c = 0; c <= last; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnChars[c], nullptr);
    worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(last), title.toUtf8().constData(), f.title);
    double tableChars = 0;
    for (double c : columnChars)
        tableChars += c;
    worksheet_set_row(sheet, 0, xlsxRowHeight(xlsxWrappedLines(title, tableChars, 13, true), 13), nullptr);
    worksheet_write_string(sheet, 1, 0, whose.toUtf8().constData(), nullptr);
    worksheet_write_string(sheet, 2, 0, instruction.toUtf8().constData(), nullptr);
    int headerLines = 1;
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, kHeaderRow, lxw_col_t(c), headers[c].toUtf8().constData(), f.header);
        headerLines = std::max(headerLines, xlsxWrappedLines(headers[c], columnChars.value(c, 10), 11, true));
    }
    worksheet_set_row(sheet, kHeaderRow, xlsxRowHeight(headerLines), nullptr);
}

void finish(lxw_worksheet *sheet, int rows, int lastColumn)
{
    using TemplateLayout::kHeaderRow;
    worksheet_freeze_panes(sheet, kHeaderRow + 1, 0);
    // Printed for signing by some offices: landscape, since the label column alone is 70 characters.
    setUpXlsxPage(sheet, {true, kHeaderRow, kHeaderRow});
    // The table's columns only: the long title and identity lines would otherwise widen the printed
    // range to where their text ends, and shrink the table to fit.
    worksheet_print_area(sheet, 0, 0, lxw_row_t(kHeaderRow + rows), lxw_col_t(lastColumn));
    lxw_protection protection{};
    protection.format_columns = 1; // widening a column to read a long label does no harm
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
}

QByteArray sheetName(const QString &name, const QString &fallback)
{
    QString cleaned = name;
    cleaned.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    return (cleaned.left(31).isEmpty() ? fallback : cleaned.left(31)).toUtf8();
}

void writeIdentity(lxw_workbook *book, const QList<std::pair<QString, QString>> &facts)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, QByteArray(TemplateLayout::kIdentitySheet.data(),
                                                                   TemplateLayout::kIdentitySheet.size()).constData());
    for (int r = 0; r < facts.size(); ++r) {
        worksheet_write_string(sheet, lxw_row_t(r), 0, facts[r].first.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 1, facts[r].second.toUtf8().constData(), nullptr);
    }
    worksheet_hide(sheet);
    worksheet_protect(sheet, nullptr, nullptr);
}

std::optional<QHash<QString, QString>> readIdentity(const QList<XlsxSheet> &sheets)
{
    const XlsxSheet *sheet = sheetNamed(sheets, TemplateLayout::kIdentitySheet);
    if (!sheet)
        return std::nullopt;
    QHash<QString, QString> facts;
    for (const XlsxCell &c : sheet->cells)
        if (c.column == 1)
            if (const XlsxCell *v = sheet->cell(c.row, 2))
                facts.insert(c.text, v->text);
    return facts;
}

const XlsxSheet *sheetNamed(const QList<XlsxSheet> &sheets, const QString &name)
{
    for (const XlsxSheet &sheet : sheets)
        if (sheet.name == name)
            return &sheet;
    return nullptr;
}

int columnNamed(const XlsxSheet &sheet, int row, const QStringList &names)
{
    for (const XlsxCell &c : sheet.cells)
        if (c.row == row && names.contains(c.text.trimmed().toLower()))
            return c.column;
    return 0;
}

QString codeText(const XlsxCell *cell)
{
    if (!cell)
        return {};
    if (cell->number)
        return QString::number(*cell->number, 'g', 15);
    return cell->text.trimmed();
}

QDate excelDay(double serial)
{
    // Excel shows days from 0 to 2958465 (31/12/9999); beyond them, or NaN, it shows ####. Checked
    // before the conversion: a double past qint64's range does not convert (UBSan in the fuzz build,
    // a date cell holding 1e300: tests/fuzz/corpus/fuzz_assessment_template/date-1e300.xlsx).
    if (!(serial >= 0 && serial < 2958466))
        return {};
    return QDate(1899, 12, 30).addDays(qint64(serial));
}

} // namespace pardesk::TemplateSheet
