#pragma once
// A grid of aggregates (every item of a form × scopes of agencies × ranges of periods) computed
// once, then kept up to date edit by edit: an edit recomputes only the aggregates that read the
// value it changed. No screen of the product uses it: the aggregation tests and bench_aggregate
// use it to show that refreshing after an edit equals a full recomputation, and what it costs.

#include "aggregate/Aggregator.h"

namespace pardesk {

class AggregateTable {
public:
    struct PeriodRange {
        QString name;       // "2024Q1", or "2024Q1–2024Q4"
        QList<int> periods; // indexes into FormValues::periods(), ascending
    };

    // Fails when a scope names an agency or a level that does not exist.
    static Result<AggregateTable> create(Aggregator aggregator, const QList<AgencyScope> &scopes,
                                         const QList<PeriodRange> &ranges);

    // Every period on its own, then each year's quarters together.
    static QList<PeriodRange> periodsAndYears(const FormValues &values);
    // A province as a whole, then each level of its agencies.
    static QList<AgencyScope> provinceAndLevels(const QString &province);

    const Aggregator &aggregator() const { return m_aggregator; }
    int scopeCount() const { return int(m_scopeAgencies.size()); }
    const QList<PeriodRange> &ranges() const { return m_ranges; }

    void computeAll();
    const Aggregate &at(int item, int scope, int range) const { return m_cells[index(item, scope, range)]; }

    // Takes the edited value as stored now (FormValueRepository::valueRow) and recomputes the
    // aggregates that read it: the item and what is derived from it, for the scopes that hold the
    // agency and the ranges that hold the period. Returns how many it recomputed.
    Result<int> applyEdit(const FormValues::ValueRow &row);

private:
    explicit AggregateTable(Aggregator aggregator) : m_aggregator(std::move(aggregator)) {}
    qsizetype index(int item, int scope, int range) const
    {
        return (qsizetype(item) * m_scopeAgencies.size() + scope) * m_ranges.size() + range;
    }
    void compute(int item, int scope, int range);

    Aggregator m_aggregator;
    QList<QList<int>> m_scopeAgencies;  // per scope
    QList<QList<int>> m_scopesOfAgency; // per agency
    QList<PeriodRange> m_ranges;
    QList<QList<int>> m_rangesOfPeriod; // per period
    QList<Aggregate> m_cells;
};

} // namespace pardesk
