#include "entry/SubmissionSheet.h"

#include "entry/CellInput.h"
#include "entry/CellText.h"
#include "entry/ClipboardTable.h"
#include "store/Forms.h"
#include "store/Submissions.h"

namespace pardesk {

SubmissionSheet::SubmissionSheet(const EditSession &session) : m_session(&session)
{
    QStringList codes;
    for (const FormItem &item : form().items())
        codes.append(item.code);
    m_tree = FormTree(codes);
}

// The value and the note alike: a derived row takes the total the paper states, and the computed
// one stays beside it.
bool SubmissionSheet::isEditable(int i, CellWrite::Field) const
{
    return !isReadOnly() && i >= 0 && i < size() && item(i).kind != ItemKind::Group;
}

bool SubmissionSheet::isTypedInSequence(int i, CellWrite::Field field) const
{
    return isEditable(i, field) && (field == CellWrite::Field::Note || !form().isDerived(i));
}

QString SubmissionSheet::whyNotEditable(int i, CellWrite::Field field) const
{
    if (isReadOnly())
        return tr("This submission is %1: reopen it to change it.").arg(Submissions::statusLabel(header().status));
    if (i < 0 || i >= size() || isEditable(i, field))
        return {};
    return tr("%1 is a heading and takes no value.").arg(item(i).code);
}

QList<int> SubmissionSheet::editableFrom(int from, CellWrite::Field field) const
{
    QList<int> out;
    for (int i = std::max(0, from); i < size(); ++i)
        if (isTypedInSequence(i, field))
            out.append(i);
    return out;
}

std::optional<CellWrite> SubmissionSheet::cleared(int i, CellWrite::Field field) const
{
    CellWrite write = stored(i, field);
    const bool pending = field == CellWrite::Field::Value ? cell(i).value.has_value() : cell(i).note.has_value();
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
            return read.failure();
        out.writes.append(std::move(read).value());
        if (cells.size() > 1)
            out.writes.append(CellInput::note(item(i), cells[1]));
    }
    return out;
}

} // namespace pardesk
