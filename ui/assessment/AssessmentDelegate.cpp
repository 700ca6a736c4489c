#include "assessment/AssessmentDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <utility>

namespace pardesk {

QWidget *AssessmentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *line = new QLineEdit(parent);
    line->setFrame(false);
    line->setAlignment(Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()));
    return line;
}

void AssessmentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    const QString start = std::exchange(m_start, QString());
    if (start.isEmpty()) {
        line->setText(index.data(Qt::EditRole).toString());
        line->selectAll();
    } else {
        line->setText(start);
    }
}

void AssessmentDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text());
}

void AssessmentDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

bool AssessmentDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    // Committed at once, not queued as the base class does, so that the move follows the value.
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit commitData(editor);
        emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
        return true;
    case Qt::Key_Tab:
        emit commitData(editor);
        emit closeEditor(editor, QAbstractItemDelegate::EditNextItem);
        return true;
    case Qt::Key_Backtab:
        emit commitData(editor);
        emit closeEditor(editor, QAbstractItemDelegate::EditPreviousItem);
        return true;
    case Qt::Key_Escape:
        emit closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
        return true;
    default:
        return QStyledItemDelegate::eventFilter(object, event);
    }
}

} // namespace pardesk
