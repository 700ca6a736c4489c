#include "entry/FindingsModel.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>

namespace pardesk {

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::errorCount() const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [](const Finding &f) { return f.severity == Severity::Error; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Finding &f = m_findings[index.row()];
    const bool error = f.severity == Severity::Error;
    if (role == RuleRole)
        return f.rule;
    if (role == CodeRole)
        return f.code;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 (%2)").arg(f.message, f.rule);
    switch (index.column()) {
    case CodeColumn:
        return role == Qt::DisplayRole ? QVariant(f.code) : QVariant();
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return error ? tr("Error") : tr("Warning");
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        return {};
    case MessageColumn:
        return role == Qt::DisplayRole ? QVariant(f.message) : QVariant();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Item");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, SeverityColumn), index(int(m_findings.size()) - 1, SeverityColumn));
}

} // namespace pardesk
