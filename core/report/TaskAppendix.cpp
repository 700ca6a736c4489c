#include "report/TaskAppendix.h"

#include "report/AppendixText.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace pardesk {
namespace {

struct GroupHeading {
    QString numeral; // "I", "II", …; empty when the group has none
    QString text;
};

// "I. XÂY DỰNG VĂN BẢN…" and "I Phát triển các nền tảng…" both give ("I", the rest).
GroupHeading splitGroup(const QString &group)
{
    static const QRegularExpression roman(QStringLiteral("^([IVXLC]+)\\.?\\s+(.*)$"));
    const auto match = roman.match(group.trimmed());
    if (!match.hasMatch())
        return {QString(), group.trimmed()};
    return {match.captured(1), match.captured(2)};
}

// "I.1.a" in group I prints as "a", "I.2" as "2", as the seeds number their rows.
QString displayedStt(const QString &stt, const QString &numeral)
{
    QString out = stt;
    if (!numeral.isEmpty() && out.startsWith(numeral + u'.'))
        out = out.mid(numeral.size() + 1);
    const QStringList parts = out.split(u'.');
    if (parts.size() > 1 && parts.last().size() == 1 && parts.last().at(0).isLetter())
        return parts.last();
    return out;
}

} // namespace

Result<AppendixTable> TaskAppendix::build(const Store &store, const QString &plan)
{
    const auto document = AppendixText::document(store, plan);
    if (!document)
        return document.failure();
    const auto all = store.plans().tasks(document->key);
    if (!all)
        return all.failure();
    QList<Task> tasks;
    for (const Task &t : all.value()) {
        if (t.source.contains(QStringLiteral("Phụ lục")))
            tasks.append(t);
    }
    if (tasks.isEmpty())
        tasks = all.value();
    if (tasks.isEmpty())
        return Error{tr("The document %1 has no tasks to print.").arg(document->number)};
    const bool outputs = std::any_of(tasks.begin(), tasks.end(), [](const Task &t) { return !t.output.isEmpty(); });

    AppendixTable table;
    AppendixText::fillHeader(store, document.value(), table.identity);
    table.identity.label = AppendixText::appendixLabel();
    table.identity.title = appendixUpper(tr("Specific tasks: %1").arg(document->title));
    table.identity.attachedTo = AppendixText::attachedTo(document.value());
    AppendixText::markIfSynthetic(store, table.identity);
    table.columns = {
        {AppendixText::numberHeader(), 0.5, ColumnAlign::Center},
        {tr("Task"), 4},
        {AppendixText::leadAgency(), 1.8},
        {AppendixText::coordinatingAgencies(), 1.8},
        {tr("Completion time"), 1.2, ColumnAlign::Center},
    };
    if (outputs)
        table.columns.append({tr("Expected output"), 1.8});

    QString group;
    for (const Task &t : std::as_const(tasks)) {
        const GroupHeading heading = splitGroup(t.group);
        const QStringList details{t.lead, t.coordinating, t.timeframe, t.output};
        if (t.group != group) {
            group = t.group;
            // A group that is itself a task (seed 003's "V", seed 004's "IV") is one bold row.
            if (!t.stt.isEmpty() && t.stt == heading.numeral) {
                table.addRow(RowKind::Group, QStringList{heading.numeral, AppendixText::plain(t.text)} + details);
                continue;
            }
            if (!group.isEmpty())
                table.addRow(RowKind::Group, {heading.numeral, heading.text});
        }
        table.addRow(RowKind::Item, QStringList{displayedStt(t.stt, heading.numeral), AppendixText::plain(t.text)} + details);
    }
    return table;
}

} // namespace pardesk
