#include "aggregate/Aggregator.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace pardesk {

Aggregate::Method Aggregator::methodOf(const FormValues::Item &item)
{
    if (item.formula)
        return item.formula->op() == Formula::Op::Ratio ? Aggregate::Method::Ratio : Aggregate::Method::Sum;
    // A yes/no answer (1 = Có) adds up to the number of agencies that answered yes.
    if (item.kind == u"count" || item.kind == u"number" || item.kind == u"yesno")
        return Aggregate::Method::Sum;
    return Aggregate::Method::None;
}

bool Aggregator::latestStands(const FormValues::Item &item)
{
    return item.cumulative || item.kind == u"yesno";
}

Result<Aggregate> Aggregator::aggregate(const QString &itemCode, const AgencyScope &scope, const QStringList &periods) const
{
    const Result<int> item = m_values.findItem(itemCode);
    if (!item)
        return item.failure();
    Result<QList<int>> agencies = agenciesOf(scope);
    if (!agencies)
        return agencies.failure();
    Result<QList<int>> indexes = periodsOf(periods);
    if (!indexes)
        return indexes.failure();
    return aggregate(item.value(), agencies.value(), indexes.value());
}

Result<QList<int>> Aggregator::periodsOf(const QStringList &keys) const
{
    QList<int> periods;
    for (const QString &key : keys) {
        const int p = m_values.periodIndex(key);
        if (p < 0)
            return Error{tr("No agency has reported on the form %1 for the period %2.").arg(m_values.formKey(), key)};
        if (!periods.contains(p))
            periods.append(p);
    }
    if (periods.isEmpty())
        return Error{tr("No period was given.")};
    std::sort(periods.begin(), periods.end());
    return periods;
}

Result<QList<int>> Aggregator::agenciesOf(const AgencyScope &scope) const
{
    const QList<FormValues::Agency> &all = m_values.agencies();
    QList<int> agencies;
    switch (scope.kind) {
    case AgencyScope::Kind::Level:
        if (!QStringList{QStringLiteral("province"), QStringLiteral("department"), QStringLiteral("district"),
                         QStringLiteral("commune")}
                 .contains(scope.level))
            return Error{tr("%1 is not a level of agencies (province, department, district, commune).").arg(scope.level)};
        [[fallthrough]];
    case AgencyScope::Kind::Province:
        for (int a = 0; a < all.size(); ++a)
            if (all[a].province == scope.province && (scope.kind == AgencyScope::Kind::Province || all[a].level == scope.level))
                agencies.append(a);
        break;
    case AgencyScope::Kind::Subtree: {
        const int root = m_values.agencyIndex(scope.agencyId);
        if (root < 0)
            return Error{tr("There is no agency with the id %1.").arg(scope.agencyId)};
        for (int a = 0; a < all.size(); ++a) {
            // A guard against a parent loop in the data: no real hierarchy is that deep.
            int up = a;
            for (int depth = 0; up >= 0 && up != root && depth < 64; ++depth)
                up = all[up].parent;
            if (up == root)
                agencies.append(a);
        }
        break;
    }
    }
    return agencies;
}

Aggregate Aggregator::aggregate(int item, const QList<int> &agencies, const QList<int> &periods) const
{
    const FormValues::Item &it = m_values.items()[item];
    Aggregate result;
    result.method = methodOf(it);
    result.cumulative = latestStands(it);
    const bool ratio = result.method == Aggregate::Method::Ratio;
    // What is read per agency and period: the numerator and the denominator, or the item itself.
    QVarLengthArray<const double *, 64> first, second;
    for (int p : periods) {
        first.append(m_values.row(ratio ? it.inputs[0] : item, p));
        second.append(ratio ? m_values.row(it.inputs[1], p) : nullptr);
    }
    double sumFirst = 0, sumSecond = 0;
    for (int a : agencies) {
        double x = 0, y = 0;
        bool expected = false, complete = true;
        for (qsizetype i = periods.size() - 1; i >= 0; --i) {
            if (!m_values.expected(a, periods[i]))
                continue;
            expected = true;
            const double u = first[i][a], v = ratio ? second[i][a] : 0.0;
            if (std::isnan(u) || std::isnan(v)) {
                complete = false;
                break;
            }
            x += u;
            y += v;
            if (result.cumulative)
                break; // the latest period in which it was expected stands
        }
        result.expected += expected ? 1 : 0;
        if (!expected || !complete)
            continue;
        ++result.covered;
        sumFirst += x;
        sumSecond += y;
    }
    if (result.covered == 0)
        return result;
    if (ratio) {
        result.numerator = sumFirst;
        result.denominator = sumSecond;
        if (sumSecond != 0)
            result.value = sumFirst / sumSecond * 100.0;
    } else if (result.method == Aggregate::Method::Sum) {
        result.value = sumFirst;
    }
    return result;
}

} // namespace pardesk
