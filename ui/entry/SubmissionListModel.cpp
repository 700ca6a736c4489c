#include "entry/SubmissionListModel.h"

#include "periods/Period.h"
#include "store/Store.h"

#include <QDateTime>

namespace pardesk {

void SubmissionListModel::setSubmissions(QList<Submission> submissions)
{
    beginResetModel();
    m_submissions = std::move(submissions);
    endResetModel();
}

int SubmissionListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_submissions.size(); ++r)
        if (m_submissions[r].id == id)
            return r;
    return -1;
}

int SubmissionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_submissions.size());
}

int SubmissionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Submission &s = m_submissions[index.row()];
    if (role == IdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FormColumn:
        return s.form;
    case AgencyColumn:
        return role == Qt::ToolTipRole ? s.agency + QStringLiteral(" (") + s.agencyKey + u')' : s.agency;
    case PeriodColumn: {
        const auto period = Period::parse(s.period);
        return period ? period->label() : s.period;
    }
    case StatusColumn:
        return Submissions::statusLabel(s.status);
    case UpdatedColumn: {
        const QDateTime at = QDateTime::fromString(s.updatedAt, Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : s.updatedAt;
    }
    default:
        return {};
    }
}

QVariant SubmissionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FormColumn:
        return tr("Form");
    case AgencyColumn:
        return tr("Agency");
    case PeriodColumn:
        return tr("Period");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

void SubmissionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_submissions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace pardesk
