#include "report/ComparisonAppendix.h"

#include "report/AppendixText.h"
#include "report/ProgressAppendix.h"
#include "store/Catalog.h"

#include <QSqlQuery>

namespace pardesk {
namespace {

QList<std::pair<QString, QString>> provinces(const QSqlDatabase &db)
{
    QList<std::pair<QString, QString>> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT code, name FROM provinces ORDER BY rowid"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

// "≥ 80% (268/KH-UBND)": what a province aims at, and in which plan.
QString targetLine(const Target &t)
{
    const QString value = ProgressAppendix::targetValue(t.comparator, t.value, t.unit);
    return QStringLiteral("%1 (%2)").arg(value.isEmpty() ? AppendixText::plain(t.fragment) : value, t.plan);
}

} // namespace

Result<AppendixTable> ComparisonAppendix::build(const QSqlDatabase &db)
{
    const Catalog catalog(db);
    const auto themes = catalog.themes();
    const auto targets = catalog.targets();
    if (!themes || !targets)
        return Error{!themes ? themes.error() : targets.error()};
    const auto columns = provinces(db);

    AppendixTable table;
    table.identity.label = AppendixText::appendixLabel();
    table.identity.title = appendixUpper(tr("The provinces' targets compared, theme by theme"));
    table.identity.attachedTo = tr("Targets of the plans held by ParDesk, grouped by theme");
    AppendixText::markIfSynthetic(db, table.identity);
    table.columns = {{tr("No."), 0.5, ColumnAlign::Center}, {tr("Theme"), 2.6}};
    for (const auto &[code, name] : columns)
        table.columns.append({name, 2});

    int number = 0;
    for (const Theme &theme : themes.value()) {
        QStringList cells{QString::number(++number), theme.name};
        for (const auto &[code, name] : columns) {
            QStringList lines;
            for (const Target &t : targets.value()) {
                if (t.theme == theme.key && t.province == code)
                    lines.append(targetLine(t));
            }
            lines.removeDuplicates();
            cells.append(lines.isEmpty() ? tr("No target") : lines.join(u'\n'));
        }
        table.addRow(RowKind::Item, cells);
    }
    return table;
}

} // namespace pardesk
