#include "charts/CompareChartData.h"

#include "store/Store.h"

#include <QHash>

namespace pardesk {
namespace {

CompareChartData compose(const Theme &theme, const QList<ProvinceName> &provinces, const QList<Target> &targets,
                         const QHash<QString, Document> &documents)
{
    CompareChartData data;
    data.theme = theme.key;
    data.themeName = theme.name; // the documents' own words
    for (const ProvinceName &p : provinces) {
        CompareProvince province{p.code, p.name, {}, 0};
        for (const Target &t : targets) {
            if (t.province != p.code || t.theme != theme.key)
                continue;
            if (!t.value || t.comparator == Comparator::None) {
                ++province.qualitative;
                continue;
            }
            const Document document = documents.value(t.documentKey);
            province.bars.append({t.id, t.documentName, document.issued, t.level, ChartSource::comparisonText(t), *t.value,
                                  t.unit, t.text, t.aspirational});
            data.documents.append(t.documentName);
        }
        data.provinces.append(province);
    }
    data.documents.removeDuplicates();
    return data;
}

} // namespace

QStringList CompareChartData::units() const
{
    QHash<QString, int> counts;
    QStringList order;
    for (const CompareProvince &p : provinces)
        for (const CompareBar &b : p.bars) {
            if (!counts.contains(b.unit))
                order << b.unit;
            ++counts[b.unit];
        }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return counts[a] > counts[b]; });
    return order;
}

Result<QList<CompareChartData>> CompareChartData::buildAll(const Store &store)
{
    const auto themes = store.plans().themes();
    if (!themes)
        return themes.failure();
    const auto targets = store.plans().targets();
    if (!targets)
        return targets.failure();
    const auto documents = store.plans().documents();
    if (!documents)
        return documents.failure();
    const auto provinces = store.references().provincesInChartOrder();
    if (!provinces)
        return provinces.failure();
    QHash<QString, Document> byKey;
    for (const Document &d : documents.value())
        byKey.insert(d.key, d);
    QList<CompareChartData> out;
    for (const Theme &theme : themes.value()) {
        CompareChartData data = compose(theme, provinces.value(), targets.value(), byKey);
        if (std::any_of(data.provinces.cbegin(), data.provinces.cend(), [](const CompareProvince &p) { return p.hasTarget(); }))
            out.append(std::move(data));
    }
    return out;
}

Result<CompareChartData> CompareChartData::build(const Store &store, const QString &theme)
{
    const auto all = buildAll(store);
    if (!all)
        return all.failure();
    for (const CompareChartData &data : all.value())
        if (data.theme == theme)
            return data;
    // A theme of the list with no target anywhere is still a theme: every province shows "no target".
    const auto themes = store.plans().themes();
    if (themes)
        for (const Theme &t : themes.value())
            if (t.key == theme) {
                const auto provinces = store.references().provincesInChartOrder();
                if (!provinces)
                    return provinces.failure();
                return compose(t, provinces.value(), {}, {});
            }
    return Error{CompareChart::tr("Unknown theme \"%1\": see pardesk-cli themes.").arg(theme)};
}

} // namespace pardesk
