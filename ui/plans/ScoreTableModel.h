#pragma once
// A read-only table of index scores (PAR Index criteria, PAPI rows, SIPAS results): rows of
// text already formatted, some rows in bold (an area above its criteria), numbers right-aligned.

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace pardesk {

class ScoreTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ScoreTableModel(QObject *parent = nullptr);

    // `exact`, where given, is each cell's tooltip: a score shown rounded keeps its published
    // decimals there (0,27 shown, 0,2734 on hover).
    void setTable(QStringList headers, QList<QStringList> rows, QSet<int> boldRows, QSet<int> numberColumns,
                  QList<QStringList> exact = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<QStringList> m_exact;
    QSet<int> m_boldRows;
    QSet<int> m_numberColumns;
};

} // namespace pardesk
