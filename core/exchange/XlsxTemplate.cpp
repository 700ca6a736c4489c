#include "exchange/XlsxTemplate.h"

#include "exchange/TemplateLayout.h"
#include "io/StagedFile.h"
#include "io/XlsxPageSetup.h"
#include "io/XlsxRowHeight.h"
#include "store/Store.h"

#include <QDateTime>
#include <cerrno>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>
#include <vector>
#include <xlsxwriter.h>

namespace pardesk {
namespace {

using namespace TemplateLayout;

// Column widths (Excel's unit, about one digit) of code, item, unit, value and note; the row heights
// are estimated from them.
constexpr double kColumnChars[] = {10, 70, 10, 16, 36};
static_assert(std::size(kColumnChars) == kNoteColumn + 1);

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// The sheet's name: the form's key, without what Excel forbids in sheet names.
QByteArray sheetName(const QString &formKey)
{
    QString name = formKey;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    return utf8(name.left(31).isEmpty() ? QStringLiteral("Form") : name.left(31));
}

QString cellRef(int row, int column) // 0-based
{
    return QString(QChar(u'A' + column)) + QString::number(row + 1);
}

// What Excel and LibreOffice compute in a derived row; blank while an input is missing.
QString formulaOf(const FormDefinition &form, int index, const QHash<int, int> &rowOfItem)
{
    const Formula &formula = *form.item(index).formula;
    QStringList refs;
    for (const QString &code : formula.inputs())
        refs.append(cellRef(rowOfItem.value(form.indexOf(code)), kValueColumn));
    if (formula.op() == Formula::Op::Ratio)
        return QStringLiteral("=IF(AND(ISNUMBER(%1),ISNUMBER(%2),%2<>0),%1/%2*100,\"\")").arg(refs[0], refs[1]);
    QStringList counted;
    for (const QString &r : refs)
        counted.append(QStringLiteral("ISNUMBER(%1)").arg(r));
    return QStringLiteral("=IF(AND(%1),SUM(%2),\"\")").arg(counted.join(u','), refs.join(u','));
}

struct Formats {
    lxw_format *title, *header, *locked, *heading, *derived, *open, *openText;
};

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

void writeIdentitySheet(lxw_workbook *book, const ImportTarget &target, const QByteArray &dataSheet)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, QByteArray(kIdentitySheet.data(), kIdentitySheet.size()).constData());
    const QList<std::pair<QString, QString>> facts = {
        {QStringLiteral("form"), target.form->key()},
        {QStringLiteral("form_version"), QString::number(target.formVersion)},
        {QStringLiteral("form_name"), target.form->name()},
        {QStringLiteral("agency"), target.agencyKey},
        {QStringLiteral("agency_name"), target.agencyName},
        {QStringLiteral("period"), target.period.key()},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("data_sheet"), QString::fromUtf8(dataSheet)},
        {QStringLiteral("header_row"), QString::number(kHeaderRow + 1)},
    };
    for (int r = 0; r < facts.size(); ++r) {
        worksheet_write_string(sheet, r, 0, utf8(facts[r].first).constData(), nullptr);
        worksheet_write_string(sheet, r, 1, utf8(facts[r].second).constData(), nullptr);
    }
    worksheet_hide(sheet);
    worksheet_protect(sheet, nullptr, nullptr);
}

} // namespace

Status XlsxTemplate::write(const Store &store, const ExchangeIdentity &identity, const QString &path)
{
    const auto target = ImportTarget::resolve(store, identity, path);
    if (!target)
        return target.failure();
    const FormDefinition &form = *target->form;
    const auto looks = store.forms().looks(form);
    if (!looks)
        return looks.failure();
    QList<StoredCell> stored(form.items().size());
    if (target->existing) {
        auto cells = store.submissions().cells(form, *target->existing);
        if (!cells)
            return cells.failure();
        stored = std::move(cells).value();
    }

    // Written under another name and renamed when complete: a failure leaves no partial workbook.
    StagedFile staged(path);
    if (Status s = staged.open(); !s)
        return s;
    // UTF-8: libxlsxwriter built with MSVC turns it into a wide Windows name.
    const QByteArray pathBytes = staged.pathForWriter().toUtf8();
    lxw_workbook *book = workbook_new(pathBytes.constData());
    if (!book)
        return Error{tr("%1: the workbook cannot be created.").arg(path)};
    const Formats f = makeFormats(book);
    const QByteArray dataSheet = sheetName(form.key());
    lxw_worksheet *sheet = workbook_add_worksheet(book, dataSheet.constData());
    for (int c = kCodeColumn; c <= kNoteColumn; ++c)
        worksheet_set_column(sheet, c, c, kColumnChars[c], nullptr);

    // Across the table's width and wrapped, so that a long form name prints whole.
    worksheet_merge_range(sheet, 0, 0, 0, kNoteColumn, utf8(form.name()).constData(), f.title);
    double tableChars = 0;
    for (double c : kColumnChars)
        tableChars += c;
    worksheet_set_row(sheet, 0, xlsxRowHeight(xlsxWrappedLines(form.name(), tableChars, 13, true), 13), nullptr);
    worksheet_write_string(sheet, 1, 0,
                           utf8(tr("Agency: %1 — Period: %2 — Form %3").arg(target->agencyName, target->period.label(), form.key()))
                               .constData(),
                           nullptr);
    worksheet_write_string(sheet, 2, 0,
                           utf8(tr("Type the figures in the yellow cells and a note where needed; grey rows are computed. "
                                   "Write - for no data.")).constData(),
                           nullptr);
    const QStringList headers = {tr("Code"), tr("Item"), tr("Unit"), tr("Value"), tr("Note")};
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, kHeaderRow, c, utf8(headers[c]).constData(), f.header);
    int headerLines = 1;
    for (int c = 0; c < headers.size(); ++c)
        headerLines = std::max(headerLines, xlsxWrappedLines(headers[c], kColumnChars[c], 11, true));
    worksheet_set_row(sheet, kHeaderRow, xlsxRowHeight(headerLines), nullptr);

    QHash<int, int> rowOfItem;
    for (int i = 0; i < form.items().size(); ++i)
        rowOfItem.insert(i, kHeaderRow + 1 + i);
    for (int i = 0; i < form.items().size(); ++i) {
        const FormItem &item = form.item(i);
        const int row = rowOfItem[i];
        const bool heading = item.kind == ItemKind::Group;
        lxw_format *fixed = heading ? f.heading : f.locked;
        worksheet_write_string(sheet, row, kCodeColumn, utf8(item.code).constData(), fixed);
        worksheet_write_string(sheet, row, kLabelColumn, utf8(item.label).constData(), fixed);
        worksheet_write_string(sheet, row, kUnitColumn, utf8(item.unit).constData(), fixed);
        // Wrapped labels and notes get their height: LibreOffice does not measure the rows of a
        // file it opens, and a long label would run over the items under it.
        const int lines = std::max({xlsxWrappedLines(item.code, kColumnChars[kCodeColumn]),
                                    xlsxWrappedLines(item.label, kColumnChars[kLabelColumn], 11, heading),
                                    xlsxWrappedLines(item.unit, kColumnChars[kUnitColumn]),
                                    xlsxWrappedLines(stored[i].note, kColumnChars[kNoteColumn])});
        worksheet_set_row(sheet, row, xlsxRowHeight(lines), nullptr);
        if (heading) {
            worksheet_write_blank(sheet, row, kValueColumn, fixed);
            worksheet_write_blank(sheet, row, kNoteColumn, fixed);
            continue;
        }
        if (form.isDerived(i)) {
            worksheet_write_formula(sheet, row, kValueColumn, utf8(formulaOf(form, i, rowOfItem)).constData(), f.derived);
        } else {
            const StoredCell &cell = stored[i];
            if (cell.value && item.kind != ItemKind::Text)
                worksheet_write_number(sheet, row, kValueColumn, *cell.value, f.open);
            else if (!cell.raw.isEmpty())
                worksheet_write_string(sheet, row, kValueColumn, utf8(cell.raw).constData(), f.open);
            else
                worksheet_write_blank(sheet, row, kValueColumn, f.open);
            const auto &options = looks.value()[i].options;
            if (!options.isEmpty()) {
                std::vector<QByteArray> labels;
                int total = 0;
                for (const auto &[value, label] : options) {
                    // A comma would split the list: Excel keeps it as one comma-separated string.
                    labels.push_back(utf8(QStringLiteral("%1 - %2").arg(value).arg(QString(label).replace(u',', u';'))));
                    total += int(labels.back().size()) + 1;
                }
                // Excel refuses a list longer than 255 characters: the codes alone then.
                if (total > 255) {
                    labels.clear();
                    for (const auto &option : options)
                        labels.push_back(QByteArray::number(option.first));
                }
                std::vector<char *> list;
                for (QByteArray &l : labels)
                    list.push_back(l.data());
                list.push_back(nullptr);
                lxw_data_validation validation{};
                validation.validate = LXW_VALIDATION_TYPE_LIST;
                validation.value_list = list.data();
                worksheet_data_validation_cell(sheet, row, kValueColumn, &validation);
            }
        }
        const QString note = stored[i].note;
        if (note.isEmpty())
            worksheet_write_blank(sheet, row, kNoteColumn, f.openText);
        else
            worksheet_write_string(sheet, row, kNoteColumn, utf8(note).constData(), f.openText);
    }
    worksheet_freeze_panes(sheet, kHeaderRow + 1, 0);
    // Printed for signing by some offices: landscape, since the label column alone is 70 characters.
    setUpXlsxPage(sheet, {true, kHeaderRow, kHeaderRow});
    // The table's five columns only: the long title and identity lines would otherwise widen the
    // printed range to where their text ends, and shrink the table to fit.
    worksheet_print_area(sheet, 0, 0, kHeaderRow + int(form.items().size()), kNoteColumn);
    lxw_protection protection{};
    protection.format_columns = 1; // widening a column to read a long label does no harm
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
    writeIdentitySheet(book, target.value(), dataSheet);
    worksheet_activate(sheet);
    errno = 0;
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
        const QString why = errno ? StagedFile::describeError(errno) : QString::fromUtf8(lxw_strerror(error));
        return Error{tr("%1: the workbook cannot be written (%2). Any file of that name was left as it was.").arg(path, why)};
    }
    return staged.commit();
}

Status CsvTemplate::write(const Store &store, const ExchangeIdentity &identity, const QString &path)
{
    const auto target = ImportTarget::resolve(store, identity, path);
    if (!target)
        return target.failure();
    const FormDefinition &form = *target->form;
    QList<StoredCell> stored(form.items().size());
    if (target->existing) {
        auto cells = store.submissions().cells(form, *target->existing);
        if (!cells)
            return cells.failure();
        stored = std::move(cells).value();
    }
    const auto quoted = [](QString text) {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    };
    QByteArray out = "code,value,note\n";
    for (int i = 0; i < form.items().size(); ++i) {
        if (form.item(i).kind == ItemKind::Group || form.isDerived(i))
            continue;
        out += quoted(form.item(i).code).toUtf8() + ',' + quoted(stored[i].raw).toUtf8() + ',' + quoted(stored[i].note).toUtf8() + '\n';
    }
    return StagedFile::writeAll(path, out);
}

} // namespace pardesk
