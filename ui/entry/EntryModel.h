#pragma once
// The open submission of an EditSession as an editable tree: the form's items in their hierarchy
// (code, label, unit, value, note), derived items computed live and read-only, findings (outliers
// included) on the cells they concern. An edit is read from the typed text and pushed as an
// undoable command that acts on the session; the model only reflects the session's signals.

#include "entry/SubmissionSheet.h"
#include "text/NumberFormat.h"

#include <QAbstractItemModel>
#include <memory>

class QUndoStack;

namespace pardesk {

class EntryModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, LabelColumn, UnitColumn, ValueColumn, NoteColumn, ColumnCount };
    enum Role {
        ItemIndexRole = Qt::UserRole + 1, // the item's index in the form
        OptionsRole,                      // coded answers: QVariantList of {value, label} maps
        CodedValueRole,                   // coded answers: the value stored, or invalid
        UnsavedRole,                      // true while the cell shows text that is not stored
        ComputedRole,                     // true for a derived item's value: Enter and Tab pass it by
    };

    // Without an undo stack edits are applied to the session directly, not undoable.
    EntryModel(EditSession *session, QUndoStack *undo, QObject *parent = nullptr);
    ~EntryModel() override;

    Status open(qint64 submissionId);
    Status refreshHeader(); // after another program changed the status
    EditSession *session() const { return m_session; }
    bool isOpen() const { return m_sheet != nullptr; }
    // Only while isOpen().
    const SubmissionSheet &sheet() const { return *m_sheet; }
    qint64 submissionId() const { return m_sheet ? m_sheet->header().id : 0; }

    NumberConvention convention() const { return m_convention; }
    void setConvention(NumberConvention convention);

    QModelIndex indexOf(int item, int column) const;
    int itemOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : -1; }
    bool isEditable(const QModelIndex &index) const;
    // Why nothing can be typed into the cell, for the user; empty when something can.
    QString whyNotEditable(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Text typed into a value or note cell: read, then stored as one undoable step.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Clears the cells (no data, not zero) as one undoable step.
    bool clear(const QModelIndexList &cells);

    // Clipboard text into the consecutive editable rows from `start` down (values, then notes in
    // the next column), as one undoable step; nothing is pasted when one cell cannot be read.
    bool paste(const QModelIndex &start, const QString &text);

    void retranslate();

    // Writes that found the store locked by another program (after its busy timeout) stay on screen,
    // marked not saved, and are tried again by the session (EditSession::setRetryInterval).
    int pendingRetries() const;
    void setRetryInterval(int milliseconds);

signals:
    void problem(const QString &message); // an entry refused or a write that failed
    void saved();                         // a write went through
    void findingsChanged();
    void opened();                           // another submission is shown
    void revisited(const QModelIndex &cell); // undo or redo changed this cell
    void savedLater(const QString &message); // a write kept for a busy store went through

private:
    static CellWrite::Field fieldOf(int column)
    {
        return column == NoteColumn ? CellWrite::Field::Note : CellWrite::Field::Value;
    }
    // Pushes the writes as one undoable step; true when the store holds them all.
    bool push(const QList<CellWrite> &writes, const QString &text);
    QVariant valueData(int item, int role) const;
    QString valueToolTip(int item) const;
    QVariant background(int item, int column) const;
    void rowsChanged(const QList<int> &items);

    EditSession *m_session;
    QUndoStack *m_undo;
    NumberConvention m_convention = NumberConvention::Vietnamese;
    std::unique_ptr<SubmissionSheet> m_sheet; // while the session is open
};

} // namespace pardesk
