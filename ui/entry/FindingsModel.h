#pragma once
// The validation findings of the open submission, one per row: the item, how serious, what is
// wrong. The rule id (docs/validation-rules.md) is there for tests and tooltips.

#include "validation/Finding.h"

#include <QAbstractTableModel>

namespace pardesk {

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, SeverityColumn, MessageColumn, ColumnCount };
    enum Role { RuleRole = Qt::UserRole + 1, CodeRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(QList<Finding> findings);
    const QList<Finding> &findings() const { return m_findings; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<Finding> m_findings;
};

} // namespace pardesk
