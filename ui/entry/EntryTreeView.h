#pragma once
// The grid of a submission, driven from the keyboard as a spreadsheet: typing over a cell starts
// editing with what was typed, Enter commits and moves down to the next cell that can be typed
// into (past headings and computed rows), Tab moves right, F2 edits, Delete clears, Escape cancels.

#include <QTreeView>

namespace pardesk {

class EntryDelegate;
class EntryModel;

class EntryTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit EntryTreeView(QWidget *parent = nullptr);

    void setEntryModel(EntryModel *model);
    EntryModel *entryModel() const { return m_model; }

    // Whether Enter and Tab stop at the cell: it can be typed into and is not a computed total.
    static bool isStop(const QModelIndex &cell);
    // The next cell below (or above) in the same column where Enter stops; invalid if none.
    QModelIndex nextEditableVertically(const QModelIndex &from, bool down) const;
    // The next cell to the right (or left), row after row, where Tab stops; invalid if none.
    QModelIndex nextEditableAcross(const QModelIndex &from, bool forward) const;
    bool isEditing() const { return state() == EditingState; }
    // Stores what is being typed, as leaving the cell would (before a status change, a paste).
    void commitEditing();
    // The selected cells as spreadsheets copy them: tab between cells, a line per row.
    QString selectedText() const;

signals:
    // A key asked to change a cell that cannot be changed.
    void refused(const QModelIndex &cell);
    // The platform's copy and paste keys, which Edit › Copy / Paste also send (AppView).
    void copyRequested();
    void pasteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void commitData(QWidget *editor) override;

private:
    void moveTo(const QModelIndex &index);
    void clearSelectedCells();

    EntryModel *m_model = nullptr;
    EntryDelegate *m_delegate;
    bool m_commitRefused = false; // the last commit was refused or not stored: stay on the cell
};

} // namespace pardesk
