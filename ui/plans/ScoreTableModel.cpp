#include "plans/ScoreTableModel.h"

#include <QFont>

namespace pardesk {

ScoreTableModel::ScoreTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScoreTableModel::setTable(QStringList headers, QList<QStringList> rows, QSet<int> boldRows, QSet<int> numberColumns,
                               QList<QStringList> exact)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    m_exact = std::move(exact);
    m_boldRows = std::move(boldRows);
    m_numberColumns = std::move(numberColumns);
    endResetModel();
}

int ScoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ScoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_rows[index.row()].value(index.column());
    case Qt::ToolTipRole: {
        const QString exact = m_exact.value(index.row()).value(index.column());
        return exact.isEmpty() ? m_rows[index.row()].value(index.column()) : exact;
    }
    case Qt::FontRole: {
        if (!m_boldRows.contains(index.row()))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::TextAlignmentRole:
        return m_numberColumns.contains(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pardesk
