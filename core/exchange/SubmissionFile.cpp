#include "exchange/SubmissionFile.h"

#include "exchange/SubmissionPackage.h"
#include "exchange/TemplateLayout.h"
#include "exchange/TemplateSheet.h"
#include "io/FileRead.h"
#include "text/NumberFormat.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

namespace pardesk {
namespace {

using TemplateSheet::codeText;
using TemplateSheet::columnNamed;

QString cellText(const XlsxCell *cell)
{
    if (!cell)
        return {};
    // A number cell is written back as an official would type it, so that SubmissionCsv reads
    // it without guessing which separator is meant; under a percent format as the cell shows it
    // (0,45 is "45%").
    if (cell->number && cell->format == XlsxCell::Format::Percent)
        return formatNumber(*cell->number * 100, 10, NumberConvention::Vietnamese) + u'%';
    if (cell->number)
        return formatNumber(*cell->number, 10, NumberConvention::Vietnamese);
    return cell->text;
}

// The header names of the item table's columns, in English and Vietnamese (as the template writes
// them in either language, and as officials name them in their own sheets).
const QStringList &codeNames()
{
    static const QStringList names = {QStringLiteral("code"), QStringLiteral("mã"), QStringLiteral("mã số")};
    return names;
}
const QStringList &valueNames()
{
    static const QStringList names = {QStringLiteral("value"), QStringLiteral("giá trị"), QStringLiteral("số liệu")};
    return names;
}
const QStringList &noteNames()
{
    static const QStringList names = {QStringLiteral("note"), QStringLiteral("ghi chú")};
    return names;
}

// A coded answer chosen from the template's drop-down reads "1 - Có": the code is what counts.
QString withoutOptionLabel(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("^\\s*(-?\\d+)\\s+[-–]\\s+\\S.*$"));
    const QRegularExpressionMatch m = option.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

// Where the items are: our template says so in its hidden sheet; any other sheet must have a
// header row naming a code column and a value column.
struct Layout {
    const XlsxSheet *sheet = nullptr;
    int headerRow = 0;
    int codeColumn = 0;
    int valueColumn = 0;
    int noteColumn = 0;
    std::optional<ExchangeIdentity> identity;
};

Result<Layout> findLayout(const QList<XlsxSheet> &sheets, const QString &fileName)
{
    Layout layout;
    if (const auto facts = TemplateSheet::readIdentity(sheets)) {
        if (facts->value(QStringLiteral("kind")) == u"self-assessment")
            return Error{SubmissionFile::tr("%1: the workbook is a self-assessment template, not a report's; import it "
                                            "with pardesk-cli assessment import or Import… in the Self-assessment area.")
                             .arg(fileName)};
        ExchangeIdentity id{facts->value(QStringLiteral("form")), facts->value(QStringLiteral("form_version")).toInt(),
                            facts->value(QStringLiteral("agency")), facts->value(QStringLiteral("period"))};
        layout.identity = id;
        layout.sheet = TemplateSheet::sheetNamed(sheets, facts->value(QStringLiteral("data_sheet")));
        layout.headerRow = facts->value(QStringLiteral("header_row")).toInt();
        if (!layout.sheet || layout.headerRow <= 0)
            return Error{SubmissionFile::tr("%1: the sheet \"%2\" names no data sheet; the workbook was altered.")
                             .arg(fileName, TemplateLayout::kIdentitySheet)};
        // By their headers, not by position: a column inserted or two columns swapped in the
        // template must not turn values into notes.
        layout.codeColumn = columnNamed(*layout.sheet, layout.headerRow, codeNames());
        layout.valueColumn = columnNamed(*layout.sheet, layout.headerRow, valueNames());
        layout.noteColumn = columnNamed(*layout.sheet, layout.headerRow, noteNames());
        if (layout.codeColumn == 0 || layout.valueColumn == 0)
            return Error{SubmissionFile::tr("%1, sheet %2, row %3: the header row no longer names the columns \"Mã số\" "
                                            "(code) and \"Giá trị\" (value); the items cannot be matched. Restore the "
                                            "headers or use a new template.")
                             .arg(fileName, layout.sheet->name)
                             .arg(layout.headerRow)};
        return layout;
    }
    // Not ours: the first visible sheet with a header naming the columns.
    for (const XlsxSheet &sheet : sheets) {
        if (sheet.hidden)
            continue;
        for (const XlsxCell &c : sheet.cells) {
            if (!codeNames().contains(c.text.trimmed().toLower()))
                continue;
            layout.sheet = &sheet;
            layout.headerRow = c.row;
            layout.codeColumn = c.column;
            layout.valueColumn = columnNamed(sheet, c.row, valueNames());
            layout.noteColumn = columnNamed(sheet, c.row, noteNames());
            if (layout.valueColumn == 0)
                return Error{SubmissionFile::tr("%1, sheet %2, row %3: there is no column \"value\" beside the code column.")
                                 .arg(fileName, sheet.name)
                                 .arg(c.row)};
            return layout;
        }
        return Error{SubmissionFile::tr("%1, sheet %2: no row names a column \"code\" (or \"Mã số\"); the items cannot "
                                        "be matched.")
                         .arg(fileName, sheet.name)};
    }
    return Error{SubmissionFile::tr("%1: the workbook has no visible sheet.").arg(fileName)};
}

Result<ExchangeIdentity> chooseIdentity(const std::optional<ExchangeIdentity> &fromFile,
                                        const std::optional<ExchangeIdentity> &given, const QString &fileName)
{
    if (fromFile && given) {
        const bool agrees = (given->formKey.isEmpty() || given->formKey == fromFile->formKey) &&
                            (given->agencyKey.isEmpty() || given->agencyKey == fromFile->agencyKey) &&
                            (given->period.isEmpty() || given->period == fromFile->period);
        if (!agrees)
            return Error{SubmissionFile::tr("%1: the workbook is for %2, %3, %4, not for what was asked.")
                             .arg(fileName, fromFile->formKey, fromFile->agencyKey, fromFile->period)};
    }
    if (fromFile)
        return *fromFile;
    if (given && !given->formKey.isEmpty() && !given->agencyKey.isEmpty() && !given->period.isEmpty())
        return *given;
    return Error{SubmissionFile::tr("%1: the file does not say whose submission it is; give the form, the agency and "
                                    "the period.")
                     .arg(fileName)};
}

} // namespace

QList<ImportCell> SubmissionFile::cellsOf(const SubmissionCsv &csv, const QString &fileName)
{
    QList<ImportCell> cells(csv.rows().size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (csv.rows()[i] == 0)
            continue;
        cells[i] = {true, csv.texts()[i].trimmed(), csv.entered()[i].value, csv.notes()[i],
                    tr("%1, row %2").arg(fileName).arg(csv.rows()[i])};
    }
    return cells;
}

Result<ImportSource> SubmissionFile::read(const Store &store, const QString &path, const std::optional<ExchangeIdentity> &identity)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pardesk")
        return SubmissionPackage::read(store, path);
    if (suffix == u"xlsx") {
        const auto sheets = XlsxReader::read(path);
        if (!sheets)
            return sheets.failure();
        return readXlsx(store, sheets.value(), path, identity);
    }
    if (suffix != u"csv")
        return Error{tr("%1: ParDesk imports .xlsx, .csv and .pardesk files.").arg(path)};
    if (!identity)
        return Error{tr("%1: a CSV file does not say whose submission it is; give the form, the agency and the period.")
                         .arg(path)};
    const auto bytes = FileRead::read(path, SubmissionCsv::kMaxBytes, tr("a submission's CSV file"));
    if (!bytes)
        return bytes.failure();
    return readCsv(store, bytes.value(), path, *identity);
}

Result<ImportSource> SubmissionFile::readCsv(const Store &store, const QByteArray &bytes, const QString &fileName,
                                             const ExchangeIdentity &identity)
{
    auto target = ImportTarget::resolve(store, identity, fileName);
    if (!target)
        return target.failure();
    const auto csv = SubmissionCsv::parse(bytes, fileName, *target->form);
    if (!csv)
        return csv.failure();
    ImportSource source{fileName, std::move(target).value(), cellsOf(csv.value(), fileName), {}, {}, {}};
    return source;
}

Result<ImportSource> SubmissionFile::readXlsx(const Store &store, const QList<XlsxSheet> &sheets, const QString &fileName,
                                              const std::optional<ExchangeIdentity> &identity)
{
    const auto layout = findLayout(sheets, fileName);
    if (!layout)
        return layout.failure();
    const auto chosen = chooseIdentity(layout->identity, identity, fileName);
    if (!chosen)
        return chosen.failure();
    auto target = ImportTarget::resolve(store, chosen.value(), fileName);
    if (!target)
        return target.failure();

    const XlsxSheet &sheet = *layout->sheet;
    const QString place = tr("%1, sheet %2").arg(fileName, sheet.name);
    QList<SubmissionCsv::Row> rows{{layout->headerRow, {QStringLiteral("code"), QStringLiteral("value"), QStringLiteral("note")}}};
    QList<IgnoredRow> ignored;
    int lastRow = 0;
    for (const XlsxCell &c : sheet.cells) {
        if (c.row <= layout->headerRow || c.row == lastRow)
            continue;
        lastRow = c.row;
        const QString code = codeText(sheet.cell(c.row, layout->codeColumn));
        const XlsxCell *valueCell = sheet.cell(c.row, layout->valueColumn);
        const int index = target->form->indexOf(code);
        const bool textItem = index >= 0 && target->form->item(index).kind == ItemKind::Text;
        if (valueCell && valueCell->number && valueCell->format == XlsxCell::Format::DateTime && textItem) {
            // A text answer may be a date: the day the cell shows (Excel counts days from 1899-12-30).
            // One that is no day (Excel shows ####) is read as the number stored.
            const QDate day = TemplateSheet::excelDay(*valueCell->number);
            rows.append({c.row, {code, day.isValid() ? day.toString(Qt::ISODate) : valueCell->text,
                                 layout->noteColumn ? cellText(sheet.cell(c.row, layout->noteColumn)) : QString()}});
            continue;
        }
        if (valueCell && valueCell->number && valueCell->format == XlsxCell::Format::DateTime && !code.isEmpty()) {
            // Excel shows a date where a number was meant (45352 is 2024-03-01): refused, never read as 45352.
            const QString cellName = XlsxReader::cellName(c.row, layout->valueColumn);
            return Error{tr("%1, cell %2, code %3: the cell is formatted as a date or time, so it shows a day, not the "
                            "number %4; set its format to a number and type the figure again.")
                             .arg(place, cellName, code, valueCell->text)};
        }
        const QString value = withoutOptionLabel(cellText(valueCell));
        const QString note = layout->noteColumn ? cellText(sheet.cell(c.row, layout->noteColumn)) : QString();
        if (code.isEmpty()) {
            // A title, a signature line, a remark under the table.
            ignored.append({tr("%1, row %2").arg(place).arg(c.row), {}, tr("no item code in column %1").arg(XlsxReader::cellName(c.row, layout->codeColumn).remove(QRegularExpression(QStringLiteral("\\d"))))});
            continue;
        }
        rows.append({c.row, {code, value, note}});
    }
    const auto csv = SubmissionCsv::fromRows(rows, place, *target->form);
    if (!csv)
        return csv.failure();
    ImportSource source{fileName, std::move(target).value(), cellsOf(csv.value(), place), ignored, {}, {}};
    return source;
}

} // namespace pardesk
