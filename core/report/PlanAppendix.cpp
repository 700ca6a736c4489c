#include "report/PlanAppendix.h"

#include "report/AppendixText.h"
#include "store/Store.h"

namespace pardesk {
namespace {

QList<AppendixColumn> planColumns()
{
    return {
        {AppendixText::numberHeader(), 0.5, ColumnAlign::Center},
        {PlanAppendix::tr("Target"), 3},
        {PlanAppendix::tr("Tasks and measures"), 4},
        {AppendixText::leadAgency(), 1.6},
        {AppendixText::coordinatingAgencies(), 1.6},
        {PlanAppendix::tr("Basis of the target"), 1.8},
        {PlanAppendix::tr("Timeframe"), 1.1, ColumnAlign::Center},
    };
}

// The text of a row: the verbatim sentence once, even when it holds several targets.
QString joinedUnique(const QList<Target> &parts, QString Target::*field)
{
    QStringList texts;
    for (const Target &t : parts) {
        const QString text = AppendixText::plain(t.*field);
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts.join(u'\n');
}

} // namespace

Result<AppendixTable> PlanAppendix::build(const Store &store, const QString &plan)
{
    const auto document = AppendixText::document(store, plan);
    if (!document)
        return document.failure();
    const auto targets = store.plans().targets({{}, {}, document->key});
    const auto tasks = store.plans().tasks(document->key);
    if (!targets || !tasks)
        return (!targets ? targets.failure() : tasks.failure());
    if (targets->isEmpty())
        return Error{tr("The document %1 has no targets to print.").arg(document->number)};

    AppendixTable table;
    AppendixText::fillHeader(store, document.value(), table.identity);
    table.identity.label = AppendixText::appendixLabel();
    table.identity.title = appendixUpper(tr("Targets, tasks and measures: %1").arg(document->title));
    table.identity.attachedTo = AppendixText::attachedTo(document.value());
    AppendixText::markIfSynthetic(store, table.identity);
    table.columns = planColumns();

    // Targets of one STT (several targets in one sentence) make one row, in the document's order.
    QList<QList<Target>> rows;
    for (const Target &t : targets.value()) {
        if (!rows.isEmpty() && rows.last().first().stt == t.stt && rows.last().first().area == t.area)
            rows.last().append(t);
        else
            rows.append({t});
    }
    QString area;
    for (const QList<Target> &parts : std::as_const(rows)) {
        const Target &first = parts.first();
        if (!first.area.isEmpty() && first.area != area) {
            area = first.area;
            table.addRow(RowKind::Group, {QString(), area});
        }
        QString measures = joinedUnique(parts, &Target::tasksText);
        if (measures.isEmpty()) {
            QStringList texts;
            for (const Task &task : tasks.value()) {
                if (task.targetStt == first.stt)
                    texts.append(AppendixText::plain(task.text));
            }
            measures = texts.join(u'\n');
        }
        table.addRow(RowKind::Item, {first.stt, joinedUnique(parts, &Target::text), measures,
                                     joinedUnique(parts, &Target::lead), joinedUnique(parts, &Target::coordinating),
                                     joinedUnique(parts, &Target::legalBasis), joinedUnique(parts, &Target::timeframe)});
    }
    // 268/KH-UBND names no basis or timeframe per target: four empty columns took 13 pages' width.
    table.dropEmptyColumns();
    return table;
}

} // namespace pardesk
