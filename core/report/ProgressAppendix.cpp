#include "report/ProgressAppendix.h"

#include "periods/Period.h"
#include "report/AppendixText.h"
#include "report/DocumentHeader.h"
#include "store/Store.h"
#include "targets/TargetReport.h"
#include "targets/TargetVerdict.h"
#include "text/NumberFormat.h"

namespace pardesk {
namespace {

bool provinceExists(const Store &store, const QString &code)
{
    const auto name = store.references().provinceName(code);
    return name && name.value();
}

QString withUnit(double value, const QString &unit)
{
    const QString number = formatNumber(value, 2);
    if (unit.isEmpty())
        return number;
    return unit == u"%" ? number + unit : number + u' ' + unit;
}

QString projectionText(const std::optional<YearEndProjection> &p, const QString &unit)
{
    if (!p || !p->value)
        return {};
    QString text = withUnit(*p->value, unit);
    if (p->meetsTarget)
        text += u'\n' + (*p->meetsTarget ? ProgressAppendix::tr("will be met") : ProgressAppendix::tr("will not be met"));
    return text;
}

} // namespace

QString ProgressAppendix::targetValue(Comparator comparator, std::optional<double> value, const QString &unit)
{
    if (!value)
        return {};
    const QString symbol = comparatorSymbol(comparator);
    return (symbol.isEmpty() ? QString() : symbol + u' ') + withUnit(*value, unit);
}

Result<AppendixTable> ProgressAppendix::build(const Store &store, const QString &province, const QString &period)
{
    if (!provinceExists(store, province))
        return Error{tr("Unknown province \"%1\": use TQ, BG or TV.").arg(province)};
    if (const auto parsed = Period::parse(period); !parsed)
        return parsed.failure();
    const auto rows = TargetReport::build(store, {province, period, {}});
    if (!rows)
        return rows.failure();

    AppendixTable table;
    const QString name = AppendixText::provinceName(store, province);
    // The province's own table: its People's Committee heads it, number and date left to fill.
    DocumentHeader::fill(table.identity, DocumentHeader::tr("People's Committee of %1 province").arg(name), name);
    table.identity.label = AppendixText::appendixLabel();
    // Periods by their names ("Quý I năm 2024"), as the signed document writes them, not by keys.
    const QString periodName = Period::labelOf(period);
    table.identity.title = appendixUpper(tr("Progress towards the targets of %1, %2").arg(name, periodName));
    QString inSentence = periodName;
    inSentence[0] = inSentence[0].toLower();
    table.identity.attachedTo = tr("Figures reported for %1, evaluated by ParDesk").arg(inSentence);
    AppendixText::markIfSynthetic(store, table.identity);
    table.columns = {
        {AppendixText::numberHeader(), 0.5, ColumnAlign::Center},
        {tr("Target"), 3.6},
        {tr("Planned value"), 1.0, ColumnAlign::Center},
        {tr("Actual"), 0.9, ColumnAlign::Right, ColumnKind::Number},
        {tr("Period of the figure"), 1.1, ColumnAlign::Center},
        {tr("Coverage"), 0.8, ColumnAlign::Center},
        {tr("Assessment"), 1.1, ColumnAlign::Center},
        {tr("Gap"), 0.8, ColumnAlign::Right, ColumnKind::Number},
        {tr("Year-end projection"), 1.1, ColumnAlign::Center},
    };

    QString plan;
    int number = 0;
    for (const TargetReportRow &row : rows.value()) {
        const Target &t = row.target;
        if (t.documentKey != plan) {
            plan = t.documentKey;
            table.addRow(RowKind::Group, {QString(), t.documentName});
        }
        AppendixRow &out = table.addRow(RowKind::Item, {QString::number(++number), AppendixText::plain(t.fragment.isEmpty() ? t.text : t.fragment),
                                                        targetValue(t.comparator, t.value, t.unit)});
        if (row.actual)
            out.cells[3] = AppendixTable::numberCell(row.actual->value);
        out.cells[4] = AppendixTable::textCell(TargetVerdict::period(row));
        out.cells[5] = AppendixTable::textCell(TargetVerdict::coverage(row));
        out.cells[6] = AppendixTable::textCell(TargetVerdict::label(row));
        out.cells[7] = AppendixTable::numberCell(row.evaluation.gap);
        out.cells[8] = AppendixTable::textCell(projectionText(row.projection, t.unit));
    }
    if (number == 0)
        return Error{tr("The province %1 has no targets to print.").arg(province)};
    return table;
}

} // namespace pardesk
