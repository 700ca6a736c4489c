#include "plans/TaskStatusDelegate.h"

#include "plans/PlanFormat.h"
#include "store/PlanChecks.h"

#include <QComboBox>

namespace pardesk {

QWidget *TaskStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (const QString &status : PlanChecks::taskStatuses())
        box->addItem(PlanFormat::taskStatusName(status), status);
    return box;
}

void TaskStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void TaskStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace pardesk
