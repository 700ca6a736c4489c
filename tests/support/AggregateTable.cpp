#include "AggregateTable.h"

#include <QMap>

namespace pardesk {

Result<AggregateTable> AggregateTable::create(Aggregator aggregator, const QList<AgencyScope> &scopes,
                                              const QList<PeriodRange> &ranges)
{
    AggregateTable table(std::move(aggregator));
    const FormValues &values = table.m_aggregator.values();
    table.m_scopesOfAgency = QList<QList<int>>(values.agencies().size());
    for (const AgencyScope &scope : scopes) {
        Result<QList<int>> agencies = table.m_aggregator.agenciesOf(scope);
        if (!agencies)
            return agencies.failure();
        for (int a : agencies.value())
            table.m_scopesOfAgency[a].append(int(table.m_scopeAgencies.size()));
        table.m_scopeAgencies.append(agencies.value());
    }
    table.m_ranges = ranges;
    table.m_rangesOfPeriod = QList<QList<int>>(values.periods().size());
    for (int r = 0; r < ranges.size(); ++r)
        for (int p : ranges[r].periods)
            table.m_rangesOfPeriod[p].append(r);
    table.m_cells = QList<Aggregate>(values.items().size() * table.m_scopeAgencies.size() * ranges.size());
    return table;
}

QList<AggregateTable::PeriodRange> AggregateTable::periodsAndYears(const FormValues &values)
{
    QList<PeriodRange> ranges;
    QMap<int, QList<int>> quartersByYear;
    for (int p = 0; p < values.periods().size(); ++p) {
        const FormValues::Period &period = values.periods()[p];
        ranges.append({period.key, {p}});
        if (period.parsed && period.parsed->kind() == Period::Kind::Quarter)
            quartersByYear[period.parsed->year()].append(p);
    }
    for (auto it = quartersByYear.cbegin(); it != quartersByYear.cend(); ++it) {
        const QList<int> &quarters = it.value();
        ranges.append({values.periods()[quarters.first()].key + u'–' + values.periods()[quarters.last()].key, quarters});
    }
    return ranges;
}

QList<AgencyScope> AggregateTable::provinceAndLevels(const QString &province)
{
    QList<AgencyScope> scopes = {AgencyScope::wholeProvince(province)};
    for (const char *level : {"province", "department", "district", "commune"})
        scopes.append(AgencyScope::atLevel(province, QString::fromLatin1(level)));
    return scopes;
}

void AggregateTable::compute(int item, int scope, int range)
{
    m_cells[index(item, scope, range)] = m_aggregator.aggregate(item, m_scopeAgencies[scope], m_ranges[range].periods);
}

void AggregateTable::computeAll()
{
    const int items = int(m_aggregator.values().items().size());
    for (int item = 0; item < items; ++item)
        for (int scope = 0; scope < m_scopeAgencies.size(); ++scope)
            for (int range = 0; range < m_ranges.size(); ++range)
                compute(item, scope, range);
}

Result<int> AggregateTable::applyEdit(const FormValues::ValueRow &row)
{
    Result<FormValues::Change> change = m_aggregator.apply(row);
    if (!change)
        return change.failure();
    int recomputed = 0;
    for (int item : change->items)
        for (int scope : m_scopesOfAgency[change->agency])
            for (int range : m_rangesOfPeriod[change->period]) {
                compute(item, scope, range);
                ++recomputed;
            }
    return recomputed;
}

} // namespace pardesk
