#pragma once
// The submissions in the store, to open one: form, agency, period, status and when it last changed.

#include "domain/Records.h"

#include <QAbstractTableModel>

namespace pardesk {

class SubmissionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FormColumn, AgencyColumn, PeriodColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setSubmissions(QList<Submission> submissions);
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<Submission> m_submissions;
};

} // namespace pardesk
