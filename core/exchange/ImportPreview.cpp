#include "exchange/ImportPreview.h"

#include "store/Store.h"
#include "validation/SubmissionFindings.h"
#include "validation/SubmitRule.h"

#include <algorithm>

namespace pardesk {

int ImportPreview::errorCount() const
{
    return SubmitRule::errorCount(m_findings);
}

Result<ImportPreview> ImportPreview::build(const Store &store, ImportSource source)
{
    ImportPreview preview;
    const FormDefinition &form = *source.target.form;
    const bool keepDerived = source.exactCopy;
    preview.m_ignored = source.ignored;
    preview.m_cells.resize(form.items().size());
    QList<EnteredValue> entered(form.items().size());
    for (int i = 0; i < form.items().size() && i < source.cells.size(); ++i) {
        const ImportCell &cell = source.cells[i];
        if (!cell.present)
            continue;
        const FormItem &item = form.item(i);
        const bool hasContent = !cell.raw.isEmpty() || !cell.note.isEmpty();
        if (item.kind == ItemKind::Group) {
            if (hasContent)
                preview.m_ignored.append({cell.where, item.code, tr("a heading: nothing is entered in it")});
            continue;
        }
        if (form.isDerived(i) && !keepDerived) {
            if (hasContent)
                preview.m_ignored.append({cell.where, item.code, tr("computed from other items; ParDesk computes it again")});
            continue;
        }
        if (item.kind == ItemKind::Count && cell.value && *cell.value < 0)
            return Error{tr("%1, code %2: a count cannot be negative (%3).").arg(cell.where, item.code, cell.raw)};
        preview.m_cells[i] = cell;
        entered[i] = EnteredValue::fromText(cell.raw, cell.value);
        preview.m_recognised.append({i, cell.where, item.code, item.label, cell.raw, cell.note});
    }

    const bool anything = std::any_of(preview.m_recognised.cbegin(), preview.m_recognised.cend(),
                                      [](const RecognisedRow &r) { return !r.raw.isEmpty() || !r.note.isEmpty(); });
    if (!anything)
        return Error{tr("%1: no value is filled in; there is nothing to import.").arg(source.fileName)};

    if (source.target.existing) {
        const auto stored = store.submissions().cells(form, *source.target.existing);
        if (!stored)
            return stored.failure();
        for (int i = 0; i < form.items().size(); ++i) {
            const StoredCell &before = stored.value()[i];
            const ImportCell &after = preview.m_cells[i];
            const FormItem &item = form.item(i);
            if (before.raw.trimmed() != after.raw.trimmed())
                preview.m_changes.append({item.code, item.label, tr("value"), before.raw, after.raw});
            if (before.note.trimmed() != after.note.trimmed())
                preview.m_changes.append({item.code, item.label, tr("note"), before.note, after.note});
        }
    }

    // A file has no history to be compared with: the rules only.
    preview.m_findings = SubmissionFindings(form, std::move(entered)).all();
    preview.m_source = std::move(source);
    return preview;
}

} // namespace pardesk
