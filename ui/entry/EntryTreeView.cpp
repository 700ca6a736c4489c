#include "entry/EntryTreeView.h"

#include "entry/EntryDelegate.h"
#include "entry/EntryModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <algorithm>

namespace pardesk {

EntryTreeView::EntryTreeView(QWidget *parent) : QTreeView(parent), m_delegate(new EntryDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionBehavior(SelectItems);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setTabKeyNavigation(true);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(false);
    setAlternatingRowColors(false);
}

void EntryTreeView::setEntryModel(EntryModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &EntryModel::problem, this, [this] { m_commitRefused = true; });
}

bool EntryTreeView::isStop(const QModelIndex &cell)
{
    return (cell.flags() & Qt::ItemIsEditable) && !cell.data(EntryModel::ComputedRole).toBool();
}

QModelIndex EntryTreeView::nextEditableVertically(const QModelIndex &from, bool down) const
{
    for (QModelIndex i = down ? indexBelow(from) : indexAbove(from); i.isValid(); i = down ? indexBelow(i) : indexAbove(i))
        if (isStop(i))
            return i;
    return {};
}

QModelIndex EntryTreeView::nextEditableAcross(const QModelIndex &from, bool forward) const
{
    const int last = model()->columnCount() - 1;
    QModelIndex row = from.siblingAtColumn(0);
    int column = from.column();
    while (row.isValid()) {
        for (column += forward ? 1 : -1; column >= 0 && column <= last; column += forward ? 1 : -1) {
            const QModelIndex cell = row.siblingAtColumn(column);
            if (isStop(cell))
                return cell;
        }
        row = forward ? indexBelow(row) : indexAbove(row);
        column = forward ? -1 : last + 1;
    }
    return {};
}

QString EntryTreeView::selectedText() const
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(currentIndex());
    // In the form's order, which is the order the rows are shown in.
    QList<std::pair<int, QModelIndex>> ordered;
    for (const QModelIndex &cell : cells)
        ordered.append({cell.data(EntryModel::ItemIndexRole).toInt(), cell});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.column() < b.second.column();
    });
    QStringList lines;
    QStringList line;
    int rowTop = ordered.isEmpty() ? 0 : ordered.first().first;
    for (const auto &[top, cell] : ordered) {
        if (top != rowTop) {
            lines.append(line.join(u'\t'));
            line.clear();
            rowTop = top;
        }
        line.append(cell.data().toString());
    }
    lines.append(line.join(u'\t'));
    return lines.join(u'\n');
}

void EntryTreeView::commitEditing()
{
    if (state() != EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void EntryTreeView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && event->matches(QKeySequence::Paste)) {
        emit pasteRequested();
        return;
    }
    if (state() != EditingState && event->matches(QKeySequence::Copy)) {
        emit copyRequested();
        return;
    }
    const QModelIndex current = currentIndex();
    if (state() == EditingState || !current.isValid()) {
        QTreeView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        moveTo(nextEditableVertically(current, !(event->modifiers() & Qt::ShiftModifier)));
        return;
    case Qt::Key_Delete:
        clearSelectedCells();
        return;
    default:
        break;
    }
    const QString text = event->text();
    const bool typed = !text.isEmpty() && text.at(0).isPrint() && !text.trimmed().isEmpty() &&
                       !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (typed) {
        // Typing on a row's code or label types its value, as the eye reads the row.
        const QModelIndex target =
            current.column() < EntryModel::ValueColumn ? current.siblingAtColumn(EntryModel::ValueColumn) : current;
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
        return;
    }
    QTreeView::keyPressEvent(event);
}

void EntryTreeView::clearSelectedCells()
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        cells.append(currentIndex());
    QModelIndexList editable;
    for (const QModelIndex &cell : cells)
        if (cell.flags() & Qt::ItemIsEditable)
            editable.append(cell);
    if (editable.isEmpty()) {
        emit refused(currentIndex());
        return;
    }
    m_model->clear(editable);
}

QModelIndex EntryTreeView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    switch (action) {
    case MoveNext:
    case MovePrevious: {
        const QModelIndex next = nextEditableAcross(current, action == MoveNext);
        return next.isValid() ? next : current;
    }
    // Across columns, never collapsing or expanding a heading as a tree would.
    case MoveLeft:
        return current.column() > 0 ? current.siblingAtColumn(current.column() - 1) : current;
    case MoveRight:
        return current.column() + 1 < model()->columnCount() ? current.siblingAtColumn(current.column() + 1) : current;
    default:
        return QTreeView::moveCursor(action, modifiers);
    }
}

void EntryTreeView::commitData(QWidget *editor)
{
    m_commitRefused = false;
    QTreeView::commitData(editor);
}

void EntryTreeView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
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

void EntryTreeView::moveTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

} // namespace pardesk
