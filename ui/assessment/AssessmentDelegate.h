#pragma once
// Edits a cell of the self-assessment grid in a line: Enter commits and asks to move down, Tab to
// move right, Escape cancels; editing started by typing replaces the old text with what was typed.

#include <QStyledItemDelegate>

namespace pardesk {

class AssessmentDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The next editor opens with this text instead of the cell's (typing over a cell).
    void startWith(const QString &text) { m_start = text; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    mutable QString m_start;
};

} // namespace pardesk
