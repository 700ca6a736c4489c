#pragma once
// The documents of the store as a table (document, title, province, year, issue date, counts),
// with what the plans view filters on: province, year, type and the folded text to search.

#include "domain/Records.h"
#include "text/SearchText.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pardesk {

class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Title, Province, Year, Issued, Targets, Tasks, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ProvinceRole,
        YearRole,   // int, or an invalid QVariant when the document names no year
        TypeRole,   // plan, report, …
        SearchRole, // number, title and the targets' text, folded for search (SearchText.h)
        SortRole,   // numbers as numbers, text as text
    };

    explicit DocumentListModel(QObject *parent = nullptr);
    // `targetTexts`: the text of each document's targets (by key), searched with the document.
    void setDocuments(QList<Document> documents, const QHash<QString, QStringList> &targetTexts = {});
    const Document *documentAt(int row) const;
    int rowOf(const QString &key) const; // -1 when absent

    // Column 0 unless asked: a list view shows the document's name.
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // While a search is typed, the targets column counts the targets it finds: all of them when
    // the document's number or title matches, else those whose own text does ("2/9").
    void setQuery(const QString &query);

    void retranslate(); // the headers are in the current language

private:
    QList<Document> m_documents;
    struct SearchEntry {
        QString text; // the row's document and target texts, folded once `folded`
        QString documentText;   // number, type and title, folded once `folded`
        QStringList targetTexts; // each target's text, folded once `folded`
        bool folded = false;
    };
    SearchEntry &searchEntry(int row) const;
    int matchingTargets(int row, const SearchQuery &query) const;
    mutable QList<SearchEntry> m_search; // per row
    QList<int> m_matching;               // per row while a search is typed, else empty
};

} // namespace pardesk
