#pragma once
// The open submission in memory exactly as stored: its header, its form, its cells, the validator
// over them, and the text of cells whose write failed (shown, marked not saved, until written).
// Nothing is changed here before the store has the change.

#include "entry/FormTree.h"
#include "forms/FormDefinition.h"
#include "store/Store.h"
#include "text/NumberFormat.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace pardesk {

class SubmissionSheet {
    Q_DECLARE_TR_FUNCTIONS(SubmissionSheet)
public:
    struct Pending {
        QString text;
        QString error;
    };
    struct Cell {
        StoredCell stored;
        std::optional<Pending> value;
        std::optional<Pending> note;
    };

    static Result<std::unique_ptr<SubmissionSheet>> load(QSqlDatabase db, qint64 submissionId);
    SubmissionSheet(const SubmissionSheet &) = delete;
    SubmissionSheet &operator=(const SubmissionSheet &) = delete;

    const SubmissionHeader &header() const { return m_header; }
    void setHeader(SubmissionHeader header) { m_header = std::move(header); }
    bool isReadOnly() const { return m_header.status != status::Draft; }
    const FormDefinition &form() const { return *m_form; }
    const FormItem &item(int i) const { return m_form->item(i); }
    const ItemLook &look(int i) const { return m_looks[i]; }
    const QList<ItemLook> &looks() const { return m_looks; }
    const Cell &cell(int i) const { return m_cells[i]; }
    const Validator &validator() const { return *m_validator; }
    const FormTree &tree() const { return m_tree; }
    int size() const { return int(m_cells.size()); }

    bool isEditable(int i, CellWrite::Field field) const;
    // Why nothing can be typed into the cell, for the user; empty when something can.
    QString whyNotEditable(int i, CellWrite::Field field) const;
    // The items from `from` on, in the form's order, whose cell can be typed into.
    QList<int> editableFrom(int from, CellWrite::Field field) const;
    // The cell as stored, as a write that would restore it.
    CellWrite stored(int i, CellWrite::Field field) const;

    // The write that clears the cell (no data, not zero); nothing when it holds nothing.
    std::optional<CellWrite> cleared(int i, CellWrite::Field field) const;

    struct Pasted {
        QList<CellWrite> writes;
        int rows = 0;     // the rows that found a place
        int leftOver = 0; // the rows below the last editable row
    };
    // Clipboard text read into the consecutive editable rows from `from` down: the first cell of
    // each row into `field`, a second one (after a value) into the note. The numbers are read in
    // the convention that suits them best, `preferred` on a tie; one cell that cannot be read
    // refuses the whole paste.
    Result<Pasted> readPaste(int from, CellWrite::Field field, const QString &text, NumberConvention preferred) const;

    // Checks every cell again (the messages follow the language).
    void revalidate();

    // What the store answered to the writes: stored ones replace the cells and are re-validated
    // (only what they affect); failed ones stay on screen as pending. Returns the items to redraw.
    QList<int> record(const QList<CellWrite> &writes, const Status &result);

private:
    SubmissionSheet() = default;

    SubmissionHeader m_header;
    std::unique_ptr<FormDefinition> m_form;
    std::unique_ptr<Validator> m_validator; // reads *m_form
    QList<ItemLook> m_looks;
    QList<Cell> m_cells;
    FormTree m_tree;
};

} // namespace pardesk
