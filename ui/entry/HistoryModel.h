#pragma once
// One item's values in the same agency's earlier periods, oldest first: what was stored, or for a
// computed item what its inputs gave in that period.

#include "forms/FormDefinition.h"
#include "store/Store.h"
#include "text/NumberFormat.h"

#include <QAbstractTableModel>
#include <optional>

namespace pardesk {

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PeriodColumn, ValueColumn, NoteColumn, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1, PeriodKeyRole };

    using QAbstractTableModel::QAbstractTableModel;

    // The earlier submissions of the open one (Submissions::earlier), computed once.
    void setEarlier(const FormDefinition &form, const QList<ItemLook> &looks, const QList<PeriodCells> &earlier);
    void clear();
    // Which item's history the rows show; -1 shows none.
    void showItem(int item);
    int item() const { return m_item; }
    void setConvention(NumberConvention convention);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    struct Period {
        QString key;
        QList<StoredCell> cells;
        QList<std::optional<double>> computed; // derived items only
    };

    QList<FormItem> m_items;
    QList<ItemLook> m_looks;
    QList<Period> m_periods;
    int m_item = -1;
    NumberConvention m_convention = NumberConvention::Vietnamese;
};

} // namespace pardesk
