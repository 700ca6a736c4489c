#pragma once
// Draws a cell's text with the words of a search marked, as officials expect from a search box:
// "ho so truc tuyen" marks "hồ sơ trực tuyến" and also the "Tuyên" that made a row match.
// Cells without a match are drawn as usual.

#include "text/SearchText.h"

#include <QStyledItemDelegate>

namespace pardesk {

class SearchHighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SearchHighlightDelegate(QObject *parent = nullptr);

    void setQuery(const QString &query)
    {
        m_query = query;
        m_search = SearchQuery(query);
    }
    const QString &query() const { return m_query; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_query;
    SearchQuery m_search; // folded once, asked by every painted cell
};

} // namespace pardesk
