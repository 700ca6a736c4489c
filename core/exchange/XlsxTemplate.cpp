#include "exchange/XlsxTemplate.h"

#include "exchange/TemplateLayout.h"
#include "exchange/TemplateSheet.h"
#include "io/StagedFile.h"
#include "io/StagedWorkbook.h"
#include "io/XlsxPageSetup.h"
#include "io/XlsxRowHeight.h"
#include "store/Store.h"

#include <QDateTime>
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

void writeIdentitySheet(lxw_workbook *book, const ImportTarget &target, const QByteArray &dataSheet)
{
    TemplateSheet::writeIdentity(book, {
        {QStringLiteral("form"), target.form->key()},
        {QStringLiteral("form_version"), QString::number(target.formVersion)},
        {QStringLiteral("form_name"), target.form->name()},
        {QStringLiteral("agency"), target.agencyKey},
        {QStringLiteral("agency_name"), target.agencyName},
        {QStringLiteral("period"), target.period.key()},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("data_sheet"), QString::fromUtf8(dataSheet)},
        {QStringLiteral("header_row"), QString::number(kHeaderRow + 1)},
    });
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
    StagedWorkbook staged(path);
    if (Status s = staged.open(); !s)
        return s;
    lxw_workbook *book = staged.book();
    const TemplateSheet::Formats f = TemplateSheet::makeFormats(book);
    const QByteArray dataSheet = TemplateSheet::sheetName(form.key(), QStringLiteral("Form"));
    lxw_worksheet *sheet = workbook_add_worksheet(book, dataSheet.constData());
    TemplateSheet::writeHeading(sheet, f, {std::begin(kColumnChars), std::end(kColumnChars)}, form.name(),
                                tr("Agency: %1 — Period: %2 — Form %3").arg(target->agencyName, target->period.label(), form.key()),
                                tr("Type the figures in the yellow cells and a note where needed; grey rows are computed. "
                                   "Write - for no data."),
                                {tr("Code"), tr("Item"), tr("Unit"), tr("Value"), tr("Note")});

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
    TemplateSheet::finish(sheet, int(form.items().size()), kNoteColumn);
    writeIdentitySheet(book, target.value(), dataSheet);
    worksheet_activate(sheet);
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
