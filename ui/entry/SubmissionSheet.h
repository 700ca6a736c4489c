#pragma once
// The open submission (EditSession) as the entry grid reads it: the form's items in their
// hierarchy, what can be typed where and why not, and clipboard text read into writes. It holds
// nothing of the submission itself; the session does.

#include "editing/EditSession.h"
#include "entry/FormTree.h"
#include "text/NumberFormat.h"

#include <QCoreApplication>
#include <optional>

namespace pardesk {

class SubmissionSheet {
    Q_DECLARE_TR_FUNCTIONS(SubmissionSheet)
public:
    using Cell = EditSession::Cell;

    // The session must be open, and stay open on the same submission while this is used.
    explicit SubmissionSheet(const EditSession &session);
    SubmissionSheet(const SubmissionSheet &) = delete;
    SubmissionSheet &operator=(const SubmissionSheet &) = delete;

    const SubmissionHeader &header() const { return m_session->header(); }
    bool isReadOnly() const { return m_session->isReadOnly(); }
    const FormDefinition &form() const { return m_session->form(); }
    const FormItem &item(int i) const { return form().item(i); }
    const ItemLook &look(int i) const { return m_session->looks()[i]; }
    const QList<ItemLook> &looks() const { return m_session->looks(); }
    const Cell &cell(int i) const { return m_session->cell(i); }
    const SubmissionFindings &findings() const { return m_session->findings(); }
    const FormTree &tree() const { return m_tree; }
    int size() const { return m_session->size(); }

    bool isEditable(int i, CellWrite::Field field) const;
    // Why nothing can be typed into the cell, for the user; empty when something can.
    QString whyNotEditable(int i, CellWrite::Field field) const;
    // Whether Enter, Tab and a pasted column stop at the cell: a computed row is typed into only
    // when chosen, so that entering the paper's figures in order does not stop at every total.
    bool isTypedInSequence(int i, CellWrite::Field field) const;
    // The items from `from` on, in the form's order, whose cell is typed in sequence.
    QList<int> editableFrom(int from, CellWrite::Field field) const;
    // The cell as stored, as a write that would restore it.
    CellWrite stored(int i, CellWrite::Field field) const { return m_session->stored(i, field); }

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

private:
    const EditSession *m_session;
    FormTree m_tree;
};

} // namespace pardesk
