#pragma once
// Adds up one item of a form over agencies (a province, one level, an agency with those under it)
// and over periods: counts are summed, a percentage is its summed numerators over its summed
// denominators, and every result says how many of the expected agencies it covers.

#include "aggregate/Aggregate.h"
#include "aggregate/FormValues.h"

namespace pardesk {

class Aggregator {
    Q_DECLARE_TR_FUNCTIONS(Aggregator)
public:
    explicit Aggregator(FormValues values) : m_values(std::move(values)) {}

    const FormValues &values() const { return m_values; }

    // The item over the scope's agencies and the periods (keys, in any order). Rules:
    // - An agency is expected when it existed during at least one of the periods; its values
    //   outside its existence are left out.
    // - Period values add up across periods; an agency covers the item when it gave a value in
    //   every period in which it was expected. A cumulative item (CumulativeRule) and a yes/no
    //   answer are not added up across periods: the agency's value of the latest period in which
    //   it was expected stands, and it covers the item when it gave that one.
    // - A ratio takes, per agency, the numerator and the denominator by the rule above (an agency
    //   covers it when it gave both), then sums each over the agencies and divides; it is rolled up
    //   as cumulative when it or one of its inputs is. A total is taken per agency from its parts
    //   (FormValues::value), then added up as a count. A percentage without numerator and
    //   denominator, a coded answer or a text is never added up: only its coverage is given.
    // - With no agency covering it, an aggregate has no value (missing is not zero).
    Result<Aggregate> aggregate(const QString &itemCode, const AgencyScope &scope, const QStringList &periods) const;

    // The same with everything resolved to indexes into values(), for callers that compute many
    // aggregates; periods in calendar order (ascending indexes).
    Aggregate aggregate(int item, const QList<int> &agencies, const QList<int> &periods) const;
    Result<QList<int>> agenciesOf(const AgencyScope &scope) const;
    Result<QList<int>> periodsOf(const QStringList &keys) const;

    static Aggregate::Method methodOf(const FormValues::Item &item);
    static bool latestStands(const FormValues::Item &item);

    // After an edit of one value: see FormValues::apply.
    Result<FormValues::Change> apply(const FormValues::ValueRow &row) { return m_values.apply(row); }

private:
    FormValues m_values;
};

} // namespace pardesk
