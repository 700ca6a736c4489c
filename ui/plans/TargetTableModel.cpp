#include "plans/TargetTableModel.h"

#include "text/NumberFormat.h"

namespace pardesk {

TargetTableModel::TargetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TargetTableModel::setTargets(QList<Target> targets)
{
    beginResetModel();
    m_targets = std::move(targets);
    endResetModel();
}

void TargetTableModel::setThemeNames(QHash<QString, QString> names)
{
    m_themeNames = std::move(names);
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, Theme), index(rowCount() - 1, Theme), {Qt::DisplayRole});
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetTableModel::comparisonText(const Target &t)
{
    if (t.comparator.isEmpty() || !t.value)
        return QStringLiteral("—");
    static const QHash<QString, QString> symbols = {{QStringLiteral(">="), QStringLiteral("≥")},
                                                    {QStringLiteral("<="), QStringLiteral("≤")},
                                                    {QStringLiteral("~"), QStringLiteral("≈")}};
    const QString symbol = symbols.value(t.comparator, t.comparator);
    const QString unit = t.unit == u"%" ? t.unit : (t.unit.isEmpty() ? QString() : u' ' + t.unit);
    const QString comparison = QStringLiteral("%1 %2%3").arg(symbol, formatNumber(*t.value, 4), unit);
    if (t.kind != u"reduction")
        return comparison;
    return t.baselineYear ? tr("reduce %1 vs %2").arg(comparison).arg(*t.baselineYear) : tr("reduce %1").arg(comparison);
}

QString TargetTableModel::levelName(const QString &level) const
{
    if (level == u"province")
        return tr("Province");
    if (level == u"district")
        return tr("District");
    if (level == u"commune")
        return tr("Commune");
    return {};
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const Target &t = m_targets[index.row()];
    if (role == Qt::ToolTipRole)
        return t.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Stt:
        return t.part > 1 ? QStringLiteral("%1 (%2)").arg(t.stt).arg(t.part) : t.stt;
    case Text:
        return t.fragment.isEmpty() ? t.text : t.fragment;
    case Comparison:
        return comparisonText(t) + (t.aspirational ? tr(" (strive)") : QString());
    case Level:
        return levelName(t.level);
    case Theme:
        return m_themeNames.value(t.theme, t.theme);
    case Timeframe:
        return t.timeframe;
    case Lead:
        return t.lead;
    case Source:
        return t.source;
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Stt:
        return tr("No.");
    case Text:
        return tr("Target");
    case Comparison:
        return tr("Comparison");
    case Level:
        return tr("Level");
    case Theme:
        return tr("Theme");
    case Timeframe:
        return tr("Timeframe");
    case Lead:
        return tr("Lead agency");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace pardesk
