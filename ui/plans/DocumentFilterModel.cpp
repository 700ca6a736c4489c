#include "plans/DocumentFilterModel.h"

#include "text/VietnameseOrder.h"

#include "plans/DocumentListModel.h"
#include "text/SearchText.h"

namespace pardesk {

DocumentFilterModel::DocumentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentListModel::SortRole);
}

void DocumentFilterModel::setProvince(const QString &province)
{
    m_province = province;
    invalidateFilter();
}

void DocumentFilterModel::setYear(int year)
{
    m_year = year;
    invalidateFilter();
}

void DocumentFilterModel::setType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void DocumentFilterModel::setSearch(const QString &query)
{
    m_search = SearchQuery(query);
    invalidateFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_province.isEmpty() && index.data(DocumentListModel::ProvinceRole).toString() != m_province)
        return false;
    if (m_year != 0 && index.data(DocumentListModel::YearRole).toInt() != m_year)
        return false;
    if (!m_type.isEmpty() && index.data(DocumentListModel::TypeRole).toString() != m_type)
        return false;
    // Without a search every row matches: asking for the row's search text would fold every
    // document's texts on the first load (a fifth of the start-up), which the model leaves to the first search.
    if (m_search.isEmpty())
        return true;
    return m_search.matches(index.data(DocumentListModel::SearchRole).toString());
}

bool DocumentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return vietnameseLess(a.toString(), b.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pardesk
