#include "aggregate/OutlierDetector.h"

#include "text/NumberFormat.h"

#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

double medianOf(QList<double> &v)
{
    const qsizetype n = v.size();
    std::nth_element(v.begin(), v.begin() + n / 2, v.end());
    const double upper = v[n / 2];
    if (n % 2 == 1)
        return upper;
    return (*std::max_element(v.begin(), v.begin() + n / 2) + upper) / 2;
}

bool judged(const FormValues::Item &item)
{
    return !item.formula && (item.kind == u"count" || item.kind == u"number" || item.kind == u"percent");
}

} // namespace

std::optional<OutlierDetector::Verdict> OutlierDetector::judge(double value, QList<double> history)
{
    if (history.size() < kMinHistory)
        return std::nullopt;
    Verdict v;
    v.median = medianOf(history);
    double meanDeviation = 0;
    for (double &h : history) {
        h = std::abs(h - v.median);
        meanDeviation += h;
    }
    meanDeviation /= double(history.size());
    v.mad = medianOf(history);
    v.spread = std::max({1.0, std::sqrt(std::abs(v.median)), v.mad > 0 ? 1.4826 * v.mad : 1.2533 * meanDeviation});
    v.score = std::abs(value - v.median) / v.spread;
    v.outlier = v.score > kThreshold;
    return v;
}

QList<Outlier> OutlierDetector::inPeriod(const FormValues &values, int agency, int period)
{
    QList<Outlier> found;
    const FormValues::Period &at = values.periods()[period];
    if (!at.parsed)
        return found;
    QList<std::pair<QString, double>> history;
    QList<double> numbers;
    for (int item = 0; item < values.items().size(); ++item) {
        const FormValues::Item &it = values.items()[item];
        const std::optional<double> value = values.value(item, agency, period);
        if (!judged(it) || !value)
            continue;
        history.clear();
        numbers.clear();
        for (int p = period - 1; p >= 0 && history.size() < kMaxHistory; --p) {
            const FormValues::Period &earlier = values.periods()[p];
            if (!earlier.parsed || earlier.parsed->kind() != at.parsed->kind()
                || (it.cumulative && earlier.parsed->index() != at.parsed->index()))
                continue;
            if (const std::optional<double> h = values.value(item, agency, p)) {
                history.prepend({earlier.key, *h});
                numbers.append(*h);
            }
        }
        const std::optional<Verdict> verdict = judge(*value, numbers);
        if (!verdict || !verdict->outlier)
            continue;
        Outlier o;
        o.code = it.code;
        o.agencyId = values.agencies()[agency].id;
        o.agency = values.agencies()[agency].name;
        o.period = at.key;
        o.value = *value;
        o.median = verdict->median;
        o.spread = verdict->spread;
        o.score = verdict->score;
        o.history = history;
        QStringList shown;
        for (const auto &[key, h] : std::as_const(history))
            shown.append(QStringLiteral("%1: %2").arg(key, formatNumber(h)));
        o.message = tr("Item %1: %2 is far from what this agency reported before (median %3 of its %4 earlier values: %5).")
                        .arg(it.code, formatNumber(*value), formatNumber(verdict->median), QString::number(history.size()),
                             shown.join(QStringLiteral("; ")));
        found.append(o);
    }
    return found;
}

QList<Outlier> OutlierDetector::inForm(const FormValues &values)
{
    QList<Outlier> found;
    for (int p = 0; p < values.periods().size(); ++p)
        for (int a = 0; a < values.agencies().size(); ++a)
            found.append(inPeriod(values, a, p));
    return found;
}

} // namespace pardesk
