#include "entry/SubmissionSheet.h"

#include "entry/CellInput.h"
#include "entry/CellText.h"
#include "entry/ClipboardTable.h"
#include "store/Forms.h"
#include "store/Submissions.h"

namespace pardesk {

Result<std::unique_ptr<SubmissionSheet>> SubmissionSheet::load(QSqlDatabase db, qint64 submissionId)
{
    auto header = Submissions(db).header(submissionId);
    if (!header)
        return Error{header.error()};
    auto form = Forms(db).definition(header->formId);
    if (!form)
        return Error{form.error()};
    std::unique_ptr<SubmissionSheet> sheet(new SubmissionSheet);
    sheet->m_header = std::move(header).value();
    sheet->m_form = std::make_unique<FormDefinition>(std::move(form).value());
    auto looks = Forms(db).looks(*sheet->m_form);
    if (!looks)
        return Error{looks.error()};
    auto stored = Submissions(db).cells(*sheet->m_form, submissionId);
    if (!stored)
        return Error{stored.error()};
    sheet->m_looks = std::move(looks).value();

    QList<EnteredValue> entered;
    for (const StoredCell &c : stored.value()) {
        entered.append(EnteredValue::fromText(c.raw, c.value));
        sheet->m_cells.append({c, std::nullopt, std::nullopt});
    }
    sheet->m_validator = std::make_unique<Validator>(*sheet->m_form);
    sheet->m_validator->setAll(std::move(entered));
    QStringList codes;
    for (const FormItem &item : sheet->m_form->items())
        codes.append(item.code);
    sheet->m_tree = FormTree(codes);
    return sheet;
}

bool SubmissionSheet::isEditable(int i, CellWrite::Field field) const
{
    if (isReadOnly() || i < 0 || i >= size() || item(i).kind == ItemKind::Group)
        return false;
    return field == CellWrite::Field::Note || !m_form->isDerived(i);
}

QString SubmissionSheet::whyNotEditable(int i, CellWrite::Field field) const
{
    if (isReadOnly())
        return tr("This submission is %1: reopen it to change it.").arg(Submissions::statusLabel(m_header.status));
    if (i < 0 || i >= size() || isEditable(i, field))
        return {};
    if (item(i).kind == ItemKind::Group)
        return tr("%1 is a heading and takes no value.").arg(item(i).code);
    return tr("%1 is computed from %2 and cannot be typed in.").arg(item(i).code, CellText::formula(item(i)));
}

QList<int> SubmissionSheet::editableFrom(int from, CellWrite::Field field) const
{
    QList<int> out;
    for (int i = std::max(0, from); i < size(); ++i)
        if (isEditable(i, field))
            out.append(i);
    return out;
}

CellWrite SubmissionSheet::stored(int i, CellWrite::Field field) const
{
    const StoredCell &c = m_cells[i].stored;
    if (field == CellWrite::Field::Note)
        return {item(i).id, item(i).code, field, c.note, std::nullopt};
    return {item(i).id, item(i).code, field, c.raw, c.value};
}

std::optional<CellWrite> SubmissionSheet::cleared(int i, CellWrite::Field field) const
{
    CellWrite write = stored(i, field);
    const bool pending = field == CellWrite::Field::Value ? m_cells[i].value.has_value() : m_cells[i].note.has_value();
    if (write.text.isEmpty() && !write.value && !pending)
        return std::nullopt;
    write.text.clear();
    write.value.reset();
    return write;
}

Result<SubmissionSheet::Pasted> SubmissionSheet::readPaste(int from, CellWrite::Field field, const QString &text,
                                                           NumberConvention preferred) const
{
    const QList<QStringList> rows = ClipboardTable::parse(text);
    const QList<int> targets = editableFrom(from, field);
    QStringList numbers;
    if (field == CellWrite::Field::Value)
        for (const QStringList &row : rows)
            numbers.append(row.value(0));
    const NumberConvention convention = ClipboardTable::conventionOf(numbers, preferred);

    Pasted out;
    out.rows = int(std::min(rows.size(), targets.size()));
    out.leftOver = int(rows.size()) - out.rows;
    for (int r = 0; r < out.rows; ++r) {
        const int i = targets[r];
        const QStringList &cells = rows[r];
        if (field == CellWrite::Field::Note) {
            out.writes.append(CellInput::note(item(i), cells.value(0)));
            continue;
        }
        auto read = CellInput::value(item(i), look(i), cells.value(0), convention);
        if (!read)
            return Error{read.error()};
        out.writes.append(std::move(read).value());
        if (cells.size() > 1)
            out.writes.append(CellInput::note(item(i), cells[1]));
    }
    return out;
}

void SubmissionSheet::revalidate()
{
    QList<EnteredValue> entered;
    for (const Cell &c : m_cells)
        entered.append(EnteredValue::fromText(c.stored.raw, c.stored.value));
    m_validator->setAll(std::move(entered));
}

QList<int> SubmissionSheet::record(const QList<CellWrite> &writes, const Status &result)
{
    QList<int> changed;
    for (const CellWrite &w : writes) {
        const int i = m_form->indexOf(w.code);
        if (i < 0)
            continue;
        Cell &cell = m_cells[i];
        std::optional<Pending> &pending = w.field == CellWrite::Field::Value ? cell.value : cell.note;
        changed.append(i);
        if (!result) {
            pending = Pending{w.text, result.error()};
            continue;
        }
        pending.reset();
        if (w.field == CellWrite::Field::Value) {
            cell.stored.raw = w.text;
            cell.stored.value = w.value;
            changed += m_validator->set(i, EnteredValue::fromText(w.text, w.value));
        } else {
            cell.stored.note = w.text;
        }
        cell.stored.stored = !cell.stored.raw.isEmpty() || cell.stored.value || !cell.stored.note.isEmpty();
    }
    return changed;
}

} // namespace pardesk
