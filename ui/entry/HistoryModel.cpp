#include "entry/HistoryModel.h"

#include "entry/CellText.h"
#include "periods/Period.h"
#include "validation/SubmissionFindings.h"

namespace pardesk {

void HistoryModel::setEarlier(const FormDefinition &form, const QList<ItemLook> &looks, const QList<PeriodCells> &earlier)
{
    beginResetModel();
    m_items = form.items();
    m_looks = looks;
    m_periods.clear();
    for (const PeriodCells &p : earlier) {
        // Computed as the findings compute them (a % in a count row is no count).
        QList<EnteredValue> entered;
        for (const StoredCell &c : p.cells)
            entered.append(EnteredValue::fromText(c.raw, c.value));
        const SubmissionFindings findings(form, std::move(entered));
        Period period{p.period, p.cells, {}};
        for (int i = 0; i < m_items.size(); ++i)
            period.computed.append(findings.computed(i));
        m_periods.append(std::move(period));
    }
    m_item = -1;
    endResetModel();
}

void HistoryModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_looks.clear();
    m_periods.clear();
    m_item = -1;
    endResetModel();
}

void HistoryModel::showItem(int item)
{
    if (item == m_item)
        return;
    beginResetModel();
    m_item = item >= 0 && item < m_items.size() ? item : -1;
    endResetModel();
}

void HistoryModel::setConvention(NumberConvention convention)
{
    m_convention = convention;
    if (rowCount() > 0)
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_item < 0 ? 0 : int(m_periods.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Period &p = m_periods[index.row()];
    const StoredCell &cell = p.cells[m_item];
    const std::optional<double> computed = p.computed[m_item];
    if (role == PeriodKeyRole)
        return p.key;
    if (role == NumberRole) {
        const std::optional<double> v = computed ? computed : cell.value;
        return v ? QVariant(*v) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PeriodColumn: {
        const auto period = pardesk::Period::parse(p.key);
        return period ? period->label() : p.key;
    }
    case ValueColumn: {
        const QString shown = CellText::shown(m_items[m_item], m_looks[m_item], cell, computed, m_convention);
        return shown.isEmpty() ? tr("no data") : shown;
    }
    case NoteColumn:
        return cell.note;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace pardesk
