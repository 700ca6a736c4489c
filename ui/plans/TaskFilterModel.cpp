#include "plans/TaskFilterModel.h"

#include "text/VietnameseOrder.h"

#include "plans/TaskTableModel.h"

namespace pardesk {

TaskFilterModel::TaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
}

void TaskFilterModel::setProvince(const QString &province)
{
    m_province = province;
    invalidateFilter();
}

void TaskFilterModel::setDocument(const QString &key)
{
    m_document = key;
    invalidateFilter();
}

void TaskFilterModel::setDueSoon(bool on, const QDate &today)
{
    m_dueSoon = on;
    m_today = today;
    invalidateFilter();
}

bool TaskFilterModel::isDueSoon(const QDate &deadline, const QString &status, const QDate &today)
{
    return deadline.isValid() && status != u"done" && deadline >= today && deadline <= today.addDays(kDueSoonDays);
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_province.isEmpty() && index.data(TaskTableModel::ProvinceRole).toString() != m_province)
        return false;
    if (!m_document.isEmpty() && index.data(TaskTableModel::DocumentKeyRole).toString() != m_document)
        return false;
    if (m_dueSoon)
        return isDueSoon(index.data(TaskTableModel::DeadlineRole).toDate(),
                         index.data(TaskTableModel::StatusKeyRole).toString(), m_today);
    return true;
}

bool TaskFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return vietnameseLess(a.toString(), b.toString());
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        // A task with no dated deadline goes after every dated one.
        if (!a.isValid() || !b.isValid())
            return a.isValid();
        return a.toDate() < b.toDate();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pardesk
