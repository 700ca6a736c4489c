#include "charts/ScoresChartData.h"

#include "store/Store.h"

namespace pardesk {

Result<ScoresChartData> ScoresChartData::build(const Store &store, const QString &province)
{
    const auto provinces = store.references().provincesInChartOrder();
    if (!provinces)
        return provinces.failure();
    ScoresChartData data;
    data.province = province;
    for (const ProvinceName &p : provinces.value())
        if (p.code == province)
            data.provinceName = p.name;
    if (data.provinceName.isEmpty())
        return Error{ChartSource::tr("Unknown province \"%1\": use TQ, BG or TV.").arg(province)};

    const auto scores = store.scores().list();
    if (!scores)
        return scores.failure();
    const auto documents = store.plans().documents();
    if (!documents)
        return documents.failure();

    for (const ParArea &area : IndexScores::parAreas(scores.value()))
        if (area.province == province)
            data.par.append(area);
    int from = 0, to = 0;
    for (const Score &s : scores.value())
        if (s.index == u"PAPI" && s.province == province && s.scope == u"province") {
            from = from == 0 ? s.year : std::min(from, s.year);
            to = std::max(to, s.year);
        }
    if (from != 0)
        data.papi = IndexScores::papi(scores.value(), province, from, to);
    for (const SipasComparison &s : IndexScores::sipas(scores.value()))
        if (s.province == province)
            data.sipas.append(s);

    // A score's source "004:I.2.b" is a place in a seed; the seed's own documents name it.
    QStringList seeds;
    for (const Score &s : scores.value())
        if (s.province == province)
            seeds << s.source.section(u':', 0, 0);
    seeds.removeDuplicates();
    for (const Document &d : documents.value())
        if (d.citedBy.isEmpty() && seeds.contains(d.source.section(u':', 0, 0)))
            data.documents << d.name;
    data.documents.removeDuplicates();
    return data;
}

} // namespace pardesk
