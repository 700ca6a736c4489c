#pragma once
// The documents of the store as a list: number, province and title.

#include "domain/Records.h"

#include <QAbstractListModel>

namespace pardesk {

class DocumentListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit DocumentListModel(QObject *parent = nullptr);
    void setDocuments(QList<Document> documents);
    const Document *documentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Document> m_documents;
};

} // namespace pardesk
