#include "entry/EntryDelegate.h"

#include "entry/EntryModel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace pardesk {

QWidget *EntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QVariantList options = index.data(EntryModel::OptionsRole).toList();
    if (index.column() == EntryModel::ValueColumn && !options.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString()); // no answer (yet)
        for (const QVariant &o : options) {
            const QVariantMap option = o.toMap();
            combo->addItem(option.value(QStringLiteral("label")).toString(), option.value(QStringLiteral("value")));
        }
        return combo;
    }
    auto *line = new QLineEdit(parent);
    line->setFrame(false);
    line->setAlignment(index.column() == EntryModel::ValueColumn ? Qt::AlignRight : Qt::AlignLeft);
    return line;
}

void EntryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString start = std::exchange(m_start, QString());
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int row = combo->findData(index.data(EntryModel::CodedValueRole));
        // Typing over a coded answer picks it by its number or the start of its label.
        if (!start.isEmpty()) {
            for (int r = 1; r < combo->count(); ++r) {
                if (combo->itemData(r).toString() == start || combo->itemText(r).startsWith(start, Qt::CaseInsensitive)) {
                    row = r;
                    break;
                }
            }
        }
        combo->setCurrentIndex(std::max(0, row));
        return;
    }
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    if (start.isEmpty()) {
        line->setText(index.data(Qt::EditRole).toString());
        line->selectAll();
    } else {
        line->setText(start);
    }
}

void EntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = combo->currentData();
        model->setData(index, value.isValid() ? value.toString() : QString());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text());
}

void EntryDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

bool EntryDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Committed at once, not queued as the base class does, so that the move follows the value.
    switch (key->key()) {
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
