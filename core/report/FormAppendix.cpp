#include "report/FormAppendix.h"

#include "periods/Period.h"
#include "store/Store.h"
#include "validation/SubmissionFindings.h"
#include "report/AppendixText.h"
#include "report/DocumentHeader.h"
#include "text/NumberFormat.h"


namespace pardesk {
namespace {

Result<QList<FormLine>> readLines(const Store &store, const FormDefinition &form)
{
    const auto looks = store.forms().looks(form);
    if (!looks)
        return looks.failure();
    QList<FormLine> lines;
    for (const ItemLook &look : looks.value())
        lines.append({look.codeWritten, look.hint, look.bold});
    return lines;
}

struct SubmissionHeading {
    QString agency;
    QString period;
    std::optional<Document> document;
};

SubmissionHeading readHeading(const Store &store, const SubmissionHeader &header)
{
    SubmissionHeading heading{header.agencyName, header.period, std::nullopt};
    if (const QString key = header.documentKey; !key.isEmpty()) {
        if (auto document = AppendixText::document(store, key))
            heading.document = document.value();
    }
    return heading;
}

// "Phụ lục 02 — THỐNG KÊ …" → ("Phụ lục 02", "THỐNG KÊ …"); a name without a label keeps it whole.
std::pair<QString, QString> splitFormName(const QString &name)
{
    const qsizetype dash = name.indexOf(QStringLiteral(" — "));
    if (dash < 0)
        return {AppendixText::appendixLabel(), name};
    return {name.left(dash).trimmed(), name.mid(dash + 3).trimmed()};
}

AppendixCell valueCell(const EnteredValue &entered, std::optional<double> computed)
{
    if (entered.value) {
        AppendixCell cell = AppendixTable::numberCell(entered.value);
        if (entered.percentSign)
            cell.text += u'%';
        return cell;
    }
    return AppendixTable::numberCell(computed);
}

} // namespace

AppendixTable FormAppendix::layout(const FormDefinition &form, const QList<FormLine> &lines, QList<EnteredValue> entered,
                                   const QStringList &notes, const FormAppendixOptions &options)
{
    entered.resize(form.items().size());
    return layout(SubmissionFindings(form, options.empty ? QList<EnteredValue>() : std::move(entered)), lines, notes,
                  options);
}

AppendixTable FormAppendix::layout(const SubmissionFindings &findings, const QList<FormLine> &lines,
                                   const QStringList &notes, const FormAppendixOptions &options)
{
    const FormDefinition &form = findings.form();
    const QList<EnteredValue> &entered = findings.entered();
    AppendixTable table;
    table.columns = {
        {AppendixText::numberHeader(), 0.7, ColumnAlign::Center},
        {tr("Statistical indicator"), 5},
        {tr("Unit"), 1.3, ColumnAlign::Center},
        {tr("Figure"), 1, ColumnAlign::Right, ColumnKind::Number},
        {tr("Note"), 1.6},
    };
    table.header = {
        {table.columns[0].header, 0, 0, 2, 1},
        {table.columns[1].header, 0, 1, 2, 1},
        {tr("Statistical results"), 0, 2, 1, 2},
        {table.columns[2].header, 1, 2, 1, 1},
        {table.columns[3].header, 1, 3, 1, 1},
        {table.columns[4].header, 0, 4, 2, 1},
    };
    if (options.empty)
        table.columns[3].width = 1.8; // room to write a figure by hand
    if (options.findings) {
        table.columns.append({tr("Validation findings"), 2.4});
        table.header.append({table.columns.last().header, 0, 5, 2, 1});
    }

    for (int i = 0; i < form.items().size(); ++i) {
        const FormItem &item = form.item(i);
        const FormLine line = lines.value(i);
        QString label = item.label;
        if (!line.hint.isEmpty())
            label += line.hint.startsWith(u'(') ? u' ' + line.hint : QStringLiteral(" (%1)").arg(line.hint);
        AppendixRow row;
        row.kind = RowKind::Item;
        row.bold = line.bold || item.kind == ItemKind::Group;
        row.cells = {AppendixTable::textCell(line.codeWritten.isEmpty() ? item.code : line.codeWritten),
                     AppendixTable::textCell(label), AppendixTable::textCell(item.unit), {}, {}};
        QStringList note;
        if (!options.empty) {
            const std::optional<double> computed = findings.computed(i);
            row.cells[3] = valueCell(entered[i], computed);
            if (!entered[i].value && computed)
                note.append(tr("computed"));
        }
        if (!notes.value(i).isEmpty() && !options.empty)
            note.prepend(notes.value(i));
        row.cells[4] = AppendixTable::textCell(note.join(QStringLiteral("; ")));
        if (options.findings) {
            QStringList messages;
            for (const Finding &f : options.empty ? QList<Finding>() : findings.of(i))
                messages.append(f.message);
            row.cells.append(AppendixTable::textCell(messages.join(u'\n')));
        }
        table.rows.append(std::move(row));
    }
    return table;
}

Result<AppendixTable> FormAppendix::build(const Store &store, qint64 submissionId, const FormAppendixOptions &options)
{
    const auto header = store.submissions().header(submissionId);
    if (!header)
        return header.failure();
    const auto form = store.forms().definition(header->formId);
    if (!form)
        return form.failure();
    const auto findings = SubmissionFindings::ofStored(store, form.value(), submissionId);
    const auto cells = store.submissions().cells(form.value(), submissionId);
    const auto lines = readLines(store, form.value());
    if (!findings || !cells || !lines)
        return (!findings ? findings.failure() : !cells ? cells.failure() : lines.failure());
    const auto heading = readHeading(store, header.value());

    QStringList notes(form->items().size());
    for (int i = 0; i < form->items().size(); ++i)
        notes[i] = cells.value()[i].note;
    AppendixTable table = layout(findings.value(), lines.value(), notes, options);
    const auto [label, title] = splitFormName(form->name());
    table.identity.label = label;
    table.identity.title = appendixUpper(title);
    // The report's issuer heads it: the document it belongs to when there is one (seed 002's Phụ lục
    // 08 of the province is in the report of Sở TT&TT), else the agency itself.
    if (heading.document)
        AppendixText::fillHeader(store, *heading.document, table.identity);
    else
        DocumentHeader::fill(table.identity, heading.agency, AppendixText::provinceName(store, header->agencyProvince));
    table.identity.attachedTo = heading.document
                                    ? AppendixText::attachedTo(*heading.document)
                                    : tr("Report of %1, %2").arg(heading.agency, Period::labelOf(heading.period));
    AppendixText::markIfSynthetic(store, table.identity);
    return table;
}

} // namespace pardesk
