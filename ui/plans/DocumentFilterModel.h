#pragma once
// Filters the documents by province, year, type and a search that ignores diacritics and case,
// and sorts them the Vietnamese way (vietnameseLess).

#include "text/SearchText.h"

#include <QSortFilterProxyModel>

namespace pardesk {

class DocumentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    // Empty (or 0 for the year): no filter on it.
    void setProvince(const QString &province);
    void setYear(int year);
    void setType(const QString &type);
    void setSearch(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_province;
    int m_year = 0;
    QString m_type;
    SearchQuery m_search;
};

} // namespace pardesk
