#include "assessment/AssessmentTreeView.h"

#include "assessment/AssessmentDelegate.h"
#include "assessment/AssessmentModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <utility>

namespace pardesk {

AssessmentTreeView::AssessmentTreeView(QWidget *parent) : QTreeView(parent), m_delegate(new AssessmentDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionBehavior(SelectItems);
    setSelectionMode(SingleSelection);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setTabKeyNavigation(true);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(false);
}

void AssessmentTreeView::setAssessmentModel(AssessmentModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &AssessmentModel::problem, this, [this] { m_commitRefused = true; });
}

int AssessmentTreeView::scoringColumn() const
{
    return m_model && m_model->header().status == u"submitted" ? AssessmentModel::AppraisedColumn
                                                                : AssessmentModel::PointsColumn;
}

QModelIndex AssessmentTreeView::nextEditableVertically(const QModelIndex &from, bool down) const
{
    // Survey rows take the survey office's points, not the agency's: Enter goes past them.
    for (QModelIndex i = down ? indexBelow(from) : indexAbove(from); i.isValid(); i = down ? indexBelow(i) : indexAbove(i)) {
        const QModelIndex cell = i.siblingAtColumn(from.column());
        const CriteriaNode *n = m_model ? m_model->nodeOf(cell) : nullptr;
        if ((cell.flags() & Qt::ItemIsEditable) && !(n && n->kind == ScoringKind::Survey))
            return cell;
    }
    return {};
}

QModelIndex AssessmentTreeView::nextEditableAcross(const QModelIndex &from, bool forward) const
{
    const int last = model()->columnCount() - 1;
    QModelIndex row = from.siblingAtColumn(0);
    int column = from.column();
    while (row.isValid()) {
        for (column += forward ? 1 : -1; column >= 0 && column <= last; column += forward ? 1 : -1) {
            const QModelIndex cell = row.siblingAtColumn(column);
            if (cell.flags() & Qt::ItemIsEditable)
                return cell;
        }
        row = forward ? indexBelow(row) : indexAbove(row);
        column = forward ? -1 : last + 1;
    }
    return {};
}

void AssessmentTreeView::commitEditing()
{
    if (state() != EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void AssessmentTreeView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (state() == EditingState || !current.isValid() || !m_model) {
        QTreeView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QModelIndex from = (current.flags() & Qt::ItemIsEditable) ? current : current.siblingAtColumn(scoringColumn());
        moveTo(nextEditableVertically(from, !(event->modifiers() & Qt::ShiftModifier)));
        return;
    }
    const QString text = event->text();
    const bool typed = !text.isEmpty() && text.at(0).isPrint() && !text.trimmed().isEmpty() &&
                       !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!typed) {
        QTreeView::keyPressEvent(event);
        return;
    }
    // Typing on a row's code or label types its points, as the eye reads the row.
    const bool textColumn = current.column() == AssessmentModel::ExplanationColumn ||
                            current.column() == AssessmentModel::CommentColumn ||
                            current.column() == AssessmentModel::PointsColumn ||
                            current.column() == AssessmentModel::AppraisedColumn;
    const QModelIndex target = textColumn ? current : current.siblingAtColumn(scoringColumn());
    if (!(target.flags() & Qt::ItemIsEditable)) {
        emit refused(target);
        return;
    }
    setCurrentIndex(target);
    m_delegate->startWith(text);
    edit(target);
    m_delegate->startWith({});
    // The view selects a new line editor's text; what was typed is kept, not replaced.
    if (auto *line = qobject_cast<QLineEdit *>(indexWidget(target)))
        line->end(false);
}

QModelIndex AssessmentTreeView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    switch (action) {
    case MoveNext:
    case MovePrevious: {
        const QModelIndex next = nextEditableAcross(current, action == MoveNext);
        return next.isValid() ? next : current;
    }
    // Across columns, never collapsing or expanding an area as a tree would.
    case MoveLeft:
        return current.column() > 0 ? current.siblingAtColumn(current.column() - 1) : current;
    case MoveRight:
        return current.column() + 1 < model()->columnCount() ? current.siblingAtColumn(current.column() + 1) : current;
    default:
        return QTreeView::moveCursor(action, modifiers);
    }
}

void AssessmentTreeView::commitData(QWidget *editor)
{
    m_commitRefused = false;
    QTreeView::commitData(editor);
}

void AssessmentTreeView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTreeView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    const QModelIndex current = currentIndex();
    if (std::exchange(m_commitRefused, false))
        return;
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache:
        moveTo(nextEditableVertically(current, true));
        break;
    case QAbstractItemDelegate::EditNextItem:
    case QAbstractItemDelegate::EditPreviousItem:
        moveTo(nextEditableAcross(current, hint == QAbstractItemDelegate::EditNextItem));
        break;
    default:
        break;
    }
}

void AssessmentTreeView::moveTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

} // namespace pardesk
