#pragma once
// The self-assessment grid, driven from the keyboard like the entry grid: typing over a row starts
// editing the column that is being scored (the self-scored points in a draft, the council's points
// once submitted) with what was typed; Enter commits and moves down to the next sub-criterion that
// takes points (past areas, criteria, survey and unnamed places: a survey row's points, the
// survey office's, are typed after clicking it or typing on it); Tab moves right; F2 edits;
// Escape cancels. A refused value keeps the cursor on its cell.

#include <QTreeView>

namespace pardesk {

class AssessmentDelegate;
class AssessmentModel;

class AssessmentTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit AssessmentTreeView(QWidget *parent = nullptr);

    void setAssessmentModel(AssessmentModel *model);
    // The next cell below (or above) in the same column that can be typed into; invalid if none.
    QModelIndex nextEditableVertically(const QModelIndex &from, bool down) const;
    // The next cell to the right (or left), row after row, that can be typed into; invalid if none.
    QModelIndex nextEditableAcross(const QModelIndex &from, bool forward) const;
    // The column typing goes to when the cursor is on a column that takes nothing.
    int scoringColumn() const;
    // Stores what is being typed, as leaving the cell would (before a status change).
    void commitEditing();
    bool isEditing() const { return state() == EditingState; }

signals:
    // A key asked to change a cell that cannot be changed.
    void refused(const QModelIndex &cell);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void commitData(QWidget *editor) override;

private:
    void moveTo(const QModelIndex &index);

    AssessmentModel *m_model = nullptr;
    AssessmentDelegate *m_delegate;
    bool m_commitRefused = false; // the last commit was refused: stay on the cell
};

} // namespace pardesk
