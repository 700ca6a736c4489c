#include "plans/DocumentListModel.h"

namespace pardesk {

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractListModel(parent) {}

void DocumentListModel::setDocuments(QList<Document> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

const Document *DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents[row] : nullptr;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    const Document *d = documentAt(index.row());
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("[%1] %2 %3\n%4").arg(d->province, d->typeLabel, d->number, d->title);
    case Qt::ToolTipRole:
        return tr("%1 targets, %2 tasks\nSource: %3").arg(d->targetCount).arg(d->taskCount).arg(d->source);
    case KeyRole:
        return d->key;
    default:
        return {};
    }
}

} // namespace pardesk
