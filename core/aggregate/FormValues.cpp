#include "aggregate/FormValues.h"

#include "aggregate/CumulativeRule.h"
#include "forms/FormDefinition.h"
#include "store/Forms.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pardesk {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

} // namespace

// The formulas and their computing order are FormDefinition's, checked there once (unknown items,
// cycles).
Result<FormValues> FormValues::create(Form form, const QList<Agency> &agencies, const QStringList &periods, const QStringList &held)
{
    FormValues v;
    v.m_formKey = std::move(form.key);
    v.m_province = std::move(form.province);
    v.m_items = std::move(form.items);
    QList<FormItem> definitionItems;
    for (const Item &item : std::as_const(v.m_items))
        definitionItems.append({item.id, item.code, item.label, item.unit, itemKindFromName(item.kind).value_or(ItemKind::Number),
                                item.formula, {}, false});
    const Result<FormDefinition> definition = FormDefinition::build(v.m_formKey, {}, std::move(definitionItems));
    if (!definition)
        return definition.failure();
    QList<CumulativeRule::ItemText> texts;
    for (int i = 0; i < v.m_items.size(); ++i) {
        v.m_itemIndex.insert(v.m_items[i].code, i);
        v.m_items[i].inputs = definition->inputsOf(i);
        texts.append({v.m_items[i].code, v.m_items[i].label, v.m_items[i].hint});
    }
    const QList<bool> cumulative = CumulativeRule::cumulativeItems(texts);
    for (int i = 0; i < v.m_items.size(); ++i)
        v.m_items[i].cumulative = cumulative[i];
    v.m_derivedOrder = definition->derivedOrder();
    v.m_dependents = QList<QList<int>>(v.m_items.size());
    for (int i = 0; i < v.m_items.size(); ++i)
        v.m_dependents[i] = definition->affectedBy(i);
    // Inputs come first in the computing order, so a derived item sees whether its inputs are cumulative.
    for (int derived : std::as_const(v.m_derivedOrder))
        for (int input : std::as_const(v.m_items[derived].inputs))
            v.m_items[derived].cumulative = v.m_items[derived].cumulative || v.m_items[input].cumulative;

    v.m_agencies = agencies;
    for (int a = 0; a < v.m_agencies.size(); ++a)
        v.m_agencyIndex.insert(v.m_agencies[a].id, a);
    for (Agency &agency : v.m_agencies)
        agency.parent = agency.parentId ? v.agencyIndex(agency.parentId) : -1;
    v.setPeriods(periods);

    QList<int> asked;
    for (const QString &code : held) {
        const Result<int> item = v.findItem(code);
        if (!item)
            return item.failure();
        asked.append(item.value());
    }
    const QList<int> heldItems = v.withInputs(asked);
    v.m_slot = QList<int>(v.m_items.size(), -1);
    int heldCount = 0;
    for (int i = 0; i < v.m_items.size(); ++i)
        if (held.isEmpty() || heldItems.contains(i))
            v.m_slot[i] = heldCount++;
    v.m_entered = QList<double>(qsizetype(heldCount) * v.m_periods.size() * v.m_agencies.size(), kMissing);
    v.m_computed = QList<double>(v.m_entered.size(), kMissing);
    v.m_missing = QList<double>(v.m_agencies.size(), kMissing);
    return v;
}

Result<FormValues> FormValues::build(Form form, const QList<Agency> &agencies, const QList<ValueRow> &rows)
{
    QStringList periods;
    for (const ValueRow &row : rows)
        if (!periods.contains(row.period))
            periods.append(row.period);
    Result<FormValues> values = create(std::move(form), agencies, periods);
    if (!values)
        return values;
    for (const ValueRow &row : rows) {
        const Result<int> item = values->findItem(row.item);
        if (!item)
            return item.failure();
        const int agency = values->agencyIndex(row.agencyId);
        if (agency < 0)
            return Error{tr("There is no agency with the id %1.").arg(row.agencyId)};
        values->setEntered(item.value(), agency, values->periodIndex(row.period), row.value.value_or(kMissing));
    }
    values->computeDerived();
    return values;
}

void FormValues::setPeriods(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (m_periodIndex.contains(key))
            continue;
        m_periodIndex.insert(key, 0);
        const Result<pardesk::Period> parsed = pardesk::Period::parse(key);
        m_periods.append({key, parsed ? std::optional(parsed.value()) : std::nullopt});
    }
    // Period's order (by the end, the shorter first: 2024Q2 before 2024S1), so the last of a range is
    // the one that covers the most; keys that are not periods last.
    std::sort(m_periods.begin(), m_periods.end(), [](const Period &x, const Period &y) {
        if (x.parsed && y.parsed)
            return *x.parsed < *y.parsed;
        return x.parsed.has_value() > y.parsed.has_value() || (!x.parsed && !y.parsed && x.key < y.key);
    });
    for (int p = 0; p < m_periods.size(); ++p)
        m_periodIndex.insert(m_periods[p].key, p);
    m_expected = QList<bool>(m_periods.size() * m_agencies.size());
    for (int p = 0; p < m_periods.size(); ++p)
        for (int a = 0; a < m_agencies.size(); ++a) {
            const Agency &agency = m_agencies[a];
            const std::optional<pardesk::Period> &period = m_periods[p].parsed;
            const bool started = !agency.validFrom.isValid() || !period || agency.validFrom <= period->lastDay();
            const bool ended = agency.validTo.isValid() && period && agency.validTo < period->firstDay();
            m_expected[p * m_agencies.size() + a] = started && !ended;
        }
}

// A derived item held has its inputs held (withInputs); one not held has nothing to compute.
void FormValues::computeDerived()
{
    for (int item : std::as_const(m_derivedOrder))
        if (holds(item))
            for (int p = 0; p < m_periods.size(); ++p)
                for (int a = 0; a < m_agencies.size(); ++a)
                    computeDerived(item, a, p);
}

void FormValues::computeDerived(int item, int agency, int period)
{
    const Item &it = m_items[item];
    m_inputs.clear();
    for (int input : it.inputs)
        m_inputs.append(value(input, agency, period));
    std::optional<double> v = it.formula->compute(m_inputs);
    if (!v && it.formula->op() == Formula::Op::Sum) {
        const double written = m_entered[cell(item, period, agency)];
        if (!std::isnan(written))
            v = written;
    }
    m_computed[cell(item, period, agency)] = v.value_or(kMissing);
}

std::optional<double> FormValues::value(int item, int agency, int period) const
{
    const double v = row(item, period)[agency];
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

const double *FormValues::row(int item, int period) const
{
    if (!holds(item))
        return m_missing.constData();
    const QList<double> &source = m_items[item].formula ? m_computed : m_entered;
    return source.constData() + cell(item, period, 0);
}

Result<int> FormValues::findItem(const QString &code) const
{
    const int item = itemIndex(code);
    if (item < 0)
        return Error{tr("The form %1 has no item %2.").arg(m_formKey, code)};
    return item;
}

QList<int> FormValues::withInputs(const QList<int> &items) const
{
    QList<int> out;
    QList<int> pending = items;
    while (!pending.isEmpty()) {
        const int item = pending.takeLast();
        if (item < 0 || item >= m_items.size() || out.contains(item))
            continue;
        out.append(item);
        pending.append(m_items[item].inputs);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<FormValues::Change> FormValues::apply(const ValueRow &row)
{
    const Result<int> found = findItem(row.item);
    if (!found)
        return found.failure();
    const int item = found.value();
    Change change;
    change.agency = agencyIndex(row.agencyId);
    change.period = periodIndex(row.period);
    if (change.agency < 0 || change.period < 0 || !holds(item))
        return Error{tr("The value is for an agency, a period or an item that the form's values were read without; read them again.")};
    m_entered[cell(item, change.period, change.agency)] = row.value.value_or(kMissing);
    change.items = {item};
    if (m_items[item].formula) // a total written without its parts stands as written
        computeDerived(item, change.agency, change.period);
    for (int derived : m_dependents[item]) {
        if (!holds(derived))
            continue;
        computeDerived(derived, change.agency, change.period);
        change.items.append(derived);
    }
    return change;
}

} // namespace pardesk
