#include "report/ComparisonAppendix.h"

#include "report/AppendixText.h"
#include "report/ProgressAppendix.h"
#include "store/Store.h"

#include <QMap>

namespace pardesk {
namespace {

// "≥ 80% (268/KH-UBND)" for each measurable target; qualitative ones (no number to set side by
// side) as a count per plan, so that a theme's row stays readable.
QString provinceCell(const QList<Target> &targets)
{
    QStringList lines;
    QMap<QString, int> qualitative;
    for (const Target &t : targets) {
        const QString value = ProgressAppendix::targetValue(t.comparator, t.value, t.unit);
        if (value.isEmpty())
            ++qualitative[t.documentName];
        else
            lines.append(QStringLiteral("%1 (%2)").arg(value, t.documentName));
    }
    lines.removeDuplicates();
    for (auto it = qualitative.cbegin(); it != qualitative.cend(); ++it)
        lines.append(ComparisonAppendix::tr("%n qualitative target(s) (%1)", nullptr, it.value()).arg(it.key()));
    return lines.isEmpty() ? ComparisonAppendix::tr("No target") : lines.join(u'\n');
}

} // namespace

Result<AppendixTable> ComparisonAppendix::build(const Store &store)
{
    const auto themes = store.plans().themes();
    const auto targets = store.plans().targets();
    const auto provinces = store.references().provinces();
    if (!themes || !targets || !provinces)
        return (!themes ? themes.failure() : !targets ? targets.failure() : provinces.failure());

    AppendixTable table;
    table.identity.label = AppendixText::appendixLabel();
    table.identity.title = appendixUpper(tr("The provinces' targets compared, theme by theme"));
    table.identity.attachedTo = tr("Targets of the plans held by ParDesk, grouped by theme");
    AppendixText::markIfSynthetic(store, table.identity);
    table.wide = true;
    table.columns = {{AppendixText::numberHeader(), 0.5, ColumnAlign::Center}, {tr("Theme"), 2.6}};
    for (const auto &[code, name] : provinces.value())
        table.columns.append({name, 2});

    int number = 0;
    for (const Theme &theme : themes.value()) {
        QStringList cells{QString::number(++number), theme.name};
        for (const auto &[code, name] : provinces.value()) {
            QList<Target> own;
            for (const Target &t : targets.value()) {
                if (t.theme == theme.key && t.province == code)
                    own.append(t);
            }
            cells.append(provinceCell(own));
        }
        table.addRow(RowKind::Item, cells);
    }
    return table;
}

} // namespace pardesk
